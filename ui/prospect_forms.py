"""What the prospect dialogs share: fields with their messages, Ctrl+Enter saves, and
service errors shown at the field they are about (or above the buttons)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from showroom.services.permissions import PermissionDenied
from showroom.validation import ValidationFailed

from . import typed_combo
from .visit_widgets import ERROR_COLOUR, FieldBox


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date | None, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day) if day else QDate.currentDate())
    return edit


def text_edit(parent: QWidget, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    # Tab walks to the next field (keyboard first): a tab character is never wanted here.
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def combo(items: list[tuple[str, Any]], parent: QWidget) -> QComboBox:
    """A pick list of (text, data); typing selects by prefix, pinyin initials or digit."""
    box = QComboBox(parent)
    for text, data in items:
        box.addItem(text, data)
    typed_combo.install(box)
    return box


def select_data(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


class FormDialog(QDialog):
    """A small form: ``add_field`` rows, then ``finish()``; ``save`` does the work."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.boxes: dict[str, FieldBox] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for shortcut in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(shortcut), self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        #: The service's result once saved.
        self.result_value: object = None
        #: The field the cursor starts in.
        self.initial_focus: QWidget | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        # Ctrl+Enter reaches here when no shortcut took it (e.g. the window is not active).
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.save()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self.initial_focus is not None:
            self.activateWindow()
            self.initial_focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        box = FieldBox(widget, self)
        self.boxes[name] = box
        self.form.addRow(label, box)
        return widget

    def save(self) -> None:  # overridden: call ``self.submit(lambda: service(...))``
        raise NotImplementedError

    def submit(self, call: Callable[[], object]) -> bool:
        """Run the service call; on success accept, else show each message at its field."""
        for box in self.boxes.values():
            box.clear_error()
        self.general_error.hide()
        try:
            self.result_value = call()
        except ValidationFailed as failed:
            general: list[str] = []
            first: QWidget | None = None
            for name, msg in failed.errors.items():
                box = self.boxes.get(name)
                if box is None:
                    general.append(msg.text())
                    continue
                box.set_error(msg.text())
                first = first or box.field
            if general:
                self._show_general("\n".join(general))
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except PermissionDenied as denied:
            self._show_general(str(denied))
            return False
        self.accept()
        return True

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()
