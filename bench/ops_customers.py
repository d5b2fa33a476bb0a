"""Customer cards: opening a fleet customer's card; the customer list filtered by class or mark.

``card_open_ms`` needs a customer with about 10 vehicles and 200 events (ARCHITECTURE.md §9). The
demo's largest fleet customer is used; when it has fewer, vehicles and services are added
to it here, in their own transaction, marked in their notes, and only the missing number —
so running the benchmark again on the cached store adds nothing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, insert, select

from showroom.db import Database
from showroom.keys import plate_tail
from showroom.models import Customer, Role, ServiceRecord, User, Vehicle
from showroom.services.context import Actor
from showroom.services.customer_card import load_card
from showroom.services.customer_list import CustomerFilter, list_customers
from showroom.services.store import default_actor

from .ops import Case, Context, operation, timed_ms

VEHICLES = 10
EVENTS = 200
_MARKER = "bench: card_open_ms"


def fleet_customer(db: Database, today: dt.date) -> int | None:
    """A customer with about 10 vehicles (the demo's smallest fleet of at least 10, else its
    largest), topped up to 10 vehicles and 200 events."""
    counted = (
        select(Vehicle.customer_id, func.count().label("n"))
        .join(Customer, Customer.id == Vehicle.customer_id)
        .where(
            Vehicle.deleted_at.is_(None),
            Customer.merged_into_id.is_(None),
            Customer.deleted_at.is_(None),
        )
        .group_by(Vehicle.customer_id)
    )
    with db.reader() as s:
        row = (
            s.execute(
                counted.having(func.count() >= VEHICLES)
                .order_by(func.count(), Vehicle.customer_id)
                .limit(1)
            ).first()
            or s.execute(
                counted.order_by(func.count().desc(), Vehicle.customer_id).limit(1)
            ).first()
        )
    if row is None:
        return None
    customer_id, vehicles = row.customer_id, row.n
    actor = default_actor(db)
    with db.session(actor.user_id) as s:
        for n in range(vehicles, VEHICLES):
            plate = f"粤Z{customer_id % 1000:03d}{n:02d}"
            s.execute(
                insert(Vehicle).values(
                    customer_id=customer_id,
                    plate=plate,
                    plate_tail=plate_tail(plate),
                    notes=_MARKER,
                )
            )
    events = len(load_card(db, actor, customer_id).timeline)
    if events < EVENTS:
        with db.session(actor.user_id) as s:
            vehicle_ids = s.scalars(
                select(Vehicle.id).where(Vehicle.customer_id == customer_id).order_by(Vehicle.id)
            ).all()
            s.execute(
                insert(ServiceRecord),
                [
                    {
                        "vehicle_id": vehicle_ids[i % len(vehicle_ids)],
                        "customer_id": customer_id,
                        "service_date": today - dt.timedelta(days=7 * i),
                        "service_type": "minor_repair",
                        "amount": Decimal(300),
                        "notes": _MARKER,
                    }
                    for i in range(EVENTS - events)
                ],
            )
    return customer_id


@operation("card_open_ms", budget=100, unit="ms")
def card_cases(ctx: Context) -> list[Case]:
    customer_id = fleet_customer(ctx.db, ctx.store.today)
    if customer_id is None:
        return []
    actor = default_actor(ctx.db)
    return [Case("fleet", timed_ms(lambda: load_card(ctx.db, actor, customer_id)))]


def _consultant(db: Database) -> Actor | None:
    with db.reader() as s:
        user = s.scalars(
            select(User).where(User.role == Role.CONSULTANT).order_by(User.id).limit(1)
        ).first()
    return Actor(user.id, user.username, user.display_name, Role(user.role)) if user else None


@operation("customers_filtered_ms", budget=150, unit="ms")
def list_cases(ctx: Context) -> list[Case]:
    """What the list does on a filter change: the first page and the count."""
    manager = default_actor(ctx.db)
    consultant = _consultant(ctx.db)
    filters = [
        ("value_gold", CustomerFilter(value_class="gold")),
        ("value_lead", CustomerFilter(value_class="lead")),
        ("loyalty_L2", CustomerFilter(loyalty_class="L2")),
        ("mark_vip", CustomerFilter(mark="vip")),
        ("mark_difficult", CustomerFilter(mark="difficult")),
        ("base_gold", CustomerFilter(value_class="gold", base=True)),
    ]
    if consultant is not None:
        filters.append(("consultant", CustomerFilter(consultant_id=consultant.user_id)))
    return [
        Case(kind, timed_ms(lambda f=flt: list_customers(ctx.db, manager, f, limit=200)))
        for kind, flt in filters
    ]
