"""The closing dialogs of a prospect card: the order (O), the delivery, the loss (F)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from showroom.db import Database
from showroom.models import Payment
from showroom.services.context import Actor
from showroom.services.losses import loss_choices, record_loss
from showroom.services.orders import record_delivery, record_order
from showroom.services.visit_queries import visit_choices
from showroom.sheets.prospects import PAYMENTS

from .prospect_forms import FormDialog, combo, date_edit, select_data, text_edit, to_date


class OrderDialog(FormDialog):
    """The prospect ordered: date, model, colour, price, payment."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        prospect_id: int,
        *,
        customer_name: str,
        model_id: int | None = None,
        colour: str | None = None,
        payment: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Order: {customer}").format(customer=customer_name), parent)
        self.db, self.actor, self.prospect_id = db, actor, prospect_id
        choices = visit_choices(db, by_usage=True)  # the store's usual picks first
        self.ordered_on = date_edit(dt.date.today(), self)
        self.ordered_on.setMaximumDate(self.ordered_on.date())
        self.model = combo([(c.name, c.key) for c in choices.models], self)
        select_data(self.model, model_id)
        self.colour = QComboBox(self)
        self.colour.setEditable(True)
        self.colour.addItems(choices.colours)
        self.colour.setCurrentText(colour or "")
        self.price = QLineEdit(self)
        self.price.setPlaceholderText("129800")
        self.payment = combo([(PAYMENTS[p].text(), str(p)) for p in Payment], self)
        select_data(self.payment, payment)
        self.note = text_edit(self, 48)
        self.add_field("ordered_on", self.tr("Order &date"), self.ordered_on)
        self.add_field("model", self.tr("&Model"), self.model)
        self.add_field("colour", self.tr("&Colour"), self.colour)
        self.add_field("price", self.tr("&Price (yuan)"), self.price)
        self.add_field("payment", self.tr("Pa&yment"), self.payment)
        self.add_field("note", self.tr("&Note"), self.note)
        self.initial_focus = self.price

    def save(self) -> None:
        self.submit(
            lambda: record_order(
                self.db,
                self.actor,
                self.prospect_id,
                ordered_on=to_date(self.ordered_on.date()),
                model_id=self.model.currentData(),
                colour=self.colour.currentText(),
                price=self.price.text(),
                payment=self.payment.currentData(),
                note=self.note.toPlainText(),
            )
        )


class DeliveryDialog(FormDialog):
    """The car is handed over: it goes on the customer's card; the care calls are set."""

    def __init__(
        self, db: Database, actor: Actor, order_id: int, *, customer_name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Delivery: {customer}").format(customer=customer_name), parent)
        self.db, self.actor, self.order_id = db, actor, order_id
        self.delivered_on = date_edit(dt.date.today(), self)
        self.delivered_on.setMaximumDate(self.delivered_on.date())
        self.vin = QLineEdit(self)
        self.vin.setMaxLength(17)
        self.plate = QLineEdit(self)
        self.odometer = QSpinBox(self)
        self.odometer.setRange(0, 99_999)
        self.odometer.setSuffix(" km")
        self.add_field("delivered_on", self.tr("&Delivery date"), self.delivered_on)
        self.add_field("vin", self.tr("&VIN"), self.vin)
        self.add_field("plate", self.tr("&Plate"), self.plate)
        self.add_field("odometer_km", self.tr("&Odometer"), self.odometer)
        self.initial_focus = self.vin

    def save(self) -> None:
        self.submit(
            lambda: record_delivery(
                self.db,
                self.actor,
                self.order_id,
                delivered_on=to_date(self.delivered_on.date()),
                vin=self.vin.text(),
                plate=self.plate.text(),
                odometer_km=self.odometer.value(),
            )
        )


class LossDialog(FormDialog):
    """The prospect is lost (战败): a reason from the store's list, competitor, note."""

    def __init__(
        self, db: Database, actor: Actor, prospect_id: int, *, customer_name: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Lost: {customer}").format(customer=customer_name), parent)
        self.db, self.actor, self.prospect_id = db, actor, prospect_id
        choices = loss_choices(db)
        self.lost_on = date_edit(dt.date.today(), self)
        self.lost_on.setMaximumDate(self.lost_on.date())
        # No reason is chosen until the consultant picks one: a loss needs a real reason.
        self.reason = combo(
            [(self.tr("— choose —"), None), *[(n, i) for i, n in choices.reasons]], self
        )
        self.competitor = QComboBox(self)
        self.competitor.setEditable(True)
        self.competitor.addItems(["", *choices.competitors])
        self.note = text_edit(self, 56)
        self.add_field("lost_on", self.tr("&Date"), self.lost_on)
        self.add_field("reason", self.tr("&Reason"), self.reason)
        self.add_field("competitor", self.tr("&Competitor model"), self.competitor)
        self.add_field("note", self.tr("&Note"), self.note)
        self.initial_focus = self.reason

    def save(self) -> None:
        self.submit(
            lambda: record_loss(
                self.db,
                self.actor,
                self.prospect_id,
                reason_id=self.reason.currentData(),
                lost_on=to_date(self.lost_on.date()),
                competitor=self.competitor.currentText(),
                note=self.note.toPlainText(),
            )
        )
