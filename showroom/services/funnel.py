"""The sales funnel (漏斗) for a period and a consultant, counted in SQL.

Stages (docs/ARCHITECTURE.md §6): walk-ins and calls → contacts recorded (留档) → prospects → test
drives → orders → deliveries. Each stage counts the records of its own date in the period
(visits by visit date, prospects by creation, test drives by drive date, orders by order
date — cancelled orders excluded — and deliveries by delivery date), so a period's funnel
is what the daily report sums up, not a cohort followed over time. The conversion rate of
a stage is its count ÷ the previous stage's count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import Order, OrderStatus, Prospect, TestDrive, Visit, VisitKind

from .context import Actor
from .permissions import Permission, owner_scope, require

CTX = "Funnel"

#: (key, label) of each stage, in funnel order.
STAGES: tuple[tuple[str, str], ...] = (
    ("traffic", QT_TRANSLATE_NOOP("Funnel", "Walk-ins and calls")),
    ("contacts", QT_TRANSLATE_NOOP("Funnel", "Contacts recorded")),
    ("prospects", QT_TRANSLATE_NOOP("Funnel", "Prospects")),
    ("test_drives", QT_TRANSLATE_NOOP("Funnel", "Test drives")),
    ("orders", QT_TRANSLATE_NOOP("Funnel", "Orders")),
    ("deliveries", QT_TRANSLATE_NOOP("Funnel", "Deliveries")),
)


@dataclass(frozen=True)
class FunnelStage:
    key: str
    label: Msg
    count: int
    #: This stage ÷ the previous one (None for the first stage or when the previous is 0).
    rate: float | None


@dataclass(frozen=True)
class Funnel:
    start: dt.date
    end: dt.date
    consultant_id: int | None
    walk_ins: int
    calls: int
    stages: list[FunnelStage]

    def count(self, key: str) -> int:
        return next(stage.count for stage in self.stages if stage.key == key)

    @property
    def overall_rate(self) -> float | None:
        """Deliveries ÷ walk-ins and calls."""
        first = self.stages[0].count
        return self.stages[-1].count / first if first else None


def _count(model: type, *where: ColumnElement[bool]) -> ColumnElement[int]:
    return select(func.count()).select_from(model).where(*where).scalar_subquery()


def funnel(
    db: Database,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    consultant_id: int | None = None,
) -> Funnel:
    """The funnel for [start, end]; a consultant without store-wide reports gets their own."""
    require(actor, Permission.REPORTS_VIEW)
    owner = owner_scope(actor, Permission.REPORTS_ALL)
    if owner is not None:
        consultant_id = owner

    def mine(column: ColumnElement[int | None]) -> list[ColumnElement[bool]]:
        return [] if consultant_id is None else [column == consultant_id]

    visits = [
        Visit.visit_date >= start,
        Visit.visit_date <= end,
        Visit.deleted_at.is_(None),
        *mine(Visit.consultant_id),
    ]
    orders = [Order.deleted_at.is_(None), *mine(Order.consultant_id)]
    # One round trip: each figure is an index range count in its own scalar subquery.
    stmt = select(
        _count(Visit, *visits, Visit.kind == VisitKind.WALK_IN),
        _count(Visit, *visits, Visit.kind == VisitKind.CALL),
        _count(Visit, *visits, Visit.contact_left.is_(True)),
        _count(
            Prospect,
            Prospect.created_on >= start,
            Prospect.created_on <= end,
            Prospect.deleted_at.is_(None),
            *mine(Prospect.consultant_id),
        ),
        _count(
            TestDrive,
            TestDrive.driven_on >= start,
            TestDrive.driven_on <= end,
            *mine(TestDrive.consultant_id),
        ),
        _count(
            Order,
            Order.ordered_on >= start,
            Order.ordered_on <= end,
            Order.status != OrderStatus.CANCELLED,
            *orders,
        ),
        _count(Order, Order.delivered_on >= start, Order.delivered_on <= end, *orders),
    )
    with db.reader() as session:
        walk_ins, calls, contacts, prospects, drives, ordered, delivered = session.execute(
            stmt
        ).one()
    counts = [walk_ins + calls, contacts, prospects, drives, ordered, delivered]
    stages: list[FunnelStage] = []
    previous: int | None = None
    for (key, label), count in zip(STAGES, counts, strict=True):
        rate = count / previous if previous else None
        stages.append(FunnelStage(key, Msg(CTX, label), count, rate))
        previous = count
    return Funnel(start, end, consultant_id, walk_ins, calls, stages)
