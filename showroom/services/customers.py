"""The customer info card's writes: the person, their vehicles, service visits, special marks.

Every function validates all its fields first and raises :class:`ValidationFailed` with a
message per bad field (so the form marks them all at once), then writes in one
transaction — nothing is half-saved. Derived columns (spend, loyalty, membership, value,
base customer) are recomputed by :mod:`.customer_classes` in the same transaction.

Reading the card is :mod:`.customer_card`; merging duplicates is :mod:`.customer_merge`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.db.audit import record
from showroom.errors import UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.keys import customer_keys, plate_tail
from showroom.models import (
    CarModel,
    Customer,
    CustomerMark,
    MarkKind,
    MileageReading,
    ReadingSource,
    RefItem,
    RefKind,
    ServiceRecord,
    Sex,
    User,
    Vehicle,
)
from showroom.validation import (
    Check,
    ValidationFailed,
    check_email,
    check_mobile,
    check_name,
    check_phone,
    check_plate,
    check_postcode,
    check_resident_id,
    check_vin,
    resident_id_info,
)

from .conflicts import EditConflict, apply_edit, stale_guard
from .context import Actor
from .customer_classes import refresh_customers
from .due_cache import refresh_vehicle
from .permissions import Permission, PermissionDenied, require

CTX = "Customers"

#: How a customer prefers to be contacted (codes stored in ``preferred_contact``).
CONTACT_METHODS = ("phone", "sms", "wechat", "email", "visit")

#: Odometers above this are typing errors (no car in a showroom's life reaches it).
MAX_KM = 2_000_000
MAX_AMOUNT = Decimal("100000000")


def _msg(source: str, **params: object) -> Msg:
    return Msg(CTX, source, params)


class NotFound(UserError, LookupError):
    """The record is gone (deleted, merged away, or never existed)."""


# ------------------------------------------------------------------------------ inputs


@dataclass
class CustomerInput:
    """The fixed information of the card (稳态信息) as typed in the form."""

    name: str = ""
    sex: str | None = None
    resident_id: str = ""
    birthday: dt.date | None = None
    occupation: str = ""
    company: str = ""
    mobile: str = ""
    home_phone: str = ""
    office_phone: str = ""
    fax: str = ""
    email: str = ""
    wechat: str = ""
    home_address: str = ""
    home_postcode: str = ""
    work_address: str = ""
    work_postcode: str = ""
    preferred_contact: str = ""
    preferred_contact_time: str = ""
    hobbies: str = ""
    notes: str = ""
    consultant_id: int | None = None
    service_advisor_id: int | None = None

    @classmethod
    def of(cls, customer: Customer) -> CustomerInput:
        """The form's values for a stored customer (empty text for missing values)."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = getattr(customer, f.name)
            values[f.name] = "" if value is None and f.type == "str" else value
        return cls(**values)


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


# -------------------------------------------------------------------------- validation

#: Column lengths of the free-text fields (the model's), for the "too long" message.
_TEXT_LIMITS = {
    "occupation": 60, "company": 120, "wechat": 60, "home_address": 200,
    "work_address": 200, "preferred_contact_time": 40, "hobbies": 2000, "notes": 4000,
    "colour": 40, "repair_order_no": 30,
}  # fmt: skip


def _text(name: str, raw: str | None) -> Check:
    text = " ".join((raw or "").split()) if name not in ("hobbies", "notes") else (raw or "")
    text = text.strip()
    if not text:
        return Check(None)
    limit = _TEXT_LIMITS[name]
    if len(text) > limit:
        return Check(
            None,
            error=_msg(
                QT_TRANSLATE_NOOP("Customers", "This has {count} characters; at most {limit} fit."),
                count=len(text),
                limit=limit,
            ),
        )
    return Check(text)


def _not_future(day: dt.date | None, today: dt.date) -> Msg | None:
    if day is not None and day > today:
        return _msg(QT_TRANSLATE_NOOP("Customers", "This date is in the future."))
    return None


def _whole_number(raw: str | int | None, limit: int) -> tuple[int | None, Msg | None]:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    if isinstance(raw, int):
        number = raw
    else:
        text = re.sub(r"[\s,，]", "", raw)
        if not text.isascii() or not text.isdigit():
            return None, _msg(
                QT_TRANSLATE_NOOP(
                    "Customers", "Please enter the kilometres as a whole number, e.g. 12500."
                )
            )
        number = int(text)
    if number < 0 or number > limit:
        return None, _msg(
            QT_TRANSLATE_NOOP("Customers", "{km} km cannot be right; please check the odometer."),
            km=f"{number:,}",
        )
    return number, None


