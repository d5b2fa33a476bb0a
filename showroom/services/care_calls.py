"""Post-sale care calls (回访): scheduled after a delivery, made with a script, outcome kept.

The schedule is data (setting ``care_call_schedule``): each entry names a call kind, the
day after delivery it becomes due and the last day of its window. The defaults are the
day 2–3 call and the ~2-month call before the 5,000 km first maintenance (DESIGN §2.2).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.models import CareCall, CareCallKind, Customer, Vehicle

from .store_settings import get_setting

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

    Re-recording a delivery does not double the calls: kinds already scheduled for the
    vehicle are left as they are (their dates move if the delivery date changed and the
    call is still open).
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
    return created
