"""The prospect lists as a Qt table model: the sheet's columns, text exactly as exported.

Rows come a page at a time from the service (the shared
:class:`~ui.paged_model.PagedTableModel`), so "all prospects" of a large store opens as
fast as a short list; overdue rows are tinted like in the exports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QFont

from showroom.exports.columns import RowStyle
from showroom.exports.formatting import format_value
from showroom.services.prospect_types import ProspectPage, ProspectRow
from showroom.sheets.prospects import COL_LEVEL, COL_OVERDUE, LIST_COLUMNS, prospect_cells

from .formatting import mark_badge
from .paged_model import PAGE_SIZE, ROW_ROLE, PagedTableModel
from .table_style import row_brush

__all__ = ["PAGE_SIZE", "ROW_ROLE", "Loader", "ProspectTableModel"]

#: ``loader(offset, limit)`` returns one page of the current list.
Loader = Callable[[int, int], ProspectPage]


class ProspectTableModel(PagedTableModel[ProspectRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(LIST_COLUMNS, parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def row_texts(self, row: ProspectRow) -> list[str]:
        cells = prospect_cells(row)
        texts = [format_value(c, v) for c, v in zip(LIST_COLUMNS, cells, strict=True)]
        if row.marks:
            # Special customers are marked on every list (fleet, VIP, difficult).
            badges = " ".join(mark_badge(m) for m in row.marks.split(",") if m)
            texts[0] = f"{texts[0]} {badges}"
        if row.visited_by:
            # Another consultant received the customer since the last follow-up (the
            # owner's level and date were left alone): the owner should know before calling.
            visited = QCoreApplication.translate(
                "ProspectTable", "Visited, received by {name}"
            ).format(name=row.visited_by)
            texts[-1] = " · ".join(t for t in (visited, texts[-1]) if t)
        return texts

    def row_background(self, row: ProspectRow) -> QBrush | None:
        return row_brush(RowStyle.WARNING) if row.overdue else None

    def column_font(self, column: int) -> QFont | None:
        return self._bold if column in (COL_LEVEL, COL_OVERDUE) else None
