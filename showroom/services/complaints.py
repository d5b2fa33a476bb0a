"""Complaints (投诉) and their promise clock: the general manager within 12 hours, an answer
to the customer within 24 (docs/ARCHITECTURE.md §6).

A complaint is open — shown red — until it is closed; it is *overdue* when a promise has
run out: no escalation to the general manager 12 hours after it came in, or no answer
24 hours after. A promise is kept at the deadline itself (12:00:00 after receipt is on
time, one second later is not).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.masking import phone_for
from showroom.models import Complaint, ComplaintStatus, Customer, RefItem, User, Vehicle
from showroom.validation import ValidationFailed

from .context import Actor
from .permissions import Permission, PermissionDenied, allowed, require

CTX = "Complaints"
GM_HOURS = 12
ANSWER_HOURS = 24


class ComplaintView(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    ALL = "all"


class Channel(StrEnum):
    DESK = "desk"
    PHONE = "phone"
    CALL = "care_call"  # raised on one of our care calls
    ONLINE = "online"


@dataclass(frozen=True)
class Clock:
    """Where a complaint stands against its two promises at ``now``."""

    gm_due: dt.datetime
    answer_due: dt.datetime
    gm_overdue: bool
    answer_overdue: bool

    @property
    def overdue(self) -> bool:
        return self.gm_overdue or self.answer_overdue

    def explain(self) -> Msg | None:
        if self.gm_overdue and self.answer_overdue:
            return Msg(
                CTX,
                QT_TRANSLATE_NOOP("Complaints", "General manager not told and no answer in time"),
            )
        if self.gm_overdue:
            return Msg(
                CTX, QT_TRANSLATE_NOOP("Complaints", "General manager not told within 12 hours")
            )
        if self.answer_overdue:
            return Msg(
                CTX, QT_TRANSLATE_NOOP("Complaints", "Customer not answered within 24 hours")
            )
        return None


def clock(
    received_at: dt.datetime,
    *,
    now: dt.datetime,
    gm_notified_at: dt.datetime | None = None,
    answered_at: dt.datetime | None = None,
    closed_at: dt.datetime | None = None,
) -> Clock:
    """The clock of one complaint. A closed complaint owes nothing any more; a promise
    kept late stays kept (the lateness shows in its times, not as a red row)."""
    gm_due = received_at + dt.timedelta(hours=GM_HOURS)
    answer_due = received_at + dt.timedelta(hours=ANSWER_HOURS)
    open_ = closed_at is None
    return Clock(
        gm_due=gm_due,
        answer_due=answer_due,
        gm_overdue=open_ and gm_notified_at is None and now > gm_due,
        answer_overdue=open_ and answered_at is None and now > answer_due,
    )


def _overdue_sql(now: dt.datetime) -> ColumnElement[bool]:
    """The same rule as :func:`clock`, as a WHERE clause (cut-offs computed here, so the
    database only compares timestamps on the (status, received_at) index)."""
    return and_(
        Complaint.closed_at.is_(None),
        or_(
            and_(
                Complaint.gm_notified_at.is_(None),
                Complaint.received_at < now - dt.timedelta(hours=GM_HOURS),
            ),
            and_(
                Complaint.answered_at.is_(None),
                Complaint.received_at < now - dt.timedelta(hours=ANSWER_HOURS),
            ),
        ),
    )


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def _required(text: str | None, field: str, msg: str) -> str:
    value = (text or "").strip()
    if not value:
        raise ValidationFailed({field: Msg(CTX, msg)})
    return value


# ------------------------------------------------------------------------------ writes


def record_complaint(
    db: Database,
    actor: Actor,
    *,
    content: str,
    customer_id: int | None = None,
    vehicle_id: int | None = None,
    care_call_id: int | None = None,
    channel: str = Channel.DESK,
    category_id: int | None = None,
    assignee_id: int | None = None,
    received_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Log a complaint taken at the desk or on a call; its clock starts at ``received_at``."""
    # Whoever works with customers takes complaints, at the desk as on the phone.
    require(actor, Permission.CUSTOMERS_EDIT)
    errors: dict[str, Msg] = {}
    text = (content or "").strip()
    if not text:
        errors["content"] = Msg(CTX, QT_TRANSLATE_NOOP("Complaints", "Describe the complaint."))
    current = _now(now)
    received = received_at or current
    if received > current + dt.timedelta(minutes=5):
        errors["received_at"] = Msg(
            CTX, QT_TRANSLATE_NOOP("Complaints", "The time received cannot be in the future.")
        )
    if channel not in set(Channel):
        errors["channel"] = Msg(
            CTX, QT_TRANSLATE_NOOP("Complaints", "Choose how the complaint came in.")
        )
    if errors:
        raise ValidationFailed(errors)
    with db.session(actor.user_id) as session:
        if vehicle_id is not None and customer_id is None:
            vehicle = session.get(Vehicle, vehicle_id)
            customer_id = vehicle.customer_id if vehicle else None
        complaint = Complaint(
            customer_id=customer_id,
            vehicle_id=vehicle_id,
            care_call_id=care_call_id,
            received_at=received,
            channel=str(channel),
            category_id=category_id,
            content=text,
            status=ComplaintStatus.OPEN,
            assignee_id=assignee_id or actor.user_id,
        )
        session.add(complaint)
        session.flush()
        return complaint.id


