"""The visitor log (展厅来店/来电登记): logging a walk-in or call, and its departure.

``log_visit`` checks every field first and raises :class:`ValidationFailed` with a
message per field (all of them at once); only then does it write, in one transaction:
the customer (created, or found by phone so the same phone never makes a second one),
the visit, the referrer's referral count, and — when the consultant graded the visitor —
the prospect (through ``prospects.open_prospect``). Either all of it is saved or none.

Reading the log (``list_visits``, ``lookup_returning``, …) lives in ``visit_queries``
and is re-exported here, so callers import one module.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, exists, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from showroom.db import Database
from showroom.db.audit import record
from showroom.errors import UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import (
    CarModel,
    ConsentEvent,
    Customer,
    Prospect,
    ProspectStatus,
    PurchaseType,
    RefItem,
    RefKind,
    Role,
    Sex,
    User,
    Visit,
    VisitKind,
)
from showroom.validation import ValidationFailed, check_name, check_phone

from .conflicts import apply_edit, stale_guard
from .context import Actor
from .customer_factory import new_customer, refresh_derived
from .permissions import Permission, PermissionDenied, allowed, require
from .prospects import open_prospect
from .store_settings import get_setting
from .visit_queries import (
    CONSULTANT_ROLES,
    REFERRAL_SOURCE,
    SORT_KEYS,
    count_visits,
    get_visit,
    gradable_level,
    iter_visits,
    list_visits,
    lookup_returning,
    open_log,
    visit_choices,
    visit_for_edit,
)
from .visit_types import (
    Choice,
    LoggedVisit,
    PastVisit,
    ReturningVisitor,
    VisitChoices,
    VisitEdit,
    VisitFilter,
    VisitInput,
    VisitLog,
    VisitPage,
    VisitRow,
)

log = logging.getLogger(__name__)

__all__ = [
    "SORT_KEYS",
    "Choice",
    "LoggedVisit",
    "PastVisit",
    "ReturningVisitor",
    "ValidationFailed",
    "VisitChoices",
    "VisitEdit",
    "VisitFilter",
    "VisitInput",
    "VisitLog",
    "VisitPage",
    "VisitRow",
    "count_visits",
    "delete_visit",
    "get_visit",
    "iter_visits",
    "list_visits",
    "load_visit",
    "log_visit",
    "lookup_returning",
    "open_log",
    "record_departure",
    "update_visit",
    "visit_choices",
]

CTX = "Visits"
#: Clocks of workstations differ a little; an arrival this far ahead is still "now".
CLOCK_SLACK = dt.timedelta(minutes=2)
MAX_PARTY = 50
MAX_COLOUR = 40
MAX_NOTES = 1000
#: The consent channel recorded when a visitor leaves contact details at reception.
CONSENT_CHANNEL = "visitor_log"


def _msg(source: str, **params: object) -> Msg:
    return Msg(CTX, source, params)


# Messages (QT_TRANSLATE_NOOP marks them for the catalog; Msg translates when shown).
ARRIVAL_MISSING = QT_TRANSLATE_NOOP("Visits", "Please enter the arrival time.")
ARRIVAL_FUTURE = QT_TRANSLATE_NOOP(
    "Visits", "The arrival time {time} is in the future; please check the date and time."
)
DEPARTURE_BEFORE = QT_TRANSLATE_NOOP(
    "Visits", "The departure time {departed} is before the arrival time {arrived}."
)
DEPARTURE_FUTURE = QT_TRANSLATE_NOOP(
    "Visits",
    "The departure time {time} is in the future; leave it empty while the visitor is here.",
)
KIND_UNKNOWN = QT_TRANSLATE_NOOP("Visits", "Please choose walk-in or phone call.")
SEX_UNKNOWN = QT_TRANSLATE_NOOP("Visits", "Please choose male or female, or leave it empty.")
PARTY_RANGE = QT_TRANSLATE_NOOP("Visits", "The party size must be between 1 and {max}.")
NAME_FOR_CONTACT = QT_TRANSLATE_NOOP(
    "Visits",
    "Please enter the visitor's name: a visitor who leaves a phone number becomes a customer.",
)
SOURCE_MISSING = QT_TRANSLATE_NOOP("Visits", "Please choose how the visitor heard of us.")
SOURCE_UNKNOWN = QT_TRANSLATE_NOOP("Visits", "This source is not in the store's list any more.")
REFERRER_MISSING = QT_TRANSLATE_NOOP(
    "Visits", "Please pick the customer who referred this visitor."
)
REFERRER_UNKNOWN = QT_TRANSLATE_NOOP("Visits", "The referring customer was not found.")
REFERRER_SELF = QT_TRANSLATE_NOOP("Visits", "A visitor cannot refer themselves.")
MODEL_UNKNOWN = QT_TRANSLATE_NOOP("Visits", "This model is not in the store's list any more.")
COLOUR_LONG = QT_TRANSLATE_NOOP("Visits", "The colour can have at most {max} characters.")
PURCHASE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Visits", "Please choose first car, additional car or replacement, or leave it empty."
)
LEVEL_UNKNOWN = QT_TRANSLATE_NOOP(
    "Visits", "The level {level} is not a level a visitor can be given."
)
LEVEL_NEEDS_CONTACT = QT_TRANSLATE_NOOP(
    "Visits", "A graded visitor becomes a prospect: please enter their phone number."
)
CONSULTANT_MISSING = QT_TRANSLATE_NOOP(
    "Visits", "Please choose the consultant who takes the visitor."
)
CONSULTANT_UNKNOWN = QT_TRANSLATE_NOOP("Visits", "This person is not an active sales consultant.")
NOTES_LONG = QT_TRANSLATE_NOOP("Visits", "The notes can have at most {max} characters.")
CUSTOMER_UNKNOWN = QT_TRANSLATE_NOOP("Visits", "The linked customer was not found.")
PHONE_OTHER_CUSTOMER = QT_TRANSLATE_NOOP(
    "Visits", "This phone number belongs to {name}; link the visitor to them instead."
)
VISIT_UNKNOWN = QT_TRANSLATE_NOOP("Visits", "This visit was not found; it may have been removed.")
ALREADY_DEPARTED = QT_TRANSLATE_NOOP("Visits", "The departure was already recorded at {time}.")


def _clock(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


# ------------------------------------------------------------------------------ logging


@dataclass
class _Checked:
    """The validated, normalised input."""

    phone: str | None
    is_mobile: bool
    name: str | None
    customer: Customer | None
    #: None only for an anonymous guest whose store does not require a consultant.
    consultant_id: int | None
    source: RefItem | None
    referrer: Customer | None
    level: str | None


_UNSET = object()

#: A save that lost a race with another workstation's save is made again, from the start
#: (reading what the other one wrote), up to this many times.
RACE_ATTEMPTS = 6
SAVED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Visits",
    "Another workstation kept saving the same customer at this moment; nothing was saved. "
    "Please save again.",
)


def log_visit(
    db: Database, actor: Actor, data: VisitInput, *, now: dt.datetime | None = None
) -> LoggedVisit:
    """Saves one row of the visitor log; raises ``ValidationFailed`` (field → Msg) first.

    Many workstations log at once: the same new phone saved on two of them makes one
    customer (the database's one-customer-per-mobile index refuses the second, whose
    save is made again and finds the first's record), and two visits of one customer
    both save (a version conflict on the customer or the prospect is made again too).
    """
    require(actor, Permission.VISITS_EDIT)
    now = now or dt.datetime.now()
    for attempt in range(1, RACE_ATTEMPTS + 1):
        try:
            return _log_visit(db, actor, data, now)
        except (IntegrityError, StaleDataError) as exc:
            log.info("visit save lost a race (attempt %d): %s", attempt, exc)
            if attempt == RACE_ATTEMPTS:
                raise UserError(_msg(SAVED_MEANWHILE)) from exc
            time.sleep(random.uniform(0.005, 0.03 * attempt))  # let the other one finish
    raise AssertionError("unreachable")


def _log_visit(db: Database, actor: Actor, data: VisitInput, now: dt.datetime) -> LoggedVisit:
    with db.session(actor.user_id) as session:
        checked = _check(session, actor, data, now)
        customer, created = _customer_for(session, data, checked, now)
        arrived = data.arrived_at
        assert arrived is not None  # checked
        # First visit: a new contact (or an anonymous guest) whose phone the log has not
        # seen before; anyone already on file is back, whether they visited or bought.
        first = (customer is None or created) and not _phone_seen(session, checked.phone, arrived)
        visit = Visit(**_visit_columns(data, checked, customer, _phone(checked, customer), first))
        session.add(visit)
        prospect_id, created_prospect = None, False
        if customer is not None:
            _note_visit(session, customer, checked, arrived)
            if checked.referrer is not None:
                _credit_referrer(session, customer, checked.referrer)
            prospect_id, created_prospect = _prospect_for(session, actor, customer, visit, checked)
            visit.prospect_id = prospect_id
        session.flush()
        return LoggedVisit(
            visit_id=visit.id,
            customer_id=customer.id if customer else None,
            created_customer=created,
            is_first_visit=first,
            prospect_id=prospect_id,
            created_prospect=created_prospect,
        )


def _blank(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _phone(checked: _Checked, customer: Customer | None) -> str | None:
    """The row's phone: a linked customer's number on file when reception typed none
    (masked on lists)."""
    return checked.phone or (customer.mobile if customer else None)


def _visit_columns(
    data: VisitInput,
    checked: _Checked,
    customer: Customer | None,
    phone: str | None,
    first: bool,
) -> dict[str, Any]:
    """The visit row's columns from the checked form: the one list of them, for a new row
    (:func:`log_visit`) and a corrected one (:func:`update_visit`) alike."""
    arrived = data.arrived_at
    assert arrived is not None  # checked
    return {
        "visit_date": arrived.date(),
        "kind": data.kind,
        "arrived_at": arrived,
        "departed_at": data.departed_at,
        "customer_id": customer.id if customer else None,
        "visitor_name": checked.name or (customer.name if customer else None),
        "sex": data.sex or (customer.sex if customer else None),
        "phone": phone,
        "party_size": data.party_size,
        "is_first_visit": first,
        "source_id": checked.source.id if checked.source else None,
        "referrer_id": checked.referrer.id if checked.referrer else None,
        "intended_model_id": data.intended_model_id,
        "intended_colour": _blank(data.intended_colour),
        "purchase_type": data.purchase_type or None,
        "level_given": checked.level,
        "test_drive": data.test_drive,
        "contact_left": customer is not None,
        "consultant_id": checked.consultant_id,
        "notes": _blank(data.notes),
    }


def _check(session: Session, actor: Actor, data: VisitInput, now: dt.datetime) -> _Checked:
    errors: dict[str, Msg] = {}
    if data.kind not in tuple(VisitKind):
        errors["kind"] = _msg(KIND_UNKNOWN)
    _check_times(data.arrived_at, data.departed_at, now, errors)
    if data.sex not in (None, "", *tuple(Sex)):
        errors["sex"] = _msg(SEX_UNKNOWN)
    if not 1 <= data.party_size <= MAX_PARTY:
        errors["party_size"] = _msg(PARTY_RANGE, max=MAX_PARTY)

    phone_check = check_phone(data.phone)
    if phone_check.error is not None:
        errors["phone"] = phone_check.error
    phone = phone_check.value
    is_mobile = phone is not None and "-" not in phone

    customer = None
    if data.customer_id is not None:
        customer = _live_customer(session, data.customer_id)
        if customer is None:
            errors["customer_id"] = _msg(CUSTOMER_UNKNOWN)
        elif phone and is_mobile and phone != customer.mobile:
            other = _customer_by_mobile(session, phone)
            if other is not None and other.id != customer.id:
                errors["phone"] = _msg(PHONE_OTHER_CUSTOMER, name=other.name)
        elif phone is None and phone_check.error is None and customer.mobile:
            # Found by the last four digits, a plate or a name: the visit keeps the
            # customer's number in full (screens mask it for roles that need that).
            phone, is_mobile = customer.mobile, True
    # An anonymous guest (no contact left) is logged now with what the store requires
    # of guests; the rest may follow when they leave a number.
    guest = not (data.phone or "").strip() and data.customer_id is None
    guest_required = set(get_setting(session, "guest_required") or ()) if guest else set()

    name_check = check_name(data.visitor_name, required=False)
    name = name_check.value
    if name_check.error is not None:
        errors["visitor_name"] = name_check.error
    elif (
        name is None
        and phone is not None
        and customer is None
        and not (is_mobile and _customer_by_mobile(session, phone) is not None)
    ):
        errors["visitor_name"] = _msg(NAME_FOR_CONTACT)

    source = None
    if data.source_id is None:
        if not guest or "source_id" in guest_required:
            errors["source_id"] = _msg(SOURCE_MISSING)
    else:
        source = session.get(RefItem, data.source_id)
        if source is None or source.kind != RefKind.SOURCE or source.deleted_at is not None:
            errors["source_id"] = _msg(SOURCE_UNKNOWN)
            source = None

    referrer = None
    if source is not None and source.code == REFERRAL_SOURCE:
        if data.referrer_id is None:
            errors["referrer_id"] = _msg(REFERRER_MISSING)
        else:
            referrer = _live_customer(session, data.referrer_id)
            if referrer is None:
                errors["referrer_id"] = _msg(REFERRER_UNKNOWN)
            elif data.customer_id == referrer.id or (
                phone is not None and phone in (referrer.mobile, referrer.home_phone)
            ):
                errors["referrer_id"] = _msg(REFERRER_SELF)
                referrer = None

    if data.intended_model_id is not None:
        model = session.get(CarModel, data.intended_model_id)
        if model is None or model.deleted_at is not None:
            errors["intended_model_id"] = _msg(MODEL_UNKNOWN)
    if len((data.intended_colour or "").strip()) > MAX_COLOUR:
        errors["intended_colour"] = _msg(COLOUR_LONG, max=MAX_COLOUR)
    if data.purchase_type not in (None, "", *tuple(PurchaseType)):
        errors["purchase_type"] = _msg(PURCHASE_UNKNOWN)

    level = _blank(data.level_given)
    if level is not None:
        if gradable_level(session, level) is None:
            errors["level_given"] = _msg(LEVEL_UNKNOWN, level=level)
        elif phone is None and customer is None:
            errors["level_given"] = _msg(LEVEL_NEEDS_CONTACT)

    consultant_id = data.consultant_id
    if consultant_id is None and actor.role == Role.CONSULTANT:
        consultant_id = actor.user_id  # a consultant logging their own visitor
    if consultant_id is None:
        if not guest or "consultant_id" in guest_required:
            errors["consultant_id"] = _msg(CONSULTANT_MISSING)
    else:
        user = session.get(User, consultant_id)
        if (
            user is None
            or not user.active
            or user.deleted_at is not None
            or user.role not in CONSULTANT_ROLES
        ):
            errors["consultant_id"] = _msg(CONSULTANT_UNKNOWN)
    if len((data.notes or "").strip()) > MAX_NOTES:
        errors["notes"] = _msg(NOTES_LONG, max=MAX_NOTES)

    if errors:
        raise ValidationFailed(errors)
    return _Checked(phone, is_mobile, name, customer, consultant_id, source, referrer, level)


def _check_times(
    arrived: dt.datetime | None,
    departed: dt.datetime | None,
    now: dt.datetime,
    errors: dict[str, Msg],
) -> None:
    if arrived is None:
        errors["arrived_at"] = _msg(ARRIVAL_MISSING)
    elif arrived > now + CLOCK_SLACK:
        errors["arrived_at"] = _msg(ARRIVAL_FUTURE, time=_clock(arrived))
    if departed is None:
        return
    if departed > now + CLOCK_SLACK:
        errors["departed_at"] = _msg(DEPARTURE_FUTURE, time=_clock(departed))
    elif arrived is not None and departed < arrived:
        errors["departed_at"] = _msg(
            DEPARTURE_BEFORE, departed=_clock(departed), arrived=_clock(arrived)
        )


def _live(stmt):  # type: ignore[no-untyped-def]
    return stmt.where(Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))


def _live_customer(session: Session, customer_id: int) -> Customer | None:
    return session.scalars(_live(select(Customer).where(Customer.id == customer_id))).first()


def _customer_by_mobile(session: Session, mobile: str) -> Customer | None:
    # Legacy duplicates may share a mobile: the oldest record is the one to keep using.
    return session.scalars(
        _live(select(Customer).where(Customer.mobile == mobile)).order_by(Customer.id).limit(1)
    ).first()


def _customer_by_landline(session: Session, phone: str) -> Customer | None:
    """The one customer with this landline; a number shared by several (a company's
    switchboard) is no sign of the same person (docs/ARCHITECTURE.md §7), so it matches nobody."""
    found = session.scalars(
        _live(
            select(Customer).where(
                or_(Customer.home_phone == phone, Customer.office_phone == phone)
            )
        ).limit(2)
    ).all()
    return found[0] if len(found) == 1 else None


def _customer_for(
    session: Session, data: VisitInput, checked: _Checked, now: dt.datetime
) -> tuple[Customer | None, bool]:
    """The visitor's customer record: linked, found by phone, or created. (customer, created)"""
    phone = checked.phone
    customer = checked.customer
    if customer is not None:
        if phone and checked.is_mobile and not customer.mobile:
            customer.mobile = phone
            refresh_derived(customer)  # the mobile's search key follows
        return customer, False
    if phone is None:
        return None, False  # an anonymous guest: may be linked later
    found = (
        _customer_by_mobile(session, phone)
        if checked.is_mobile
        else _customer_by_landline(session, phone)
    )
    if found is not None:
        return found, False
    name = checked.name or ""
    mobile = phone if checked.is_mobile else None
    customer = new_customer(
        name=name,
        sex=data.sex or None,
        mobile=mobile,
        home_phone=None if checked.is_mobile else phone,
        source_id=checked.source.id if checked.source else None,
        referred_by_id=checked.referrer.id if checked.referrer else None,
        consultant_id=checked.consultant_id,
        # Leaving a number at reception is agreeing to be contacted about the purchase;
        # marketing needs its own consent (PIPL), so it stays off.
        consent_sales=True,
        consent_sales_at=now,
    )
    session.add(customer)
    session.flush()
    session.add(
        ConsentEvent(
            customer_id=customer.id, purpose="sales", granted=True, at=now, channel=CONSENT_CHANNEL
        )
    )
    return customer, True


def _phone_seen(
    session: Session, phone: str | None, before: dt.datetime, other_than: int | None = None
) -> bool:
    """Whether an earlier row of the log (not ``other_than``) has this phone."""
    if phone is None:
        return False
    return bool(
        session.scalar(
            select(
                exists().where(
                    Visit.phone == phone,
                    Visit.arrived_at < before,
                    Visit.deleted_at.is_(None),
                    Visit.id != (other_than or 0),
                )
            )
        )
    )


def _note_visit(
    session: Session, customer: Customer, checked: _Checked, arrived: dt.datetime
) -> None:
    """The customer's last visit (and first consultant), updated in SQL: the newest of the
    stored and this one, so simultaneous visits never overwrite each other and never
    conflict with an edit of the card (no version is involved)."""
    if customer.id is None:
        session.flush()
    later = or_(Customer.last_visit_at.is_(None), Customer.last_visit_at < arrived)
    session.execute(
        update(Customer)
        .where(Customer.id == customer.id)
        .values(
            last_visit_at=case((later, arrived), else_=Customer.last_visit_at),
            consultant_id=func.coalesce(Customer.consultant_id, checked.consultant_id),
        )
        .execution_options(synchronize_session=False)
    )
    session.expire(customer, ["last_visit_at", "consultant_id"])


def _credit_referrer(session: Session, customer: Customer, referrer: Customer) -> None:
    """The referral is the customer's first referrer; the referrer's count is recounted
    (not incremented) so it stays right whatever happened before."""
    if customer.referred_by_id is None:
        customer.referred_by_id = referrer.id
    if customer.referred_by_id == referrer.id:
        _recount_referrals(session, referrer)


def _recount_referrals(session: Session, referrer: Customer) -> None:
    session.flush()
    count = session.scalar(
        select(func.count())
        .select_from(Customer)
        .where(Customer.referred_by_id == referrer.id, Customer.deleted_at.is_(None))
    )
    if referrer.referral_count != count:
        referrer.referral_count = count or 0


def _prospect_for(
    session: Session, actor: Actor, customer: Customer, visit: Visit, checked: _Checked
) -> tuple[int | None, bool]:
    """The prospect the visit belongs to: opened (or re-graded) by the prospects service
    when the consultant gave a level, else the customer's open prospect if any.

    Another consultant's open prospect is linked but keeps its level and next date: only
    its owner or a manager grades it (the owner sees the visit on the today list,
    ``prospect_queries._visited_by``)."""
    open_row = session.execute(
        select(Prospect.id, Prospect.consultant_id)
        .where(
            Prospect.customer_id == customer.id,
            Prospect.status == ProspectStatus.OPEN,
            Prospect.deleted_at.is_(None),
        )
        .order_by(Prospect.id.desc())
        .limit(1)
    ).first()
    open_id = open_row.id if open_row is not None else None
    if checked.level is None:
        return open_id, False
    if open_row is not None and not _may_grade(actor, open_row.consultant_id, checked):
        return open_id, False
    session.flush()  # the prospect links the visit by its id
    try:
        prospect = open_prospect(
            session,
            actor,
            customer_id=customer.id,
            level_code=checked.level,
            consultant_id=checked.consultant_id,
            source_id=visit.source_id,
            model_id=visit.intended_model_id,
            visit_id=visit.id,
            today=visit.visit_date,
        )
    except ValidationFailed as failed:
        # The prospect's fields are this form's fields under the visitor log's names.
        raise ValidationFailed(
            {_PROSPECT_FIELDS.get(name, name): msg for name, msg in failed.errors.items()}
        ) from failed
    return prospect.id, open_id is None


def _may_grade(actor: Actor, owner_id: int | None, checked: _Checked) -> bool:
    """Whether this visit's level re-grades the open prospect of ``owner_id``: a manager's
    may; otherwise the visit must be the owner's — received by them, and logged by them or
    by reception writing down what they graded (reception works no prospects itself)."""
    if allowed(actor, Permission.PROSPECTS_MANAGE):
        return True
    if checked.consultant_id != owner_id:
        return False
    return actor.user_id == owner_id or not allowed(actor, Permission.PROSPECTS_EDIT)


_PROSPECT_FIELDS = {
    "level": "level_given",
    "consultant": "consultant_id",
    "source": "source_id",
    "model": "intended_model_id",
    "customer": "customer_id",
}


# ---------------------------------------------------------------------------- departure


def record_departure(
    db: Database,
    actor: Actor,
    visit_id: int,
    at: dt.datetime | None = None,
    *,
    now: dt.datetime | None = None,
) -> VisitRow:
    """Records when the visitor left (default: now); the duration follows from it."""
    require(actor, Permission.VISITS_EDIT)
    now = now or dt.datetime.now()
    at = (at or now).replace(microsecond=0)
    with db.session(actor.user_id) as session:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise ValidationFailed({"visit": _msg(VISIT_UNKNOWN)})
        if visit.departed_at is not None:
            raise ValidationFailed(
                {"departed_at": _msg(ALREADY_DEPARTED, time=_clock(visit.departed_at))}
            )
        errors: dict[str, Msg] = {}
        _check_times(visit.arrived_at, at, now, errors)
        if errors:
            raise ValidationFailed(errors)
        visit.departed_at = at
    return get_visit(db, actor, visit_id)


# ------------------------------------------------------------------ correction, deletion

SAME_DAY_ONLY = QT_TRANSLATE_NOOP(
    "Visits", "Only a manager may change or delete a visit of an earlier day."
)
REASON_MISSING = QT_TRANSLATE_NOOP("Visits", "Please say why this visit is deleted.")
REASON_LONG = QT_TRANSLATE_NOOP("Visits", "The reason can have at most {max} characters.")
MAX_REASON = 200


def _live_visit(session: Session, visit_id: int) -> Visit:
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise ValidationFailed({"visit": _msg(VISIT_UNKNOWN)})
    return visit


def _require_may_change(actor: Actor, visit: Visit, today: dt.date, *, delete: bool) -> None:
    """Managers correct any row; reception (and, for corrections, the consultants who log
    their own callers) only the day's rows, while the visitors' memories are fresh."""
    if actor.is_manager:
        return
    if delete and actor.role != Role.RECEPTION:
        require(actor, Permission.DELETE)
    if visit.visit_date != today:
        raise PermissionDenied(_msg(SAME_DAY_ONLY), Permission.DELETE if delete else None)


def load_visit(
    db: Database, actor: Actor, visit_id: int, *, now: dt.datetime | None = None
) -> VisitEdit:
    """A visit's values for the entry form to correct (checked like the save will be)."""
    require(actor, Permission.VISITS_EDIT)
    today = (now or dt.datetime.now()).date()
    with db.reader() as session:
        visit = _live_visit(session, visit_id)
        _require_may_change(actor, visit, today, delete=False)
        return visit_for_edit(session, visit)


def update_visit(
    db: Database,
    actor: Actor,
    visit_id: int,
    data: VisitInput,
    version: int,
    *,
    now: dt.datetime | None = None,
    original: Mapping[str, Any] | None = None,
) -> LoggedVisit:
    """Corrects a logged visit: every field checked as ``log_visit`` checks it, the
    customer re-linked by phone, first/repeat and referral counts recounted. ``version``
    is the one the form loaded; ``original`` its stored columns then
    (:attr:`VisitEdit.columns`). A save in between refuses this one (``EditConflict``)
    only where it changed a field this one changed too; its other changes are kept."""
    require(actor, Permission.VISITS_EDIT)
    now = now or dt.datetime.now()
    with stale_guard(db, Visit, visit_id, {}), db.session(actor.user_id) as session:
        visit = _live_visit(session, visit_id)
        _require_may_change(actor, visit, now.date(), delete=False)
        checked = _check(session, actor, data, now)
        customer, created = _customer_for(session, data, checked, now)
        arrived = data.arrived_at
        assert arrived is not None  # checked
        old_phone, old_customer_id, old_referrer_id, was_first = (
            visit.phone,
            visit.customer_id,
            visit.referrer_id,
            visit.is_first_visit,
        )
        # The customer was made by this very visit: it stays a first visit unless the
        # correction puts an earlier one before it.
        own_customer = customer is not None and (
            created or (customer.id == old_customer_id and visit.is_first_visit)
        )
        phone = _phone(checked, customer)
        first = (customer is None or own_customer) and not _phone_seen(
            session, phone, arrived, visit.id
        )
        changes = _visit_columns(data, checked, customer, phone, first)
        regrade = checked.level is not None and (
            checked.level != visit.level_given or changes["customer_id"] != old_customer_id
        )
        if original is not None:  # only what this correction changes: theirs stay
            changes = {k: v for k, v in changes.items() if original.get(k, _UNSET) != v}
        apply_edit(session, visit, version=version, changes=changes, original=original)
        prospect_id, created_prospect = visit.prospect_id, False
        if customer is None:
            prospect_id = None
        else:
            _note_visit(session, customer, checked, arrived)
            _move_referral(session, customer, old_referrer_id, checked.referrer)
            if regrade or customer.id != old_customer_id:
                prospect_id, created_prospect = _prospect_for(
                    session, actor, customer, visit, checked
                )
        visit.prospect_id = prospect_id
        session.flush()
        if was_first and visit.phone != old_phone and visit.customer_id != old_customer_id:
            _pass_on_first(session, old_phone, old_customer_id)
        _recount_firsts(session, {old_phone, phone})
        return LoggedVisit(
            visit_id=visit.id,
            customer_id=visit.customer_id,
            created_customer=created,
            is_first_visit=visit.is_first_visit,
            prospect_id=prospect_id,
            created_prospect=created_prospect,
        )


def _move_referral(
    session: Session, customer: Customer, old_referrer_id: int | None, new: Customer | None
) -> None:
    """The customer's referrer follows the corrected visit when it came from this visit;
    both referrers' counts are recounted."""
    if old_referrer_id is not None and customer.referred_by_id == old_referrer_id:
        customer.referred_by_id = None
    if new is not None:
        _credit_referrer(session, customer, new)
    if old_referrer_id is not None and (new is None or new.id != old_referrer_id):
        old = session.get(Customer, old_referrer_id)
        if old is not None:
            _recount_referrals(session, old)


def _recount_firsts(session: Session, phones: set[str | None]) -> None:
    """After a row moved or changed phone: of the live rows with each phone, every row
    after the earliest is a repeat visit."""
    for phone in phones - {None}:
        rows = session.scalars(
            select(Visit)
            .where(Visit.phone == phone, Visit.deleted_at.is_(None))
            .order_by(Visit.arrived_at, Visit.id)
            .offset(1)
        ).all()
        for row in rows:
            if row.is_first_visit:
                row.is_first_visit = False


def _pass_on_first(session: Session, phone: str | None, customer_id: int | None) -> None:
    """A first visit left its phone and customer (deleted or corrected): the earliest row
    still with them is the first contact now."""
    same = [Visit.phone == phone] if phone else []
    if customer_id is not None:
        same.append(Visit.customer_id == customer_id)
    if not same:
        return
    heir = session.scalars(
        select(Visit)
        .where(or_(*same), Visit.deleted_at.is_(None))
        .order_by(Visit.arrived_at, Visit.id)
        .limit(1)
    ).first()
    if heir is not None and not heir.is_first_visit:
        heir.is_first_visit = True


def delete_visit(
    db: Database,
    actor: Actor,
    visit_id: int,
    reason: str,
    *,
    version: int | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Hides a visit logged by mistake (soft deletion): lists, counts and reports leave it
    out; one audit row says who, when and why."""
    require(actor, Permission.VISITS_EDIT)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationFailed({"reason": _msg(REASON_MISSING)})
    if len(text) > MAX_REASON:
        raise ValidationFailed({"reason": _msg(REASON_LONG, max=MAX_REASON)})
    with stale_guard(db, Visit, visit_id, {}), db.session(actor.user_id) as session:
        visit = _live_visit(session, visit_id)
        _require_may_change(actor, visit, now.date(), delete=True)
        expected = visit.version if version is None else version
        # A Core UPDATE (not the ORM flush) so the audit row is the one written below,
        # with the reason beside the change, rather than an automatic one without it.
        done = session.execute(
            update(Visit)
            .where(Visit.id == visit_id, Visit.version == expected, Visit.deleted_at.is_(None))
            .values(deleted_at=now, deleted_by_id=actor.user_id, version=expected + 1)
        )
        if done.rowcount != 1:
            apply_edit(session, visit, version=expected, changes={"deleted_at": now})
        record(
            session,
            "delete",
            "visits",
            visit_id,
            deleted_at=[None, now.isoformat()],
            deleted_by_id=[None, actor.user_id],
            reason=text,
        )
        session.expire(visit)
        if visit.is_first_visit:
            _pass_on_first(session, visit.phone, visit.customer_id)
