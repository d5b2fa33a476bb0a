"""Service advisors: the 30-day maintenance-due list and today's care calls."""

from __future__ import annotations

from sqlalchemy import select

from showroom.db import Database
from showroom.models import Role, User
from showroom.services.context import Actor
from showroom.services.service_lists import DueWindow, care_calls_today, due_counts, due_list

from .ops import Case, Context, operation, timed_ms


def _actors(db: Database) -> list[tuple[str, Actor]]:
    """An advisor (their own and unassigned customers) and a manager (the whole store)."""
    found = []
    with db.reader() as s:
        for role in (Role.SERVICE_ADVISOR, Role.MANAGER):
            user = s.scalars(
                select(User).where(User.role == role).order_by(User.id).limit(1)
            ).first()
            if user is not None:
                found.append((str(role), Actor(user.id, user.username, user.display_name, role)))
    return found


@operation("due_30d_ms", budget=300, unit="ms")
def due_cases(ctx: Context) -> list[Case]:
    today = ctx.store.today

    # What the page waits for on opening: the first page of rows, soonest first. The
    # counts of the four windows follow in the background (due_counts_ms below).
    return [
        Case(
            kind,
            timed_ms(
                lambda a=actor: due_list(ctx.db, a, DueWindow.DAYS_30, today=today, count=False)
            ),
        )
        for kind, actor in _actors(ctx.db)
    ]


@operation("due_counts_ms", budget=300, unit="ms")
def due_count_cases(ctx: Context) -> list[Case]:
    """The counts beside the window choice (7/14/30 days, overdue), read after the rows."""
    today = ctx.store.today
    return [
        Case(kind, timed_ms(lambda a=actor: due_counts(ctx.db, a, today=today)))
        for kind, actor in _actors(ctx.db)
    ]


@operation("care_calls_today_ms", budget=100, unit="ms")
def care_call_cases(ctx: Context) -> list[Case]:
    today = ctx.store.today
    return [
        Case(kind, timed_ms(lambda a=actor: care_calls_today(ctx.db, a, today=today)))
        for kind, actor in _actors(ctx.db)
    ]
