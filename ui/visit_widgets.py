"""Small widgets of the visit form: a field with its message, and a list of candidates."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from showroom.palette import ALERT_TEXT

ERROR_COLOUR = ALERT_TEXT
_INVALID_STYLE = f"border: 1px solid {ERROR_COLOUR}; border-radius: 3px;"


class FieldBox(QWidget):
    """An input with the message about it right below, shown only when there is one."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error_label)
        # The row's label gets this box as its buddy: QLabel's Alt+letter focuses a buddy only
        # if the buddy itself accepts focus, and the proxy hands that focus on to the field.
        # Tab skips a widget with a proxy, so the field keeps its one place in the tab order.
        self.setFocusProxy(field)
        self.setFocusPolicy(field.focusPolicy())
        self._style = field.styleSheet()

    @property
    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.field.setStyleSheet(self._style + (_INVALID_STYLE if text else ""))
        self.field.setAccessibleDescription(text)

    def clear_error(self) -> None:
        if self.error:
            self.set_error("")


class CandidateList(QListWidget):
    """Customers found while typing: Enter or a double click chooses one.

    Hidden while empty; as tall as its entries (up to five), so the form does not jump
    more than it must.
    """

    chosen = Signal(int)  # the row chosen

    MAX_VISIBLE = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.itemActivated.connect(lambda item: self.chosen.emit(self.row(item)))
        self.hide()

    def set_entries(self, entries: Sequence[tuple[str, str]]) -> None:
        """(line, tooltip) per candidate."""
        self.clear()
        for text, tip in entries:
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            self.addItem(item)
        if entries:
            self.setCurrentRow(0)
            height = sum(self.sizeHintForRow(i) for i in range(min(len(entries), self.MAX_VISIBLE)))
            self.setFixedHeight(height + 2 * self.frameWidth() + 4)
        self.setVisible(bool(entries))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.chosen.emit(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)


class DownToList(QObject):
    """Down in a line edit moves into the candidate list under it (keyboard only)."""

    def __init__(self, candidates: CandidateList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._candidates = candidates

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self._candidates.isVisible()
        ):
            self._candidates.setFocus()
            return True
        return False
