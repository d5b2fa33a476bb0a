"""Logging a complaint (at the desk or on a call), and the short text prompts of its steps."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.i18n import current_language
from showroom.palette import ALERT_TEXT
from showroom.services import complaints as svc
from showroom.services.context import Actor
from showroom.services.search import search_customers_as
from showroom.validation import ValidationFailed

from . import typed_combo

ERROR_STYLE = f"color: {ALERT_TEXT};"


class ComplaintDialog(QDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        customer_id: int | None = None,
        vehicle_id: int | None = None,
        care_call_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.vehicle_id, self.care_call_id = vehicle_id, care_call_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New complaint"))
        form = QFormLayout(self)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Phone, plate or name"))
        self.customer = QComboBox()
        self.customer.addItem(self.tr("(no customer)"), None)
        if customer_id is not None:
            self.customer.addItem(self.tr("Customer of this call"), customer_id)
            self.customer.setCurrentIndex(1)
            self.find.setEnabled(False)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._search)
        self.find.textChanged.connect(lambda _t: self._timer.start())
        form.addRow(self.tr("&Find customer"), self.find)
        form.addRow(self.tr("C&ustomer"), self.customer)
        self.channel = QComboBox()
        for value, text in (
            (svc.Channel.DESK, self.tr("At the desk")),
            (svc.Channel.PHONE, self.tr("By phone")),
            (svc.Channel.CALL, self.tr("On our care call")),
            (svc.Channel.ONLINE, self.tr("Online")),
        ):
            self.channel.addItem(text, str(value))
        if care_call_id is not None:
            self.channel.setCurrentIndex(2)
        form.addRow(self.tr("C&hannel"), self.channel)
        self.category = QComboBox()
        self.category.addItem(self.tr("(not classified)"), None)
        zh = current_language() != "en"
        for cid, name_zh, name_en in svc.complaint_categories(db):
            self.category.addItem(name_zh if zh else name_en, cid)
        form.addRow(self.tr("Ca&tegory"), self.category)
        for box in (self.customer, self.channel, self.category):
            typed_combo.install(box)
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        form.addRow(self.tr("&Complaint"), self.content)
        self.content_error = QLabel()
        self.content_error.setStyleSheet(ERROR_STYLE)
        form.addRow("", self.content_error)
        form.addRow(
            QLabel(
                self.tr(
                    "The general manager must be told within 12 hours and the "
                    "customer answered within 24."
                )
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _search(self) -> None:
        hits = search_customers_as(self.db, self.actor, self.find.text(), limit=10)
        self.customer.clear()
        self.customer.addItem(self.tr("(no customer)"), None)
        for hit in hits:
            plates = " ".join(hit.plates)
            self.customer.addItem(f"{hit.name} {plates}".strip(), hit.id)
        if hits:
            self.customer.setCurrentIndex(1)

    def save(self) -> None:
        try:
            self.saved_id = svc.record_complaint(
                self.db,
                self.actor,
                content=self.content.toPlainText(),
                customer_id=self.customer.currentData(),
                vehicle_id=self.vehicle_id,
                care_call_id=self.care_call_id,
                channel=self.channel.currentData(),
                category_id=self.category.currentData(),
            )
        except ValidationFailed as failed:
            self.content_error.setText(" ".join(m.text() for m in failed.errors.values()))
            return
        self.accept()


def ask_text(parent: QWidget, title: str, prompt: str) -> str | None:
    """A multi-line text prompt; ``None`` when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(prompt))
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    layout.addWidget(edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return edit.toPlainText() if dialog.exec() else None
