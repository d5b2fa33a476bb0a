"""Prospect tracking: a consultant's today list, the all-prospects view, the year's funnel."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from showroom.db import Database
from showroom.models import Prospect, ProspectStatus, Role, User
from showroom.services.context import Actor
from showroom.services.funnel import funnel
from showroom.services.prospect_queries import list_prospects, today_list
from showroom.services.prospect_types import ProspectFilter

from .ops import Case, Context, operation, timed_ms

#: Consultants measured: the busiest few (the longest today lists are the slow ones).
CONSULTANTS = 3


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role(user.role))


def _busiest(db: Database, today: dt.date) -> list[Actor]:
    with db.reader() as s:
        ids = s.scalars(
            select(Prospect.consultant_id)
            .where(Prospect.status == ProspectStatus.OPEN, Prospect.next_followup_on <= today)
            .group_by(Prospect.consultant_id)
            .order_by(func.count().desc())
            .limit(CONSULTANTS)
        ).all()
        return [_actor(u) for u in s.scalars(select(User).where(User.id.in_(ids)))]


def _manager(db: Database) -> Actor | None:
    with db.reader() as s:
        user = s.scalars(
            select(User).where(User.role == Role.MANAGER).order_by(User.id).limit(1)
        ).first()
        return _actor(user) if user else None


@operation("prospects_today_ms", budget=100, unit="ms")
def today_cases(ctx: Context) -> list[Case]:
    today = ctx.store.today
    cases = [
        Case("consultant", timed_ms(lambda a=actor: today_list(ctx.db, a, today=today)))
        for actor in _busiest(ctx.db, today)
    ]
    manager = _manager(ctx.db)
    if manager is not None:
        cases.append(Case("manager", timed_ms(lambda: today_list(ctx.db, manager, today=today))))
    return cases


@operation("prospects_all_ms", budget=100, unit="ms")
def all_cases(ctx: Context) -> list[Case]:
    manager = _manager(ctx.db)
    if manager is None:
        return []
    today = ctx.store.today
    consultants = _busiest(ctx.db, today)
    filters = {
        "open": ProspectFilter(),
        "level_h": ProspectFilter(level="H"),
        "overdue": ProspectFilter(overdue_only=True),
        "created_month": ProspectFilter(
            created_from=today - dt.timedelta(days=30), created_to=today
        ),
    }
    if consultants:
        filters["consultant"] = ProspectFilter(consultant_id=consultants[0].user_id)
    return [
        Case(kind, timed_ms(lambda f=flt: list_prospects(ctx.db, manager, f, today=today)))
        for kind, flt in filters.items()
    ]


@operation("funnel_year_ms", budget=300, unit="ms")
def funnel_cases(ctx: Context) -> list[Case]:
    manager = _manager(ctx.db)
    if manager is None:
        return []
    end = ctx.store.today
    start = end - dt.timedelta(days=364)
    cases = [Case("store", timed_ms(lambda: funnel(ctx.db, manager, start, end)))]
    for actor in _busiest(ctx.db, end)[:1]:
        cases.append(Case("consultant", timed_ms(lambda a=actor: funnel(ctx.db, a, start, end))))
    return cases
