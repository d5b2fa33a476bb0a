"""The showroom's activity figures, counted by SQL and grouped however a report needs.

Every figure of the daily and monthly reports is a count of records in a date range:

========================  ==============================================================
walk-ins new / repeat     visitor-log walk-ins (来店), first visit or not
calls                     visitor-log calls (来电)
contacts                  walk-ins and calls that left contact details (留档)
new prospects by level    prospects opened, by the level they were opened at (the first
                          level change; the current level where none was kept)
follow-ups                follow-ups done (跟进)
test drives               test drives (试驾)
orders                    orders placed, cancelled ones not counted (订单)
deliveries                orders delivered (交车)
losses                    prospects lost (战败)
========================  ==============================================================

Each source table is read by one grouped aggregate query — ``COUNT(CASE WHEN … THEN 1
END)`` per figure, ``GROUP BY`` the report's keys — over an indexed date range, so the
database does the counting and Python only places a few dozen numbers. Deleted
(soft-deleted) records never count. Figures are attributed to the record's own
consultant: a follow-up to whoever made it, an order to the consultant who sold it.

A report chooses its grouping with :class:`Grouping`: by consultant, with the report
day's figures apart from the rest of the month (the daily report), or by date (the
monthly report).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select, true
from sqlalchemy.orm import Session, aliased

from showroom.models import (
    FollowUp,
    LevelChange,
    LevelRule,
    Loss,
    Order,
    OrderStatus,
    Prospect,
    TestDrive,
    Visit,
    VisitKind,
)

#: The figures a :class:`Figures` holds apart from new prospects, in report order.
COUNTS = (
    "walk_ins_new",
    "walk_ins_repeat",
    "calls",
    "contacts",
    "follow_ups",
    "test_drives",
    "orders",
    "deliveries",
    "losses",
)


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide by (shown empty)."""
    return part / whole if whole else None


@dataclass(frozen=True)
class Figures:
    """The counts of one row of a report (a consultant's day, a whole month, a date)."""

    walk_ins_new: int = 0
    walk_ins_repeat: int = 0
    calls: int = 0
    contacts: int = 0
    #: Level code → prospects opened at that level.
    new_prospects: Mapping[str, int] = field(default_factory=dict)
    follow_ups: int = 0
    test_drives: int = 0
    orders: int = 0
    deliveries: int = 0
    losses: int = 0

    @property
    def walk_ins(self) -> int:
        return self.walk_ins_new + self.walk_ins_repeat

    @property
    def visitors(self) -> int:
        """Walk-ins and calls: everyone who could have left contact details."""
        return self.walk_ins + self.calls

    @property
    def prospects(self) -> int:
        return sum(self.new_prospects.values())

    @property
    def capture_rate(self) -> float | None:
        """留档率: contacts recorded ÷ walk-ins and calls."""
        return ratio(self.contacts, self.visitors)

    @property
    def test_drive_rate(self) -> float | None:
        """试驾率: test drives ÷ walk-ins."""
        return ratio(self.test_drives, self.walk_ins)

    @property
    def closing_rate(self) -> float | None:
        """成交率: orders ÷ walk-ins."""
        return ratio(self.orders, self.walk_ins)

    def __add__(self, other: Figures) -> Figures:
        levels = dict(self.new_prospects)
        for code, count in other.new_prospects.items():
            levels[code] = levels.get(code, 0) + count
        counts = {name: getattr(self, name) + getattr(other, name) for name in COUNTS}
        return Figures(new_prospects=levels, **counts)

    def as_row(self, levels: Sequence[str]) -> dict[str, object]:
        """The figures and rates under the column keys of the report sheets."""
        row: dict[str, object] = {name: getattr(self, name) for name in COUNTS}
        row.update({level_key(code): self.new_prospects.get(code, 0) for code in levels})
        row.update(
            walk_ins=self.walk_ins,
            prospects=self.prospects,
            capture_rate=self.capture_rate,
            test_drive_rate=self.test_drive_rate,
            closing_rate=self.closing_rate,
        )
        return row


def total(figures: Iterable[Figures]) -> Figures:
    result = Figures()
    for one in figures:
        result = result + one
    return result


def level_key(code: str) -> str:
    return f"level_{code}"


def grading_levels(session: Session) -> tuple[str, ...]:
    """The store's open levels (H, A, B, C by default), hottest first: not O, not F."""
    return tuple(
        session.scalars(
            select(LevelRule.code)
            .where(
                LevelRule.active.is_(True),
                LevelRule.deleted_at.is_(None),
                LevelRule.is_order.is_(False),
                LevelRule.is_lost.is_(False),
            )
            .order_by(LevelRule.sort_order, LevelRule.id)
        )
    )


