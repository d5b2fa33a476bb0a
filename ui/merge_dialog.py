"""Merging a duplicate record of the same person into the open card.

The list starts with the records that share the card's mobile or resident ID (the usual
duplicates); typing searches like the global search. The merge moves everything of the
picked record onto this card and can be undone from the card's merge history.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.services.context import Actor
from showroom.services.customer_card import CustomerCard
from showroom.services.customer_merge import merge_customers
from showroom.services.customers import possible_duplicates
from showroom.services.permissions import PermissionDenied
from showroom.services.search import search_customers_as
from showroom.validation import ValidationFailed

from .customer_card_fields import as_form_errors
from .formatting import hit_summary
from .visit_widgets import ERROR_COLOUR


class MergeDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, card: CustomerCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.card = db, actor, card
        self.merge_id: int | None = None
        self.setWindowTitle(self.tr("Merge a duplicate into {name}").format(name=card.fields.name))
        intro = QLabel(
            self.tr(
                "Pick the other record of the same person. Its vehicles, visits, prospects, "
                "services, calls, complaints and marks move to this card; the merge can be "
                "undone later."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Phone, plate, VIN, name or pinyin"))
        self.query.returnPressed.connect(self.find)
        self.results = QListWidget(self)
        self.results.itemDoubleClicked.connect(lambda _item: self.merge())
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(
            self.tr("Merge into this card"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.query, self.results, self.error, buttons):
            layout.addWidget(widget)
        self.resize(520, 420)
        fields = card.fields
        for cid, name in possible_duplicates(
            db, fields.mobile or None, fields.resident_id or None, exclude_id=card.id
        ):
            self._add(cid, name)

    def _add(self, customer_id: int, text: str) -> None:
        item = QListWidgetItem(text, self.results)
        item.setData(Qt.ItemDataRole.UserRole, customer_id)

    def find(self) -> None:
        self.results.clear()
        for hit in search_customers_as(self.db, self.actor, self.query.text()):
            if hit.id != self.card.id:
                self._add(hit.id, hit_summary(hit))
        if self.results.count():
            self.results.setCurrentRow(0)

    def merge(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        other = int(item.data(Qt.ItemDataRole.UserRole))
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Move everything of “{other}” to “{name}”?").format(
                other=item.text(), name=self.card.fields.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with as_form_errors():
                self.merge_id = merge_customers(self.db, self.actor, self.card.id, other)
        except ValidationFailed as failed:
            self._show("\n".join(m.text() for m in failed.errors.values()))
            return
        except PermissionDenied as denied:
            self._show(str(denied))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
