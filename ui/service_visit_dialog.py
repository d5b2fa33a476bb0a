"""A service advisor records a service visit: date, mileage, type, amount, advisor.

Saving adds the mileage reading and updates the customer's spend and classes (the
service does it all in one transaction); the card reloads to show them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from showroom.db import Database
from showroom.i18n import current_language
from showroom.services.context import Actor
from showroom.services.customer_card import VehicleInfo
from showroom.services.customer_list import list_choices
from showroom.services.service_visits import ServiceVisitInput, add_service_visit, service_types

from .customer_card_fields import as_form_errors
from .prospect_forms import FormDialog, combo, date_edit, select_data, text_edit, to_date


class ServiceVisitDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        vehicle: VehicleInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Service visit: {vehicle}").format(vehicle=vehicle.label), parent)
        self.db, self.actor, self.vehicle = db, actor, vehicle
        english = current_language() == "en"
        types = [(en if english else zh, code) for code, zh, en in service_types(db)]
        advisors = list_choices(db).advisors
        self.date = self.add_field(
            "service_date", self.tr("&Date"), date_edit(dt.date.today(), self)
        )
        self.kind: QComboBox = self.add_field(  # type: ignore[assignment]
            "service_type", self.tr("Service &type"), combo(types, self)
        )
        self.mileage = self.add_field("mileage", self.tr("&Mileage (km)"), QLineEdit(self))
        if vehicle.latest_km is not None:
            self.mileage.setPlaceholderText(
                self.tr("last read: {km}").format(km=f"{vehicle.latest_km:,}")
            )
        self.amount = self.add_field("amount", self.tr("&Amount (yuan)"), QLineEdit(self))
        self.advisor: QComboBox = self.add_field(  # type: ignore[assignment]
            "advisor_id",
            self.tr("Service ad&visor"),
            combo([("—", None), *((name, key) for key, name in advisors)], self),
        )
        select_data(self.advisor, actor.user_id)
        self.order_no = self.add_field(
            "repair_order_no", self.tr("&Repair order no."), QLineEdit(self)
        )
        self.notes = self.add_field("notes", self.tr("&Notes"), text_edit(self))
        self.initial_focus = self.mileage
        self.setMinimumWidth(420)

    def save(self) -> None:
        self.submit(self._save)

    def _save(self) -> int:
        data = ServiceVisitInput(
            vehicle_id=self.vehicle.id,
            service_date=to_date(self.date.date()),
            service_type=self.kind.currentData() or "",
            mileage=self.mileage.text(),
            amount=self.amount.text(),
            advisor_id=self.advisor.currentData(),
            repair_order_no=self.order_no.text(),
            notes=self.notes.toPlainText(),
        )
        with as_form_errors():
            return add_service_visit(self.db, self.actor, data)
