"""Recording a follow-up (跟进记录) and the manager's comment on it.

A follow-up keeps the prospect open at an open level (H/A/B/C…): ordering and losing are
their own use cases (``orders.record_order``, ``losses.record_loss``) because they carry
their own facts (price, loss reason). The next date is proposed from the new level and
may be changed by the consultant, but never to a day before the follow-up itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import FollowUp, FollowUpMethod, LevelChange, ProspectStatus
from showroom.rules.levels import next_follow_up
from showroom.validation import ValidationFailed

from .context import Actor
from .level_rules import follow_up_settings, load_levels
from .permissions import Permission, require
from .prospects import CTX, get_owned_prospect

METHODS = tuple(str(m) for m in FollowUpMethod)
MAX_TEXT = 2000


@dataclass(frozen=True)
class RecordedFollowUp:
    follow_up_id: int
    prospect_id: int
    level: str
    next_followup_on: dt.date | None


def propose_next_date(db: Database, level_code: str, from_date: dt.date) -> dt.date | None:
    """The next follow-up date the dialog proposes for ``level_code`` after ``from_date``."""
    with db.reader() as session:
        level = load_levels(session).get(level_code)
        return next_follow_up(level, from_date, follow_up_settings(session)) if level else None


def _msg(source: str, **params: object) -> Msg:
    return Msg(CTX, source, params)


def record_follow_up(
    db: Database,
    actor: Actor,
    prospect_id: int,
    *,
    method: str,
    content: str,
    new_level: str,
    feedback: str | None = None,
    next_date: dt.date | None = None,
    followed_on: dt.date | None = None,
) -> RecordedFollowUp:
    """Save one follow-up row; a level change is kept in the level history.

    ``next_date`` None means "as proposed by the level". Raises ``ValidationFailed``
    with every bad field at once, or ``PermissionDenied``.
    """
    require(actor, Permission.PROSPECTS_EDIT)
    day = followed_on or dt.date.today()
    errors: dict[str, Msg] = {}
    if method not in METHODS:
        errors["method"] = _msg(
            QT_TRANSLATE_NOOP("Prospects", "Choose how you contacted the customer.")
        )
    content = (content or "").strip()
    if not content:
        errors["content"] = _msg(QT_TRANSLATE_NOOP("Prospects", "Write what was said."))
    elif len(content) > MAX_TEXT:
        errors["content"] = _msg(
            QT_TRANSLATE_NOOP("Prospects", "At most {n} characters."), n=MAX_TEXT
        )
    feedback = (feedback or "").strip() or None
    if feedback and len(feedback) > MAX_TEXT:
        errors["feedback"] = _msg(
            QT_TRANSLATE_NOOP("Prospects", "At most {n} characters."), n=MAX_TEXT
        )
    if day > dt.date.today():
        errors["followed_on"] = _msg(
            QT_TRANSLATE_NOOP("Prospects", "A follow-up cannot be in the future.")
        )
    if next_date is not None and next_date < day:
        errors["next_date"] = _msg(
            QT_TRANSLATE_NOOP("Prospects", "The next follow-up cannot be before this one.")
        )
    with db.session(actor.user_id) as session:
        prospect = get_owned_prospect(session, actor, prospect_id)
        levels = load_levels(session)
        level = levels.get((new_level or "").strip().upper())
        if level is None or not level.active:
            errors["level"] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "Choose the level after this contact.")
            )
        elif level.is_order:
            errors["level"] = _msg(QT_TRANSLATE_NOOP("Prospects", "Record the order with “Order”."))
        elif level.is_lost:
            errors["level"] = _msg(QT_TRANSLATE_NOOP("Prospects", "Record the loss with “Lost”."))
        if prospect.status != ProspectStatus.OPEN:
            errors["prospect"] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "This prospect is closed (ordered or lost).")
            )
        if errors:
            raise ValidationFailed(errors)
        assert level is not None
        proposed = next_follow_up(level, day, follow_up_settings(session))
        chosen = next_date if next_date is not None else proposed
        before = prospect.level
        row = FollowUp(
            prospect_id=prospect.id,
            consultant_id=actor.user_id,
            followed_on=day,
            method=method,
            content=content,
            feedback=feedback,
            level_before=before,
            level_after=level.code,
            next_followup_on=chosen,
            created_by_id=actor.user_id,
        )
        session.add(row)
        session.flush()
        if before != level.code:
            session.add(
                LevelChange(
                    prospect_id=prospect.id,
                    from_level=before,
                    to_level=level.code,
                    changed_at=dt.datetime.now(),
                    changed_by_id=actor.user_id,
                    follow_up_id=row.id,
                )
            )
            prospect.level = level.code
        prospect.next_followup_on = chosen
        # A follow-up recorded late (for an earlier day) must not move the last contact back.
        if prospect.last_followup_on is None or prospect.last_followup_on < day:
            prospect.last_followup_on = day
        session.flush()
        return RecordedFollowUp(row.id, prospect.id, prospect.level, chosen)


def comment_follow_up(db: Database, actor: Actor, follow_up_id: int, comment: str) -> None:
    """The manager's comment on a follow-up row (经理批示); an empty comment clears it."""
    require(actor, Permission.PROSPECTS_MANAGE)
    text = (comment or "").strip() or None
    if text and len(text) > MAX_TEXT:
        raise ValidationFailed(
            {"comment": _msg(QT_TRANSLATE_NOOP("Prospects", "At most {n} characters."), n=MAX_TEXT)}
        )
    with db.session(actor.user_id) as session:
        row = session.scalars(
            select(FollowUp).where(FollowUp.id == follow_up_id, FollowUp.deleted_at.is_(None))
        ).first()
        if row is None:
            raise ValidationFailed(
                {
                    "follow_up": _msg(
                        QT_TRANSLATE_NOOP("Prospects", "The follow-up no longer exists.")
                    )
                }
            )
        row.manager_comment = text
        row.manager_comment_by_id = actor.user_id if text else None
        row.manager_comment_at = dt.datetime.now() if text else None
