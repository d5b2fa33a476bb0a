"""The daily business report (营业日报表): per consultant and store total, day and month to date.

For the report day and for the month up to and including it, each consultant's
figures (see :mod:`showroom.reports.figures`), the rates computed from them, and the
month's targets with their attainment (month-to-date figure ÷ target). The counting is
done by a handful of grouped aggregate queries over the month so far — one per source
table — whatever the size of the store.

A consultant sees only their own line (the store total is then their own figures); a
manager sees every consultant, anyone else who has figures in the month (a consultant
since deactivated, a manager who served a walk-in), records with no consultant as a line
of their own, and the store total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import User
from showroom.pinyin import name_keys
from showroom.services.context import Actor
from showroom.services.permissions import Permission, owner_scope, require
from showroom.services.targets import TARGET_FIELDS, month_start, month_targets

from .figures import Figures, by_consultant_and_day, count_figures, grading_levels, ratio, total

CTX = "Reports"

NO_CONSULTANT = Msg(CTX, QT_TRANSLATE_NOOP("Reports", "(no consultant)"))
STORE_TOTAL = Msg(CTX, QT_TRANSLATE_NOOP("Reports", "Store total"))


@dataclass(frozen=True)
class TargetFigures:
    """A month's targets (0 = none set), summable for the store total."""

    walk_ins: int = 0
    prospects: int = 0
    test_drives: int = 0
    orders: int = 0
    deliveries: int = 0

    def __add__(self, other: TargetFigures) -> TargetFigures:
        return TargetFigures(
            **{name: getattr(self, name) + getattr(other, name) for name in TARGET_FIELDS}
        )


def achieved(month: Figures, name: str) -> int:
    """The month-to-date figure a target ``name`` is measured against."""
    return int(getattr(month, name))


@dataclass(frozen=True)
class ReportLine:
    """One consultant (or the store) on the report."""

    consultant_id: int | None
    #: The consultant's name, or a message for "no consultant" and the store total.
    consultant: str | Msg
    day: Figures
    month: Figures
    targets: TargetFigures = field(default_factory=TargetFigures)
    is_total: bool = False

    def attainment(self, name: str) -> float | None:
        """Month to date ÷ target for a :data:`TARGET_FIELDS` name; None without a target."""
        return ratio(achieved(self.month, name), getattr(self.targets, name))


@dataclass(frozen=True)
class DailyReport:
    day: dt.date
    #: Grading levels of the store (H, A, B, C), hottest first: the new-prospect columns.
    levels: tuple[str, ...]
    lines: tuple[ReportLine, ...]
    total: ReportLine
    #: False when the actor sees only their own figures.
    whole_store: bool

    @property
    def month_start(self) -> dt.date:
        return month_start(self.day)


def daily_report(db: Database, actor: Actor, day: dt.date) -> DailyReport:
    """The report for ``day`` as ``actor`` may see it."""
    require(actor, Permission.REPORTS_VIEW)
    owner = owner_scope(actor, Permission.REPORTS_ALL)
    start = month_start(day)
    with db.reader() as session:
        levels = grading_levels(session)
        counted = count_figures(
            session, start, day, by_consultant_and_day(day), consultant_id=owner
        )
        targets = {t.consultant_id: t for t in month_targets(session, actor, day)}
        ids = {key[0] for key in counted} | set(targets)
        names = dict(
            session.execute(
                select(User.id, User.display_name).where(User.id.in_(ids - {None}))
            ).all()
        )
    lines = []
    for cid in ids:
        on_day = counted.get((cid, 1), Figures())
        month = on_day + counted.get((cid, 0), Figures())
        found = targets.get(cid)  # type: ignore[arg-type]
        goal = (
            TargetFigures(**{n: getattr(found, n) for n in TARGET_FIELDS})
            if found
            else TargetFigures()
        )
        name: str | Msg = names.get(cid, "") if cid is not None else NO_CONSULTANT
        lines.append(ReportLine(cid, name, on_day, month, goal))
    # Consultants in pinyin order, as a Chinese list is read; "no consultant" last.
    lines.sort(
        key=lambda line: (
            line.consultant_id is None,
            name_keys(str(line.consultant))[0],
            str(line.consultant),
        )
    )
    goals = TargetFigures()
    for line in lines:
        goals = goals + line.targets
    store = ReportLine(
        None,
        STORE_TOTAL,
        total(line.day for line in lines),
        total(line.month for line in lines),
        goals,
        is_total=True,
    )
    return DailyReport(day, levels, tuple(lines), store, whole_store=owner is None)
