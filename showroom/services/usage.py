"""How often the store has used each entry of a pick list lately, so the form can offer
the common ones first (typing or pressing Down then reaches them soonest)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import StrEnum

from sqlalchemy import func, select

from showroom.db import Database
from showroom.models import Visit

from .visit_types import Choice

#: The window counted: recent enough to follow a new campaign or a new colleague.
USAGE_DAYS = 90


class UsageKind(StrEnum):
    SOURCE = "source"
    CONSULTANT = "consultant"
    MODEL = "model"


_COLUMNS = {
    UsageKind.SOURCE: Visit.source_id,
    UsageKind.CONSULTANT: Visit.consultant_id,
    UsageKind.MODEL: Visit.intended_model_id,
}


def choice_usage(
    db: Database, kind: UsageKind, *, today: dt.date | None = None, days: int = USAGE_DAYS
) -> dict[int, int]:
    """Visits of the last ``days`` days per source, consultant or intended model id."""
    column = _COLUMNS[UsageKind(kind)]
    since = (today or dt.date.today()) - dt.timedelta(days=days)
    with db.reader() as session:
        rows = session.execute(
            select(column, func.count())
            .where(column.is_not(None), Visit.visit_date >= since, Visit.deleted_at.is_(None))
            .group_by(column)
        )
        return {key: count for key, count in rows}


def by_usage(choices: Sequence[Choice], usage: Mapping[int, int]) -> list[Choice]:
    """Most used first; unused ones (and ties) keep their order from the list."""
    return sorted(choices, key=lambda c: -usage.get(c.key, 0) if isinstance(c.key, int) else 0)
