"""Keeping a customer's derived columns true: spend, loyalty, membership, value, base.

The columns live on ``customers`` so lists filter and sort on them in SQL; they are
recomputed here from the records whenever an input changes (a service visit, a merge, a
vehicle added) — :func:`refresh_customers` for a few customers inside the caller's
transaction, :func:`recompute_all` for the whole store (after an import, or when the
settings change the rules).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, case, func, select, update
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.db.audit import record
from showroom.errors import Cancelled
from showroom.models import (
    MAINTENANCE_TYPES,
    CarModel,
    Customer,
    MembershipRule,
    Order,
    OrderStatus,
    ServiceRecord,
    ValueClass,
    Vehicle,
)
from showroom.rules.classes import (
    MembershipTier,
    ValueCutoffs,
    cutoffs_at,
    membership_level,
    rank_offsets,
    value_class,
    value_shares,
)
from showroom.rules.loyalty import DEFAULT_GRACE_DAYS, VehicleHistory, customer_loyalty
from showroom.rules.maintenance import Intervals, clock_start

from .store_settings import get_setting

#: ``progress(done, total)``; returning ``False`` stops (nothing is written).
Progress = Callable[[int, int], bool | None]

_CHUNK = 5000


@dataclass(frozen=True)
class Derived:
    cumulative_spend: Decimal
    loyalty_class: str | None
    membership_level: str | None
    is_base: bool
    last_service_on: dt.date | None


def live_customers() -> ColumnElement[bool]:
    """Customers that count: not deleted, not merged into another record."""
    return Customer.deleted_at.is_(None) & Customer.merged_into_id.is_(None)


def membership_tiers(session: Session) -> list[MembershipTier]:
    return [
        MembershipTier(code, Decimal(min_spend), rank)
        for code, min_spend, rank in session.execute(
            select(MembershipRule.code, MembershipRule.min_spend, MembershipRule.max_loyalty_rank)
            .where(MembershipRule.deleted_at.is_(None))
            .order_by(MembershipRule.sort_order, MembershipRule.id)
        )
    ]


def value_cutoffs(session: Session) -> ValueCutoffs:
    """The spends at the rank cut-offs, from the stored spends of every live customer."""
    shares = value_shares(get_setting(session, "value_class_shares"))
    count = session.scalar(select(func.count()).select_from(Customer).where(live_customers()))
    offsets = rank_offsets(count or 0, shares)
    ranked = select(Customer.cumulative_spend).where(live_customers())
    ranked = ranked.order_by(Customer.cumulative_spend.desc()).limit(1)
    return cutoffs_at([session.scalar(ranked.offset(offset)) for offset in offsets])


def _restricted(stmt: Select, column: Any, ids: Collection[int] | None) -> Select:  # type: ignore[type-arg]
    return stmt if ids is None else stmt.where(column.in_(ids))


def derive(
    session: Session, customer_ids: Collection[int] | None, today: dt.date
) -> dict[int, Derived]:
    """The derived values of ``customer_ids`` (every customer when ``None``), from the records."""
    default_pace = float(get_setting(session, "default_km_per_day", 40) or 40)
    grace = int(get_setting(session, "loyalty_grace_days", DEFAULT_GRACE_DAYS))
    tiers = membership_tiers(session)
    spend: dict[int, Decimal] = defaultdict(Decimal)
    last_service: dict[int, dt.date] = {}
    serviced: set[int] = set()
    live_service = ServiceRecord.deleted_at.is_(None)
    for cid, total, last in session.execute(
        _restricted(
            select(
                ServiceRecord.customer_id,
                func.coalesce(func.sum(ServiceRecord.amount), 0),
                func.max(ServiceRecord.service_date),
            ).where(live_service),
            ServiceRecord.customer_id,
            customer_ids,
        ).group_by(ServiceRecord.customer_id)
    ):
        spend[cid] += Decimal(total)
        last_service[cid] = last
        serviced.add(cid)
    # Spend counts what was paid: a delivered car, not an open or cancelled order.
    for cid, total in session.execute(
        _restricted(
            select(Order.customer_id, func.coalesce(func.sum(Order.price), 0)).where(
                Order.deleted_at.is_(None), Order.status == OrderStatus.DELIVERED
            ),
            Order.customer_id,
            customer_ids,
        ).group_by(Order.customer_id)
    ):
        spend[cid] += Decimal(total)

    vehicles, bought_here = vehicle_histories(session, customer_ids, default_pace)

    ids: Iterable[int]
    if customer_ids is None:
        ids = session.scalars(select(Customer.id).where(live_customers())).all()
    else:
        ids = customer_ids
    result: dict[int, Derived] = {}
    for cid in ids:
        loyalty = customer_loyalty(vehicles.get(cid, {}).values(), today, grace)
        is_base = cid in bought_here or cid in serviced
        total = spend.get(cid, Decimal(0)).quantize(Decimal("0.01"))
        result[cid] = Derived(
            cumulative_spend=total,
            loyalty_class=loyalty.value if loyalty else None,
            membership_level=membership_level(tiers, total, loyalty, is_base=is_base),
            is_base=is_base,
            last_service_on=last_service.get(cid),
        )
    return result


def vehicle_histories(
    session: Session, customer_ids: Collection[int] | None, default_pace: float
) -> tuple[dict[int, dict[int, VehicleHistory]], set[int]]:
    """What the loyalty rule needs of each live vehicle, by customer then vehicle id; and
    the customers with a vehicle bought here."""
    intervals = {
        row.id: Intervals(
            row.first_maintenance_km, row.first_maintenance_months,
            row.maintenance_km, row.maintenance_months,
        )
        for row in session.execute(select(CarModel))
        .scalars()
    }  # fmt: skip
    vehicles: dict[int, list[tuple[int, VehicleHistory]]] = defaultdict(list)
    bought_here: set[int] = set()
    for vid, cid, delivered, purchased, sold_here, model_id, pace, due in session.execute(
        _restricted(
            select(
                Vehicle.id, Vehicle.customer_id, Vehicle.delivered_on, Vehicle.purchase_date,
                Vehicle.sold_here, Vehicle.model_id, Vehicle.km_per_day,
                Vehicle.next_maintenance_due,
            ).where(Vehicle.deleted_at.is_(None)),
            Vehicle.customer_id,
            customer_ids,
        )
    ):  # fmt: skip
        if sold_here or delivered is not None:
            bought_here.add(cid)
        # The pending maintenance is judged on the due cache's date (the one the due list
        # shows): every writer refreshes the vehicle before its customer.
        vehicles[cid].append((vid, VehicleHistory(
            clock_start(delivered, purchased, sold_here), (),
            intervals.get(model_id, Intervals()), float(pace or default_pace), due,
        )))  # fmt: skip
    visits: dict[int, list[dt.date]] = defaultdict(list)
    for vid, day in session.execute(
        _restricted(
            select(ServiceRecord.vehicle_id, ServiceRecord.service_date).where(
                ServiceRecord.deleted_at.is_(None),
                ServiceRecord.service_type.in_(list(MAINTENANCE_TYPES)),
            ),
            ServiceRecord.customer_id,
            customer_ids,
        )
    ):
        visits[vid].append(day)

    histories = {
        cid: {vid: replace(history, maintenances=visits.get(vid, ())) for vid, history in rows}
        for cid, rows in vehicles.items()
    }
    return histories, bought_here


def refresh_customers(
    session: Session, customer_ids: Collection[int], today: dt.date | None = None
) -> None:
    """Recompute the derived columns of a few customers inside the caller's transaction.

    Their value class is placed against the store's current cut-offs; the others keep
    theirs until :func:`recompute_all` (one customer's visit barely moves the cut-offs).
    """
    if not customer_ids:
        return
    values = derive(session, customer_ids, today or dt.date.today())
    customers = session.scalars(select(Customer).where(Customer.id.in_(customer_ids))).all()
    for customer in customers:
        derived = values[customer.id]
        customer.cumulative_spend = derived.cumulative_spend
        customer.loyalty_class = derived.loyalty_class
        customer.membership_level = derived.membership_level
        customer.is_base = derived.is_base
        customer.last_service_on = derived.last_service_on
    session.flush()
    cutoffs = value_cutoffs(session)
    for customer in customers:
        customer.value_class = value_class(Decimal(customer.cumulative_spend), cutoffs).value


def recompute_all(
    db: Database,
    *,
    user_id: int | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> int:
    """Recompute every live customer's derived columns in one transaction; returns how many.

    Written with executemany UPDATEs rather than through the ORM (100,000 customers);
    one audit row records the recomputation instead of one per customer.
    """
    today = today or dt.date.today()
    try:
        return _recompute_all(db, user_id, today, progress)
    except Cancelled:
        return 0


def _recompute_all(
    db: Database, user_id: int | None, today: dt.date, progress: Progress | None
) -> int:
    with db.session(user_id) as session:
        values = derive(session, None, today)
        table = Customer.__table__
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                cumulative_spend=bindparam("b_spend"),
                loyalty_class=bindparam("b_loyalty"),
                membership_level=bindparam("b_membership"),
                is_base=bindparam("b_base"),
                last_service_on=bindparam("b_last"),
            )
        )
        # Only the rows whose values moved are written: a daily run changes a few hundred
        # customers, and a short write keeps other workstations' saves from waiting.
        stored = {
            row[0]: Derived(Decimal(row[1] or 0), row[2], row[3], bool(row[4]), row[5])
            for row in session.execute(
                select(
                    table.c.id, table.c.cumulative_spend, table.c.loyalty_class,
                    table.c.membership_level, table.c.is_base, table.c.last_service_on,
                ).where(table.c.deleted_at.is_(None), table.c.merged_into_id.is_(None))
            )
        }  # fmt: skip
        rows = [
            {
                "b_id": cid, "b_spend": d.cumulative_spend, "b_loyalty": d.loyalty_class,
                "b_membership": d.membership_level, "b_base": d.is_base,
                "b_last": d.last_service_on,
            }
            for cid, d in values.items()
            if stored.get(cid) != d
        ]  # fmt: skip
        connection = session.connection()
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start : start + _CHUNK]
            connection.execute(statement, chunk)
            if progress is not None and progress(start + len(chunk), len(rows)) is False:
                raise Cancelled  # leaving the transaction by an exception rolls it back
        cutoffs = value_cutoffs(session)
        spend = table.c.cumulative_spend
        ranked_class = case(
            (spend >= cutoffs.platinum, ValueClass.PLATINUM.value),
            (spend >= cutoffs.gold, ValueClass.GOLD.value),
            (spend >= cutoffs.iron, ValueClass.IRON.value),
            else_=ValueClass.LEAD.value,
        )
        session.execute(
            update(table)
            .where(
                table.c.deleted_at.is_(None),
                table.c.merged_into_id.is_(None),
                table.c.value_class.is_distinct_from(ranked_class),  # write only what moved
            )
            .values(value_class=ranked_class)
        )
        record(session, "recompute", "customers", None, customers=len(values), changed=len(rows))
    return len(values)