def _open_complaint(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None or complaint.deleted_at is not None:
        raise ValidationFailed(
            {
                "complaint": Msg(
                    CTX, QT_TRANSLATE_NOOP("Complaints", "This complaint no longer exists.")
                )
            }
        )
    if complaint.closed_at is not None:
        raise ValidationFailed(
            {
                "complaint": Msg(
                    CTX, QT_TRANSLATE_NOOP("Complaints", "This complaint is already closed.")
                )
            }
        )
    return complaint


def assign(db: Database, actor: Actor, complaint_id: int, assignee_id: int) -> None:
    require(actor, Permission.AFTERSALES_EDIT)
    with db.session(actor.user_id) as session:
        complaint = _open_complaint(session, complaint_id)
        if session.get(User, assignee_id) is None:
            raise ValidationFailed(
                {"assignee": Msg(CTX, QT_TRANSLATE_NOOP("Complaints", "Choose who handles it."))}
            )
        complaint.assignee_id = assignee_id


def escalate(
    db: Database, actor: Actor, complaint_id: int, *, at: dt.datetime | None = None
) -> None:
    """The general manager has been told (the 12-hour promise)."""
    require(actor, Permission.AFTERSALES_EDIT)
    with db.session(actor.user_id) as session:
        complaint = _open_complaint(session, complaint_id)
        when = _now(at)
        if when < complaint.received_at:
            raise ValidationFailed(
                {
                    "at": Msg(
                        CTX,
                        QT_TRANSLATE_NOOP("Complaints", "This is before the complaint came in."),
                    )
                }
            )
        complaint.gm_notified_at = when
        if complaint.status == ComplaintStatus.OPEN:
            complaint.status = ComplaintStatus.ESCALATED


def answer(
    db: Database, actor: Actor, complaint_id: int, text: str, *, at: dt.datetime | None = None
) -> None:
    """The customer has been answered (the 24-hour promise)."""
    require(actor, Permission.AFTERSALES_EDIT)
    value = _required(
        text, "answer", QT_TRANSLATE_NOOP("Complaints", "Write what the customer was told.")
    )
    with db.session(actor.user_id) as session:
        complaint = _open_complaint(session, complaint_id)
        when = _now(at)
        if when < complaint.received_at:
            raise ValidationFailed(
                {
                    "at": Msg(
                        CTX,
                        QT_TRANSLATE_NOOP("Complaints", "This is before the complaint came in."),
                    )
                }
            )
        complaint.answer, complaint.answered_at = value, when
        complaint.status = ComplaintStatus.ANSWERED


def close(
    db: Database,
    actor: Actor,
    complaint_id: int,
    resolution: str,
    *,
    at: dt.datetime | None = None,
) -> None:
    """Close with how it was resolved; only a manager may close one never answered."""
    require(actor, Permission.AFTERSALES_EDIT)
    value = _required(
        resolution, "resolution", QT_TRANSLATE_NOOP("Complaints", "Write how it was resolved.")
    )
    with db.session(actor.user_id) as session:
        complaint = _open_complaint(session, complaint_id)
        if complaint.answered_at is None and not actor.is_manager:
            raise PermissionDenied(
                Msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Complaints", "Answer the customer before closing, or ask a manager."
                    ),
                ),
                Permission.AFTERSALES_ALL,
            )
        complaint.resolution, complaint.closed_at = value, _now(at)
        complaint.status = ComplaintStatus.CLOSED


