"""Post-sale care calls (回访): scheduled after a delivery, made with a script, outcome kept.

The schedule is data (setting ``care_call_schedule``): each entry names a call kind, the
day after delivery it becomes due and the last day of its window. The defaults are the
day 2–3 call and the ~2-month call before the 5,000 km first maintenance (docs/ARCHITECTURE.md §6).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from showroom.db import Database
from showroom.db.audit import record
from showroom.i18n import QT_TRANSLATE_NOOP, Msg, current_language
from showroom.models import (
    CallOutcome,
    CareCall,
    CareCallKind,
    CarModel,
    Customer,
    MileageReading,
    ReadingSource,
    User,
    Vehicle,
)
from showroom.pinyin import name_keys
from showroom.rules.maintenance import Reading, predicted_km
from showroom.validation import MAX_KM, ValidationFailed

from .call_scripts import fill, script_for
from .context import Actor
from .due_cache import refresh_vehicle
from .permissions import Permission, require
from .store_settings import get_setting

CTX = "CareCalls"

#: Who makes each kind of call unless the schedule entry says otherwise: the consultant
#: who sold the car thanks the customer; the service advisor books the maintenance.
_DEFAULT_CALLER = {
    CareCallKind.DELIVERY_FOLLOWUP: "consultant",
    CareCallKind.MANAGER_CHECK: "manager",
}


def care_call_schedule(session: Session) -> list[dict[str, Any]]:
    """The store's schedule, each entry checked; malformed entries are skipped."""
    entries = get_setting(session, "care_call_schedule", []) or []
    schedule = []
    for entry in entries:
        try:
            kind = CareCallKind(entry["kind"])
            after = int(entry["after_days"])
            latest = int(entry.get("latest_days", after))
        except (KeyError, TypeError, ValueError):
            continue
        caller = entry.get("caller") or _DEFAULT_CALLER.get(kind, "advisor")
        schedule.append(
            {"kind": kind, "after_days": after, "latest_days": max(after, latest), "caller": caller}
        )
    return schedule


def _assignee(customer: Customer | None, caller: str) -> int | None:
    if customer is None:
        return None
    if caller == "consultant":
        return customer.consultant_id or customer.service_advisor_id
    if caller == "advisor":
        return customer.service_advisor_id or customer.consultant_id
    return None  # "manager": whoever manages the store picks it from the list


def schedule_after_delivery(
    session: Session, vehicle: Vehicle, delivered_on: dt.date, order_id: int | None = None
) -> list[CareCall]:
    """Create the post-delivery care calls for ``vehicle`` and return the new ones.

    Also refreshes the vehicle's cached due date. Re-recording a delivery does not double
    the calls: kinds already scheduled for the vehicle are left as they are (their dates
    move if the delivery date changed and the call is still open).
    """
    customer = session.get(Customer, vehicle.customer_id)
    existing = {
        call.kind: call
        for call in session.scalars(
            select(CareCall).where(
                CareCall.vehicle_id == vehicle.id,
                CareCall.deleted_at.is_(None),
                CareCall.kind.in_([str(k) for k in CareCallKind]),
            )
        )
    }
    created: list[CareCall] = []
    for entry in care_call_schedule(session):
        due = delivered_on + dt.timedelta(days=entry["after_days"])
        latest = delivered_on + dt.timedelta(days=entry["latest_days"])
        old = existing.get(entry["kind"])
        if old is not None:
            if old.done_at is None and (old.due_on, old.latest_on) != (due, latest):
                old.due_on, old.latest_on = due, latest
            continue
        call = CareCall(
            kind=entry["kind"],
            customer_id=vehicle.customer_id,
            vehicle_id=vehicle.id,
            order_id=order_id,
            due_on=due,
            latest_on=latest,
            assignee_id=_assignee(customer, entry["caller"]),
        )
        session.add(call)
        created.append(call)
    session.flush()
    # The delivery starts the first-maintenance clock: the due list must see it at once.
    refresh_vehicle(session, vehicle.id)
    return created


# ----------------------------------------------------------------------- making a call


