"""Reading prospects: the today list, the all-prospects view with its level counts, the card.

Every list is one SQL statement over indexed columns (``ix_prospects_consultant_status_next``
for a consultant's due list, ``ix_prospects_status_next`` / ``ix_prospects_created`` for the
store), paged with LIMIT/OFFSET so the screens stay fast on a store of any size. The
actor's scope is applied here, not in the screens: a consultant only ever gets their own
prospects (docs/ARCHITECTURE.md §7, "permissions that only hide buttons").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg, current_language
from showroom.masking import phone_for
from showroom.models import (
    CarModel,
    Customer,
    FollowUp,
    LevelChange,
    LevelRule,
    Loss,
    Order,
    Prospect,
    ProspectStatus,
    RefItem,
    TestDrive,
    User,
    Vehicle,
    Visit,
)
from showroom.rules.levels import days_overdue

from .context import Actor
from .level_rules import load_levels
from .permissions import Permission, PermissionDenied, owner_scope, require
from .privacy import may_read_follow_up
from .prospect_types import (
    FollowUpRow,
    LevelChangeRow,
    LossRow,
    OrderRow,
    ProspectCard,
    ProspectFilter,
    ProspectPage,
    ProspectRow,
    StatusFilter,
    VehicleLink,
    VisitLink,
)
from .prospects import CTX, get_owned_prospect

_Consultant = aliased(User, name="consultant")
_Receiver = aliased(User, name="receiver")
_Commenter = aliased(User, name="commenter")

#: Sort keys of the lists: the today list puts overdue first, then the hottest level.
TODAY_ORDER = "today"
NEWEST_ORDER = "newest"


def scoped_filter(actor: Actor, flt: ProspectFilter) -> ProspectFilter:
    """``flt`` restricted to what ``actor`` may see (a consultant: their own prospects)."""
    require(actor, Permission.PROSPECTS_VIEW)
    owner = owner_scope(actor, Permission.PROSPECTS_ALL)
    if owner is None:
        return flt
    if flt.consultant_id is not None and flt.consultant_id != owner:
        raise PermissionDenied(
            Msg(CTX, QT_TRANSLATE_NOOP("Prospects", "You may only see your own prospects.")),
            Permission.PROSPECTS_ALL,
        )
    return ProspectFilter(**{**flt.__dict__, "consultant_id": owner})


def _conditions(
    flt: ProspectFilter, today: dt.date, *, with_level: bool = True
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Prospect.deleted_at.is_(None)]
    if flt.status != StatusFilter.ALL:
        where.append(Prospect.status == str(flt.status))
    if flt.consultant_id is not None:
        where.append(Prospect.consultant_id == flt.consultant_id)
    if with_level and flt.level:
        where.append(Prospect.level == flt.level)
    if flt.source_id is not None:
        where.append(Prospect.source_id == flt.source_id)
    if flt.model_id is not None:
        where.append(Prospect.intended_model_id == flt.model_id)
    if flt.created_from is not None:
        where.append(Prospect.created_on >= flt.created_from)
    if flt.created_to is not None:
        where.append(Prospect.created_on <= flt.created_to)
    if flt.overdue_only:
        where.extend((Prospect.status == ProspectStatus.OPEN, Prospect.next_followup_on < today))
    if flt.due_by is not None:
        where.extend(
            (Prospect.status == ProspectStatus.OPEN, Prospect.next_followup_on <= flt.due_by)
        )
    return where


def _last_content(column: Any = FollowUp.content) -> Any:
    """``column`` of the prospect's latest follow-up (one index probe per listed row)."""
    return (
        select(column)
        .where(FollowUp.prospect_id == Prospect.id, FollowUp.deleted_at.is_(None))
        .order_by(FollowUp.followed_on.desc(), FollowUp.id.desc())
        .limit(1)
        .correlate(Prospect)
        .scalar_subquery()
    )


