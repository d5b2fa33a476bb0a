"""The prospect lists as a Qt table model: the sheet's columns, text exactly as exported.

Rows come a page at a time from the service (``fetchMore``), so "all prospects" of a
large store opens as fast as a short list; overdue rows are tinted like in the exports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from showroom.exports.columns import Align
from showroom.exports.formatting import format_value
from showroom.services.prospect_types import ProspectPage, ProspectRow
from showroom.sheets.prospects import COL_LEVEL, COL_OVERDUE, LIST_COLUMNS, prospect_cells

from .formatting import mark_badge

#: Light red of an overdue row (the exports' WARNING fill).
OVERDUE_FILL = QColor("#F8D7DA")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

_ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Align.CENTER: Qt.AlignmentFlag.AlignCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}
_Index = QModelIndex | QPersistentModelIndex

#: ``loader(offset, limit)`` returns one page of the current list.
Loader = Callable[[int, int], ProspectPage]


class ProspectTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProspectRow] = []
        self._texts: list[list[str] | None] = []
        self._total = 0
        self._loader: Loader | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def load(self, loader: Loader) -> ProspectPage:
        """Show the first page of ``loader``'s list; later pages come while scrolling."""
        page = loader(0, PAGE_SIZE)
        self.beginResetModel()
        self._loader = loader
        self._rows = list(page.rows)
        self._texts = [None] * len(self._rows)
        self._total = page.total
        self.endResetModel()
        return page

    @property
    def total(self) -> int:
        return self._total

    def row(self, index: int) -> ProspectRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def texts(self, index: int) -> list[str]:
        texts = self._texts[index]
        if texts is None:
            cells = prospect_cells(self._rows[index])
            texts = [format_value(c, v) for c, v in zip(LIST_COLUMNS, cells, strict=True)]
            marks = self._rows[index].marks
            if marks:
                # Special customers are marked on every list (fleet, VIP, difficult).
                badges = " ".join(mark_badge(m) for m in marks.split(",") if m)
                texts[0] = f"{texts[0]} {badges}"
            self._texts[index] = texts
        return texts

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LIST_COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loader is not None and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._loader is None:
            return
        page = self._loader(len(self._rows), PAGE_SIZE)
        if not page.rows:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._texts.extend([None] * len(page.rows))
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return LIST_COLUMNS[section].header.text()
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(row)[column]
        if role == ROW_ROLE:
            return self._rows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[LIST_COLUMNS[column].alignment]
        if role == Qt.ItemDataRole.BackgroundRole and self._rows[row].overdue:
            return QBrush(OVERDUE_FILL)
        if role == Qt.ItemDataRole.FontRole and column in (COL_LEVEL, COL_OVERDUE):
            return self._bold
        return None
