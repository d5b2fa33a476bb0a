"""Care calls: scheduling after a delivery."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from showroom.db import Database
from showroom.models import CallOutcome, CareCall, CareCallKind, Customer, Setting, Vehicle
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


# ------------------------------------------------------------------ recording an outcome

TODAY = dt.date(2024, 5, 1)
NOW = dt.datetime(2024, 5, 1, 10, 30)


def _scheduled(db: Database, actor: Actor) -> tuple[int, int, int]:
    """A vehicle delivered on 1 March with its two calls; (vehicle, delivery call, 2-month)."""
    from showroom.models import MileageReading

    with db.session(actor.user_id) as session:
        vehicle = _vehicle(session, actor)
        session.add(
            MileageReading(vehicle_id=vehicle.id, read_on=DELIVERED, km=10, source="delivery")
        )
        calls = schedule_after_delivery(session, vehicle, DELIVERED)
        return vehicle.id, calls[0].id, calls[1].id


def test_reached_with_mileage_adds_a_reading_and_moves_the_due_date(
    db: Database, actor: Actor
) -> None:
    from showroom.models import MileageReading
    from showroom.services.care_calls import CallResult, CallTarget, record_outcome

    vehicle_id, _, maint = _scheduled(db, actor)
    target = CallTarget(CareCallKind.FIRST_MAINTENANCE, 0, vehicle_id, maint)
    result = CallResult(
        outcome=CallOutcome.REACHED,
        mileage_told=4010,
        satisfied=True,
        will_buy_again=True,
        will_recommend=False,
        next_step="下周再联系",
    )
    assert record_outcome(db, actor, target, result, now=NOW) == maint
    with db.reader() as session:
        call = session.get(CareCall, maint)
        assert (call.outcome, call.mileage_told, call.done_at) == ("reached", 4010, NOW)
        assert (call.satisfied, call.will_buy_again, call.will_recommend) == (True, True, False)
        reading = session.scalars(
            select(MileageReading).where(MileageReading.care_call_id == maint)
        ).one()
        assert (reading.km, reading.read_on, reading.source) == (4010, TODAY, "call")
        vehicle = session.get(Vehicle, vehicle_id)
    # 4,000 km in 61 days → ~65.6 km/day → 5,010 km in 15 more days: by mileage on 16 May.
    assert vehicle.next_maintenance_reason == "km"
    assert vehicle.next_maintenance_due == dt.date(2024, 5, 16)


def test_booked_needs_a_date_and_nothing_is_half_saved(db: Database, actor: Actor) -> None:
    from showroom.services.care_calls import CallResult, CallTarget, record_outcome
    from showroom.validation import ValidationFailed

    vehicle_id, _, maint = _scheduled(db, actor)
    target = CallTarget(CareCallKind.FIRST_MAINTENANCE, 0, vehicle_id, maint)
    with pytest.raises(ValidationFailed) as err:
        record_outcome(db, actor, target, CallResult(CallOutcome.BOOKED, mileage_told=5), now=NOW)
    assert set(err.value.errors) == {"booked_for", "mileage_told"}
    assert "10" in err.value.errors["mileage_told"].text("en")  # the last reading
    with db.reader() as session:
        assert session.get(CareCall, maint).done_at is None
    booked = CallResult(CallOutcome.BOOKED, booked_for=dt.date(2024, 5, 8))
    record_outcome(db, actor, target, booked, now=NOW)
    with db.reader() as session:
        assert session.get(CareCall, maint).booked_for == dt.date(2024, 5, 8)
    with pytest.raises(ValidationFailed) as err:
        record_outcome(db, actor, target, booked, now=NOW)
    assert set(err.value.errors) == {"call"}


def test_no_answer_leaves_a_retry(db: Database, actor: Actor) -> None:
    from showroom.services.care_calls import CallResult, CallTarget, record_outcome

    vehicle_id, first, _ = _scheduled(db, actor)
    target = CallTarget(CareCallKind.DELIVERY_FOLLOWUP, 0, vehicle_id, first)
    retry = dt.date(2024, 5, 2)
    record_outcome(db, actor, target, CallResult(CallOutcome.NO_ANSWER, retry_on=retry), now=NOW)
    with db.reader() as session:
        open_calls = session.scalars(
            select(CareCall).where(
                CareCall.vehicle_id == vehicle_id,
                CareCall.done_at.is_(None),
                CareCall.kind == CareCallKind.DELIVERY_FOLLOWUP,
            )
        ).all()
    assert [c.due_on for c in open_calls] == [retry]


def test_a_call_from_the_due_list_is_created_on_the_spot(db: Database, actor: Actor) -> None:
    from showroom.services.care_calls import CallResult, CallTarget, call_context, record_outcome

    vehicle_id, _, _ = _scheduled(db, actor)
    with db.reader() as session:
        customer_id = session.get(Vehicle, vehicle_id).customer_id
    target = CallTarget(CareCallKind.MAINTENANCE_DUE, customer_id, vehicle_id)
    ctx = call_context(db, actor, target, lang="zh_CN", today=TODAY)
    assert ctx.phone == "13800138000"  # in full: the caller dials it
    assert ctx.script.startswith("张先生您好") is False  # sex unknown: the full name
    assert ctx.script.startswith("张三您好")
    assert "京A12345" in ctx.script and "{" not in ctx.script
    en = call_context(db, actor, target, lang="en", today=TODAY)
    assert en.script.startswith("Hello 张三, this is")
    call_id = record_outcome(db, actor, target, CallResult(CallOutcome.WRONG_NUMBER), now=NOW)
    with db.reader() as session:
        call = session.get(CareCall, call_id)
        assert (call.kind, call.outcome, call.due_on) == ("maint_due", "wrong_number", TODAY)
