"""Losses (战败, level F): recording one with its reason, and the loss analysis for a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg, current_language
from showroom.models import Loss, ProspectStatus, RefItem, RefKind, User
from showroom.validation import ValidationFailed

from .context import Actor
from .level_rules import load_levels, lost_level
from .permissions import Permission, owner_scope, require
from .prospects import CTX, close_prospect, get_owned_prospect

MAX_NOTE = 2000


def _msg(source: str, **params: object) -> Msg:
    return Msg(CTX, source, params)


@dataclass(frozen=True)
class RecordedLoss:
    loss_id: int
    prospect_id: int
    level: str


def record_loss(
    db: Database,
    actor: Actor,
    prospect_id: int,
    *,
    reason_id: int | None,
    lost_on: dt.date | None = None,
    competitor: str | None = None,
    note: str | None = None,
) -> RecordedLoss:
    """The prospect is lost (F): a reason from the store's list is required."""
    require(actor, Permission.PROSPECTS_EDIT)
    day = lost_on or dt.date.today()
    competitor = (competitor or "").strip() or None
    note = (note or "").strip() or None
    errors: dict[str, Msg] = {}
    if day > dt.date.today():
        errors["lost_on"] = _msg(
            QT_TRANSLATE_NOOP("Prospects", "The date cannot be in the future.")
        )
    if competitor and len(competitor) > 80:
        errors["competitor"] = _msg(QT_TRANSLATE_NOOP("Prospects", "At most {n} characters."), n=80)
    if note and len(note) > MAX_NOTE:
        errors["note"] = _msg(QT_TRANSLATE_NOOP("Prospects", "At most {n} characters."), n=MAX_NOTE)
    with db.session(actor.user_id) as session:
        prospect = get_owned_prospect(session, actor, prospect_id)
        reason = session.get(RefItem, reason_id) if reason_id is not None else None
        if (
            reason is None
            or reason.kind != RefKind.LOSS_REASON
            or not reason.active
            or reason.deleted_at is not None
        ):
            errors["reason"] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "Choose why the prospect was lost.")
            )
        if prospect.status != ProspectStatus.OPEN:
            errors["prospect"] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "This prospect is closed (ordered or lost).")
            )
        if errors:
            raise ValidationFailed(errors)
        assert reason is not None
        level = lost_level(load_levels(session))
        loss = Loss(
            prospect_id=prospect.id,
            consultant_id=prospect.consultant_id or actor.user_id,
            lost_on=day,
            reason_id=reason.id,
            competitor=competitor,
            note=note,
            created_by_id=actor.user_id,
        )
        session.add(loss)
        close_prospect(session, actor, prospect, level.code, ProspectStatus.LOST, day)
        session.flush()
        return RecordedLoss(loss.id, prospect.id, level.code)


def confirm_loss(db: Database, actor: Actor, prospect_id: int) -> None:
    """The manager confirms the loss reason after review (the loss-clarity rate counts it)."""
    require(actor, Permission.PROSPECTS_MANAGE)
    with db.session(actor.user_id) as session:
        loss = session.scalars(
            select(Loss)
            .where(Loss.prospect_id == prospect_id, Loss.deleted_at.is_(None))
            .order_by(Loss.id.desc())
            .limit(1)
        ).first()
        if loss is None:
            raise ValidationFailed(
                {
                    "prospect": _msg(
                        QT_TRANSLATE_NOOP("Prospects", "This prospect has no recorded loss.")
                    )
                }
            )
        if loss.confirmed_at is None:
            loss.confirmed_by_id = actor.user_id
            loss.confirmed_at = dt.datetime.now()


@dataclass(frozen=True)
class LossCount:
    key: int | str | None
    name: str
    count: int
    share: float


@dataclass(frozen=True)
class LossAnalysis:
    start: dt.date
    end: dt.date
    total: int
    confirmed: int
    by_reason: list[LossCount] = field(default_factory=list)
    by_competitor: list[LossCount] = field(default_factory=list)
    by_consultant: list[LossCount] = field(default_factory=list)

    @property
    def clarity_rate(self) -> float:
        """Losses with a reason confirmed by the manager ÷ all losses."""
        return self.confirmed / self.total if self.total else 0.0


def loss_analysis(
    db: Database,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    consultant_id: int | None = None,
    lang: str | None = None,
) -> LossAnalysis:
    """Losses in [start, end] by reason, by competitor and by consultant (largest first)."""
    require(actor, Permission.PROSPECTS_VIEW)
    owner = owner_scope(actor, Permission.PROSPECTS_ALL)
    if owner is not None:
        consultant_id = owner
    english = (lang or current_language()) == "en"
    where = [Loss.lost_on >= start, Loss.lost_on <= end, Loss.deleted_at.is_(None)]
    if consultant_id is not None:
        where.append(Loss.consultant_id == consultant_id)
    name = RefItem.name_en if english else RefItem.name_zh
    with db.reader() as s:
        total, confirmed = s.execute(
            select(func.count(), func.count(Loss.confirmed_at)).select_from(Loss).where(*where)
        ).one()
        reasons = s.execute(
            select(Loss.reason_id, name, func.count())
            .join(RefItem, RefItem.id == Loss.reason_id)
            .where(*where)
            .group_by(Loss.reason_id, name)
            .order_by(func.count().desc(), name)
        ).all()
        competitors = s.execute(
            select(Loss.competitor, func.count())
            .where(*where, Loss.competitor.is_not(None))
            .group_by(Loss.competitor)
            .order_by(func.count().desc(), Loss.competitor)
        ).all()
        consultants = s.execute(
            select(Loss.consultant_id, User.display_name, func.count())
            .outerjoin(User, User.id == Loss.consultant_id)
            .where(*where)
            .group_by(Loss.consultant_id, User.display_name)
            .order_by(func.count().desc(), User.display_name)
        ).all()

    def share(n: int) -> float:
        return n / total if total else 0.0

    return LossAnalysis(
        start=start,
        end=end,
        total=total,
        confirmed=confirmed,
        by_reason=[LossCount(k, n, c, share(c)) for k, n, c in reasons],
        by_competitor=[LossCount(k, k, c, share(c)) for k, c in competitors],
        by_consultant=[LossCount(k, n or "—", c, share(c)) for k, n, c in consultants],
    )


@dataclass(frozen=True)
class LossChoices:
    #: (reason id, name) from the store's loss-reason list.
    reasons: list[tuple[int, str]]
    #: Competitor model names from the store's list (the field also takes free text).
    competitors: list[str]


def loss_choices(db: Database, *, lang: str | None = None) -> LossChoices:
    english = (lang or current_language()) == "en"
    with db.reader() as s:
        rows = s.execute(
            select(RefItem.id, RefItem.kind, RefItem.name_zh, RefItem.name_en)
            .where(
                RefItem.kind.in_((RefKind.LOSS_REASON, RefKind.COMPETITOR)),
                RefItem.active.is_(True),
                RefItem.deleted_at.is_(None),
            )
            .order_by(RefItem.sort_order, RefItem.id)
        ).all()
    name = (lambda r: r.name_en) if english else (lambda r: r.name_zh)
    return LossChoices(
        reasons=[(r.id, name(r)) for r in rows if r.kind == RefKind.LOSS_REASON],
        competitors=[name(r) for r in rows if r.kind == RefKind.COMPETITOR],
    )
