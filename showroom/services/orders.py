"""Orders (O) and deliveries recorded against a prospect.

An order closes the prospect at the order level; a delivery puts the vehicle on the
customer's card (who becomes a base customer, 基盘客户) and schedules the post-sale care
calls (day 2–3, and about 2 months / before the 5,000 km first maintenance) through
``care_calls.schedule_after_delivery``, which reads the store's call schedule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.keys import plate_tail
from showroom.models import (
    CarModel,
    Customer,
    MileageReading,
    Order,
    OrderStatus,
    Payment,
    ProspectStatus,
    ReadingSource,
    Vehicle,
)
from showroom.validation import ValidationFailed, check_plate, check_vin

from .care_calls import schedule_after_delivery
from .context import Actor
from .level_rules import load_levels, order_level
from .permissions import Permission, PermissionDenied, allowed, require
from .prospects import CTX, close_prospect, get_owned_prospect

MAX_PRICE = Decimal("100000000")


def _msg(source: str, **params: object) -> Msg:
    return Msg(CTX, source, params)


def parse_price(raw: object) -> Decimal | None:
    """A price typed as text ("129,800" / "129800.00") or a number; None if unreadable."""
    if raw is None or raw == "":
        return None
    try:
        value = Decimal(str(raw).replace(",", "").replace("，", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


@dataclass(frozen=True)
class RecordedOrder:
    order_id: int
    prospect_id: int
    level: str


def record_order(
    db: Database,
    actor: Actor,
    prospect_id: int,
    *,
    ordered_on: dt.date,
    model_id: int | None,
    colour: str | None,
    price: Decimal | str | None,
    payment: str | None = None,
    note: str | None = None,
) -> RecordedOrder:
    """The prospect ordered: write the order and move the prospect to O (closed)."""
    require(actor, Permission.PROSPECTS_EDIT)
    errors: dict[str, Msg] = {}
    amount = parse_price(price)
    if amount is None or amount <= 0 or amount >= MAX_PRICE:
        errors["price"] = _msg(
            QT_TRANSLATE_NOOP("Prospects", "Enter the price in yuan, e.g. 129800.")
        )
    if ordered_on > dt.date.today():
        errors["ordered_on"] = _msg(
            QT_TRANSLATE_NOOP("Prospects", "The order date cannot be in the future.")
        )
    if payment is not None and payment not in tuple(str(p) for p in Payment):
        errors["payment"] = _msg(QT_TRANSLATE_NOOP("Prospects", "Choose cash or loan."))
    with db.session(actor.user_id) as session:
        prospect = get_owned_prospect(session, actor, prospect_id)
        if model_id is None or session.get(CarModel, model_id) is None:
            errors["model"] = _msg(QT_TRANSLATE_NOOP("Prospects", "Choose the model ordered."))
        if prospect.status != ProspectStatus.OPEN:
            errors["prospect"] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "This prospect is closed (ordered or lost).")
            )
        if ordered_on < prospect.created_on:
            errors["ordered_on"] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "The order date is before the prospect was created.")
            )
        if errors:
            raise ValidationFailed(errors)
        level = order_level(load_levels(session))
        order = Order(
            prospect_id=prospect.id,
            customer_id=prospect.customer_id,
            consultant_id=prospect.consultant_id or actor.user_id,
            ordered_on=ordered_on,
            model_id=model_id,
            colour=(colour or "").strip() or None,
            price=amount,
            payment=payment or prospect.payment,
            status=OrderStatus.OPEN,
            notes=(note or "").strip() or None,
            created_by_id=actor.user_id,
        )
        session.add(order)
        close_prospect(session, actor, prospect, level.code, ProspectStatus.ORDERED, ordered_on)
        session.flush()
        return RecordedOrder(order.id, prospect.id, level.code)


def get_owned_order(session: Session, actor: Actor, order_id: int) -> Order:
    """The order ``order_id`` if ``actor`` may work on it (its prospect's consultant or
    the order's, or a manager); a field error on ``order`` when it is gone."""
    order = session.get(Order, order_id)
    if order is None or order.deleted_at is not None:
        raise ValidationFailed(
            {"order": _msg(QT_TRANSLATE_NOOP("Prospects", "The order no longer exists."))}
        )
    if order.prospect_id is not None:
        get_owned_prospect(session, actor, order.prospect_id)
    elif order.consultant_id != actor.user_id and not allowed(actor, Permission.PROSPECTS_ALL):
        raise PermissionDenied(
            _msg(QT_TRANSLATE_NOOP("Prospects", "This prospect belongs to another consultant.")),
            Permission.PROSPECTS_ALL,
        )
    return order


@dataclass(frozen=True)
class Delivery:
    order_id: int
    vehicle_id: int
    care_call_ids: list[int]


def record_delivery(
    db: Database,
    actor: Actor,
    order_id: int,
    *,
    delivered_on: dt.date,
    vin: str | None = None,
    plate: str | None = None,
    odometer_km: int = 0,
) -> Delivery:
    """Deliver an open order: the vehicle goes on the customer's card, care calls are set."""
    require(actor, Permission.PROSPECTS_EDIT)
    checks = {"vin": check_vin(vin), "plate": check_plate(plate)}
    errors: dict[str, Msg] = {k: c.error for k, c in checks.items() if c.error is not None}
    if delivered_on > dt.date.today():
        errors["delivered_on"] = _msg(
            QT_TRANSLATE_NOOP("Prospects", "The delivery date cannot be in the future.")
        )
    if not 0 <= odometer_km < 100_000:
        errors["odometer_km"] = _msg(QT_TRANSLATE_NOOP("Prospects", "Enter the odometer in km."))
    with db.session(actor.user_id) as session:
        order = get_owned_order(session, actor, order_id)
        if order.status != OrderStatus.OPEN:
            errors["order"] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "Only an open order can be delivered.")
            )
        elif delivered_on < order.ordered_on:
            errors["delivered_on"] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "The delivery date is before the order date.")
            )
        vin_value = checks["vin"].value
        if vin_value and not errors:
            taken = session.scalar(
                select(Vehicle.id).where(Vehicle.vin == vin_value, Vehicle.deleted_at.is_(None))
            )
            if taken is not None:
                errors["vin"] = _msg(
                    QT_TRANSLATE_NOOP("Prospects", "This VIN is already on another vehicle's card.")
                )
        if errors:
            raise ValidationFailed(errors)
        plate_value = checks["plate"].value
        vehicle = Vehicle(
            customer_id=order.customer_id,
            plate=plate_value,
            plate_tail=plate_tail(plate_value),
            vin=vin_value,
            model_id=order.model_id,
            colour=order.colour,
            purchase_date=order.ordered_on,
            delivered_on=delivered_on,
            sold_here=True,
            created_by_id=actor.user_id,
        )
        session.add(vehicle)
        session.flush()
        # The delivery odometer is the first reading the maintenance prediction starts from.
        session.add(
            MileageReading(
                vehicle_id=vehicle.id,
                read_on=delivered_on,
                km=odometer_km,
                source=ReadingSource.DELIVERY,
                created_by_id=actor.user_id,
            )
        )
        order.status = OrderStatus.DELIVERED
        order.delivered_on = delivered_on
        order.vehicle_id = vehicle.id
        customer = session.get(Customer, order.customer_id)
        if customer is not None and not customer.is_base:
            customer.is_base = True
        calls = schedule_after_delivery(session, vehicle, delivered_on, order_id=order.id)
        session.flush()
        return Delivery(order.id, vehicle.id, [c.id for c in calls])
