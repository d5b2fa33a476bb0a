"""The vehicles on a customer's card: adding, editing and removing one.

A vehicle's first service visit (date and odometer) becomes its first mileage reading; its
due dates (:mod:`.due_cache`) and its owner's derived columns (:mod:`.customer_classes`)
are recomputed in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.keys import plate_tail
from showroom.models import CarModel, Customer, MileageReading, ReadingSource, Vehicle
from showroom.validation import (
    ValidationFailed,
    check_plate,
    check_text,
    check_vin,
    future_date,
    parse_km,
)

from .conflicts import apply_edit
from .context import Actor
from .customer_classes import refresh_customers
from .customer_lookup import card_msg, live_customer, live_vehicle
from .due_cache import refresh_vehicle
from .permissions import Permission, require


@dataclass
class VehicleInput:
    plate: str = ""
    vin: str = ""
    colour: str = ""
    model_id: int | None = None
    purchase_date: dt.date | None = None
    sold_here: bool = False
    first_service_on: dt.date | None = None
    first_service_km: str | int | None = None
    notes: str = ""


def _validate_vehicle(
    session: Session, data: VehicleInput, vehicle_id: int | None, today: dt.date
) -> tuple[dict[str, Any], list[Msg]]:
    checks = {
        "plate": check_plate(data.plate),
        "vin": check_vin(data.vin),
        "colour": check_text(data.colour, 40),
        "notes": check_text(data.notes, 4000, multiline=True),
    }
    errors = {name: c.error for name, c in checks.items() if c.error is not None}
    warnings = [c.warning for c in checks.values() if c.warning is not None]
    values: dict[str, Any] = {name: c.value for name, c in checks.items()}
    if not values["plate"] and not values["vin"] and not errors:
        errors["plate"] = card_msg(
            QT_TRANSLATE_NOOP("Customers", "Please enter the plate number or the VIN (or both).")
        )
    for name, column in (("plate", Vehicle.plate), ("vin", Vehicle.vin)):
        if values[name] and name not in errors:
            owner = _other_owner(session, column, values[name], vehicle_id)
            if owner is not None:
                errors[name] = card_msg(
                    QT_TRANSLATE_NOOP(
                        "Customers",
                        "{value} is already on the card of {owner}; merge or correct it.",
                    ),
                    value=values[name],
                    owner=owner,
                )
    if data.model_id is not None:
        model = session.get(CarModel, data.model_id)
        if model is None or model.deleted_at is not None:
            errors["model_id"] = card_msg(
                QT_TRANSLATE_NOOP("Customers", "Please choose a model from the list.")
            )
    for name in ("purchase_date", "first_service_on"):
        problem = future_date(getattr(data, name), today)
        if problem is not None:
            errors[name] = problem
    if (
        data.purchase_date
        and data.first_service_on
        and data.first_service_on < data.purchase_date
        and "first_service_on" not in errors
    ):
        errors["first_service_on"] = card_msg(
            QT_TRANSLATE_NOOP("Customers", "The first service visit cannot be before the purchase.")
        )
    km, problem = parse_km(data.first_service_km)
    if problem is not None:
        errors["first_service_km"] = problem
    if errors:
        raise ValidationFailed(errors)
    values.update(
        model_id=data.model_id,
        purchase_date=data.purchase_date,
        sold_here=data.sold_here,
        first_service_on=data.first_service_on,
        first_service_km=km,
        plate_tail=plate_tail(values["plate"]),
    )
    return values, warnings


def _other_owner(session: Session, column: Any, value: str, vehicle_id: int | None) -> str | None:
    stmt = (
        select(Customer.name)
        .join(Vehicle, Vehicle.customer_id == Customer.id)
        .where(column == value, Vehicle.deleted_at.is_(None))
        .limit(1)
    )
    if vehicle_id is not None:
        stmt = stmt.where(Vehicle.id != vehicle_id)
    return session.scalar(stmt)


@dataclass(frozen=True)
class Saved:
    id: int
    #: Shown to the user but not blocking (a VIN whose check digit does not match).
    warnings: tuple[Msg, ...] = ()


def save_vehicle(
    db: Database,
    actor: Actor,
    customer_id: int,
    data: VehicleInput,
    vehicle_id: int | None = None,
    version: int | None = None,
) -> Saved:
    """Adds (``vehicle_id`` None) or edits a vehicle on the customer's card."""
    require(actor, Permission.CUSTOMERS_EDIT)
    today = dt.date.today()
    with db.session(actor.user_id) as session:
        live_customer(session, customer_id)
        values, warnings = _validate_vehicle(session, data, vehicle_id, today)
        if vehicle_id is None:
            vehicle = Vehicle(customer_id=customer_id, **values)
            session.add(vehicle)
        else:
            vehicle = live_vehicle(session, vehicle_id)
            apply_edit(
                session,
                vehicle,
                version=vehicle.version if version is None else version,
                changes=values,
            )
        session.flush()
        if vehicle.first_service_on and vehicle.first_service_km is not None:
            _ensure_reading(session, vehicle, vehicle.first_service_on, vehicle.first_service_km)
        refresh_vehicle(session, vehicle.id, today)
        refresh_customers(session, [customer_id], today)
        return Saved(vehicle.id, tuple(warnings))


def remove_vehicle(db: Database, actor: Actor, vehicle_id: int) -> None:
    """Hides a vehicle entered by mistake (soft deletion, audited)."""
    require(actor, Permission.CUSTOMERS_EDIT)
    with db.session(actor.user_id) as session:
        vehicle = live_vehicle(session, vehicle_id)
        vehicle.deleted_at = dt.datetime.now()
        vehicle.deleted_by_id = actor.user_id
        session.flush()
        refresh_customers(session, [vehicle.customer_id])


def _ensure_reading(session: Session, vehicle: Vehicle, day: dt.date, km: int) -> None:
    exists = session.scalar(
        select(func.count())
        .select_from(MileageReading)
        .where(MileageReading.vehicle_id == vehicle.id, MileageReading.read_on == day)
    )
    if not exists:
        session.add(
            MileageReading(vehicle_id=vehicle.id, read_on=day, km=km, source=ReadingSource.MANUAL)
        )
        session.flush()
