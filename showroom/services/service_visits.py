"""Service visits on a vehicle (维修保养): the types offered, and recording one.

A visit with an odometer adds a mileage reading; the vehicle's km/day and next
maintenance due, and the customer's spend, loyalty, membership and value class, follow in
the same save.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import MileageReading, ReadingSource, RefItem, RefKind, ServiceRecord
from showroom.validation import (
    ValidationFailed,
    check_text,
    future_date,
    parse_amount,
    parse_km,
)

from .context import Actor
from .customer_classes import refresh_customers
from .customer_lookup import active_user, card_msg, live_customer, live_vehicle
from .due_cache import refresh_vehicle
from .permissions import Permission, require


@dataclass
class ServiceVisitInput:
    vehicle_id: int
    service_date: dt.date | None = None
    service_type: str = ""
    mileage: str | int | None = None
    amount: str | Decimal | None = None
    advisor_id: int | None = None
    repair_order_no: str = ""
    notes: str = ""


def service_types(db: Database) -> list[tuple[str, str, str]]:
    """The active service types as (code, 中文, English), in the store's order."""
    with db.reader() as session:
        return [
            (row.code, row.name_zh, row.name_en)
            for row in session.execute(
                select(RefItem.code, RefItem.name_zh, RefItem.name_en)
                .where(
                    RefItem.kind == RefKind.SERVICE_TYPE,
                    RefItem.active.is_(True),
                    RefItem.deleted_at.is_(None),
                )
                .order_by(RefItem.sort_order, RefItem.id)
            )
        ]


def add_service_visit(db: Database, actor: Actor, data: ServiceVisitInput) -> int:
    """Records a service received; the mileage reading, km/day, next maintenance due and
    the customer's spend, loyalty, membership and value class follow in the same save."""
    require(actor, Permission.AFTERSALES_EDIT)
    today = dt.date.today()
    with db.session(actor.user_id) as session:
        vehicle = live_vehicle(session, data.vehicle_id)
        customer = live_customer(session, vehicle.customer_id)
        errors: dict[str, Msg] = {}
        if data.service_date is None:
            errors["service_date"] = card_msg(
                QT_TRANSLATE_NOOP("Customers", "Please enter the date.")
            )
        elif (problem := future_date(data.service_date, today)) is not None:
            errors["service_date"] = problem
        elif vehicle.purchase_date and data.service_date < vehicle.purchase_date:
            errors["service_date"] = card_msg(
                QT_TRANSLATE_NOOP("Customers", "This is before the vehicle was bought ({date})."),
                date=vehicle.purchase_date.isoformat(),
            )
        known = session.scalar(
            select(func.count())
            .select_from(RefItem)
            .where(
                RefItem.kind == RefKind.SERVICE_TYPE,
                RefItem.code == data.service_type,
                RefItem.active.is_(True),
                RefItem.deleted_at.is_(None),
            )
        )
        if not known:
            errors["service_type"] = card_msg(
                QT_TRANSLATE_NOOP("Customers", "Please choose the service type from the list.")
            )
        km, problem = parse_km(data.mileage)
        if problem is not None:
            errors["mileage"] = problem
        elif km is not None and data.service_date is not None:
            clash = _odometer_clash(session, vehicle.id, data.service_date, km)
            if clash is not None:
                errors["mileage"] = clash
        amount, problem = parse_amount(data.amount)
        if problem is not None:
            errors["amount"] = problem
        if data.advisor_id is not None and not active_user(session, data.advisor_id):
            errors["advisor_id"] = card_msg(
                QT_TRANSLATE_NOOP("Customers", "This user no longer works here.")
            )
        order_no = check_text(data.repair_order_no, 30)
        notes = check_text(data.notes, 4000, multiline=True)
        for name, check in (("repair_order_no", order_no), ("notes", notes)):
            if check.error is not None:
                errors[name] = check.error
        if errors:
            raise ValidationFailed(errors)
        assert data.service_date is not None
        service = ServiceRecord(
            vehicle_id=vehicle.id,
            customer_id=customer.id,
            service_date=data.service_date,
            service_type=data.service_type,
            mileage=km,
            amount=amount,
            advisor_id=data.advisor_id,
            repair_order_no=order_no.value,
            notes=notes.value,
        )
        session.add(service)
        session.flush()
        if km is not None:
            session.add(
                MileageReading(
                    vehicle_id=vehicle.id,
                    read_on=data.service_date,
                    km=km,
                    source=ReadingSource.SERVICE,
                    service_record_id=service.id,
                )
            )
        if vehicle.first_service_on is None or data.service_date < vehicle.first_service_on:
            vehicle.first_service_on = data.service_date
            vehicle.first_service_km = km
        if customer.service_advisor_id is None and data.advisor_id is not None:
            customer.service_advisor_id = data.advisor_id
        session.flush()
        refresh_vehicle(session, vehicle.id, today)
        refresh_customers(session, [customer.id], today)
        return service.id


def _odometer_clash(session: Session, vehicle_id: int, day: dt.date, km: int) -> Msg | None:
    """An odometer cannot go down: compare with the readings before and after ``day``."""
    before = session.execute(
        select(MileageReading.read_on, MileageReading.km)
        .where(MileageReading.vehicle_id == vehicle_id, MileageReading.read_on <= day)
        .order_by(MileageReading.km.desc())
        .limit(1)
    ).first()
    if before is not None and before.km > km:
        return card_msg(
            QT_TRANSLATE_NOOP(
                "Customers", "The odometer already read {km} km on {date}; it cannot go down."
            ),
            km=f"{before.km:,}",
            date=before.read_on.isoformat(),
        )
    after = session.execute(
        select(MileageReading.read_on, MileageReading.km)
        .where(MileageReading.vehicle_id == vehicle_id, MileageReading.read_on > day)
        .order_by(MileageReading.km)
        .limit(1)
    ).first()
    if after is not None and after.km < km:
        return card_msg(
            QT_TRANSLATE_NOOP(
                "Customers",
                "A later reading ({date}) shows only {km} km; please check the odometer.",
            ),
            km=f"{after.km:,}",
            date=after.read_on.isoformat(),
        )
    return None