def _visited_by() -> Any:
    """Who received the prospect's customer on a visit since the last follow-up, when that
    was another consultant than the prospect's: the owner's today list says "visited,
    received by 王强" (the visit did not touch the owner's level or date)."""
    since_last = or_(
        and_(Prospect.last_followup_on.is_(None), Visit.visit_date >= Prospect.created_on),
        Visit.visit_date > Prospect.last_followup_on,
    )
    return (
        select(_Receiver.display_name)
        .select_from(Visit)
        .join(_Receiver, _Receiver.id == Visit.consultant_id)
        .where(
            Visit.customer_id == Prospect.customer_id,
            Visit.deleted_at.is_(None),
            Visit.consultant_id != Prospect.consultant_id,
            since_last,
        )
        .order_by(Visit.arrived_at.desc(), Visit.id.desc())
        .limit(1)
        .correlate(Prospect)
        .scalar_subquery()
    )


def _rows_statement(lang: str) -> Select[Any]:
    english = lang == "en"
    return (
        select(
            Prospect.id,
            Prospect.customer_id,
            Customer.name.label("customer_name"),
            Customer.mobile,
            Customer.marks,
            Prospect.level,
            func.coalesce(LevelRule.sort_order, 99).label("level_rank"),
            Prospect.status,
            Prospect.consultant_id,
            _Consultant.display_name.label("consultant_name"),
            (RefItem.name_en if english else RefItem.name_zh).label("source"),
            (func.coalesce(CarModel.name_en, CarModel.name) if english else CarModel.name).label(
                "model"
            ),
            Prospect.created_on,
            Prospect.next_followup_on,
            Prospect.last_followup_on,
            _last_content().label("last_content"),
            _last_content(FollowUp.consultant_id).label("last_content_by"),
            _visited_by().label("visited_by"),
        )
        .join(Customer, Customer.id == Prospect.customer_id)
        .outerjoin(LevelRule, LevelRule.code == Prospect.level)
        .outerjoin(_Consultant, _Consultant.id == Prospect.consultant_id)
        .outerjoin(RefItem, RefItem.id == Prospect.source_id)
        .outerjoin(CarModel, CarModel.id == Prospect.intended_model_id)
    )


def _ordered(stmt: Select[Any], order: str, today: dt.date) -> Select[Any]:
    if order == TODAY_ORDER:
        overdue_first = case((Prospect.next_followup_on < today, 0), else_=1)
        return stmt.order_by(
            overdue_first,
            func.coalesce(LevelRule.sort_order, 99),
            Prospect.next_followup_on,
            Prospect.id,
        )
    return stmt.order_by(Prospect.created_on.desc(), Prospect.id.desc())


def _phone(actor: Actor, consultant_id: int | None, mobile: str | None) -> str | None:
    # A consultant calls their own prospects, so sees the number in full; others are masked
    # by role (managers see everything).
    return mobile if consultant_id == actor.user_id else phone_for(actor, mobile)


def _to_row(actor: Actor, r: Any, today: dt.date) -> ProspectRow:
    phone = _phone(actor, r.consultant_id, r.mobile)
    overdue = days_overdue(r.next_followup_on, today) if r.status == ProspectStatus.OPEN else 0
    said = r.last_content if may_read_follow_up(actor, r.last_content_by, r.consultant_id) else None
    return ProspectRow(
        id=r.id, customer_id=r.customer_id, customer_name=r.customer_name, phone=phone,
        marks=r.marks or "", level=r.level, level_rank=r.level_rank, status=r.status,
        consultant_id=r.consultant_id, consultant_name=r.consultant_name, source=r.source,
        model=r.model, created_on=r.created_on, next_followup_on=r.next_followup_on,
        last_followup_on=r.last_followup_on, last_content=said, overdue_days=overdue,
        visited_by=r.visited_by,
    )  # fmt: skip


def _counts(session: Session, flt: ProspectFilter, today: dt.date) -> tuple[dict[str, int], int]:
    overdue = case(
        ((Prospect.status == ProspectStatus.OPEN) & (Prospect.next_followup_on < today), 1), else_=0
    )
    rows = session.execute(
        select(Prospect.level, func.count(), func.sum(overdue))
        .where(*_conditions(flt, today, with_level=False))
        .group_by(Prospect.level)
    ).all()
    counts = {level: n for level, n, _ in rows}
    late = sum(int(o or 0) for level, _, o in rows if not flt.level or level == flt.level)
    return counts, late


