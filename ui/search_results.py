"""Search hits as a Qt list model, and the delegate that draws one hit per row.

A row reads "张三 【VIP】 138****5678 · 粤B12345" with the special marks as coloured
badges, so a fleet, VIP or difficult customer is obvious before anyone opens the card.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from showroom import palette

if TYPE_CHECKING:  # the search module loads pinyin tables: not at start-up
    from showroom.services.search import CustomerHit

from .formatting import SEPARATOR, hit_summary
from .labels import mark_label, matched_on_label

#: The :class:`CustomerHit` behind a row.
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[CustomerHit] = []

    def set_hits(self, hits: Sequence[CustomerHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[CustomerHit]:
        return list(self._hits)

    def hit(self, row: int) -> CustomerHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit_summary(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [hit_summary(hit)]
            if hit.consultant:
                lines.append(self.tr("Consultant: {name}").format(name=hit.consultant))
            lines.append(self.tr("Found by: {what}").format(what=matched_on_label(hit.matched_on)))
            return "\n".join(lines)
        if role == HIT_ROLE:
            return hit
        return None


class SearchResultDelegate(QStyledItemDelegate):
    """Name in bold, the marks as badges, then masked mobile and plates; consultant right."""

    PADDING = 10
    BADGE_GAP = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = QFontMetrics(option.font).height() + 2 * self.PADDING
        return QSize(360, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        painter.save()
        try:
            self._paint_hit(painter, option, hit)
        finally:
            painter.restore()

    def _paint_hit(self, painter: QPainter, option: QStyleOptionViewItem, hit: CustomerHit) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        rect: QRect = option.rect
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif hovered:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_colour)
        muted.setAlpha(170)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        inner = rect.adjusted(self.PADDING, 0, -self.PADDING, 0)
        x = inner.left()
        base_font = QFont(option.font)
        bold = QFont(base_font)
        bold.setBold(True)

        # Right-hand side first, so the left-hand text knows how much room it has.
        right_edge = inner.right()
        if hit.consultant:
            painter.setFont(base_font)
            consultant = hit.consultant
            width = QFontMetrics(base_font).horizontalAdvance(consultant)
            painter.setPen(muted)
            painter.drawText(
                QRect(right_edge - width, inner.top(), width, inner.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                consultant,
            )
            right_edge -= width + 2 * self.PADDING

        x = self._draw_text(painter, bold, text_colour, x, inner, right_edge, hit.name)
        for mark in hit.marks:
            x = self._draw_badge(painter, base_font, x + self.BADGE_GAP, inner, mark)
        details = SEPARATOR.join(p for p in (hit.mobile or "", " ".join(hit.plates)) if p)
        if details:
            x += 2 * self.BADGE_GAP
            self._draw_text(painter, base_font, muted, x, inner, right_edge, details)

    @staticmethod
    def _draw_text(
        painter: QPainter, font: QFont, colour: QColor, x: int, inner: QRect, right: int, text: str
    ) -> int:
        metrics = QFontMetrics(font)
        available = max(right - x, 0)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, available)
        width = metrics.horizontalAdvance(shown)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            QRect(x, inner.top(), width + 1, inner.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            shown,
        )
        return x + width

    @staticmethod
    def _draw_badge(painter: QPainter, base_font: QFont, x: int, inner: QRect, mark: str) -> int:
        font = QFont(base_font)
        font.setPointSizeF(max(base_font.pointSizeF() * 0.85, 7.0))
        font.setBold(True)
        metrics = QFontMetrics(font)
        text = mark_label(mark)
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 4
        badge = QRect(x, inner.center().y() - height // 2 + 1, width, height)
        background, foreground = palette.badge_colours(mark)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(font)
        painter.setPen(QColor(foreground))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        return badge.right()
