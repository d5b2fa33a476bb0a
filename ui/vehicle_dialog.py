"""Adding or editing a vehicle on the customer's card."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QWidget

from showroom.db import Database
from showroom.services.context import Actor
from showroom.services.customer_card import VehicleInfo
from showroom.services.vehicles import Saved, VehicleInput, save_vehicle
from showroom.services.visit_queries import visit_choices
from showroom.validation import ValidationFailed

from .customer_card_fields import as_form_errors, date_line, parse_date
from .prospect_forms import FormDialog, combo, select_data, text_edit


class VehicleDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        customer_id: int,
        vehicle: VehicleInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit vehicle") if vehicle else self.tr("Add vehicle")
        super().__init__(title, parent)
        self.db, self.actor, self.customer_id, self.vehicle = db, actor, customer_id, vehicle
        choices = visit_choices(db, by_usage=True)  # the store's usual picks first
        self.plate = self.add_field("plate", self.tr("&Plate"), QLineEdit(self))
        self.vin = self.add_field("vin", self.tr("&VIN"), QLineEdit(self))
        self.model: QComboBox = self.add_field(  # type: ignore[assignment]
            "model_id",
            self.tr("&Model"),
            combo([("—", None), *((c.name, c.key) for c in choices.models)], self),
        )
        self.colour: QComboBox = self.add_field(  # type: ignore[assignment]
            "colour", self.tr("&Colour"), combo([(c, c) for c in ["", *choices.colours]], self)
        )
        self.colour.setEditable(True)
        self.purchase = self.add_field(
            "purchase_date", self.tr("P&urchase date"), date_line(None, self)
        )
        self.sold_here = QCheckBox(self.tr("&Bought here"), self)
        self.add_field("sold_here", "", self.sold_here)
        self.first_on = self.add_field(
            "first_service_on", self.tr("&First service visit"), date_line(None, self)
        )
        self.first_km = self.add_field(
            "first_service_km", self.tr("M&ileage at first visit (km)"), QLineEdit(self)
        )
        self.notes = self.add_field("notes", self.tr("&Notes"), text_edit(self))
        if vehicle is not None:
            self.plate.setText(vehicle.plate or "")
            self.vin.setText(vehicle.vin or "")
            select_data(self.model, vehicle.model_id)
            self.colour.setCurrentText(vehicle.colour or "")
            self.purchase.setText(
                vehicle.purchase_date.isoformat() if vehicle.purchase_date else ""
            )
            self.sold_here.setChecked(vehicle.sold_here)
            self.first_on.setText(str(vehicle.first_service_on or ""))
            self.first_km.setText(
                str(vehicle.first_service_km) if vehicle.first_service_km is not None else ""
            )
            self.notes.setPlainText(vehicle.notes or "")
        self.initial_focus = self.plate
        self.setMinimumWidth(440)
        self.saved: Saved | None = None

    def save(self) -> None:
        self.submit(self._save)
        if self.saved and self.saved.warnings:
            # Shown after saving: a VIN whose check digit does not match is kept.
            QMessageBox.information(
                self.parentWidget() or self,
                self.windowTitle(),
                "\n".join(w.text() for w in self.saved.warnings),
            )

    def _save(self) -> Saved:
        purchase, purchase_error = parse_date(self.purchase.text())
        first_on, first_error = parse_date(self.first_on.text())
        errors = {
            name: error
            for name, error in (
                ("purchase_date", purchase_error),
                ("first_service_on", first_error),
            )
            if error is not None
        }
        if errors:
            raise ValidationFailed(errors)
        data = VehicleInput(
            plate=self.plate.text(),
            vin=self.vin.text(),
            colour=self.colour.currentText(),
            model_id=self.model.currentData(),
            purchase_date=purchase,
            sold_here=self.sold_here.isChecked(),
            first_service_on=first_on,
            first_service_km=self.first_km.text(),
            notes=self.notes.toPlainText(),
        )
        vehicle = self.vehicle
        with as_form_errors():
            self.saved = save_vehicle(
                self.db,
                self.actor,
                self.customer_id,
                data,
                vehicle.id if vehicle else None,
                vehicle.version if vehicle else None,
            )
        return self.saved
