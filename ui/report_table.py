"""A report sheet on screen: the sheet's columns and rows, text exactly as printed.

Rows are the sheets' cell mappings (``StyledRow``, its ``style`` marks it); each value is
written with the export layer's ``format_value``, so a figure reads the same on screen,
in the workbook and on paper. Total rows are bold on the palette's grey.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from showroom.exports import RowStyle, SheetSpec
from showroom.exports.columns import style_of
from showroom.exports.formatting import format_value

from .table_style import ALIGN, row_brush

_Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._spec: SheetSpec | None = None
        self._texts: list[list[str]] = []
        self._styles: list[object] = []

    def set_sheet(self, spec: SheetSpec, rows: Sequence[Mapping[str, object]]) -> None:
        self.beginResetModel()
        self._spec = spec
        self._texts = [
            [format_value(column, row.get(column.key)) for column in spec.columns] for row in rows
        ]
        self._styles = [style_of(row) for row in rows]
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def row_texts(self, row: int) -> list[str]:
        return list(self._texts[row])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._spec is None:
            return 0
        return len(self._spec.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._spec is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN[self._spec.columns[column].alignment]
        style = self._styles[row]
        if role == Qt.ItemDataRole.BackgroundRole:
            return row_brush(style)
        if role == Qt.ItemDataRole.FontRole and style == RowStyle.TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and self._spec is not None
        ):
            return self._spec.columns[section].header.text()
        return None
