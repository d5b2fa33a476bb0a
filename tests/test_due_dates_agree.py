"""One due date per vehicle: the card, the due list and the loyalty rule agree.

The card and the due list read ``vehicles.next_maintenance_due`` (written from
``maintenance.predict``); the loyalty rule walks the expected maintenances with
``loyalty.next_due`` and judges the one after the last visit on the stored date. Random
vehicles and readings check that every path lands on the same day, first on the rule
functions as their callers use them (many examples), then through the services on a real
database (a few).
"""

from __future__ import annotations

import datetime as dt
import itertools

from customers_support import new_customer, new_vehicle, serve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from showroom.db import Database
from showroom.models import CarModel, Customer
from showroom.rules.loyalty import (
    Expected,
    VehicleHistory,
    expected_maintenances,
    next_due,
)
from showroom.rules.maintenance import Intervals, Reading, predict
from showroom.services.context import Actor
from showroom.services.customer_card import load_card
from showroom.services.customer_classes import vehicle_histories
from showroom.services.service_lists import DueWindow, ListFilter, due_list
from showroom.services.store_settings import get_setting

TODAY = dt.date(2026, 6, 1)
DAY = dt.timedelta(days=1)

intervals = st.builds(
    Intervals,
    first_km=st.integers(1000, 10_000),
    first_months=st.integers(1, 12),
    km=st.integers(2000, 20_000),
    months=st.integers(1, 24),
)


@st.composite
def vehicles(draw: st.DrawFn) -> dict:
    """A vehicle: when its clock started (or bought elsewhere), its odometer readings (an
    odometer only rises), and which of those days were maintenance visits."""
    start = draw(st.none() | st.dates(dt.date(2018, 1, 1), TODAY - DAY))
    first = start or draw(st.dates(dt.date(2018, 1, 1), TODAY - DAY))
    gaps = draw(st.lists(st.integers(0, 400), max_size=8))
    kms = draw(st.lists(st.integers(0, 30_000), min_size=len(gaps), max_size=len(gaps)))
    days = [first + dt.timedelta(days=d) for d in itertools.accumulate(gaps)]
    readings = [
        Reading(day, km)
        for day, km in zip(
            days, itertools.accumulate(kms, initial=draw(st.integers(0, 50))), strict=False
        )
        if day <= TODAY
    ]
    visits = [r for r in readings if draw(st.booleans())]
    return {"start": start, "readings": readings, "visits": visits}


def _pending(expected: list[Expected]) -> Expected:
    """The maintenance after the last visit: the one the due list is about."""
    attended = [i for i, item in enumerate(expected) if item.attended_on is not None]
    return expected[attended[-1] + 1 if attended else 0]


@settings(max_examples=300)
@given(vehicles(), intervals, st.floats(5, 200))
def test_loyalty_judges_the_date_the_due_list_shows(car: dict, plan: Intervals, default: float):
    prediction = predict(
        delivered_on=car["start"],
        readings=car["readings"],
        maintenances=[(r.on, r.km) for r in car["visits"]],
        intervals=plan,
        default_km_per_day=default,
    )
    # As customer_classes feeds it: the cached pace (one decimal) and the cached due date.
    history = VehicleHistory(
        car["start"],
        [r.on for r in car["visits"]],
        plan,
        float(round(prediction.km_per_day, 1) or default) if prediction else default,
        prediction.due_on if prediction else None,
    )
    expected = expected_maintenances(history, TODAY)
    if expected is None:
        assert car["start"] is None and not car["visits"]
        return
    assert prediction is not None
    assert _pending(expected).due_on == prediction.due_on
    if car["visits"]:
        assert _pending(expected).due_on >= max(r.on for r in car["visits"])


