"""Managing prospect cards after they are opened: reassigning them to another consultant,
editing the card's header, and cancelling an order (the prospect goes back to its level
before O).

Each use case is one transaction; the audit hook records the row changes and an extra
audit row keeps what the row change cannot say (the reassignment note, the cancel reason).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.db.audit import record
from showroom.i18n import QT_TRANSLATE_NOOP, Msg, translate
from showroom.models import (
    CarModel,
    Customer,
    LevelChange,
    Order,
    OrderStatus,
    Payment,
    Prospect,
    ProspectStatus,
    RefItem,
    RefKind,
    User,
)
from showroom.models.visits import PurchaseType
from showroom.rules.levels import next_follow_up
from showroom.validation import ValidationFailed

from .conflicts import apply_edit, stale_guard
from .context import Actor
from .level_rules import LevelInfo, follow_up_settings, load_levels
from .orders import MAX_PRICE, get_owned_order, parse_price
from .permissions import Permission, permissions_of, require
from .prospects import CTX, get_owned_prospect

MAX_NOTE = 2000
MAX_REASON = 500


def _msg(source: str, **params: object) -> Msg:
    return Msg(CTX, source, params)


def _fail(field: str, source: str) -> ValidationFailed:
    return ValidationFailed({field: _msg(source)})


# ------------------------------------------------------------------------------ reassign


@dataclass(frozen=True)
class Reassigned:
    #: The prospects that moved (already the new consultant's ones are left out).
    prospect_ids: list[int]
    #: Customers whose own consultant followed the prospect.
    customer_ids: list[int]


def _new_consultant(session: Session, user_id: int | None) -> User:
    user = session.get(User, user_id) if user_id is not None else None
    # Whoever takes over must be able to work on prospects (a consultant or a manager).
    if (
        user is None
        or not user.active
        or Permission.PROSPECTS_EDIT not in permissions_of(user.role)
    ):
        raise _fail(
            "consultant", QT_TRANSLATE_NOOP("Prospects", "Choose an active sales consultant.")
        )
    return user


def reassign_prospects(
    db: Database,
    actor: Actor,
    *,
    to_consultant_id: int | None,
    prospect_ids: Iterable[int] | None = None,
    from_consultant_id: int | None = None,
    note: str | None = None,
) -> Reassigned:
    """Move the prospects ``prospect_ids`` — or every open prospect of
    ``from_consultant_id`` (a consultant who left) — to ``to_consultant_id``.

    A customer whose own consultant was the old one follows to the new one. Manager only.
    """
    require(actor, Permission.PROSPECTS_MANAGE)
    if (prospect_ids is None) == (from_consultant_id is None):
        raise ValueError("give either prospect_ids or from_consultant_id")
    text = (note or "").strip() or None
    if text is not None and len(text) > MAX_NOTE:
        raise _fail("note", QT_TRANSLATE_NOOP("Prospects", "The note is too long."))
    with db.session(actor.user_id) as session:
        target = _new_consultant(session, to_consultant_id)
        if prospect_ids is not None:
            wanted = sorted(set(prospect_ids))
            prospects = list(
                session.scalars(
                    select(Prospect).where(Prospect.id.in_(wanted), Prospect.deleted_at.is_(None))
                )
            )
            if not wanted or len(prospects) != len(wanted):
                raise _fail(
                    "prospect", QT_TRANSLATE_NOOP("Prospects", "The prospect no longer exists.")
                )
        else:
            if from_consultant_id == target.id:
                raise _fail(
                    "consultant",
                    QT_TRANSLATE_NOOP(
                        "Prospects", "Choose a different consultant to take the prospects over."
                    ),
                )
            prospects = list(
                session.scalars(
                    select(Prospect).where(
                        Prospect.consultant_id == from_consultant_id,
                        Prospect.status == ProspectStatus.OPEN,
                        Prospect.deleted_at.is_(None),
                    )
                )
            )
        moved: list[int] = []
        followed: list[int] = []
        for prospect in sorted(prospects, key=lambda p: p.id):
            old = prospect.consultant_id
            if old == target.id:
                continue
            prospect.consultant_id = target.id
            customer = session.get(Customer, prospect.customer_id)
            if customer is not None and customer.consultant_id == old:
                customer.consultant_id = target.id
                followed.append(customer.id)
            record(session, "reassign", "prospects", prospect.id, **{
                "from": old, "to": target.id, "note": text,
            })  # fmt: skip
            moved.append(prospect.id)
        session.flush()
        return Reassigned(moved, followed)


# ------------------------------------------------------------------------------ header


#: The card header fields a consultant edits, with their labels (field → label source).
HEADER_FIELDS: Mapping[str, str] = {
    "source_id": QT_TRANSLATE_NOOP("Prospects", "Source"),
    "intended_model_id": QT_TRANSLATE_NOOP("Prospects", "Model"),
    "intended_colour": QT_TRANSLATE_NOOP("Prospects", "Colour"),
    "budget": QT_TRANSLATE_NOOP("Prospects", "Budget"),
    "payment": QT_TRANSLATE_NOOP("Prospects", "Payment"),
    "purchase_type": QT_TRANSLATE_NOOP("Prospects", "Purchase type"),
    "competitors": QT_TRANSLATE_NOOP("Prospects", "Competitor models"),
    "notes": QT_TRANSLATE_NOOP("Prospects", "Note"),
}


def header_values(db: Database, actor: Actor, prospect_id: int) -> tuple[int, dict[str, Any]]:
    """The card header as stored: (version, field → value), what an edit form loads."""
    with db.reader() as session:
        prospect = get_owned_prospect(session, actor, prospect_id)
        return prospect.version, {f: getattr(prospect, f) for f in HEADER_FIELDS}


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _clean_header(session: Session, changes: Mapping[str, Any]) -> dict[str, Any]:
    """``changes`` checked and normalised, or ``ValidationFailed`` naming each bad field."""
    errors: dict[str, Msg] = {}
    values: dict[str, Any] = {}
    for field, raw in changes.items():
        if field not in HEADER_FIELDS:
            raise ValueError(f"not a header field: {field}")
        value: Any = _text(raw) if not isinstance(raw, int) else raw
        if field == "budget" and value is not None:
            value = parse_price(value)
            if value is None or value <= 0 or value >= MAX_PRICE:
                errors[field] = _msg(
                    QT_TRANSLATE_NOOP("Prospects", "Enter the budget in yuan, e.g. 150000.")
                )
        elif field == "payment" and value is not None and value not in set(Payment):
            errors[field] = _msg(QT_TRANSLATE_NOOP("Prospects", "Choose cash or loan."))
        elif field == "purchase_type" and value is not None and value not in set(PurchaseType):
            errors[field] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "Choose first car, additional or replacement.")
            )
        elif field == "intended_model_id" and value is not None:
            if not isinstance(value, int) or session.get(CarModel, value) is None:
                errors[field] = _msg(
                    QT_TRANSLATE_NOOP("Prospects", "Choose a model from the list.")
                )
        elif field == "source_id" and value is not None:
            item = session.get(RefItem, value) if isinstance(value, int) else None
            if item is None or item.kind != RefKind.SOURCE:
                errors[field] = _msg(
                    QT_TRANSLATE_NOOP("Prospects", "Choose a source from the list.")
                )
        elif field == "intended_colour" and value is not None and len(value) > 40:
            errors[field] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "Keep the colour to 40 characters.")
            )
        elif field == "competitors" and value is not None and len(value) > 200:
            errors[field] = _msg(
                QT_TRANSLATE_NOOP("Prospects", "Keep the competitor models to 200 characters.")
            )
        elif field == "notes" and value is not None and len(value) > MAX_NOTE:
            errors[field] = _msg(QT_TRANSLATE_NOOP("Prospects", "The note is too long."))
        values[field] = value
    if errors:
        raise ValidationFailed(errors)
    return values


def edit_prospect_header(
    db: Database,
    actor: Actor,
    prospect_id: int,
    *,
    version: int,
    changes: Mapping[str, Any],
    original: Mapping[str, Any] | None = None,
) -> int:
    """Save header ``changes`` made on the card loaded at ``version``; the new version.

    The owner consultant or a manager. Someone else's save of the same fields in between
    raises ``EditConflict`` (their other changes are kept).
    """
    require(actor, Permission.PROSPECTS_EDIT)
    labels = {f: translate(CTX, label) for f, label in HEADER_FIELDS.items()}
    with db.reader() as session:
        values = _clean_header(session, changes)
    with (
        stale_guard(db, Prospect, prospect_id, values, original, labels),
        db.session(actor.user_id) as session,
    ):
        prospect = get_owned_prospect(session, actor, prospect_id)
        apply_edit(
            session, prospect, version=version, changes=values, original=original, labels=labels
        )
        session.flush()
        return prospect.version


# ------------------------------------------------------------------------------ cancel


@dataclass(frozen=True)
class CancelledOrder:
    order_id: int
    prospect_id: int | None
    #: The prospect's level after the cancel (None when the prospect did not reopen).
    level: str | None


def _level_before_order(
    session: Session, prospect_id: int, levels: Mapping[str, LevelInfo]
) -> LevelInfo:
    """The last open level in the prospect's history (its level before O)."""
    history = session.scalars(
        select(LevelChange)
        .where(LevelChange.prospect_id == prospect_id)
        .order_by(LevelChange.changed_at.desc(), LevelChange.id.desc())
    )
    for change in history:
        for code in (change.to_level, change.from_level):
            level = levels.get(code or "")
            if level is not None and level.active and level.is_open:
                return level
    # No open level in the history (imported data): the coldest open level of the store.
    return [lv for lv in levels.values() if lv.active and lv.is_open][-1]