def _money(raw: str | Decimal | None) -> tuple[Decimal | None, Msg | None]:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Decimal(0), None
    try:
        text = re.sub(r"[\s,，¥￥]", "", raw) if isinstance(raw, str) else raw
        amount = Decimal(text)
    except InvalidOperation:
        return None, _msg(
            QT_TRANSLATE_NOOP("Customers", "Please enter the amount in yuan, e.g. 680.50.")
        )
    if not amount.is_finite() or amount < 0 or amount >= MAX_AMOUNT:
        return None, _msg(
            QT_TRANSLATE_NOOP("Customers", "The amount must be between 0 and 99,999,999.99 yuan.")
        )
    if amount != amount.quantize(Decimal("0.01")):
        return None, _msg(QT_TRANSLATE_NOOP("Customers", "The amount has more than two decimals."))
    return amount, None


def validate_customer(
    session: Session, data: CustomerInput, today: dt.date | None = None
) -> dict[str, Any]:
    """The values to store for ``data``, or :class:`ValidationFailed` naming every bad field.

    A valid resident ID fills the birthday and sex; when they were typed too they must
    agree with it.
    """
    today = today or dt.date.today()
    checks: dict[str, Check] = {
        "name": check_name(data.name),
        "resident_id": check_resident_id(data.resident_id),
        "mobile": check_mobile(data.mobile),
        "home_phone": check_phone(data.home_phone),
        "office_phone": check_phone(data.office_phone),
        "fax": check_phone(data.fax),
        "email": check_email(data.email),
        "home_postcode": check_postcode(data.home_postcode),
        "work_postcode": check_postcode(data.work_postcode),
    }
    for name in ("occupation", "company", "wechat", "home_address", "work_address",
                 "preferred_contact_time", "hobbies", "notes"):  # fmt: skip
        checks[name] = _text(name, getattr(data, name))
    errors = {name: c.error for name, c in checks.items() if c.error is not None}
    values: dict[str, Any] = {name: c.value for name, c in checks.items()}

    sex = data.sex or None
    if sex is not None and sex not in (Sex.MALE, Sex.FEMALE):
        errors["sex"] = _msg(QT_TRANSLATE_NOOP("Customers", "Please choose male or female."))
    birthday = data.birthday
    future = _not_future(birthday, today)
    if future is not None:
        errors["birthday"] = future
    elif birthday is not None and birthday.year < 1900:
        errors["birthday"] = _msg(QT_TRANSLATE_NOOP("Customers", "Please check the year of birth."))
    info = resident_id_info(values["resident_id"]) if values["resident_id"] else None
    if info is not None:
        if birthday is not None and birthday != info.birth_date and "birthday" not in errors:
            errors["birthday"] = _msg(
                QT_TRANSLATE_NOOP(
                    "Customers", "The resident ID gives the birthday {date}; please check both."
                ),
                date=info.birth_date.isoformat(),
            )
        if sex is not None and sex != info.sex and "sex" not in errors:
            errors["sex"] = _msg(
                QT_TRANSLATE_NOOP(
                    "Customers", "The resident ID belongs to a {sex}; please check both."
                ),
                sex=_SEX_WORDS[info.sex],
            )
        birthday, sex = info.birth_date, info.sex
    if data.preferred_contact and data.preferred_contact not in CONTACT_METHODS:
        errors["preferred_contact"] = _msg(
            QT_TRANSLATE_NOOP("Customers", "Please choose a contact method from the list.")
        )
    for name in ("consultant_id", "service_advisor_id"):
        user_id = getattr(data, name)
        if user_id is not None and not _active_user(session, user_id):
            errors[name] = _msg(QT_TRANSLATE_NOOP("Customers", "This user no longer works here."))
    if errors:
        raise ValidationFailed(errors)
    values.update(
        sex=sex,
        birthday=birthday,
        preferred_contact=data.preferred_contact or None,
        consultant_id=data.consultant_id,
        service_advisor_id=data.service_advisor_id,
    )
    values.update(customer_keys(values["name"], values["mobile"], birthday))
    return values


_SEX_WORDS = {
    "M": Msg("Customers", QT_TRANSLATE_NOOP("Customers", "man")),
    "F": Msg("Customers", QT_TRANSLATE_NOOP("Customers", "woman")),
}


def _active_user(session: Session, user_id: int) -> bool:
    user = session.get(User, user_id)
    return user is not None and user.active and user.deleted_at is None


# ---------------------------------------------------------------------------- customer


def live_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None or customer.merged_into_id is not None:
        raise NotFound(_msg(QT_TRANSLATE_NOOP("Customers", "This customer no longer exists.")))
    return customer


def create_customer(db: Database, actor: Actor, data: CustomerInput) -> int:
    require(actor, Permission.CUSTOMERS_EDIT)
    with db.session(actor.user_id) as session:
        values = validate_customer(session, data)
        customer = Customer(**values)
        session.add(customer)
        session.flush()
        return customer.id


