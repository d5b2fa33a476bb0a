"""The monthly report: one row per day of a month, the month's total and its targets.

The same figures as the daily report (:mod:`showroom.reports.figures`), grouped by date
in one aggregate query per source table. Days without any record are rows of zeros, so
the sheet and the chart always show the whole month. A consultant sees their own
figures; a manager the store's, or one consultant's when asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from showroom.db import Database
from showroom.models import User
from showroom.services.context import Actor
from showroom.services.permissions import Permission, owner_scope, require
from showroom.services.targets import TARGET_FIELDS, month_end, month_start, month_targets

from .daily import TargetFigures, achieved
from .figures import Figures, by_date, count_figures, grading_levels, ratio, total


@dataclass(frozen=True)
class MonthlyReport:
    month: dt.date  # first day
    levels: tuple[str, ...]
    #: (date, figures) for every day of the month, in order.
    days: tuple[tuple[dt.date, Figures], ...]
    total: Figures
    targets: TargetFigures
    #: The consultant the report is limited to, or None for the whole store.
    consultant_id: int | None
    consultant: str | None

    def attainment(self, name: str) -> float | None:
        return ratio(achieved(self.total, name), getattr(self.targets, name))


def monthly_report(
    db: Database, actor: Actor, month: dt.date, consultant_id: int | None = None
) -> MonthlyReport:
    """The month of ``month`` day by day, for the store or for ``consultant_id``."""
    require(actor, Permission.REPORTS_VIEW)
    owner = owner_scope(actor, Permission.REPORTS_ALL)
    if owner is not None:
        consultant_id = owner  # a consultant's report is always their own
    first, last = month_start(month), month_end(month)
    with db.reader() as session:
        levels = grading_levels(session)
        counted = count_figures(session, first, last, by_date, consultant_id=consultant_id)
        goals = TargetFigures()
        for target in month_targets(session, actor, first):
            if consultant_id is None or target.consultant_id == consultant_id:
                goals = goals + TargetFigures(
                    **{name: getattr(target, name) for name in TARGET_FIELDS}
                )
        name = (
            session.scalar(select(User.display_name).where(User.id == consultant_id))
            if consultant_id is not None
            else None
        )
    by_day = {_as_date(key[0]): figures for key, figures in counted.items()}
    days = tuple(
        (day, by_day.get(day, Figures()))
        for day in (first + dt.timedelta(days=i) for i in range((last - first).days + 1))
    )
    return MonthlyReport(first, levels, days, total(f for _, f in days), goals, consultant_id, name)


def _as_date(value: object) -> dt.date:
    # SQLite hands back a grouped DATE column as a date already; be lenient with text.
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
