"""Prospect cards (潜在客户跟踪表): opening a prospect and reading one card.

``open_prospect`` runs inside the caller's transaction (the visitor log opens a prospect
in the same transaction as the visit it logs), so it takes a ``Session``; the read and
edit use cases of the other prospect modules take the ``Database``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import (
    CarModel,
    Customer,
    LevelChange,
    Prospect,
    ProspectStatus,
    RefItem,
    RefKind,
    User,
    Visit,
)
from showroom.rules.levels import next_follow_up
from showroom.validation import ValidationFailed

from .context import Actor
from .level_rules import LevelInfo, follow_up_settings, load_levels
from .permissions import Permission, PermissionDenied, allowed, require

CTX = "Prospects"


def _error(field: str, source: str, **params: object) -> ValidationFailed:
    return ValidationFailed({field: Msg(CTX, source, params)})


def open_level(levels: dict[str, LevelInfo], code: str | None) -> LevelInfo:
    """The open level ``code`` (H/A/B/C…), or a field error on ``level``."""
    level = levels.get((code or "").strip().upper()) if code else None
    if level is None or not level.active:
        raise _error("level", QT_TRANSLATE_NOOP("Prospects", "Choose a prospect level."))
    if not level.is_open:
        raise _error(
            "level",
            QT_TRANSLATE_NOOP(
                "Prospects",
                "A new prospect starts at an open level; record an order or a loss on the card.",
            ),
        )
    return level


def _require_open_right(actor: Actor) -> None:
    # Reception grades a new visitor in the visitor log; consultants open their own.
    if not (allowed(actor, Permission.PROSPECTS_EDIT) or allowed(actor, Permission.VISITS_EDIT)):
        require(actor, Permission.PROSPECTS_EDIT)


def open_prospect(
    session: Session,
    actor: Actor,
    *,
    customer_id: int,
    level_code: str,
    consultant_id: int | None,
    source_id: int | None = None,
    model_id: int | None = None,
    visit_id: int | None = None,
    note: str | None = None,
    today: dt.date | None = None,
) -> Prospect:
    """Open a prospect card for ``customer_id`` at ``level_code`` (H/A/B/C…).

    Writes the prospect, its first level change and the next follow-up date proposed from
    the level; links ``visit_id`` to it. A customer who already has an open prospect keeps
    that card (no duplicate cards): it is re-graded to ``level_code`` if that differs, and
    returned. Raises ``ValidationFailed`` (field → message) or ``PermissionDenied``.
    """
    _require_open_right(actor)
    levels = load_levels(session)
    level = open_level(levels, level_code)
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise _error("customer", QT_TRANSLATE_NOOP("Prospects", "The customer no longer exists."))
    if consultant_id is not None:
        user = session.get(User, consultant_id)
        if user is None or not user.active:
            raise _error(
                "consultant", QT_TRANSLATE_NOOP("Prospects", "Choose an active sales consultant.")
            )
    if source_id is not None:
        source = session.get(RefItem, source_id)
        if source is None or source.kind != RefKind.SOURCE:
            raise _error("source", QT_TRANSLATE_NOOP("Prospects", "Choose a source from the list."))
    if model_id is not None and session.get(CarModel, model_id) is None:
        raise _error("model", QT_TRANSLATE_NOOP("Prospects", "Choose a model from the list."))
    visit = session.get(Visit, visit_id) if visit_id is not None else None
    if visit_id is not None and visit is None:
        raise _error("visit", QT_TRANSLATE_NOOP("Prospects", "The visit no longer exists."))

    now = dt.datetime.now()
    day = today or (visit.visit_date if visit is not None else now.date())
    settings = follow_up_settings(session)
    existing = session.scalars(
        select(Prospect)
        .where(
            Prospect.customer_id == customer_id,
            Prospect.status == ProspectStatus.OPEN,
            Prospect.deleted_at.is_(None),
        )
        .order_by(Prospect.id.desc())
        .limit(1)
    ).first()
    if existing is not None:
        if existing.level != level.code:
            session.add(
                LevelChange(
                    prospect_id=existing.id,
                    from_level=existing.level,
                    to_level=level.code,
                    changed_at=now,
                    changed_by_id=actor.user_id,
                )
            )
            existing.level = level.code
            existing.next_followup_on = next_follow_up(level, day, settings)
        prospect = existing
    else:
        prospect = Prospect(
            customer_id=customer_id,
            consultant_id=consultant_id,
            created_on=day,
            source_id=source_id if source_id is not None else customer.source_id,
            referrer_id=customer.referred_by_id,
            intended_model_id=model_id,
            intended_colour=visit.intended_colour if visit is not None else None,
            purchase_type=visit.purchase_type if visit is not None else None,
            level=level.code,
            status=ProspectStatus.OPEN,
            next_followup_on=next_follow_up(level, day, settings),
            notes=(note or "").strip() or None,
            created_by_id=actor.user_id,
        )
        session.add(prospect)
        session.flush()  # the level change and the visit need the new id
        session.add(
            LevelChange(
                prospect_id=prospect.id,
                from_level=None,
                to_level=level.code,
                changed_at=now,
                changed_by_id=actor.user_id,
            )
        )
    if visit is not None and visit.prospect_id != prospect.id:
        visit.prospect_id = prospect.id
    session.flush()
    return prospect


def get_owned_prospect(session: Session, actor: Actor, prospect_id: int) -> Prospect:
    """The prospect ``prospect_id`` if ``actor`` may work on it (own, or a manager)."""
    require(actor, Permission.PROSPECTS_VIEW)
    prospect = session.get(Prospect, prospect_id)
    if prospect is None or prospect.deleted_at is not None:
        raise _error("prospect", QT_TRANSLATE_NOOP("Prospects", "The prospect no longer exists."))
    if prospect.consultant_id != actor.user_id and not allowed(actor, Permission.PROSPECTS_ALL):
        raise PermissionDenied(
            Msg(
                CTX, QT_TRANSLATE_NOOP("Prospects", "This prospect belongs to another consultant.")
            ),
            Permission.PROSPECTS_ALL,
        )
    return prospect


def close_prospect(
    session: Session, actor: Actor, prospect: Prospect, code: str, status: str, on: dt.date
) -> None:
    """Move ``prospect`` to a closing level: no more follow-ups, the change kept in history."""
    if prospect.level != code:
        session.add(
            LevelChange(
                prospect_id=prospect.id,
                from_level=prospect.level,
                to_level=code,
                changed_at=dt.datetime.now(),
                changed_by_id=actor.user_id,
            )
        )
    prospect.level = code
    prospect.status = status
    prospect.closed_on = on
    prospect.next_followup_on = None