def _stored(data: CustomerInput) -> dict[str, Any]:
    """The form's values as the columns hold them (empty text is NULL)."""
    return {f.name: getattr(data, f.name) or None for f in fields(data)}


def update_customer(
    db: Database,
    actor: Actor,
    customer_id: int,
    version: int,
    data: CustomerInput,
    original: CustomerInput | None = None,
    labels: Mapping[str, str] | None = None,
) -> int:
    """Saves the card's fixed information; returns the new version.

    ``original`` is what the form loaded: when someone else saved the card meanwhile,
    only fields both changed conflict (:class:`EditConflict`); theirs are kept otherwise.
    """
    require(actor, Permission.CUSTOMERS_EDIT)
    with db.reader() as session:
        values = validate_customer(session, data)
    before = _stored(original) if original is not None else None
    changes = {
        name: value
        for name, value in values.items()
        if name in CustomerInput.__dataclass_fields__
        and (before is None or before.get(name) != value)
    }
    with (
        stale_guard(db, Customer, customer_id, changes, before, labels),
        db.session(actor.user_id) as session,
    ):
        customer = live_customer(session, customer_id)
        apply_edit(
            session, customer, version=version, changes=changes, original=before, labels=labels
        )
        for name, value in customer_keys(customer.name, customer.mobile, customer.birthday).items():
            setattr(customer, name, value)
        session.flush()
        return customer.version


def possible_duplicates(
    db: Database, mobile: str | None, resident_id: str | None, exclude_id: int | None = None
) -> list[tuple[int, str]]:
    """Other live customers with this mobile or resident ID: (id, name), for a warning."""
    conditions = []
    if mobile:
        conditions.append(Customer.mobile == mobile)
    if resident_id:
        conditions.append(Customer.resident_id == resident_id)
    if not conditions:
        return []
    stmt = (
        select(Customer.id, Customer.name)
        .where(or_(*conditions), Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))
        .order_by(Customer.id)
        .limit(20)
    )
    if exclude_id is not None:
        stmt = stmt.where(Customer.id != exclude_id)
    with db.reader() as session:
        return [(row.id, row.name) for row in session.execute(stmt)]


# ---------------------------------------------------------------------------- vehicles