def list_prospects(
    db: Database,
    actor: Actor,
    flt: ProspectFilter,
    *,
    today: dt.date | None = None,
    offset: int = 0,
    limit: int | None = 200,
    order: str = NEWEST_ORDER,
    lang: str | None = None,
    with_counts: bool = True,
) -> ProspectPage:
    """One page of prospects matching ``flt`` as ``actor`` may see them, with level counts."""
    flt = scoped_filter(actor, flt)
    today = today or dt.date.today()
    stmt = _ordered(
        _rows_statement(lang or current_language()).where(*_conditions(flt, today)), order, today
    )
    if limit is not None:
        stmt = stmt.offset(offset).limit(limit)
    with db.reader() as session:
        rows = [_to_row(actor, r, today) for r in session.execute(stmt)]
        counts, late = _counts(session, flt, today) if with_counts else ({}, 0)
    if with_counts:
        total = counts.get(flt.level, 0) if flt.level else sum(counts.values())
    else:
        total = offset + len(rows)
    return ProspectPage(rows, total, counts, late)


def today_list(
    db: Database,
    actor: Actor,
    *,
    today: dt.date | None = None,
    consultant_id: int | None = None,
    offset: int = 0,
    limit: int | None = 200,
    lang: str | None = None,
) -> ProspectPage:
    """ "My follow-ups today": due today or overdue, overdue first, then H > A > B > C.

    A consultant gets their own; a manager gets everyone's or ``consultant_id``'s.
    """
    today = today or dt.date.today()
    if consultant_id is None and owner_scope(actor, Permission.PROSPECTS_ALL) is not None:
        consultant_id = actor.user_id
    flt = ProspectFilter(consultant_id=consultant_id, due_by=today)
    return list_prospects(
        db, actor, flt, today=today, offset=offset, limit=limit, order=TODAY_ORDER, lang=lang
    )


def iter_prospects(
    db: Database, actor: Actor, flt: ProspectFilter, *, today: dt.date | None = None,
    order: str = NEWEST_ORDER, lang: str | None = None, batch: int = 2000,
) -> Iterator[ProspectRow]:  # fmt: skip
    """Every row of ``flt`` streamed from the cursor, for exports of any size."""
    flt = scoped_filter(actor, flt)
    today = today or dt.date.today()
    stmt = _ordered(
        _rows_statement(lang or current_language()).where(*_conditions(flt, today)), order, today
    )
    with db.reader() as session:
        for r in session.execute(stmt.execution_options(yield_per=batch)):
            yield _to_row(actor, r, today)


# ------------------------------------------------------------------------------ the card


def _split_competitors(text: str | None) -> list[str]:
    if not text:
        return []
    for sep in ("，", ",", "；", ";", "/"):
        text = text.replace(sep, "、")
    return [part.strip() for part in text.split("、") if part.strip()]