@dataclass(frozen=True)
class CallTarget:
    """What a call is about: an existing scheduled call, or a row of a due list."""

    kind: str
    customer_id: int
    vehicle_id: int | None = None
    call_id: int | None = None


@dataclass(frozen=True)
class CallContext:
    """Everything the call dialog shows: who to call, the filled script, the figures."""

    target: CallTarget
    customer: str
    phone: str | None
    plate: str | None
    model: str | None
    km_now: int | None
    last_km: int | None
    last_read_on: dt.date | None
    due_on: dt.date | None
    script_title: str
    script: str
    marks: tuple[str, ...]
    loyalty_class: str | None
    value_class: str | None


def salutation(name: str, sex: str | None, lang: str) -> str:
    """张先生 / 李女士, Mr Zhang / Ms Li; the full name when the sex is not known."""
    if not name:
        return ""
    if lang != "en":
        suffix = {"M": "先生", "F": "女士"}.get(sex or "")
        return name[0] + suffix if suffix and _is_cjk(name[0]) else name
    title = {"M": "Mr", "F": "Ms"}.get(sex or "")
    if not title:
        return name
    surname = name_keys(name[0])[0].capitalize() if _is_cjk(name[0]) else name.split()[-1]
    return f"{title} {surname}"


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def call_context(
    db: Database,
    actor: Actor,
    target: CallTarget,
    *,
    lang: str | None = None,
    today: dt.date | None = None,
) -> CallContext:
    """Open a call: the full phone number (the caller needs it; the reveal is audited)
    and the script with this customer's details filled in."""
    require(actor, Permission.AFTERSALES_EDIT)
    lang = lang or current_language()
    today = today or dt.date.today()
    with db.session(actor.user_id) as session:
        customer = session.get(Customer, target.customer_id)
        if customer is None or customer.deleted_at is not None:
            raise ValidationFailed(
                {
                    "customer": Msg(
                        CTX, QT_TRANSLATE_NOOP("CareCalls", "This customer no longer exists.")
                    )
                }
            )
        vehicle = session.get(Vehicle, target.vehicle_id) if target.vehicle_id else None
        model = session.get(CarModel, vehicle.model_id) if vehicle and vehicle.model_id else None
        last = None
        if vehicle is not None:
            last = session.execute(
                select(MileageReading.read_on, MileageReading.km)
                .where(MileageReading.vehicle_id == vehicle.id)
                .order_by(MileageReading.read_on.desc(), MileageReading.id.desc())
                .limit(1)
            ).first()
        pace = (vehicle.km_per_day if vehicle else None) or float(
            get_setting(session, "default_km_per_day", 40)
        )
        km_now = None
        if last is not None:
            km_now = predicted_km(Reading(last[0], last[1]), last[0], last[1], pace, today)
        elif vehicle is not None and vehicle.delivered_on is not None:
            km_now = predicted_km(None, vehicle.delivered_on, 0, pace, today)
        names = get_setting(session, "store_name", {}) or {}
        store = names.get(lang) or names.get("zh_CN", "") if isinstance(names, dict) else str(names)
        # Revealing the number is a read of personal data: it goes in the audit trail.
        record(session, "reveal", "customers", customer.id, field="mobile", purpose="care_call")
        model_name = (
            (model.name_en or model.name if lang == "en" else model.name) if model else None
        )
        values = {
            "customer": salutation(customer.name, customer.sex, lang),
            "name": customer.name,
            "store": store,
            "caller": actor.display_name,
            "model": model_name,
            "plate": vehicle.plate if vehicle else None,
            "km": f"{round(km_now, -2):,}" if km_now is not None else None,
            "due_date": _date(vehicle.next_maintenance_due if vehicle else None),
            "delivered_on": _date(vehicle.delivered_on if vehicle else None),
            "insurer": vehicle.insurer if vehicle else None,
            "renewal_date": _date(vehicle.insurance_due_on if vehicle else None),
        }
        context = CallContext(
            target=target,
            customer=customer.name,
            phone=customer.mobile or customer.home_phone or customer.office_phone,
            plate=vehicle.plate if vehicle else None,
            model=model_name,
            km_now=km_now,
            last_km=last[1] if last else None,
            last_read_on=last[0] if last else None,
            due_on=vehicle.next_maintenance_due if vehicle else None,
            script_title="",
            script="",
            marks=tuple(m for m in (customer.marks or "").split(",") if m),
            loyalty_class=customer.loyalty_class,
            value_class=customer.value_class,
        )
    script = script_for(db, target.kind, lang)
    return replace(context, script_title=script.title, script=fill(script.body, values))


