"""Monthly sales targets per consultant (the daily report's target columns).

A manager sets, for each consultant and month, how many walk-ins, new prospects, test
drives, orders and deliveries are expected; the reports compare the month-to-date
figures with them. Anyone who may view reports may read the targets (a consultant only
their own); only a role with ``TARGETS_EDIT`` (manager, administrator) may set them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import Role, SalesTarget, User
from showroom.validation import ValidationFailed

from .context import Actor
from .permissions import Permission, owner_scope, require

CTX = "Targets"

#: The target figures, in the order forms and reports show them.
TARGET_FIELDS = ("walk_ins", "prospects", "test_drives", "orders", "deliveries")

#: No showroom sells this many cars to one consultant in a month: a typo, not a target.
MAX_TARGET = 100_000


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


@dataclass(frozen=True)
class Targets:
    """One consultant's targets for one month (zero where none was set)."""

    consultant_id: int
    consultant: str
    month: dt.date
    walk_ins: int = 0
    prospects: int = 0
    test_drives: int = 0
    orders: int = 0
    deliveries: int = 0

    @property
    def is_set(self) -> bool:
        return any(getattr(self, name) for name in TARGET_FIELDS)


def _consultants(session: Session, owner: int | None, month: dt.date) -> list[User]:
    """Active consultants, plus anyone who already has a target in ``month``."""
    with_target = select(SalesTarget.consultant_id).where(
        SalesTarget.month == month, SalesTarget.deleted_at.is_(None)
    )
    stmt = (
        select(User)
        .where(
            User.deleted_at.is_(None),
            ((User.role == Role.CONSULTANT) & User.active.is_(True)) | User.id.in_(with_target),
        )
        .order_by(User.display_name, User.id)
    )
    if owner is not None:
        stmt = stmt.where(User.id == owner)
    return list(session.scalars(stmt))


def month_targets(session: Session, actor: Actor, month: dt.date) -> list[Targets]:
    """Every consultant's targets for the month of ``month`` (the actor's own for a consultant)."""
    require(actor, Permission.REPORTS_VIEW)
    month = month_start(month)
    owner = owner_scope(actor, Permission.REPORTS_ALL)
    users = _consultants(session, owner, month)
    rows = {
        t.consultant_id: t
        for t in session.scalars(
            select(SalesTarget).where(
                SalesTarget.month == month,
                SalesTarget.deleted_at.is_(None),
                SalesTarget.consultant_id.in_([u.id for u in users]),
            )
        )
    }
    result = []
    for user in users:
        row = rows.get(user.id)
        values = {name: getattr(row, name) for name in TARGET_FIELDS} if row else {}
        result.append(Targets(user.id, user.display_name, month, **values))
    return result


def get_targets(db: Database, actor: Actor, month: dt.date) -> list[Targets]:
    with db.reader() as session:
        return month_targets(session, actor, month)


def set_targets(
    db: Database, actor: Actor, month: dt.date, consultant_id: int, **values: object
) -> Targets:
    """Sets ``consultant_id``'s targets for the month of ``month``; returns them.

    ``values`` are among :data:`TARGET_FIELDS` (whole numbers from 0 to
    :data:`MAX_TARGET`); those not given keep their value. Every bad value is reported at
    once (``ValidationFailed``, field → message); nothing is saved then.
    """
    require(actor, Permission.TARGETS_EDIT)
    unknown = set(values) - set(TARGET_FIELDS)
    if unknown:
        raise TypeError(f"unknown target fields: {sorted(unknown)}")
    errors: dict[str, Msg] = {}
    clean: dict[str, int] = {}
    for name, value in values.items():
        number = _whole_number(value)
        if number is None or not 0 <= number <= MAX_TARGET:
            errors[name] = Msg(
                CTX,
                QT_TRANSLATE_NOOP("Targets", "Enter a whole number from 0 to {max}."),
                {"max": MAX_TARGET},
            )
        else:
            clean[name] = number
    month = month_start(month)
    with db.session(actor.user_id) as session:
        user = session.get(User, consultant_id)
        if user is None or user.deleted_at is not None:
            errors["consultant"] = Msg(
                CTX, QT_TRANSLATE_NOOP("Targets", "Choose a sales consultant from the list.")
            )
        if errors:
            raise ValidationFailed(errors)
        assert user is not None
        row = session.scalars(
            select(SalesTarget).where(
                SalesTarget.month == month, SalesTarget.consultant_id == consultant_id
            )
        ).first()
        if row is None:
            row = SalesTarget(month=month, consultant_id=consultant_id)
            for name in TARGET_FIELDS:
                setattr(row, name, 0)
            session.add(row)
        elif row.deleted_at is not None:
            row.deleted_at = None
            row.deleted_by_id = None
        for name, number in clean.items():
            setattr(row, name, number)
        session.flush()
        return Targets(
            user.id, user.display_name, month, **{n: getattr(row, n) for n in TARGET_FIELDS}
        )


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None