def cancel_order(db: Database, actor: Actor, order_id: int, reason: str | None) -> CancelledOrder:
    """Cancel an order that is not yet delivered; the prospect returns to its level before O.

    The owner consultant or a manager. The funnel and the reports stop counting the order.
    """
    require(actor, Permission.PROSPECTS_EDIT)
    why = (reason or "").strip()
    if not why:
        raise _fail("reason", QT_TRANSLATE_NOOP("Prospects", "Say why the order is cancelled."))
    if len(why) > MAX_REASON:
        raise _fail("reason", QT_TRANSLATE_NOOP("Prospects", "The reason is too long."))
    with db.session(actor.user_id) as session:
        order = get_owned_order(session, actor, order_id)
        if order.status == OrderStatus.DELIVERED:
            raise _fail(
                "order",
                QT_TRANSLATE_NOOP("Prospects", "A delivered order cannot be cancelled."),
            )
        if order.status == OrderStatus.CANCELLED:
            raise _fail("order", QT_TRANSLATE_NOOP("Prospects", "This order is already cancelled."))
        today = dt.date.today()
        order.status = OrderStatus.CANCELLED
        order.cancelled_on = today
        order.notes = "\n".join(filter(None, [order.notes, why]))
        record(session, "cancel", "orders", order.id, reason=why)
        level = _reopen(session, actor, order, today)
        session.flush()
        return CancelledOrder(order.id, order.prospect_id, level)


def _reopen(session: Session, actor: Actor, order: Order, today: dt.date) -> str | None:
    """Reopen the order's prospect at its level before O, unless another order stands."""
    prospect = session.get(Prospect, order.prospect_id) if order.prospect_id else None
    if prospect is None or prospect.status != ProspectStatus.ORDERED:
        return None
    others = session.scalar(
        select(Order.id).where(
            Order.prospect_id == prospect.id,
            Order.id != order.id,
            Order.status != OrderStatus.CANCELLED,
            Order.deleted_at.is_(None),
        )
    )
    if others is not None:
        return None
    levels = load_levels(session)
    level = _level_before_order(session, prospect.id, levels)
    session.add(
        LevelChange(
            prospect_id=prospect.id,
            from_level=prospect.level,
            to_level=level.code,
            changed_at=dt.datetime.now(),
            changed_by_id=actor.user_id,
        )
    )
    prospect.level = level.code
    prospect.status = ProspectStatus.OPEN
    prospect.closed_on = None
    prospect.next_followup_on = next_follow_up(level, today, follow_up_settings(session))
    return level.code
