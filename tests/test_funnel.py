"""The funnel on a small hand-built store, every figure counted by hand below."""

from __future__ import annotations

import datetime as dt

import pytest
from prospects_support import Staff, add_customer, add_staff

from showroom.db import Database
from showroom.models import Order, Prospect, TestDrive, Visit
from showroom.services.funnel import funnel

START, END = dt.date(2024, 3, 1), dt.date(2024, 3, 31)
IN = dt.date(2024, 3, 10)
BEFORE = dt.date(2024, 2, 20)
AFTER = dt.date(2024, 4, 2)


def _build(db: Database, staff: Staff) -> None:
    a, b = staff.alice.user_id, staff.bob.user_id
    customer = add_customer(db)
    with db.session() as s:

        def visit(day: dt.date, kind: str, who: int, contact: bool, deleted: bool = False) -> None:
            s.add(
                Visit(
                    visit_date=day, kind=kind, consultant_id=who, contact_left=contact,
                    arrived_at=dt.datetime.combine(day, dt.time(10)),
                    deleted_at=dt.datetime(2024, 3, 30) if deleted else None,
                )
            )  # fmt: skip

        # March: Alice 3 walk-ins (2 left contact) + 1 call (contact); Bob 2 walk-ins
        # (1 contact) + 1 call (none). Outside March or deleted: not counted.
        for contact in (True, True, False):
            visit(IN, "walk_in", a, contact)
        visit(IN, "call", a, True)
        visit(IN, "walk_in", b, True)
        visit(END, "walk_in", b, False)
        visit(START, "call", b, False)
        visit(BEFORE, "walk_in", a, True)
        visit(AFTER, "walk_in", b, True)
        visit(IN, "walk_in", a, True, deleted=True)

        def prospect(day: dt.date, who: int) -> int:
            p = Prospect(customer_id=customer, consultant_id=who, created_on=day, level="H")
            s.add(p)
            s.flush()
            return p.id

        # Prospects created in March: Alice 2, Bob 1 (one of Alice's from February).
        pa1, pa2, pb1 = prospect(IN, a), prospect(END, a), prospect(START, b)
        prospect(BEFORE, a)
        # Test drives in March: Alice 2, Bob 0 (one in April).
        for day, who, pid in ((IN, a, pa1), (END, a, pa2), (AFTER, b, pb1)):
            s.add(
                TestDrive(prospect_id=pid, consultant_id=who, driven_on=day, customer_id=customer)
            )

        def order(
            ordered: dt.date, who: int, status: str = "open", delivered: dt.date | None = None
        ) -> None:
            s.add(
                Order(
                    customer_id=customer, consultant_id=who, ordered_on=ordered, status=status,
                    delivered_on=delivered,
                )
            )  # fmt: skip

        # Orders in March: Alice 1 (delivered in April) + 1 cancelled (not counted), Bob 1.
        # Deliveries in March: Alice 1 (ordered in February), Bob 1 (ordered in March).
        order(IN, a, "delivered", AFTER)
        order(IN, a, "cancelled")
        order(IN, b, "delivered", END)
        order(BEFORE, a, "delivered", START)


def test_store_funnel_by_hand(db: Database) -> None:
    staff = add_staff(db)
    _build(db, staff)
    f = funnel(db, staff.manager, START, END)
    # traffic 4 + 3 = 7; contacts 3 + 1 = 4; prospects 3; drives 2; orders 2; deliveries 2
    assert (f.walk_ins, f.calls) == (5, 2)
    assert [(s.key, s.count) for s in f.stages] == [
        ("traffic", 7), ("contacts", 4), ("prospects", 3), ("test_drives", 2),
        ("orders", 2), ("deliveries", 2),
    ]  # fmt: skip
    assert [s.rate for s in f.stages] == [None, 4 / 7, 3 / 4, 2 / 3, 1.0, 1.0]
    assert f.overall_rate == pytest.approx(2 / 7)
    assert f.stages[0].label.text("zh_CN") != ""


def test_consultant_funnel_by_hand(db: Database) -> None:
    staff = add_staff(db)
    _build(db, staff)
    alice = funnel(db, staff.manager, START, END, consultant_id=staff.alice.user_id)
    assert [s.count for s in alice.stages] == [4, 3, 2, 2, 1, 1]
    assert alice.stages[1].rate == 3 / 4
    bob = funnel(db, staff.manager, START, END, consultant_id=staff.bob.user_id)
    assert [s.count for s in bob.stages] == [3, 1, 1, 0, 1, 1]
    assert bob.stages[4].rate is None  # after a stage of 0 there is no rate
    # A consultant sees their own funnel, whatever they ask for.
    assert funnel(db, staff.bob, START, END).stages == bob.stages
    assert funnel(db, staff.bob, START, END, consultant_id=staff.alice.user_id).stages == bob.stages


def test_empty_period(db: Database) -> None:
    staff = add_staff(db)
    f = funnel(db, staff.manager, START, END)
    assert [s.count for s in f.stages] == [0] * 6 and f.overall_rate is None
