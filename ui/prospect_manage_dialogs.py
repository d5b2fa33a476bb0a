"""Managing a prospect card: reassign to another consultant, edit the header, cancel an order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from showroom.db import Database
from showroom.errors import UserError
from showroom.models import Payment
from showroom.models.visits import PurchaseType
from showroom.services.context import Actor
from showroom.services.prospect_manage import (
    cancel_order,
    edit_prospect_header,
    header_values,
    reassign_prospects,
)
from showroom.services.visit_queries import visit_choices
from showroom.sheets.prospects import PAYMENTS, PURCHASES

from .prospect_forms import FormDialog, combo, select_data, text_edit


class ReassignDialog(FormDialog):
    """Move the chosen prospects to another consultant (manager only). With
    ``current_consultant_id`` it can instead move every open prospect of that consultant
    (one who left the store), not only the rows chosen."""

    def __init__(
        self, db: Database, actor: Actor, prospect_ids: Sequence[int], *,
        current_consultant_id: int | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Reassign prospects"), parent)
        self.db, self.actor, self.prospect_ids = db, actor, list(prospect_ids)
        self.from_consultant_id = current_consultant_id
        choices = visit_choices(db).consultants
        consultants = [(c.name, c.key) for c in choices if c.key != current_consultant_id]
        self.consultant = combo([(self.tr("— choose —"), None), *consultants], self)
        self.note = text_edit(self, 56)
        count = QLabel(
            self.tr("{count} prospects will move.").format(count=len(self.prospect_ids)), self
        )
        self.form.addRow(count)
        old = next((c.name for c in choices if c.key == current_consultant_id), None)
        self.all_open = QCheckBox(
            self.tr("All open prospects of {consultant}").format(consultant=old or ""), self
        )
        self.all_open.setVisible(old is not None)
        self.all_open.toggled.connect(count.setDisabled)
        self.form.addRow(self.all_open)
        self.add_field("consultant", self.tr("New &consultant"), self.consultant)
        self.add_field("note", self.tr("&Note"), self.note)
        self.initial_focus = self.consultant

    def save(self) -> None:
        everything = self.all_open.isChecked() and self.from_consultant_id is not None
        self.submit(
            lambda: reassign_prospects(
                self.db,
                self.actor,
                prospect_ids=None if everything else self.prospect_ids,
                from_consultant_id=self.from_consultant_id if everything else None,
                to_consultant_id=self.consultant.currentData(),
                note=self.note.toPlainText(),
            )
        )


class HeaderDialog(FormDialog):
    """The card's header fields; a save over someone else's save of them is refused."""

    def __init__(
        self, db: Database, actor: Actor, prospect_id: int, *, customer_name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(
            self.tr("Edit prospect: {customer}").format(customer=customer_name), parent
        )
        self.db, self.actor, self.prospect_id = db, actor, prospect_id
        self.version, self.loaded = header_values(db, actor, prospect_id)
        choices = visit_choices(db, by_usage=True)  # the store's usual picks first
        none = ("—", None)
        self.source = combo([none, *[(c.name, c.key) for c in choices.sources]], self)
        select_data(self.source, self.loaded["source_id"])
        self.model = combo([none, *[(c.name, c.key) for c in choices.models]], self)
        select_data(self.model, self.loaded["intended_model_id"])
        self.colour = QComboBox(self)
        self.colour.setEditable(True)
        self.colour.addItems(["", *choices.colours])
        self.colour.setCurrentText(self.loaded["intended_colour"] or "")
        self.budget = QLineEdit(self)
        budget = self.loaded["budget"]
        self.budget.setText(f"{budget:.0f}" if budget is not None else "")
        self.budget.setPlaceholderText("150000")
        self.payment = combo([none, *[(PAYMENTS[p].text(), str(p)) for p in Payment]], self)
        select_data(self.payment, self.loaded["payment"])
        self.purchase = combo([none, *[(PURCHASES[p].text(), str(p)) for p in PurchaseType]], self)
        select_data(self.purchase, self.loaded["purchase_type"])
        self.competitors = QLineEdit(self)
        self.competitors.setText(self.loaded["competitors"] or "")
        self.competitors.setPlaceholderText(self.tr("e.g. Accord, Camry"))
        self.notes = text_edit(self, 56)
        self.notes.setPlainText(self.loaded["notes"] or "")
        self.add_field("source_id", self.tr("&Source"), self.source)
        self.add_field("intended_model_id", self.tr("&Model"), self.model)
        self.add_field("intended_colour", self.tr("&Colour"), self.colour)
        self.add_field("budget", self.tr("&Budget (yuan)"), self.budget)
        self.add_field("payment", self.tr("&Payment"), self.payment)
        self.add_field("purchase_type", self.tr("P&urchase type"), self.purchase)
        self.add_field("competitors", self.tr("Compe&titor models"), self.competitors)
        self.add_field("notes", self.tr("&Note"), self.notes)
        self.initial_focus = self.budget

    def values(self) -> dict[str, Any]:
        return {
            "source_id": self.source.currentData(),
            "intended_model_id": self.model.currentData(),
            "intended_colour": self.colour.currentText(),
            "budget": self.budget.text(),
            "payment": self.payment.currentData(),
            "purchase_type": self.purchase.currentData(),
            "competitors": self.competitors.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        # Only what the user changed is sent, so a stale form never overwrites other fields.
        shown = {k: (v or None) for k, v in self.values().items()}
        before = {k: ("" if v is None else str(v)) for k, v in self.loaded.items()}
        changes = {k: v for k, v in shown.items() if str(v or "").strip() != before[k].strip()}
        if "budget" in changes and self.loaded["budget"] is not None:
            budget = self.budget.text().replace(",", "").strip()
            if budget and budget == f"{self.loaded['budget']:.0f}":
                del changes["budget"]
        if not changes:
            self.accept()
            return
        try:
            self.submit(
                lambda: edit_prospect_header(
                    self.db, self.actor, self.prospect_id, version=self.version,
                    changes=changes, original=self.loaded,
                )
            )  # fmt: skip
        except UserError as exc:  # a conflict or the card deleted meanwhile
            self._show_general(str(exc))


class CancelOrderDialog(FormDialog):
    """Cancel an order not yet delivered: the prospect returns to its level before O."""

    def __init__(
        self, db: Database, actor: Actor, order_id: int, *, customer_name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Cancel order: {customer}").format(customer=customer_name), parent)
        self.db, self.actor, self.order_id = db, actor, order_id
        self.reason = text_edit(self, 56)
        self.add_field("reason", self.tr("&Reason"), self.reason)
        self.initial_focus = self.reason

    def save(self) -> None:
        self.submit(
            lambda: cancel_order(self.db, self.actor, self.order_id, self.reason.toPlainText())
        )