@settings(max_examples=300)
@given(
    st.dates(dt.date(2018, 1, 1), TODAY),
    st.integers(0, 200_000),
    intervals,
    st.floats(1, 300),
    st.booleans(),
)
def test_one_rounding_for_the_loyalty_walk_and_the_prediction(
    basis_on: dt.date, basis_km: int, plan: Intervals, pace: float, first: bool
):
    """Where the loyalty walk has no stored date (its earlier steps, an uncached vehicle)
    it computes the step itself: from a maintenance whose reading is the latest, that is
    the prediction's day to the day (the same rounding, the same months)."""
    if first:
        # Delivered with the reading on the day; the pace is the store default.
        prediction = predict(
            delivered_on=basis_on,
            readings=[Reading(basis_on, basis_km)],
            maintenances=[],
            intervals=plan,
            default_km_per_day=pace,
        )
    else:
        # Two readings set the pace exactly; the later one is the maintenance.
        days = max(1, round(1000 / pace))
        earlier = Reading(basis_on - dt.timedelta(days=days), basis_km)
        later = Reading(basis_on, basis_km + round(pace * days))
        prediction = predict(
            delivered_on=None,
            readings=[earlier, later],
            maintenances=[(later.on, later.km)],
            intervals=plan,
            default_km_per_day=40,
        )
    assert prediction is not None
    assert prediction.first == first
    assert next_due(basis_on, plan, prediction.km_per_day, first=first) == prediction.due_on


def test_rounding_down_is_the_due_lists_day() -> None:
    # 5,000 km at 30 km/day is 166.7 days: the due list says day 166, and so does loyalty.
    start = dt.date(2026, 1, 1)
    plan = Intervals(first_km=5000, first_months=12)
    assert next_due(start, plan, 30.0, first=True) == start + dt.timedelta(days=166)
    prediction = predict(
        delivered_on=start,
        readings=[Reading(start, 0)],
        maintenances=[],
        intervals=plan,
        default_km_per_day=30,
    )
    assert prediction is not None and prediction.due_on == start + dt.timedelta(days=166)


# ------------------------------------------------------------------- through the services

_plates = itertools.count(1)
_TODAY = dt.date.today()


@st.composite
def stored_vehicles(draw: st.DrawFn) -> dict:
    """A vehicle as the card's forms enter it: bought here or elsewhere, then service
    visits (maintenance or repairs) with odometers that only rise."""
    sold_here = draw(st.booleans())
    bought = _TODAY - dt.timedelta(days=draw(st.integers(30, 1500)))
    offsets = sorted(draw(st.sets(st.integers(1, (_TODAY - bought).days), max_size=4)))
    kms = itertools.accumulate(draw(st.lists(st.integers(50, 20_000), min_size=4, max_size=4)))
    visits = [
        (bought + dt.timedelta(days=o), km, draw(st.sampled_from(["maintenance", "minor_repair"])))
        for o, km in zip(offsets, kms, strict=False)
    ]
    return {"sold_here": sold_here, "bought": bought, "visits": visits}


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(car=stored_vehicles())
def test_card_due_list_and_loyalty_agree_through_the_services(
    db: Database, actor: Actor, car: dict
) -> None:
    number = next(_plates)
    cid = new_customer(db, actor, name="车主", mobile=f"139{number:08d}")
    with db.session(actor.user_id) as session:
        session.get(Customer, cid).consent_sales = True  # the due list calls only these
        model_id = session.scalars(select(CarModel.id).order_by(CarModel.id)).first()
    vid = new_vehicle(
        db,
        actor,
        cid,
        number,
        model_id=model_id,
        purchase_date=car["bought"],
        sold_here=car["sold_here"],
    )
    for day, km, kind in car["visits"]:
        serve(db, actor, vid, day, kind=kind, km=km)

    card = load_card(db, actor, cid)
    (vehicle,) = card.vehicles
    due = vehicle.next_maintenance_due
    with db.reader() as session:
        histories, _ = vehicle_histories(
            session, [cid], float(get_setting(session, "default_km_per_day", 40))
        )
    expected = expected_maintenances(histories[cid][vid], _TODAY)
    if expected is None:  # bought elsewhere, never maintained: nothing for loyalty to judge
        assert not car["sold_here"] and all(kind != "maintenance" for *_, kind in car["visits"])
        return
    assert due is not None
    assert _pending(expected).due_on == due
    # The due list, on a day that puts the vehicle in its 7-day window.
    rows = due_list(
        db, actor, DueWindow.DAYS_7, today=due - 3 * DAY, flt=ListFilter(text=vehicle.plate)
    ).rows
    assert [(r.vehicle_id, r.due_on) for r in rows] == [(vid, due)]
