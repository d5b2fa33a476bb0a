"""The customer card's fixed information (稳态信息): validating, creating and saving it,
and the possible duplicates a form warns about.

Every function validates all its fields first and raises :class:`ValidationFailed` with a
message per bad field (so the form marks them all at once), then writes in one
transaction — nothing is half-saved. The card's other records have their own modules:
vehicles (:mod:`.vehicles`), service visits (:mod:`.service_visits`), special marks
(:mod:`.customer_marks`); reading the card is :mod:`.customer_card`, merging duplicates
:mod:`.customer_merge`. New customers come from :mod:`.customer_factory`, as everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.masking import CARD_MASKS
from showroom.models import Customer, Sex
from showroom.validation import (
    Check,
    ValidationFailed,
    check_email,
    check_mobile,
    check_name,
    check_phone,
    check_postcode,
    check_resident_id,
    check_text,
    future_date,
    resident_id_info,
)

from .conflicts import apply_edit, stale_guard
from .context import Actor
from .customer_factory import customer_columns, new_customer, refresh_derived
from .customer_lookup import active_user, card_msg, live_customer, mobile_taken
from .permissions import Permission, allowed, require

#: How a customer prefers to be contacted (codes stored in ``preferred_contact``).
CONTACT_METHODS = ("phone", "sms", "wechat", "email", "visit")

#: Column lengths of the free-text fields (the model's), for the "too long" message.
_TEXT_LIMITS = {
    "occupation": 60, "company": 120, "wechat": 60, "home_address": 200,
    "work_address": 200, "preferred_contact_time": 40, "hobbies": 2000, "notes": 4000,
}  # fmt: skip
#: Free text kept with its line breaks.
_MULTILINE = ("hobbies", "notes")


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
    for name, limit in _TEXT_LIMITS.items():
        checks[name] = check_text(getattr(data, name), limit, multiline=name in _MULTILINE)
    errors = {name: c.error for name, c in checks.items() if c.error is not None}
    values: dict[str, Any] = {name: c.value for name, c in checks.items()}

    sex = data.sex or None
    if sex is not None and sex not in (Sex.MALE, Sex.FEMALE):
        errors["sex"] = card_msg(QT_TRANSLATE_NOOP("Customers", "Please choose male or female."))
    birthday = data.birthday
    future = future_date(birthday, today)
    if future is not None:
        errors["birthday"] = future
    elif birthday is not None and birthday.year < 1900:
        errors["birthday"] = card_msg(
            QT_TRANSLATE_NOOP("Customers", "Please check the year of birth.")
        )
    info = resident_id_info(values["resident_id"]) if values["resident_id"] else None
    if info is not None:
        if birthday is not None and birthday != info.birth_date and "birthday" not in errors:
            errors["birthday"] = card_msg(
                QT_TRANSLATE_NOOP(
                    "Customers", "The resident ID gives the birthday {date}; please check both."
                ),
                date=info.birth_date.isoformat(),
            )
        if sex is not None and sex != info.sex and "sex" not in errors:
            errors["sex"] = card_msg(
                QT_TRANSLATE_NOOP(
                    "Customers", "The resident ID belongs to a {sex}; please check both."
                ),
                sex=_SEX_WORDS[info.sex],
            )
        birthday, sex = info.birth_date, info.sex
    if data.preferred_contact and data.preferred_contact not in CONTACT_METHODS:
        errors["preferred_contact"] = card_msg(
            QT_TRANSLATE_NOOP("Customers", "Please choose a contact method from the list.")
        )
    for name in ("consultant_id", "service_advisor_id"):
        user_id = getattr(data, name)
        if user_id is not None and not active_user(session, user_id):
            errors[name] = card_msg(
                QT_TRANSLATE_NOOP("Customers", "This user no longer works here.")
            )
    if errors:
        raise ValidationFailed(errors)
    values.update(
        sex=sex,
        birthday=birthday,
        preferred_contact=data.preferred_contact or None,
        consultant_id=data.consultant_id,
        service_advisor_id=data.service_advisor_id,
    )
    return customer_columns(values)


_SEX_WORDS = {
    "M": Msg("Customers", QT_TRANSLATE_NOOP("Customers", "man")),
    "F": Msg("Customers", QT_TRANSLATE_NOOP("Customers", "woman")),
}


def create_customer(db: Database, actor: Actor, data: CustomerInput) -> int:
    require(actor, Permission.CUSTOMERS_EDIT)
    with db.session(actor.user_id) as session:
        values = validate_customer(session, data)
        _refuse_taken_mobile(session, values.get("mobile"), None)
        customer = new_customer(**values)
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
        stored = live_customer(session, customer_id)
        data = keep_masked(stored, data)
        original = keep_masked(stored, original) if original is not None else None
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
        if changes.get("consultant_id", customer.consultant_id) != customer.consultant_id:
            _require_hand_over(actor, customer)
        if "mobile" in changes:
            _refuse_taken_mobile(session, changes["mobile"], customer_id)
        apply_edit(
            session, customer, version=version, changes=changes, original=before, labels=labels
        )
        refresh_derived(customer)
        session.flush()
        return customer.version


def keep_masked(customer: Customer, data: CustomerInput) -> CustomerInput:
    """``data`` with every field that still holds the card's mask (``138****5678``) set
    back to the stored value: the mask is what the form showed, never a new value."""
    kept = {
        name: getattr(customer, name)
        for name, mask in CARD_MASKS.items()
        if getattr(customer, name)
        and getattr(data, name)
        and getattr(data, name) != getattr(customer, name)
        and getattr(data, name) == mask(getattr(customer, name))
    }
    return replace(data, **kept) if kept else data


def card_owners(customer: Customer) -> tuple[int | None, ...]:
    """Who works this customer and so sees their phones and addresses in full."""
    return (customer.consultant_id, customer.service_advisor_id)


def _require_hand_over(actor: Actor, customer: Customer) -> None:
    """A customer changes consultant by a manager's decision or the owner's own hand-over
    (the row change is in the audit trail); nobody takes a colleague's customer."""
    if allowed(actor, Permission.PROSPECTS_MANAGE) or customer.consultant_id == actor.user_id:
        return
    raise ValidationFailed(
        {
            "consultant_id": card_msg(
                QT_TRANSLATE_NOOP(
                    "Customers",
                    "Only a manager or the customer's own consultant may change the consultant.",
                )
            )
        }
    )


def _refuse_taken_mobile(session: Session, mobile: str | None, customer_id: int | None) -> None:
    problem = mobile_taken(session, mobile, customer_id)
    if problem is not None:
        raise ValidationFailed({"mobile": problem})


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