def _validate_vehicle(
    session: Session, data: VehicleInput, vehicle_id: int | None, today: dt.date
) -> tuple[dict[str, Any], list[Msg]]:
    checks = {
        "plate": check_plate(data.plate),
        "vin": check_vin(data.vin),
        "colour": _text("colour", data.colour),
        "notes": _text("notes", data.notes),
    }
    errors = {name: c.error for name, c in checks.items() if c.error is not None}
    warnings = [c.warning for c in checks.values() if c.warning is not None]
    values: dict[str, Any] = {name: c.value for name, c in checks.items()}
    if not values["plate"] and not values["vin"] and not errors:
        errors["plate"] = _msg(
            QT_TRANSLATE_NOOP("Customers", "Please enter the plate number or the VIN (or both).")
        )
    for name, column in (("plate", Vehicle.plate), ("vin", Vehicle.vin)):
        if values[name] and name not in errors:
            owner = _other_owner(session, column, values[name], vehicle_id)
            if owner is not None:
                errors[name] = _msg(
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
            errors["model_id"] = _msg(
                QT_TRANSLATE_NOOP("Customers", "Please choose a model from the list.")
            )
    for name in ("purchase_date", "first_service_on"):
        problem = _not_future(getattr(data, name), today)
        if problem is not None:
            errors[name] = problem
    if (
        data.purchase_date
        and data.first_service_on
        and data.first_service_on < data.purchase_date
        and "first_service_on" not in errors
    ):
        errors["first_service_on"] = _msg(
            QT_TRANSLATE_NOOP("Customers", "The first service visit cannot be before the purchase.")
        )
    km, problem = _whole_number(data.first_service_km, MAX_KM)
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
            vehicle = _live_vehicle(session, vehicle_id)
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
        vehicle = _live_vehicle(session, vehicle_id)
        vehicle.deleted_at = dt.datetime.now()
        vehicle.deleted_by_id = actor.user_id
        session.flush()
        refresh_customers(session, [vehicle.customer_id])


def _live_vehicle(session: Session, vehicle_id: int) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None or vehicle.deleted_at is not None:
        raise NotFound(_msg(QT_TRANSLATE_NOOP("Customers", "This vehicle no longer exists.")))
    return vehicle


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


# ------------------------------------------------------------------------ service visits


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
        vehicle = _live_vehicle(session, data.vehicle_id)
        customer = live_customer(session, vehicle.customer_id)
        errors: dict[str, Msg] = {}
        if data.service_date is None:
            errors["service_date"] = _msg(QT_TRANSLATE_NOOP("Customers", "Please enter the date."))
        elif (problem := _not_future(data.service_date, today)) is not None:
            errors["service_date"] = problem
        elif vehicle.purchase_date and data.service_date < vehicle.purchase_date:
            errors["service_date"] = _msg(
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
            errors["service_type"] = _msg(
                QT_TRANSLATE_NOOP("Customers", "Please choose the service type from the list.")
            )
        km, problem = _whole_number(data.mileage, MAX_KM)
        if problem is not None:
            errors["mileage"] = problem
        elif km is not None and data.service_date is not None:
            clash = _odometer_clash(session, vehicle.id, data.service_date, km)
            if clash is not None:
                errors["mileage"] = clash
        amount, problem = _money(data.amount)
        if problem is not None:
            errors["amount"] = problem
        if data.advisor_id is not None and not _active_user(session, data.advisor_id):
            errors["advisor_id"] = _msg(
                QT_TRANSLATE_NOOP("Customers", "This user no longer works here.")
            )
        order_no = _text("repair_order_no", data.repair_order_no)
        notes = _text("notes", data.notes)
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
        return _msg(
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
        return _msg(
            QT_TRANSLATE_NOOP(
                "Customers",
                "A later reading ({date}) shows only {km} km; please check the odometer.",
            ),
            km=f"{after.km:,}",
            date=after.read_on.isoformat(),
        )
    return None


# ------------------------------------------------------------------------ special marks


def _require_manager(actor: Actor) -> None:
    if not actor.is_manager:
        raise PermissionDenied(
            _msg(QT_TRANSLATE_NOOP("Customers", "Only a manager can set or clear special marks."))
        )


def _mirror_marks(session: Session, customer: Customer) -> None:
    """``customers.marks`` repeats the active marks so lists show badges without a join."""
    kinds = set(
        session.scalars(
            select(CustomerMark.kind).where(
                CustomerMark.customer_id == customer.id, CustomerMark.cleared_at.is_(None)
            )
        )
    )
    customer.marks = ",".join(kind for kind in MarkKind if kind in kinds)


def set_mark(db: Database, actor: Actor, customer_id: int, kind: str, reason: str) -> int:
    """Marks the customer fleet, VIP or difficult, with why; returns the mark's id."""
    _require_manager(actor)
    with db.session(actor.user_id) as session:
        customer = live_customer(session, customer_id)
        errors: dict[str, Msg] = {}
        if kind not in set(MarkKind):
            errors["kind"] = _msg(QT_TRANSLATE_NOOP("Customers", "Please choose the kind of mark."))
        elif kind in customer.marks.split(","):
            errors["kind"] = _msg(
                QT_TRANSLATE_NOOP("Customers", "The customer already has this mark.")
            )
        text = " ".join(reason.split())
        if not text:
            errors["reason"] = _msg(
                QT_TRANSLATE_NOOP(
                    "Customers", "Please say why: colleagues will read it on the card."
                )
            )
        elif len(text) > 200:
            errors["reason"] = _msg(
                QT_TRANSLATE_NOOP("Customers", "This has {count} characters; at most {limit} fit."),
                count=len(text),
                limit=200,
            )
        if errors:
            raise ValidationFailed(errors)
        mark = CustomerMark(customer_id=customer.id, kind=kind, reason=text)
        session.add(mark)
        session.flush()
        _mirror_marks(session, customer)
        record(session, "mark", "customers", customer.id, kind=kind, reason=text, mark_id=mark.id)
        return mark.id


def clear_mark(db: Database, actor: Actor, mark_id: int, reason: str = "") -> None:
    _require_manager(actor)
    with db.session(actor.user_id) as session:
        mark = session.get(CustomerMark, mark_id)
        if mark is None or mark.cleared_at is not None:
            raise NotFound(
                _msg(QT_TRANSLATE_NOOP("Customers", "This mark has already been cleared."))
            )
        customer = live_customer(session, mark.customer_id)
        text = " ".join(reason.split())[:200] or None
        mark.cleared_at = dt.datetime.now()
        mark.cleared_by_id = actor.user_id
        mark.cleared_reason = text
        session.flush()
        _mirror_marks(session, customer)
        record(session, "unmark", "customers", customer.id, kind=mark.kind, reason=text,
               mark_id=mark.id)  # fmt: skip


__all__ = [
    "CONTACT_METHODS",
    "CustomerInput",
    "EditConflict",
    "NotFound",
    "Saved",
    "ServiceVisitInput",
    "VehicleInput",
    "add_service_visit",
    "clear_mark",
    "create_customer",
    "possible_duplicates",
    "remove_vehicle",
    "save_vehicle",
    "service_types",
    "set_mark",
    "update_customer",
    "validate_customer",
]
