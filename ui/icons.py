"""Small icons drawn in code, so they are crisp at any scale and need no image files."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


def search_icon(colour: str = "#6b7280", size: int = 32) -> QIcon:
    """A magnifying glass."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(colour), size / 10)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        radius = size * 0.28
        centre = QPointF(size * 0.42, size * 0.42)
        painter.drawEllipse(centre, radius, radius)
        start = centre + QPointF(radius * 0.72, radius * 0.72)
        painter.drawLine(start, QPointF(size * 0.86, size * 0.86))
    finally:
        painter.end()
    return QIcon(pixmap)
