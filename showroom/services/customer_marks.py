"""Special marks on a customer (fleet, VIP, difficult): set and cleared by a manager,
with the reason colleagues read on the card, each audited."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.db.audit import record
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import Customer, CustomerMark, MarkKind
from showroom.validation import ValidationFailed, check_text

from .context import Actor
from .customer_lookup import NotFound, card_msg, live_customer
from .permissions import PermissionDenied

#: The reason's length (the column's).
REASON_LIMIT = 200


def _require_manager(actor: Actor) -> None:
    if not actor.is_manager:
        raise PermissionDenied(
            card_msg(
                QT_TRANSLATE_NOOP("Customers", "Only a manager can set or clear special marks.")
            )
        )


def mirror_marks(session: Session, customer: Customer) -> None:
    """``customers.marks`` repeats the active marks so lists show badges without a join."""
    kinds = set(
        session.scalars(
            select(CustomerMark.kind).where(
                CustomerMark.customer_id == customer.id, CustomerMark.cleared_at.is_(None)
            )
        )
    )
    customer.marks = ",".join(kind for kind in MarkKind if kind in kinds)


def set_mark(db: Database, actor: Actor, customer_id: int, kind: str, reason: str) -> int:
    """Marks the customer fleet, VIP or difficult, with why; returns the mark's id."""
    _require_manager(actor)
    with db.session(actor.user_id) as session:
        customer = live_customer(session, customer_id)
        errors: dict[str, Msg] = {}
        if kind not in set(MarkKind):
            errors["kind"] = card_msg(
                QT_TRANSLATE_NOOP("Customers", "Please choose the kind of mark.")
            )
        elif kind in customer.marks.split(","):
            errors["kind"] = card_msg(
                QT_TRANSLATE_NOOP("Customers", "The customer already has this mark.")
            )
        checked = check_text(reason, REASON_LIMIT)
        text = checked.value or ""
        if checked.error is not None:
            errors["reason"] = checked.error
        elif not text:
            errors["reason"] = card_msg(
                QT_TRANSLATE_NOOP(
                    "Customers", "Please say why: colleagues will read it on the card."
                )
            )
        if errors:
            raise ValidationFailed(errors)
        mark = CustomerMark(customer_id=customer.id, kind=kind, reason=text)
        session.add(mark)
        session.flush()
        mirror_marks(session, customer)
        record(session, "mark", "customers", customer.id, kind=kind, reason=text, mark_id=mark.id)
        return mark.id


def clear_mark(db: Database, actor: Actor, mark_id: int, reason: str = "") -> None:
    _require_manager(actor)
    with db.session(actor.user_id) as session:
        mark = session.get(CustomerMark, mark_id)
        if mark is None or mark.cleared_at is not None:
            raise NotFound(
                card_msg(QT_TRANSLATE_NOOP("Customers", "This mark has already been cleared."))
            )
        customer = live_customer(session, mark.customer_id)
        text = " ".join(reason.split())[:REASON_LIMIT] or None
        mark.cleared_at = dt.datetime.now()
        mark.cleared_by_id = actor.user_id
        mark.cleared_reason = text
        session.flush()
        mirror_marks(session, customer)
        record(session, "unmark", "customers", customer.id, kind=mark.kind, reason=text,
               mark_id=mark.id)  # fmt: skip