def _date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class CallResult:
    """What the advisor records after a call."""

    outcome: CallOutcome
    booked_for: dt.date | None = None
    mileage_told: int | None = None
    satisfied: bool | None = None
    will_buy_again: bool | None = None
    will_recommend: bool | None = None
    next_step: str = ""
    notes: str = ""
    #: For "no answer": try again on this day (a new open call of the same kind).
    retry_on: dt.date | None = None


def _check(result: CallResult, today: dt.date, last: tuple[dt.date, int] | None) -> dict[str, Msg]:
    errors: dict[str, Msg] = {}
    if result.outcome == CallOutcome.BOOKED:
        if result.booked_for is None:
            errors["booked_for"] = Msg(
                CTX, QT_TRANSLATE_NOOP("CareCalls", "Enter the date the customer booked.")
            )
        elif result.booked_for < today:
            errors["booked_for"] = Msg(
                CTX, QT_TRANSLATE_NOOP("CareCalls", "The booking date cannot be in the past.")
            )
    if result.mileage_told is not None:
        if not 0 <= result.mileage_told <= MAX_KM:
            errors["mileage_told"] = Msg(
                CTX,
                QT_TRANSLATE_NOOP("CareCalls", "Enter a mileage between 0 and {max} km."),
                {"max": f"{MAX_KM:,}"},
            )
        elif last is not None and result.mileage_told < last[1]:
            errors["mileage_told"] = Msg(
                CTX,
                QT_TRANSLATE_NOOP("CareCalls", "Lower than the last reading ({km} km on {date})."),
                {"km": f"{last[1]:,}", "date": last[0].isoformat()},
            )
    if result.outcome in (CallOutcome.NO_ANSWER, CallOutcome.WRONG_NUMBER) and (
        result.mileage_told is not None or result.satisfied is not None
    ):
        errors["outcome"] = Msg(
            CTX,
            QT_TRANSLATE_NOOP("CareCalls", "Mileage and satisfaction need the customer reached."),
        )
    if result.retry_on is not None and result.retry_on < today:
        errors["retry_on"] = Msg(
            CTX, QT_TRANSLATE_NOOP("CareCalls", "The retry date cannot be in the past.")
        )
    if len(result.next_step) > 200:
        errors["next_step"] = Msg(
            CTX, QT_TRANSLATE_NOOP("CareCalls", "Keep the next step under 200 characters.")
        )
    return errors


