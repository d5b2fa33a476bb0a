"""The visitor log as a Qt table model: the sheet's columns, text exactly as exported.

Cells come from :func:`showroom.sheets.visits.visit_cells` and are written with the
export layer's ``format_value``, so the screen, the workbook and the printout read the
same. Sorting is asked of the database (``sort_requested``), never done here, and rows
arrive a page at a time as the view scrolls (``canFetchMore``/``fetchMore``), so a
year of the log opens as fast as a day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from showroom.exports.columns import Align
from showroom.exports.formatting import format_value
from showroom.services.visit_types import VisitPage, VisitRow
from showroom.sheets.visits import COLUMNS, visit_cells

#: The :class:`VisitRow` behind a row.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: Still in the showroom: the same light yellow as a highlighted row in the exports.
PRESENT_FILL = QColor("#FFF2CC")

_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Align.CENTER: Qt.AlignmentFlag.AlignCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}
_Index = QModelIndex | QPersistentModelIndex


class VisitTableModel(QAbstractTableModel):
    #: (column key, descending): the page reloads the rows in that order.
    sort_requested = Signal(str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitRow] = []
        self._texts: list[list[str] | None] = []
        self._today = dt.date.today()
        self._more: Callable[[int], VisitPage] | None = None

    def set_rows(
        self,
        rows: Sequence[VisitRow],
        today: dt.date,
        *,
        more: Callable[[int], VisitPage] | None = None,
    ) -> None:
        """Shows ``rows``; ``more(offset)`` gives the rows after them, if there are any."""
        self.beginResetModel()
        self._rows = list(rows)
        # Text is made when a row is first painted: a long range opens at once.
        self._texts = [None] * len(self._rows)
        self._today = today
        self._more = more
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._more is None:
            return
        page = self._more(len(self._rows))
        if not page.truncated:
            self._more = None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._texts.extend([None] * len(page.rows))
            self.endInsertRows()

    def load_until(self, visit_id: int) -> int:
        """The row of ``visit_id``, fetching further pages until it is loaded (-1: none)."""
        row = self.row_of(visit_id)
        while row < 0 and self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            row = next(
                (i for i in range(before, len(self._rows)) if self._rows[i].id == visit_id), -1
            )
        return row

    def rows(self) -> list[VisitRow]:
        return list(self._rows)

    def row(self, index: int) -> VisitRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def row_of(self, visit_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == visit_id), -1)

    def texts(self, index: int) -> list[str]:
        """The row's cells as shown (and as exported)."""
        texts = self._texts[index]
        if texts is None:
            cells = visit_cells(self._rows[index])
            texts = self._texts[index] = [
                format_value(column, value) for column, value in zip(COLUMNS, cells, strict=True)
            ]
        return texts

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].header.text()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.texts(index.row())[index.column()]
            return text if len(text) > 12 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[COLUMNS[index.column()].alignment]
        if role == Qt.ItemDataRole.BackgroundRole and row.in_showroom(self._today):
            return QBrush(PRESENT_FILL)
        if role == ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder)
