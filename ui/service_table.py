"""A service list (due, calls, renewals, birthdays) as a Qt table model.

The columns are the sheet's (:mod:`showroom.sheets.service_lists`) without the blank
paper columns, so the screen reads like the printout. Paging and sorting requests are
the shared :class:`~ui.paged_model.PagedTableModel`'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QBrush

from showroom.exports.formatting import format_value
from showroom.sheets.service_lists import COLUMNS, ServiceList, row_cells, row_style

from .paged_model import ROW_ROLE, Page, PagedTableModel
from .table_style import row_brush

__all__ = ["ROW_ROLE", "Loader", "ServiceTableModel"]

#: Columns the advisor fills in by hand on paper: not shown on screen.
_PAPER = {"outcome", "km_told", "next_step"}

#: ``loader(offset)`` → (rows, total) for the next page; total ``None`` when not counted.
Loader = Callable[[int], tuple[Sequence[Any], int | None]]


class ServiceTableModel(PagedTableModel[Any]):
    def __init__(self, kind: ServiceList, parent: Any = None) -> None:
        shown = [(i, c) for i, c in enumerate(COLUMNS[kind]) if c.key not in _PAPER]
        super().__init__([c for _, c in shown], parent)
        self.kind = kind
        #: Where each shown column's value is among the sheet's cells.
        self._positions = [i for i, _ in shown]
        self._style = row_style(kind, dt.date.today())

    def load(self, loader: Loader, today: dt.date) -> None:  # type: ignore[override]
        self._style = row_style(self.kind, today)

        def fetch(offset: int, _limit: int) -> Page[Any]:
            rows, total = loader(offset)
            return Page(rows, total)

        super().load(fetch)

    def cells(self, index: int) -> tuple[object, ...]:
        """The row's cells as the sheet has them (paper columns included)."""
        return row_cells(self.kind, self._rows[index])

    def row_texts(self, row: Any) -> list[str]:
        cells = row_cells(self.kind, row)
        return [
            format_value(column, cells[position])
            for position, column in zip(self._positions, self.columns, strict=True)
        ]

    def row_background(self, row: Any) -> QBrush | None:
        return row_brush(self._style(row_cells(self.kind, row)))

    def sort_key(self, column: int) -> str | None:
        return self.columns[column].key
