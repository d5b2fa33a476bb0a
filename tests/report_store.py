"""A small store built by hand for the report tests: two consultants over two days.

Every record is written directly, so the expected figures below are known exactly and
do not depend on any other area's services. The report day is 2026-11-20; the month to
date runs from 2026-11-01. Records just outside (October, 21 November), deleted ones
and a cancelled order are there to be left out.

Expected figures (``EXPECTED``): per line, the day's and the month's counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import count

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.models import (
    Customer,
    FollowUp,
    LevelChange,
    Loss,
    Order,
    OrderStatus,
    Prospect,
    RefItem,
    RefKind,
    Role,
    SalesTarget,
    TestDrive,
    User,
    Visit,
    VisitKind,
)
from showroom.services.context import Actor

DAY = dt.date(2026, 11, 20)
YESTERDAY = dt.date(2026, 11, 19)
NOVEMBER = dt.date(2026, 11, 1)


@dataclass(frozen=True)
class ReportStore:
    manager: Actor
    alice: Actor  # 李丽
    bob: Actor  # 张伟
    carol: Actor  # 陈静: an active consultant with nothing this month


# Figures in the order of showroom.reports.figures.COUNTS, then new prospects by level.
# (walk_ins_new, walk_ins_repeat, calls, contacts, follow_ups, test_drives, orders,
#  deliveries, losses), {level: count}
EXPECTED = {
    "李丽": {
        "day": ((1, 2, 1, 2, 2, 2, 1, 1, 0), {"H": 1, "B": 1}),
        "month": ((3, 2, 2, 4, 3, 3, 2, 1, 0), {"A": 1, "H": 1, "B": 1}),
    },
    "张伟": {
        "day": ((2, 0, 1, 2, 1, 0, 0, 0, 1), {"A": 1}),
        "month": ((3, 0, 1, 3, 1, 0, 1, 0, 2), {"A": 1, "C": 1}),
    },
    "陈静": {"day": ((0,) * 9, {}), "month": ((0,) * 9, {})},
    "(none)": {
        "day": ((1, 0, 0, 0, 0, 0, 0, 0, 0), {}),
        "month": ((1, 0, 0, 0, 0, 0, 0, 0, 0), {}),
    },
    "total": {
        "day": ((4, 2, 2, 4, 3, 2, 1, 1, 1), {"H": 1, "A": 1, "B": 1}),
        "month": ((7, 2, 3, 7, 4, 3, 3, 1, 2), {"H": 1, "A": 2, "B": 1, "C": 1}),
    },
}
#: November targets: (walk_ins, prospects, test_drives, orders, deliveries).
TARGETS = {"李丽": (40, 20, 10, 8, 6), "张伟": (0, 0, 0, 5, 4), "陈静": (0, 0, 0, 0, 0)}


class _Builder:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.phones = count(13800138000)
        self.reason = session.scalars(
            select(RefItem.id).where(RefItem.kind == RefKind.LOSS_REASON).limit(1)
        ).one()

    def user(self, username: str, name: str, role: Role) -> Actor:
        user = User(username=username, display_name=name, role=role)
        self.s.add(user)
        self.s.flush()
        return Actor(user.id, username, name, role)

    def customer(self) -> int:
        mobile = str(next(self.phones))
        customer = Customer(name="客户", mobile=mobile, mobile_tail=mobile[-4:])
        self.s.add(customer)
        self.s.flush()
        return customer.id

    def visit(
        self,
        day: dt.date,
        who: Actor | None,
        *,
        call: bool = False,
        first: bool = True,
        contact: bool = False,
        deleted: bool = False,
    ) -> None:
        self.s.add(
            Visit(
                visit_date=day,
                kind=VisitKind.CALL if call else VisitKind.WALK_IN,
                arrived_at=dt.datetime.combine(day, dt.time(10)),
                is_first_visit=first,
                contact_left=contact,
                consultant_id=who.user_id if who else None,
                deleted_at=dt.datetime(2026, 11, 21) if deleted else None,
            )
        )

    def prospect(self, day: dt.date, who: Actor, level: str, *, history: bool = True) -> int:
        prospect = Prospect(
            customer_id=self.customer(), consultant_id=who.user_id, created_on=day, level=level
        )
        self.s.add(prospect)
        self.s.flush()
        if history:
            self.s.add(
                LevelChange(
                    prospect_id=prospect.id,
                    from_level=None,
                    to_level=level,
                    changed_at=dt.datetime.combine(day, dt.time(11)),
                )
            )
        return prospect.id

    def follow_up(self, day: dt.date, who: Actor, prospect_id: int) -> None:
        self.s.add(
            FollowUp(
                prospect_id=prospect_id,
                consultant_id=who.user_id,
                followed_on=day,
                method="phone",
                level_after="A",
            )
        )

    def test_drive(self, day: dt.date, who: Actor) -> None:
        self.s.add(TestDrive(consultant_id=who.user_id, driven_on=day))

    def order(
        self,
        day: dt.date,
        who: Actor,
        *,
        delivered: dt.date | None = None,
        cancelled: bool = False,
    ) -> None:
        status = OrderStatus.OPEN
        if delivered:
            status = OrderStatus.DELIVERED
        if cancelled:
            status = OrderStatus.CANCELLED
        self.s.add(
            Order(
                customer_id=self.customer(),
                consultant_id=who.user_id,
                ordered_on=day,
                delivered_on=delivered,
                status=status,
                cancelled_on=day if cancelled else None,
            )
        )

    def loss(self, day: dt.date, who: Actor, prospect_id: int, *, deleted: bool = False) -> None:
        self.s.add(
            Loss(
                prospect_id=prospect_id,
                consultant_id=who.user_id,
                lost_on=day,
                reason_id=self.reason,
                deleted_at=dt.datetime(2026, 11, 21) if deleted else None,
            )
        )

    def targets(self, who: Actor, month: dt.date, values: tuple[int, ...]) -> None:
        walk_ins, prospects, test_drives, orders, deliveries = values
        self.s.add(
            SalesTarget(
                month=month,
                consultant_id=who.user_id,
                walk_ins=walk_ins,
                prospects=prospects,
                test_drives=test_drives,
                orders=orders,
                deliveries=deliveries,
            )
        )


def build_report_store(db: Database) -> ReportStore:
    with db.session() as s:
        b = _Builder(s)
        manager = b.user("wang", "王经理", Role.MANAGER)
        alice = b.user("alice", "李丽", Role.CONSULTANT)
        bob = b.user("bob", "张伟", Role.CONSULTANT)
        carol = b.user("carol", "陈静", Role.CONSULTANT)

        # 李丽, 19 November
        b.visit(YESTERDAY, alice, contact=True)
        b.visit(YESTERDAY, alice)
        b.visit(YESTERDAY, alice, call=True, contact=True)
        upgraded = b.prospect(YESTERDAY, alice, "A")
        s.add(
            LevelChange(
                prospect_id=upgraded,
                from_level="A",
                to_level="H",
                changed_at=dt.datetime.combine(DAY, dt.time(15)),
            )
        )
        s.get(Prospect, upgraded).level = "H"  # type: ignore[union-attr]
        b.follow_up(YESTERDAY, alice, upgraded)
        b.test_drive(YESTERDAY, alice)
        # 李丽, 20 November
        b.visit(DAY, alice, contact=True)
        b.visit(DAY, alice, first=False, contact=True)
        b.visit(DAY, alice, first=False)
        b.visit(DAY, alice, call=True)
        hot = b.prospect(DAY, alice, "H")
        b.prospect(DAY, alice, "B")
        b.follow_up(DAY, alice, hot)
        b.follow_up(DAY, alice, upgraded)
        b.test_drive(DAY, alice)
        b.test_drive(DAY, alice)
        b.order(DAY, alice)
        b.order(dt.date(2026, 11, 5), alice, delivered=DAY)
        b.order(DAY, alice, cancelled=True)
        # 李丽, outside the month to date, or deleted
        b.visit(dt.date(2026, 10, 31), alice, contact=True)
        b.visit(dt.date(2026, 11, 21), alice, contact=True)
        b.visit(DAY, alice, contact=True, deleted=True)
        b.targets(alice, dt.date(2026, 10, 1), (99, 99, 99, 99, 99))

        # 张伟, 19 November
        b.visit(YESTERDAY, bob, contact=True)
        cold = b.prospect(YESTERDAY, bob, "C", history=False)  # imported: no history
        b.loss(YESTERDAY, bob, cold)
        b.order(YESTERDAY, bob)
        # 张伟, 20 November
        b.visit(DAY, bob, contact=True)
        b.visit(DAY, bob)
        b.visit(DAY, bob, call=True, contact=True)
        warm = b.prospect(DAY, bob, "A")
        b.follow_up(DAY, bob, warm)
        b.loss(DAY, bob, warm)
        b.loss(DAY, bob, cold, deleted=True)

        # A walk-in nobody took care of
        b.visit(DAY, None)

        b.targets(alice, NOVEMBER, TARGETS["李丽"])
        b.targets(bob, NOVEMBER, TARGETS["张伟"])
    return ReportStore(manager, alice, bob, carol)