def record_outcome(
    db: Database,
    actor: Actor,
    target: CallTarget,
    result: CallResult,
    *,
    now: dt.datetime | None = None,
) -> int:
    """Record a call's outcome; returns the call's id.

    A call made from a due list (no ``call_id``) is created on the spot, so every contact
    is on the customer's record. A mileage told becomes a reading and refreshes the
    vehicle's due date; "no answer" with a retry day leaves a new open call for that day.
    Everything is saved together or not at all.
    """
    require(actor, Permission.AFTERSALES_EDIT)
    now = (now or dt.datetime.now()).replace(microsecond=0)
    today = now.date()
    try:
        outcome = CallOutcome(result.outcome)
    except ValueError:
        raise ValidationFailed(
            {"outcome": Msg(CTX, QT_TRANSLATE_NOOP("CareCalls", "Choose how the call went."))}
        ) from None
    with db.session(actor.user_id) as session:
        if target.call_id is not None:
            call = session.get(CareCall, target.call_id)
            if call is None or call.deleted_at is not None:
                raise ValidationFailed(
                    {
                        "call": Msg(
                            CTX, QT_TRANSLATE_NOOP("CareCalls", "This call no longer exists.")
                        )
                    }
                )
            if call.done_at is not None:
                raise ValidationFailed(
                    {
                        "call": Msg(
                            CTX, QT_TRANSLATE_NOOP("CareCalls", "This call was already recorded.")
                        )
                    }
                )
        else:
            call = CareCall(
                kind=str(target.kind),
                customer_id=target.customer_id,
                vehicle_id=target.vehicle_id,
                due_on=today,
                latest_on=today,
                assignee_id=actor.user_id,
            )
            session.add(call)
        vehicle_id = call.vehicle_id
        last = None
        if vehicle_id is not None:
            row = session.execute(
                select(MileageReading.read_on, MileageReading.km)
                .where(MileageReading.vehicle_id == vehicle_id)
                .order_by(MileageReading.km.desc())
                .limit(1)
            ).first()
            last = (row[0], row[1]) if row else None
        errors = _check(result, today, last)
        if result.mileage_told is not None and vehicle_id is None:
            errors["mileage_told"] = Msg(
                CTX, QT_TRANSLATE_NOOP("CareCalls", "This call is not about a vehicle.")
            )
        if errors:
            raise ValidationFailed(errors)
        call.done_at, call.caller_id, call.outcome = now, actor.user_id, str(outcome)
        call.booked_for = result.booked_for if outcome == CallOutcome.BOOKED else None
        call.mileage_told = result.mileage_told
        call.satisfied = result.satisfied
        call.will_buy_again = result.will_buy_again
        call.will_recommend = result.will_recommend
        call.next_step = result.next_step.strip() or None
        call.notes = result.notes.strip() or None
        session.flush()
        if result.mileage_told is not None and vehicle_id is not None:
            session.add(
                MileageReading(
                    vehicle_id=vehicle_id,
                    read_on=today,
                    km=result.mileage_told,
                    source=ReadingSource.CALL,
                    care_call_id=call.id,
                )
            )
            refresh_vehicle(session, vehicle_id, today)
        if outcome == CallOutcome.NO_ANSWER and result.retry_on is not None:
            session.add(
                CareCall(
                    kind=call.kind,
                    customer_id=call.customer_id,
                    vehicle_id=vehicle_id,
                    order_id=call.order_id,
                    due_on=result.retry_on,
                    latest_on=max(result.retry_on, call.latest_on or result.retry_on),
                    assignee_id=call.assignee_id or actor.user_id,
                    notes=call.notes,
                )
            )
        return call.id


@dataclass(frozen=True)
class CallHistoryRow:
    id: int
    kind: str
    due_on: dt.date
    done_at: dt.datetime | None
    outcome: str | None
    caller: str | None
    mileage_told: int | None
    satisfied: bool | None
    will_buy_again: bool | None
    will_recommend: bool | None
    booked_for: dt.date | None
    next_step: str | None


def call_history(
    db: Database, actor: Actor, customer_id: int, limit: int = 50
) -> list[CallHistoryRow]:
    """A customer's calls, newest first (shown beside the script while calling)."""
    require(actor, Permission.AFTERSALES_VIEW)
    caller = aliased(User)
    with db.reader() as session:
        rows = session.execute(
            select(
                CareCall.id,
                CareCall.kind,
                CareCall.due_on,
                CareCall.done_at,
                CareCall.outcome,
                caller.display_name,
                CareCall.mileage_told,
                CareCall.satisfied,
                CareCall.will_buy_again,
                CareCall.will_recommend,
                CareCall.booked_for,
                CareCall.next_step,
            )
            .outerjoin(caller, caller.id == CareCall.caller_id)
            .where(
                CareCall.customer_id == customer_id,
                CareCall.deleted_at.is_(None),
                CareCall.done_at.is_not(None),
            )
            .order_by(CareCall.done_at.desc())
            .limit(limit)
        ).all()
    return [CallHistoryRow(*r) for r in rows]
