"""The demo generator builds a store that is valid, searchable, consistent and repeatable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from showroom.db import Database
from showroom.demo import DemoSummary, generate_demo
from showroom.models import (
    AuditEntry,
    Customer,
    CustomerMark,
    Order,
    OrderStatus,
    Prospect,
    ServiceRecord,
    User,
    Vehicle,
    Visit,
)
from showroom.services.due_cache import refresh_all
from showroom.services.search import MatchedOn, search_customers
from showroom.services.store import open_store
from showroom.validation import (
    check_mobile,
    check_plate,
    check_resident_id,
    check_vin,
    resident_id_info,
)

CUSTOMERS = 300
TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo(db: Database) -> Iterator[tuple[Database, DemoSummary]]:
    yield db, generate_demo(db, CUSTOMERS, today=TODAY)


def _count(db: Database, table: str) -> int:
    with db.reader() as session:
        return session.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()


def _rows(db: Database, sql: str) -> list[Any]:
    with db.reader() as session:
        return list(session.execute(text(sql)))


def test_every_table_gets_rows_and_the_summary_says_how_many(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, summary = demo
    assert not summary.cancelled
    assert summary.customers == CUSTOMERS
    for table, count in summary.counts().items():
        assert count > 0, f"no {table}"
        expected = count + (1 if table == "users" else 0)  # the seeded admin
        assert _count(db, table) == expected, table
    roles = {role for (role,) in _rows(db, "SELECT DISTINCT role FROM users")}
    assert {"admin", "manager", "consultant", "reception", "service_advisor"} <= roles
    with db.reader() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "demo")).one()
    assert audit.changes["customers"] == CUSTOMERS


def test_identifiers_pass_the_validation_rules(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reader() as session:
        customers = session.execute(
            select(Customer.mobile, Customer.resident_id, Customer.sex, Customer.birthday)
        ).all()
        vehicles = session.execute(select(Vehicle.plate, Vehicle.vin)).all()
    for mobile, resident_id, sex, birthday in customers:
        assert check_mobile(mobile).value == mobile
        if resident_id:
            assert check_resident_id(resident_id).value == resident_id
            info = resident_id_info(resident_id)
            assert info is not None
            assert (info.sex, info.birth_date) == (sex, birthday)
    assert any(resident_id for _, resident_id, _, _ in customers)
    for plate, vin in vehicles:
        checked = check_vin(vin)
        assert checked.error is None and checked.warning is None, vin
        if plate:
            assert check_plate(plate).value == plate
    mobiles = [mobile for mobile, *_ in customers]
    assert len(set(mobiles)) == len(mobiles)
    plates = [plate for plate, _ in vehicles if plate]
    assert len(set(plates)) == len(plates)
    vins = [vin for _, vin in vehicles]
    assert len(set(vins)) == len(vins)


def test_search_finds_generated_customers(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reader() as session:
        customer_id, name, mobile, initials, plate = session.execute(
            select(
                Customer.id, Customer.name, Customer.mobile, Customer.name_initials, Vehicle.plate
            )
            .join(Vehicle, Vehicle.customer_id == Customer.id)
            .where(Vehicle.plate.is_not(None))
            .order_by(Customer.id)
            .limit(1)
        ).one()
    queries = [
        (mobile, MatchedOn.MOBILE),
        (mobile[-4:], MatchedOn.MOBILE_TAIL),
        (name, MatchedOn.NAME),
        (initials, MatchedOn.INITIALS),
        (plate, MatchedOn.PLATE),
        (plate[1:], MatchedOn.PLATE),
    ]
    for query, matched_on in queries:
        hits = {hit.id: hit for hit in search_customers(db, query, limit=1000)}
        assert customer_id in hits, query
        assert hits[customer_id].matched_on == matched_on, query


def test_derived_columns_agree_with_the_records(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reader() as session:
        spend = {
            cid: float(total)
            for cid, total in session.execute(
                select(ServiceRecord.customer_id, func.sum(ServiceRecord.amount)).group_by(
                    ServiceRecord.customer_id
                )
            )
        }
        for cid, total in session.execute(
            select(Order.customer_id, func.sum(Order.price))
            .where(Order.status == OrderStatus.DELIVERED)
            .group_by(Order.customer_id)
        ):
            spend[cid] = spend.get(cid, 0.0) + float(total)
        owners = set(session.scalars(select(Vehicle.customer_id).distinct()))
        marks = {}
        for cid, kind in session.execute(
            select(CustomerMark.customer_id, CustomerMark.kind)
            .where(CustomerMark.cleared_at.is_(None))
            .order_by(CustomerMark.customer_id, CustomerMark.id)
        ):
            marks.setdefault(cid, []).append(kind)
        referred = {
            referrer: n
            for referrer, n in session.execute(
                select(Customer.referred_by_id, func.count())
                .where(Customer.referred_by_id.is_not(None))
                .group_by(Customer.referred_by_id)
            )
        }
        customers = session.scalars(select(Customer)).all()
    for customer in customers:
        assert float(customer.cumulative_spend) == pytest.approx(spend.get(customer.id, 0.0))
        assert customer.is_base == (customer.id in owners)
        assert (customer.loyalty_class is not None) == customer.is_base
        assert customer.marks == ",".join(marks.get(customer.id, []))
        assert customer.referral_count == referred.get(customer.id, 0)
        assert customer.value_class in {"platinum", "gold", "iron", "lead"}
    classes = {c.value_class for c in customers}
    assert {"platinum", "gold", "iron", "lead"} <= classes


def test_due_dates_are_the_due_caches(demo: tuple[Database, DemoSummary]) -> None:
    """The demo writes each vehicle's due columns by the maintenance rule: recomputing them
    the way the services do changes nothing."""
    db, _ = demo
    columns = select(
        Vehicle.id, Vehicle.km_per_day, Vehicle.next_maintenance_due,
        Vehicle.next_maintenance_reason,
    ).order_by(Vehicle.id)  # fmt: skip
    with db.reader() as session:
        written = [tuple(row) for row in session.execute(columns)]
    with db.session() as session:
        refresh_all(session, TODAY)
    with db.reader() as session:
        assert [tuple(row) for row in session.execute(columns)] == written
    assert all(row[2] is not None for row in written)


def test_the_pipeline_is_consistent(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    # Every prospect starts with a level change, and a closed one ends in O or F.
    assert not _rows(
        db,
        "SELECT id FROM prospects p WHERE NOT EXISTS "
        "(SELECT 1 FROM level_changes l WHERE l.prospect_id = p.id AND l.from_level IS NULL)",
    )
    assert {row.level for row in _rows(db, "SELECT DISTINCT level FROM prospects WHERE "
                                           "status = 'ordered'")} == {"O"}  # fmt: skip
    assert {row.level for row in _rows(db, "SELECT DISTINCT level FROM prospects WHERE "
                                           "status = 'lost'")} == {"F"}  # fmt: skip
    # A delivered order created the vehicle it points at, for the same customer.
    assert not _rows(
        db,
        "SELECT o.id FROM orders o LEFT JOIN vehicles v ON v.id = o.vehicle_id "
        "WHERE o.status = 'delivered' AND (v.id IS NULL OR v.customer_id <> o.customer_id)",
    )
    # Readings never go backwards on one vehicle.
    readings: dict[int, list[tuple[dt.date, int]]] = {}
    for vehicle_id, read_on, km in _rows(
        db, "SELECT vehicle_id, read_on, km FROM mileage_readings ORDER BY vehicle_id, read_on, km"
    ):
        readings.setdefault(vehicle_id, []).append((read_on, km))
    for series in readings.values():
        kms = [km for _, km in series]
        assert kms == sorted(kms)
    with db.reader() as session:
        open_prospects = session.scalars(select(Prospect).where(Prospect.status == "open")).all()
        today_visits = session.scalars(select(Visit).where(Visit.visit_date == TODAY)).all()
        last_visit = session.scalar(select(func.max(Visit.visit_date)))
    assert open_prospects and all(p.next_followup_on for p in open_prospects)
    assert any(p.next_followup_on < TODAY for p in open_prospects)  # overdue ones exist
    assert last_visit == TODAY and today_visits
    for visit in today_visits:
        assert dt.time(9) <= visit.arrived_at.time() <= dt.time(18, 30)
        assert visit.departed_at is None or visit.departed_at > visit.arrived_at


def test_ids_continue_after_the_demo(demo: tuple[Database, DemoSummary]) -> None:
    """Ids were assigned by the generator; the next ordinary insert must not collide."""
    db, _ = demo
    with db.session() as session:
        customer = Customer(name="新客户", mobile="13900000000")
        session.add(customer)
        session.add(User(username="newbie", display_name="新同事", role="consultant"))
        session.flush()
        assert customer.id == CUSTOMERS + 1


def test_refuses_a_store_that_has_customers(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with pytest.raises(ValueError, match="already has"):
        generate_demo(db, 10, today=TODAY)


def test_cancel_leaves_the_store_empty(db: Database) -> None:
    calls: list[tuple[int, int]] = []

    def cancel_after_first_chunk(done: int, total: int) -> bool:
        calls.append((done, total))
        return done == 0  # rows have been written when it says stop

    summary = generate_demo(db, CUSTOMERS, today=TODAY, progress=cancel_after_first_chunk)
    assert summary.cancelled and summary.customers == 0
    assert calls[-1][0] > 0
    for table in ("customers", "vehicles", "visits", "service_records", "sales_targets"):
        assert _count(db, table) == 0, table
    assert _count(db, "users") == 1
    assert not _rows(db, "SELECT id FROM audit_log WHERE action = 'demo'")
    # The store is still usable: a real generation works afterwards.
    assert generate_demo(db, 50, today=TODAY).customers == 50


def test_progress_reaches_its_total(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    generate_demo(db, 120, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_same_seed_same_store(sqlite_db: Database, tmp_path: Path) -> None:
    other = open_store(f"sqlite:///{tmp_path / 'other.db'}", backup_dir=None)
    try:
        generate_demo(sqlite_db, 150, seed=7, today=TODAY)
        generate_demo(other, 150, seed=7, today=TODAY)
        queries = (
            "SELECT id, name, mobile, resident_id FROM customers ORDER BY id",
            "SELECT id, plate, vin, km_per_day FROM vehicles ORDER BY id",
            "SELECT id, arrived_at, consultant_id FROM visits ORDER BY id",
        )
        for sql in queries:
            assert _rows(sqlite_db, sql) == _rows(other, sql)
    finally:
        other.dispose()
    third = open_store(f"sqlite:///{tmp_path / 'third.db'}", backup_dir=None)
    try:
        generate_demo(third, 150, seed=8, today=TODAY)
        sql = "SELECT name, mobile FROM customers ORDER BY id"
        assert _rows(third, sql) != _rows(sqlite_db, sql)
    finally:
        third.dispose()


def test_rejects_a_non_positive_size(db: Database) -> None:
    with pytest.raises(ValueError, match="at least one"):
        generate_demo(db, 0)