#: Builds the GROUP BY keys from a source's (date column, consultant column).
Grouping = Callable[[Any, Any], Sequence[ColumnElement[Any]]]


def by_consultant_and_day(day: dt.date) -> Grouping:
    """Keys (consultant id, is ``day``): a month-to-date range split into the day and the rest."""

    def keys(date: Any, consultant: Any) -> Sequence[ColumnElement[Any]]:
        return (consultant, case((date == day, 1), else_=0))

    return keys


def by_date(date: Any, consultant: Any) -> Sequence[ColumnElement[Any]]:
    """Keys (date,): one group per day."""
    return (date,)


@dataclass(frozen=True)
class _Source:
    date: Any
    consultant: Any
    where: Sequence[ColumnElement[bool]]
    #: Figure name → the condition a row must meet to count (``true()`` for every row).
    counts: Mapping[str, ColumnElement[bool]]


def _sources() -> list[_Source]:
    live_order = and_(Order.deleted_at.is_(None), Order.status != OrderStatus.CANCELLED)
    return [
        _Source(
            Visit.visit_date,
            Visit.consultant_id,
            [Visit.deleted_at.is_(None)],
            {
                "walk_ins_new": and_(Visit.kind == VisitKind.WALK_IN, Visit.is_first_visit),
                "walk_ins_repeat": and_(Visit.kind == VisitKind.WALK_IN, ~Visit.is_first_visit),
                "calls": Visit.kind == VisitKind.CALL,
                "contacts": Visit.contact_left.is_(True),
            },
        ),
        _Source(
            FollowUp.followed_on,
            FollowUp.consultant_id,
            [FollowUp.deleted_at.is_(None)],
            {"follow_ups": true()},
        ),
        _Source(TestDrive.driven_on, TestDrive.consultant_id, [], {"test_drives": true()}),
        _Source(Order.ordered_on, Order.consultant_id, [live_order], {"orders": true()}),
        _Source(
            Order.delivered_on,
            Order.consultant_id,
            [live_order, Order.status == OrderStatus.DELIVERED],
            {"deliveries": true()},
        ),
        _Source(Loss.lost_on, Loss.consultant_id, [Loss.deleted_at.is_(None)], {"losses": true()}),
    ]


def count_figures(
    session: Session,
    start: dt.date,
    end: dt.date,
    grouping: Grouping,
    *,
    consultant_id: int | None = None,
) -> dict[tuple[Any, ...], Figures]:
    """Figures of ``start``..``end`` (inclusive), keyed by ``grouping``'s keys.

    ``consultant_id`` limits every count to that consultant's records (a consultant's own
    report). Groups with no record at all are absent.
    """
    counts: dict[tuple[Any, ...], dict[str, int]] = {}
    levels: dict[tuple[Any, ...], dict[str, int]] = {}
    for source in _sources():
        keys = grouping(source.date, source.consultant)
        stmt = (
            select(
                *keys,
                *(func.count(case((cond, 1))).label(name) for name, cond in source.counts.items()),
            )
            .where(source.date >= start, source.date <= end, *source.where)
            .group_by(*keys)
        )
        if consultant_id is not None:
            stmt = stmt.where(source.consultant == consultant_id)
        for row in session.execute(stmt):
            key = _key(row[: len(keys)])
            found = counts.setdefault(key, {})
            for name, value in zip(source.counts, row[len(keys) :], strict=True):
                found[name] = found.get(name, 0) + value

    # New prospects by the level they were opened at: the level change from nothing.
    first = aliased(LevelChange)
    level = func.coalesce(first.to_level, Prospect.level)
    keys = grouping(Prospect.created_on, Prospect.consultant_id)
    stmt = (
        select(*keys, level, func.count())
        .select_from(Prospect)
        .outerjoin(first, and_(first.prospect_id == Prospect.id, first.from_level.is_(None)))
        .where(
            Prospect.created_on >= start,
            Prospect.created_on <= end,
            Prospect.deleted_at.is_(None),
        )
        .group_by(*keys, level)
    )
    if consultant_id is not None:
        stmt = stmt.where(Prospect.consultant_id == consultant_id)
    for row in session.execute(stmt):
        key = _key(row[: len(keys)])
        by_level = levels.setdefault(key, {})
        code, number = row[len(keys)], row[len(keys) + 1]
        by_level[code] = by_level.get(code, 0) + number

    return {
        key: Figures(new_prospects=levels.get(key, {}), **counts.get(key, {}))
        for key in counts.keys() | levels.keys()
    }


def _key(values: Sequence[Any]) -> tuple[Any, ...]:
    # The day flag is a CASE expression: an int on every backend, but bool-proof anyway.
    return tuple(int(v) if isinstance(v, bool) else v for v in values)
