"""Prospect levels (有望客户级别): when the next follow-up is due and what is overdue.

Defaults (ARCHITECTURE.md §6): H every 2 days, A every 4, B every 7, C every 15; O (ordered) and
F (lost) are closed and have no next follow-up. Stores configure the intervals in
``LevelRule``; weekends are ordinary days unless the store's setting
``followups_skip_weekends`` is on, in which case a date that falls on a Saturday or Sunday
moves to the following Monday (the interval is still counted in calendar days, so an H
prospect is never left waiting longer than the weekend itself).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Protocol

SKIP_WEEKENDS_KEY = "followups_skip_weekends"


class HasFollowUpDays(Protocol):
    """Anything that carries a follow-up interval: a ``LevelRule`` row or a plain record."""

    @property
    def followup_days(self) -> int | None: ...


def interval_of(rule: HasFollowUpDays | int | None) -> int | None:
    """The follow-up interval in days of ``rule`` (None: no follow-up, a closed level)."""
    if rule is None or isinstance(rule, int):
        return rule
    return rule.followup_days


def skips_weekends(settings: Mapping[str, object] | bool | None) -> bool:
    """Whether the store's settings move follow-ups off Saturdays and Sundays."""
    if isinstance(settings, bool):
        return settings
    if settings is None:
        return False
    return bool(settings.get(SKIP_WEEKENDS_KEY, False))


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself on Monday–Friday, else the Monday after."""
    weekday = day.weekday()
    return day + dt.timedelta(days=7 - weekday) if weekday >= 5 else day


def next_follow_up(
    rule: HasFollowUpDays | int | None,
    from_date: dt.date,
    settings: Mapping[str, object] | bool | None = None,
) -> dt.date | None:
    """The proposed next follow-up date after a contact on ``from_date``.

    ``rule`` is a level rule (or its interval in days); ``settings`` the store settings
    (a mapping with ``followups_skip_weekends``) or that flag directly. Returns None for a
    level without follow-ups (O, F, or an interval not set).
    """
    days = interval_of(rule)
    if days is None or days <= 0:
        return None
    proposed = from_date + dt.timedelta(days=days)
    return next_working_day(proposed) if skips_weekends(settings) else proposed


def is_overdue(next_followup_on: dt.date | None, today: dt.date) -> bool:
    """A follow-up whose date has passed (due today is not yet overdue)."""
    return next_followup_on is not None and next_followup_on < today


def is_due(next_followup_on: dt.date | None, today: dt.date) -> bool:
    """On today's list: due today or overdue."""
    return next_followup_on is not None and next_followup_on <= today


def days_overdue(next_followup_on: dt.date | None, today: dt.date) -> int:
    """How many days late the follow-up is (0 when not overdue)."""
    if not is_overdue(next_followup_on, today):
        return 0
    assert next_followup_on is not None
    return (today - next_followup_on).days
