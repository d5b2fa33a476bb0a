"""The due lists through SQL on SQLite and PostgreSQL (the ``db`` fixture)."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest
from sqlalchemy import select

from showroom.db import Database
from showroom.models import (
    CareCall,
    CareCallKind,
    CarModel,
    Customer,
    MileageReading,
    Role,
    ServiceRecord,
    ServiceType,
    User,
    Vehicle,
)
from showroom.services.context import Actor
from showroom.services.due_cache import insurance_due, refresh_all, refresh_vehicle
from showroom.services.service_lists import (
    DueWindow,
    ListFilter,
    birthday_days,
    birthdays,
    care_calls_today,
    daily_summary,
    due_counts,
    due_list,
    renewals,
)

TODAY = dt.date(2024, 6, 10)
D = dt.date


_MOBILES = itertools.count(9000)  # 1380013 8000 is given by hand below


def _car(
    session,
    name,
    *,
    delivered=None,
    readings=(),
    services=(),
    mobile=None,
    consent=True,
    advisor=None,
    birthday=None,
    policy=None,
    loyalty=None,
    marks="",
):
    customer = Customer(
        name=name,
        name_pinyin=name,
        # One customer per mobile: each car's owner has a number of their own.
        mobile=mobile or f"1380013{next(_MOBILES):04d}",
        consent_sales=consent,
        service_advisor_id=advisor,
        loyalty_class=loyalty,
        marks=marks,
        birthday=birthday,
        birthday_md=birthday.strftime("%m-%d") if birthday else None,
    )
    session.add(customer)
    session.flush()
    model = session.scalars(select(CarModel).order_by(CarModel.id)).first()
    vehicle = Vehicle(
        customer_id=customer.id,
        plate=f"京A{customer.id:05d}",
        model_id=model.id,
        delivered_on=delivered,
        sold_here=delivered is not None,
        insurance_policy_on=policy,
    )
    session.add(vehicle)
    session.flush()
    for day, km in readings:
        session.add(MileageReading(vehicle_id=vehicle.id, read_on=day, km=km, source="service"))
    for day, km in services:
        session.add(
            ServiceRecord(
                vehicle_id=vehicle.id,
                customer_id=customer.id,
                service_date=day,
                mileage=km,
                service_type=ServiceType.MAINTENANCE,
            )
        )
    session.flush()
    refresh_vehicle(session, vehicle.id, TODAY)
    return vehicle


@pytest.fixture
def store(db: Database, actor: Actor) -> dict[str, int]:
    ids = {}
    with db.session(actor.user_id) as s:
        # First maintenance by time: due in 15 days (3 months after delivery), a slow driver.
        ids["by_time"] = _car(
            s,
            "时间",
            delivered=D(2024, 3, 25),
            readings=[(D(2024, 3, 25), 5), (D(2024, 5, 15), 1225)],
        ).id
        # By mileage: 100 km/day since delivery, 5,000 km reached in 50 days.
        ids["by_km"] = _car(
            s,
            "里程",
            mobile="13800138000",
            delivered=D(2024, 4, 25),
            readings=[(D(2024, 4, 25), 0), (D(2024, 5, 25), 3000)],
        ).id
        # Never came back: first maintenance was due in April 2023.
        ids["lapsed"] = _car(s, "流失", delivered=D(2023, 1, 1), readings=[(D(2023, 1, 1), 3)]).id
        # Just serviced: next due in months.
        ids["fresh"] = _car(
            s,
            "刚保养",
            delivered=D(2023, 1, 1),
            readings=[(D(2023, 1, 1), 0), (TODAY, 14_000)],
            services=[(TODAY, 14_000)],
        ).id
        # Due in 10 days but withdrew consent: never listed.
        ids["no_consent"] = _car(s, "拒绝", delivered=D(2024, 3, 20), consent=False).id
        ids["overdue_recent"] = _car(
            s,
            "逾期",
            delivered=D(2024, 2, 1),
            readings=[(D(2024, 2, 1), 0)],
            loyalty="L2",
            marks="vip",
        ).id
    return ids


def test_windows_hold_the_right_vehicles(db: Database, actor: Actor, store) -> None:
    def plates(window: DueWindow) -> set[int]:
        return {r.vehicle_id for r in due_list(db, actor, window, today=TODAY).rows}

    assert plates(DueWindow.DAYS_7) == {store["by_km"]}
    assert plates(DueWindow.DAYS_14) == {store["by_km"]}
    assert plates(DueWindow.DAYS_30) == {store["by_time"], store["by_km"]}
    # The lapsed car is more than a year overdue: counted as lost, not on the list.
    assert plates(DueWindow.OVERDUE) == {store["overdue_recent"]}
    counts = due_counts(db, actor, today=TODAY)
    assert counts == {
        DueWindow.DAYS_7: 1,
        DueWindow.DAYS_14: 1,
        DueWindow.DAYS_30: 2,
        DueWindow.OVERDUE: 1,
    }


def test_rows_explain_and_predict(db: Database, actor: Actor, store) -> None:
    rows = {r.vehicle_id: r for r in due_list(db, actor, DueWindow.DAYS_30, today=TODAY).rows}
    by_time, by_km = rows[store["by_time"]], rows[store["by_km"]]
    assert (by_time.due_on, by_time.reason) == (D(2024, 6, 25), "time")
    assert by_time.explanation.text("en") == "Due by time"
    assert (by_km.due_on, by_km.reason) == (D(2024, 6, 14), "km")
    # 3,000 km on 25 May + 16 days × 100 km/day.
    assert by_km.km_now == 4600
    assert by_km.explanation.text("en") == "Due by mileage, ~4,600 km now"
    assert by_km.phone == "13800138000"  # the administrator sees it in full
    overdue = due_list(db, actor, DueWindow.OVERDUE, today=TODAY).rows[0]
    assert overdue.loyalty_class == "L2" and overdue.marks == ("vip",)
    assert overdue.days_left(TODAY) < 0


def test_sort_filter_and_page(db: Database, actor: Actor, store) -> None:
    page = due_list(db, actor, DueWindow.DAYS_30, today=TODAY, sort="due_on", descending=True)
    assert [r.vehicle_id for r in page.rows] == [store["by_time"], store["by_km"]]
    page = due_list(db, actor, DueWindow.DAYS_30, today=TODAY, sort="customer")
    assert [r.customer for r in page.rows] == ["时间", "里程"]
    first = due_list(db, actor, DueWindow.DAYS_30, today=TODAY, limit=1)
    assert first.total == 2 and len(first.rows) == 1
    assert first.rows[0].vehicle_id == store["by_km"]
    found = due_list(db, actor, DueWindow.DAYS_30, today=TODAY, flt=ListFilter(text="里程"))
    assert [r.vehicle_id for r in found.rows] == [store["by_km"]] and found.total == 1
    plate = found.rows[0].plate
    assert (
        due_list(db, actor, DueWindow.DAYS_30, today=TODAY, flt=ListFilter(text=plate[-3:])).total
        == 1
    )
    assert (
        due_list(
            db, actor, DueWindow.OVERDUE, today=TODAY, flt=ListFilter(loyalty_class="L1")
        ).total
        == 0
    )


def test_a_service_moves_the_vehicle_off_the_list(db: Database, actor: Actor, store) -> None:
    with db.session(actor.user_id) as s:
        v = s.get(Vehicle, store["by_km"])
        s.add(
            ServiceRecord(
                vehicle_id=v.id,
                customer_id=v.customer_id,
                service_date=TODAY,
                mileage=4700,
                service_type=ServiceType.FIRST_MAINTENANCE,
            )
        )
        s.add(MileageReading(vehicle_id=v.id, read_on=TODAY, km=4700, source="service"))
        prediction = refresh_vehicle(s, v.id, TODAY)
        assert prediction is not None and prediction.basis_km == 4700
        # The ORM object sees the refreshed cache; no version bump for derived columns.
        assert v.next_maintenance_due == prediction.due_on and v.version == 1
    ids = {r.vehicle_id for r in due_list(db, actor, DueWindow.DAYS_30, today=TODAY).rows}
    assert ids == {store["by_time"]}


def test_bulk_refresh_agrees_with_single_refresh(db: Database, actor: Actor, store) -> None:
    with db.reader() as s:
        before = s.execute(
            select(
                Vehicle.id,
                Vehicle.next_maintenance_due,
                Vehicle.next_maintenance_reason,
                Vehicle.km_per_day,
            ).order_by(Vehicle.id)
        ).all()
    with db.session(actor.user_id) as s:
        s.execute(Vehicle.__table__.update().values(next_maintenance_due=None, km_per_day=None))
    with db.session(actor.user_id) as s:
        assert refresh_all(s, TODAY) == len(before)
    with db.reader() as s:
        after = s.execute(
            select(
                Vehicle.id,
                Vehicle.next_maintenance_due,
                Vehicle.next_maintenance_reason,
                Vehicle.km_per_day,
            ).order_by(Vehicle.id)
        ).all()
    assert after == before


def test_care_calls_due_today(db: Database, actor: Actor, store) -> None:
    with db.session(actor.user_id) as s:
        v = s.get(Vehicle, store["by_km"])
        for kind, due, latest, done in [
            (CareCallKind.DELIVERY_FOLLOWUP, TODAY - dt.timedelta(days=1), TODAY, None),
            (
                CareCallKind.FIRST_MAINTENANCE,
                TODAY - dt.timedelta(days=20),
                TODAY - dt.timedelta(days=5),
                None,
            ),
            (CareCallKind.DELIVERY_FOLLOWUP, TODAY, TODAY, dt.datetime(2024, 6, 10, 9)),
            (CareCallKind.FIRST_MAINTENANCE, TODAY + dt.timedelta(days=1), None, None),
        ]:
            s.add(
                CareCall(
                    kind=kind,
                    customer_id=v.customer_id,
                    vehicle_id=v.id,
                    due_on=due,
                    latest_on=latest,
                    done_at=done,
                )
            )
    page = care_calls_today(db, actor, today=TODAY)
    assert page.total == 2
    assert [r.kind for r in page.rows] == [
        CareCallKind.FIRST_MAINTENANCE,
        CareCallKind.DELIVERY_FOLLOWUP,
    ]
    assert [r.late(TODAY) for r in page.rows] == [True, False]
    summary = daily_summary(db, actor, dt.datetime.combine(TODAY, dt.time(9)))
    assert (summary.care_calls, summary.late_calls, summary.due_7d) == (2, 1, 1)


def test_advisor_sees_own_and_unassigned(db: Database, actor: Actor) -> None:
    with db.session(actor.user_id) as s:
        me = User(username="adv1", display_name="顾问一", role=Role.SERVICE_ADVISOR)
        other = User(username="adv2", display_name="顾问二", role=Role.SERVICE_ADVISOR)
        s.add_all([me, other])
        s.flush()
        mine = _car(s, "我的", delivered=D(2024, 3, 15), advisor=me.id, mobile="13800138000").id
        theirs = _car(s, "别人", delivered=D(2024, 3, 15), advisor=other.id).id
        nobody = _car(s, "无人", delivered=D(2024, 3, 15)).id
        me_actor = Actor(me.id, me.username, me.display_name, Role.SERVICE_ADVISOR)
    ids = {r.vehicle_id for r in due_list(db, me_actor, DueWindow.DAYS_7, today=TODAY).rows}
    assert ids == {mine, nobody}
    everyone = {r.vehicle_id for r in due_list(db, actor, DueWindow.DAYS_7, today=TODAY).rows}
    assert everyone == {mine, theirs, nobody}
    assert due_list(db, me_actor, DueWindow.DAYS_7, today=TODAY).rows[0].phone == "138****8000"


def test_renewals_and_birthdays(db: Database, actor: Actor) -> None:
    with db.session(actor.user_id) as s:
        soon = _car(s, "续保", policy=D(2023, 7, 1), birthday=D(1980, 6, 12)).id
        _car(s, "不急", policy=D(2023, 10, 1), birthday=D(1990, 6, 20))
        _car(s, "拒绝", policy=D(2023, 7, 2), birthday=D(1985, 6, 11), consent=False)
    rows = renewals(db, actor, today=TODAY).rows
    assert [(r.vehicle_id, r.due_on) for r in rows] == [(soon, D(2024, 7, 1))]
    born = birthdays(db, actor, today=TODAY).rows
    assert [(r.customer, r.next_birthday, r.age) for r in born] == [("续保", D(2024, 6, 12), 44)]


def test_birthday_window_over_new_year_and_leap_day() -> None:
    assert list(birthday_days(D(2024, 12, 30), 4)) == ["12-30", "12-31", "01-01", "01-02"]
    assert birthday_days(D(2025, 2, 27), 2)["02-29"] == D(2025, 2, 28)
    assert "02-29" not in birthday_days(D(2024, 2, 27), 2)


def test_insurance_due_rolls_on() -> None:
    assert insurance_due(D(2023, 7, 1), TODAY) == D(2024, 7, 1)
    assert insurance_due(D(2022, 3, 1), TODAY) == D(2025, 3, 1)
    assert insurance_due(D(2023, 5, 20), TODAY) == D(2024, 5, 20)  # within the grace month
    assert insurance_due(None, TODAY) is None


def test_list_filter_is_immutable() -> None:
    flt = ListFilter(text="a")
    assert replace(flt, text="b").text == "b" and flt.text == "a"
