"""How the screen's tables draw the sheets' column alignment and the palette's row fills.

The colours themselves live in :mod:`showroom.palette` (shared with the PDF and the
workbook); this module only turns them into Qt brushes, once each.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from showroom import palette
from showroom.exports.columns import Align

#: A sheet column's alignment as a Qt cell alignment.
ALIGN = {
    Align.LEFT: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Align.CENTER: Qt.AlignmentFlag.AlignCenter,
    Align.RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}


@cache
def brush(colour: str) -> QBrush:
    """A solid brush of a palette colour (``"#RRGGBB"``)."""
    return QBrush(QColor(colour))


def row_brush(style: object) -> QBrush | None:
    """The background of a row of ``style`` (a ``RowStyle``), ``None`` for a plain row."""
    fill = palette.row_fill(style)
    return brush(fill) if fill is not None else None
