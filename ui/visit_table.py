"""The visitor log as a Qt table model: the sheet's columns, text exactly as exported.

Cells come from :func:`showroom.sheets.visits.visit_cells` and are written with the
export layer's ``format_value``, so the screen, the workbook and the printout read the
same. Paging and sorting requests are the shared :class:`~ui.paged_model.PagedTableModel`'s:
a year of the log opens as fast as a day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QBrush

from showroom.exports.columns import RowStyle
from showroom.exports.formatting import format_value
from showroom.services.visit_types import VisitPage, VisitRow
from showroom.sheets.visits import COLUMNS, visit_cells

from .paged_model import ROW_ROLE, Page, PagedTableModel
from .table_style import row_brush

__all__ = ["ROW_ROLE", "VisitTableModel"]


class VisitTableModel(PagedTableModel[VisitRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self._today = dt.date.today()

    def set_rows(
        self,
        rows: Sequence[VisitRow],
        today: dt.date,
        *,
        more: Callable[[int], VisitPage] | None = None,
    ) -> None:
        """Shows ``rows``; ``more(offset)`` gives the rows after them, if there are any."""
        self._today = today
        if more is None:
            self.show_rows(rows)
            return

        def fetch(offset: int, _limit: int) -> Page[VisitRow]:
            # The service pages by itself and says whether more follow; the last page
            # tells the model where the list ends.
            page = more(offset)
            return Page(page.rows, None if page.truncated else offset + len(page.rows))

        self.show_rows(rows, fetch=fetch, total=None)

    def load_until(self, visit_id: int) -> int:
        """The row of ``visit_id``, fetching further pages until it is loaded (-1: none)."""
        return self.find_loading(lambda row: row.id == visit_id)

    def row_of(self, visit_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == visit_id), -1)

    def row_texts(self, row: VisitRow) -> list[str]:
        cells = visit_cells(row)
        return [format_value(column, value) for column, value in zip(COLUMNS, cells, strict=True)]

    def row_background(self, row: VisitRow) -> QBrush | None:
        # Still in the showroom: highlighted, as on the printout.
        return row_brush(RowStyle.HIGHLIGHT) if row.in_showroom(self._today) else None

    def sort_key(self, column: int) -> str | None:
        return COLUMNS[column].key
