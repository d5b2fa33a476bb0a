"""The funnel as a bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

One centred bar per stage, its width proportional to the stage's count, the count inside
or beside it, and the conversion from the stage above on the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from showroom import palette

#: From the first (widest) stage to the last: deepening blues.
COLOURS = palette.FUNNEL


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    #: Conversion from the previous bar, as text ("57.1%"), or "" for none.
    rate: str


class FunnelChart(QWidget):
    BAR_HEIGHT = 30
    GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(f"{b.label} {b.count} {b.rate}".strip() for b in self._bars)
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        return QSize(640, rows * (self.BAR_HEIGHT + self.GAP) + self.GAP)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self._bars:
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(b.label) for b in self._bars) + 16
        rate_width = max(metrics.horizontalAdvance(b.rate or "0") for b in self._bars) + 16
        area = self.width() - label_width - rate_width
        biggest = max(b.count for b in self._bars) or 1
        text_colour = self.palette().text().color()
        y = float(self.GAP)
        for index, bar in enumerate(self._bars):
            row = QRectF(0, y, self.width(), self.BAR_HEIGHT)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_width - 8, self.BAR_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.label,
            )
            width = max(2.0, area * bar.count / biggest) if bar.count else 0.0
            left = label_width + (area - width) / 2
            colour = QColor(COLOURS[min(index, len(COLOURS) - 1)])
            painter.fillRect(QRectF(left, y, width, self.BAR_HEIGHT), colour)
            count = f"{bar.count:,}"
            inside = metrics.horizontalAdvance(count) + 8 < width
            painter.setPen(QColor("white") if inside and index >= 2 else text_colour)
            count_rect = (
                QRectF(left, y, width, self.BAR_HEIGHT)
                if inside
                else QRectF(left + width + 4, y, area, self.BAR_HEIGHT)
            )
            align = Qt.AlignmentFlag.AlignCenter if inside else Qt.AlignmentFlag.AlignLeft
            painter.drawText(count_rect, align | Qt.AlignmentFlag.AlignVCenter, count)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(row.right() - rate_width, y, rate_width - 4, self.BAR_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                bar.rate,
            )
            y += self.BAR_HEIGHT + self.GAP
        painter.end()