def prospect_card(
    db: Database,
    actor: Actor,
    prospect_id: int,
    *,
    today: dt.date | None = None,
    lang: str | None = None,
) -> ProspectCard:
    """The tracking sheet of ``prospect_id`` (own prospects only, unless a manager)."""
    english = (lang or current_language()) == "en"
    today = today or dt.date.today()
    with db.reader() as s:
        p = get_owned_prospect(s, actor, prospect_id)
        customer = s.get(Customer, p.customer_id)
        assert customer is not None
        levels = load_levels(s)
        names = _user_names(s)
        source = s.get(RefItem, p.source_id) if p.source_id else None
        model = s.get(CarModel, p.intended_model_id) if p.intended_model_id else None
        model_names = {
            m.id: (m.name_en or m.name) if english else m.name for m in s.scalars(select(CarModel))
        }
        follow_ups = [
            _follow_up_row(f, names, may_read_follow_up(actor, f.consultant_id, p.consultant_id))
            for f in s.scalars(
                select(FollowUp)
                .where(FollowUp.prospect_id == p.id, FollowUp.deleted_at.is_(None))
                .order_by(FollowUp.followed_on, FollowUp.id)
            )
        ]
        history = [
            LevelChangeRow(c.changed_at, c.from_level, c.to_level, names.get(c.changed_by_id))
            for c in s.scalars(
                select(LevelChange)
                .where(LevelChange.prospect_id == p.id)
                .order_by(LevelChange.changed_at, LevelChange.id)
            )
        ]
        orders = [
            OrderRow(
                o.id,
                o.ordered_on,
                model_names.get(o.model_id) if o.model_id else None,
                o.colour,
                o.price,
                o.status,
                o.delivered_on,
                o.vehicle_id,
            )
            for o in s.scalars(
                select(Order)
                .where(Order.prospect_id == p.id, Order.deleted_at.is_(None))
                .order_by(Order.id)
            )
        ]
        loss_row = s.execute(
            select(Loss, RefItem.name_zh, RefItem.name_en)
            .join(RefItem, RefItem.id == Loss.reason_id)
            .where(Loss.prospect_id == p.id, Loss.deleted_at.is_(None))
            .order_by(Loss.id.desc())
            .limit(1)
        ).first()
        loss = None
        if loss_row is not None:
            lo, zh, en = loss_row
            loss = LossRow(
                lo.lost_on,
                en if english else zh,
                lo.competitor,
                lo.note,
                lo.confirmed_at is not None,
            )
        visits = [
            VisitLink(v.id, v.visit_date, v.kind, v.test_drive)
            for v in s.scalars(
                select(Visit)
                .where(Visit.customer_id == p.customer_id, Visit.deleted_at.is_(None))
                .order_by(Visit.arrived_at.desc())
                .limit(50)
            )
        ]
        vehicles = [
            VehicleLink(
                v.id,
                v.plate,
                v.vin,
                model_names.get(v.model_id) if v.model_id else None,
                v.delivered_on,
            )
            for v in s.scalars(
                select(Vehicle)
                .where(Vehicle.customer_id == p.customer_id, Vehicle.deleted_at.is_(None))
                .order_by(Vehicle.id)
            )
        ]
        drives = (
            s.scalar(
                select(func.count()).select_from(TestDrive).where(TestDrive.prospect_id == p.id)
            )
            or 0
        )
        level = levels.get(p.level)
        is_open = p.status == ProspectStatus.OPEN
        return ProspectCard(
            id=p.id, version=p.version, customer_id=p.customer_id, customer_name=customer.name,
            phone=_phone(actor, p.consultant_id, customer.mobile),
            marks=customer.marks or "", created_on=p.created_on,
            source=(source.name_en if english else source.name_zh) if source else None,
            model_id=p.intended_model_id,
            model=((model.name_en or model.name) if english else model.name) if model else None,
            colour=p.intended_colour, budget=p.budget, payment=p.payment,
            purchase_type=p.purchase_type, competitors=_split_competitors(p.competitors),
            level=p.level, level_name=level.name(lang or current_language()) if level else p.level,
            status=p.status, consultant_id=p.consultant_id,
            consultant_name=names.get(p.consultant_id), next_followup_on=p.next_followup_on,
            last_followup_on=p.last_followup_on, closed_on=p.closed_on, notes=p.notes,
            overdue_days=days_overdue(p.next_followup_on, today) if is_open else 0,
            follow_ups=follow_ups, level_history=history, orders=orders, loss=loss,
            visits=visits, vehicles=vehicles, test_drives=drives,
        )  # fmt: skip


def _follow_up_row(f: FollowUp, names: dict[int | None, str], readable: bool) -> FollowUpRow:
    """One row of the card's follow-ups; what was said only for those who may read it
    (the prospect's consultant(s) and managers, services/privacy.py)."""
    return FollowUpRow(
        id=f.id,
        followed_on=f.followed_on,
        method=f.method,
        content=f.content if readable else "",
        feedback=f.feedback if readable else None,
        level_before=f.level_before,
        level_after=f.level_after,
        next_followup_on=f.next_followup_on,
        consultant_name=names.get(f.consultant_id),
        manager_comment=f.manager_comment,
        manager_comment_by=names.get(f.manager_comment_by_id),
        version=f.version,
        private=not readable,
    )


def _user_names(session: Session) -> dict[int | None, str]:
    return {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
