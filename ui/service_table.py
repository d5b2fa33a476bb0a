"""A service list (due, calls, renewals, birthdays) as a Qt table model.

The columns are the sheet's (:mod:`showroom.sheets.service_lists`) without the blank
paper columns, so the screen reads like the printout. Rows arrive a page at a time
(``fetchMore``), sorting is asked of the database (``sort_requested``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from showroom.exports.columns import Align, Column, RowStyle
from showroom.exports.formatting import format_value
from showroom.sheets.service_lists import COLUMNS, ServiceList, row_cells, row_style

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
FILLS = {RowStyle.WARNING: QColor("#F8D7DA"), RowStyle.HIGHLIGHT: QColor("#FFF2CC")}
_PAPER = {"outcome", "km_told", "next_step"}
_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Align.CENTER: Qt.AlignmentFlag.AlignCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}
_Index = QModelIndex | QPersistentModelIndex

#: ``loader(offset)`` → (rows, total) for the next page; total ``None`` when not counted.
Loader = Callable[[int], tuple[Sequence[Any], int | None]]


class ServiceTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)

    def __init__(self, kind: ServiceList, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns: list[tuple[int, Column]] = [
            (i, c) for i, c in enumerate(COLUMNS[kind]) if c.key not in _PAPER
        ]
        self._rows: list[Any] = []
        self._cells: list[tuple[object, ...] | None] = []
        self._total: int | None = 0
        self._more = False
        self._loader: Loader | None = None
        self._today = dt.date.today()
        self._style = row_style(kind, self._today)

    # -------------------------------------------------------------------- loading

    def load(self, loader: Loader, today: dt.date) -> None:
        self.beginResetModel()
        self._loader, self._today = loader, today
        self._style = row_style(self.kind, today)
        rows, self._total = loader(0)
        self._more = bool(rows)
        self._rows = list(rows)
        self._cells = [None] * len(self._rows)
        self.endResetModel()

    @property
    def total(self) -> int | None:
        return self._total

    def row(self, index: int) -> Any | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def cells(self, index: int) -> tuple[object, ...]:
        cells = self._cells[index]
        if cells is None:
            cells = self._cells[index] = row_cells(self.kind, self._rows[index])
        return cells

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        if self._total is None:  # not counted: more until a page comes back empty
            return self._more
        return len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self._loader is None or parent.isValid():
            return
        rows, total = self._loader(len(self._rows))
        if total is not None:
            self._total = total
        if not rows:
            self._more = False
            if self._total is not None:
                self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self._cells.extend([None] * len(rows))
        self.endInsertRows()

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section][1].header.text()
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        position, column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return format_value(column, self.cells(index.row())[position])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[column.alignment]
        if role == Qt.ItemDataRole.BackgroundRole:
            fill = FILLS.get(self._style(self.cells(index.row())))  # type: ignore[arg-type]
            return QBrush(fill) if fill is not None else None
        if role == ROW_ROLE:
            return self._rows[index.row()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns):
            key = self.columns[column][1].key
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
