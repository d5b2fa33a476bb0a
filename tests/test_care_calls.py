"""Care calls: scheduling after a delivery."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from showroom.db import Database
from showroom.models import CareCall, CareCallKind, Customer, Setting, Vehicle
from showroom.services.care_calls import schedule_after_delivery
from showroom.services.context import Actor

DELIVERED = dt.date(2024, 3, 1)


def _vehicle(session, actor: Actor, advisor: int | None = None) -> Vehicle:
    customer = Customer(
        name="张三", mobile="13800138000", consultant_id=actor.user_id, service_advisor_id=advisor
    )
    session.add(customer)
    session.flush()
    vehicle = Vehicle(
        customer_id=customer.id, plate="京A12345", delivered_on=DELIVERED, sold_here=True
    )
    session.add(vehicle)
    session.flush()
    return vehicle


def test_delivery_schedules_day_two_and_two_month_calls(db: Database, actor: Actor) -> None:
    with db.session(actor.user_id) as session:
        vehicle = _vehicle(session, actor)
        calls = schedule_after_delivery(session, vehicle, DELIVERED)
        vehicle_id = vehicle.id
    by_kind = {c.kind: c for c in calls}
    assert set(by_kind) == {CareCallKind.DELIVERY_FOLLOWUP, CareCallKind.FIRST_MAINTENANCE}
    first = by_kind[CareCallKind.DELIVERY_FOLLOWUP]
    assert (first.due_on, first.latest_on) == (dt.date(2024, 3, 3), dt.date(2024, 3, 4))
    assert first.assignee_id == actor.user_id  # the selling consultant
    maint = by_kind[CareCallKind.FIRST_MAINTENANCE]
    assert maint.due_on == DELIVERED + dt.timedelta(days=60)
    assert maint.latest_on == DELIVERED + dt.timedelta(days=75)
    with db.reader() as session:
        stored = session.scalars(select(CareCall).where(CareCall.vehicle_id == vehicle_id)).all()
    assert len(stored) == 2 and all(c.done_at is None for c in stored)


def test_recording_delivery_twice_does_not_double_calls(db: Database, actor: Actor) -> None:
    with db.session(actor.user_id) as session:
        vehicle = _vehicle(session, actor)
        schedule_after_delivery(session, vehicle, DELIVERED)
        again = schedule_after_delivery(session, vehicle, DELIVERED + dt.timedelta(days=1))
        calls = session.scalars(select(CareCall).where(CareCall.vehicle_id == vehicle.id)).all()
    assert again == []
    assert len(calls) == 2
    # The open calls follow the corrected delivery date.
    assert min(c.due_on for c in calls) == dt.date(2024, 3, 4)


def test_schedule_comes_from_the_setting(db: Database, actor: Actor) -> None:
    with db.session(actor.user_id) as session:
        session.get(Setting, "care_call_schedule").value = [
            {"kind": "delivery", "after_days": 3, "latest_days": 3},
            {"kind": "manager", "after_days": 7},
            {"kind": "nonsense", "after_days": 1},
        ]
    with db.session(actor.user_id) as session:
        vehicle = _vehicle(session, actor, advisor=None)
        calls = schedule_after_delivery(session, vehicle, DELIVERED)
    assert [(c.kind, c.due_on) for c in calls] == [
        (CareCallKind.DELIVERY_FOLLOWUP, dt.date(2024, 3, 4)),
        (CareCallKind.MANAGER_CHECK, dt.date(2024, 3, 8)),
    ]
    assert calls[1].assignee_id is None  # the manager's call is picked from the list
