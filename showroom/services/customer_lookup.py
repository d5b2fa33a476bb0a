"""The live records the customer card's writes work on, and the error when one is gone.

Shared by the card's writers (:mod:`.customers`, :mod:`.vehicles`, :mod:`.service_visits`,
:mod:`.customer_marks`), its reader (:mod:`.customer_card`) and :mod:`.customer_merge`.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.errors import UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import Customer, User, Vehicle

# The translation context of the card's messages.
CTX = "Customers"


def card_msg(source: str, **params: object) -> Msg:
    return Msg(CTX, source, params)


class NotFound(UserError, LookupError):
    """The record is gone (deleted, merged away, or never existed)."""


MOBILE_TAKEN = QT_TRANSLATE_NOOP(
    "Customers",
    "{name} (customer {id}) already has this mobile: one person, one card. Open their card, "
    "or merge the two records.",
)


def mobile_taken(session: Session, mobile: str | None, other_than: int | None) -> Msg | None:
    """The refusal when another live customer has ``mobile`` (one customer per mobile)."""
    if not mobile:
        return None
    holder = session.execute(
        select(Customer.id, Customer.name)
        .where(
            Customer.mobile == mobile,
            Customer.deleted_at.is_(None),
            Customer.merged_into_id.is_(None),
            Customer.id != (other_than or 0),
        )
        .order_by(Customer.id)
        .limit(1)
    ).first()
    return card_msg(MOBILE_TAKEN, name=holder.name, id=holder.id) if holder else None


def live_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None or customer.merged_into_id is not None:
        raise NotFound(card_msg(QT_TRANSLATE_NOOP("Customers", "This customer no longer exists.")))
    return customer


def live_vehicle(session: Session, vehicle_id: int) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None or vehicle.deleted_at is not None:
        raise NotFound(card_msg(QT_TRANSLATE_NOOP("Customers", "This vehicle no longer exists.")))
    return vehicle


def active_user(session: Session, user_id: int) -> bool:
    """Whether the user still works here (an advisor or consultant picked on a form)."""
    user = session.get(User, user_id)
    return user is not None and user.active and user.deleted_at is None