# ------------------------------------------------------------------------------- reads


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    received_at: dt.datetime
    customer_id: int | None
    customer: str | None
    phone: str | None
    plate: str | None
    channel: str
    category: str | None
    category_en: str | None
    content: str
    status: str
    assignee: str | None
    gm_notified_at: dt.datetime | None
    answered_at: dt.datetime | None
    closed_at: dt.datetime | None
    answer: str | None
    resolution: str | None
    clock: Clock

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


_Assignee = aliased(User)
_SORT: dict[str, ColumnElement[Any]] = {
    "received_at": Complaint.received_at,
    "customer": Customer.name_pinyin,
    "status": Complaint.status,
    "assignee": _Assignee.display_name,
}


def complaints(
    db: Database,
    actor: Actor,
    view: ComplaintView = ComplaintView.OPEN,
    *,
    now: dt.datetime | None = None,
    text: str = "",
    sort: str | None = None,
    descending: bool = False,
    limit: int | None = 500,
    offset: int = 0,
) -> tuple[list[ComplaintRow], int]:
    """Complaints in ``view``, oldest first (the most urgent clock on top)."""
    require(actor, Permission.AFTERSALES_VIEW)
    current = _now(now)
    stmt = (
        select(
            Complaint,
            Customer.name,
            Customer.mobile,
            Vehicle.plate,
            RefItem.name_zh,
            RefItem.name_en,
            _Assignee.display_name,
        )
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Vehicle, Vehicle.id == Complaint.vehicle_id)
        .outerjoin(RefItem, RefItem.id == Complaint.category_id)
        .outerjoin(_Assignee, _Assignee.id == Complaint.assignee_id)
        .where(Complaint.deleted_at.is_(None))
    )
    if view is ComplaintView.OPEN:
        stmt = stmt.where(Complaint.closed_at.is_(None))
    elif view is ComplaintView.OVERDUE:
        stmt = stmt.where(_overdue_sql(current))
    if text.strip():
        q = text.strip()
        stmt = stmt.where(
            or_(
                Complaint.content.contains(q, autoescape=True),
                Customer.name.contains(q, autoescape=True),
                Vehicle.plate.contains(q.upper(), autoescape=True),
            )
        )
    column = _SORT.get(sort or "received_at", Complaint.received_at)
    order: Sequence[ColumnElement[Any]] = (
        column.desc() if descending else column.asc(),
        Complaint.id,
    )
    with db.reader() as session:
        total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        stmt = stmt.order_by(*order)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        found = session.execute(stmt).all()
    rows = []
    for c, name, mobile, plate, cat_zh, cat_en, assignee in found:
        rows.append(
            ComplaintRow(
                id=c.id,
                received_at=c.received_at,
                customer_id=c.customer_id,
                customer=name,
                phone=phone_for(actor, mobile),
                plate=plate,
                channel=c.channel,
                category=cat_zh,
                category_en=cat_en,
                content=c.content,
                status=c.status,
                assignee=assignee,
                gm_notified_at=c.gm_notified_at,
                answered_at=c.answered_at,
                closed_at=c.closed_at,
                answer=c.answer,
                resolution=c.resolution,
                clock=clock(
                    c.received_at,
                    now=current,
                    gm_notified_at=c.gm_notified_at,
                    answered_at=c.answered_at,
                    closed_at=c.closed_at,
                ),
            )
        )
    return rows, total


def complaint_counts(
    db: Database, actor: Actor, *, now: dt.datetime | None = None
) -> tuple[int, int]:
    """(open, overdue) complaints, for the main window; zero for roles that may not see them."""
    if not allowed(actor, Permission.AFTERSALES_VIEW):
        return 0, 0
    current = _now(now)
    stmt = select(
        func.count(),
        func.sum(case((_overdue_sql(current), 1), else_=0)),
    ).where(Complaint.deleted_at.is_(None), Complaint.closed_at.is_(None))
    with db.reader() as session:
        open_, overdue = session.execute(stmt).one()
    return int(open_ or 0), int(overdue or 0)


def complaint_categories(db: Database) -> list[tuple[int, str, str]]:
    """(id, 中文, English) of the active complaint categories, in their order."""
    from showroom.models import RefKind

    with db.reader() as session:
        rows = session.execute(
            select(RefItem.id, RefItem.name_zh, RefItem.name_en)
            .where(
                RefItem.kind == RefKind.COMPLAINT_CATEGORY,
                RefItem.active.is_(True),
                RefItem.deleted_at.is_(None),
            )
            .order_by(RefItem.sort_order)
        ).all()
    return [(r[0], r[1], r[2]) for r in rows]
