"""The global search box in the toolbar and its drop-down list of customers.

Typing waits ~150 ms for a pause, asks the search function (the service) for hits and
shows them under the box. The box keeps the keyboard all along: Up/Down move through
the hits, Enter opens one (the first if none is highlighted), Esc closes the list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the search module loads pinyin tables: not at start-up
    from showroom.services.search import CustomerHit

from .search_results import SearchResultDelegate, SearchResultsModel

log = logging.getLogger(__name__)

SearchFunction = Callable[[str], Sequence["CustomerHit"]]

DEBOUNCE_MS = 150
_VISIBLE_ROWS = 10
_POPUP_MIN_WIDTH = 560


class SearchPopup(QFrame):
    """The list under the search box. It never takes the focus from the box."""

    hit_clicked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            parent,
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("searchPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.Box)
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchResultDelegate(self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setMouseTracking(True)
        self.view.setUniformItemSizes(True)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self.on_view_clicked)
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.view)
        layout.addWidget(self.message)

    def show_hits(self, hits: Sequence[CustomerHit], empty_message: str, anchor: QWidget) -> None:
        self.model.set_hits(hits)
        self.view.setVisible(bool(hits))
        self.message.setVisible(not hits)
        self.message.setText(empty_message)
        self.message.setContentsMargins(12, 10, 12, 10)
        self._place_under(anchor)
        self.show()
        self.raise_()

    def show_message(self, text: str, anchor: QWidget) -> None:
        self.show_hits([], text, anchor)

    def _place_under(self, anchor: QWidget) -> None:
        width = max(anchor.width(), _POPUP_MIN_WIDTH)
        rows = self.model.rowCount()
        if rows:
            row_height = self.view.sizeHintForRow(0)
            height = row_height * min(rows, _VISIBLE_ROWS) + 2
        else:
            height = self.message.heightForWidth(width) + 4
        self.resize(width, height + 2)
        # Right-aligned under the box (it sits at the right of the toolbar), kept on screen.
        below = anchor.mapToGlobal(QPoint(anchor.width() - width, anchor.height() + 2))
        screen = anchor.screen().availableGeometry()
        below.setX(max(screen.left(), min(below.x(), screen.right() - width)))
        self.move(below)

    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.view.currentIndex().row()
        if current < 0:
            row = 0 if step > 0 else rows - 1
        else:
            row = min(max(current + step, 0), rows - 1)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def current_hit(self) -> CustomerHit | None:
        return self.model.hit(self.view.currentIndex().row())

    @Slot(QModelIndex)
    def on_view_clicked(self, index: QModelIndex) -> None:
        hit = self.model.hit(index.row())
        if hit is not None:
            self.hit_clicked.emit(hit)


class GlobalSearchBox(QLineEdit):
    """Finds customers by phone, plate, name or pinyin; emits ``hit_picked(CustomerHit)``."""

    hit_picked = Signal(object)

    def __init__(
        self,
        search: SearchFunction,
        parent: QWidget | None = None,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self._search = search
        self.setPlaceholderText(self.tr("Search phone, plate, name or pinyin…"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.popup = SearchPopup(self)
        self.popup.hit_clicked.connect(self.on_hit_clicked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.on_search_due)
        self.textEdited.connect(self.on_text_edited)
        self._filtered_window: QWidget | None = None

    # --- public -----------------------------------------------------------------------
    def run_search_now(self) -> None:
        """Search for the current text without waiting for the typing pause."""
        self._timer.stop()
        self.on_search_due()

    def close_popup(self) -> None:
        self.popup.hide()

    # --- slots ------------------------------------------------------------------------
    @Slot(str)
    def on_text_edited(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.close_popup()

    @Slot()
    def on_search_due(self) -> None:
        query = self.text().strip()
        if not query:
            self.close_popup()
            return
        try:
            hits = self._search(query)
        except Exception as exc:  # a broken connection must not take the window down
            log.exception("search failed")
            self.popup.show_message(
                self.tr("The search failed: {error}").format(error=str(exc)), self
            )
            return
        self.popup.show_hits(
            hits, self.tr("No customer matches “{query}”.").format(query=query), self
        )

    @Slot(object)
    def on_hit_clicked(self, hit: CustomerHit) -> None:
        self._pick(hit)

    # --- events -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.popup.isVisible():
                if self.text().strip():
                    self.run_search_now()
                if key != Qt.Key.Key_Down:
                    return
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: _VISIBLE_ROWS,
                Qt.Key.Key_PageUp: -_VISIBLE_ROWS,
            }[Qt.Key(key)]
            self.popup.move_selection(step)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not self.popup.isVisible():
                self.run_search_now()
            hit = self.popup.current_hit() or self.popup.model.hit(0)
            if hit is not None:
                self._pick(hit)
            return
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self._timer.stop()
            self.close_popup()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.close_popup()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._filtered_window:
            window.installEventFilter(self)
            self._filtered_window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._filtered_window and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Hide,
            QEvent.Type.WindowDeactivate,
            QEvent.Type.WindowStateChange,
        ):
            self.close_popup()
        return False

    def _pick(self, hit: CustomerHit) -> None:
        self._timer.stop()
        self.close_popup()
        self.selectAll()
        self.hit_picked.emit(hit)
