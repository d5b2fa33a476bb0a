"""The customer list: filtered by class, mark, consultant; paged and counted in SQL.

Each filter is an indexed column of ``customers`` (value, loyalty, membership classes,
consultant, base flag) or, for special marks, the active-mark index of ``customer_marks``
(marks are rare, so the list starts from the few marked customers rather than scanning
everyone's flag string). Pages are ``LIMIT/OFFSET`` over an indexed order; the plates
of a page come in one extra query. Personal data is masked for roles that do not see it
in full (:mod:`showroom.masking`), here in the service, so no screen or export can forget.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.i18n import current_language
from showroom.masking import phone_for, resident_id_for
from showroom.models import Customer, CustomerMark, MembershipRule, Role, User, Vehicle

from .context import Actor
from .customer_classes import live_customers
from .permissions import Permission, require

#: Sort orders the list offers (key → ORDER BY); each has an index to walk.
SORTS = ("recent", "name")


@dataclass(frozen=True)
class CustomerFilter:
    value_class: str | None = None
    loyalty_class: str | None = None
    membership_level: str | None = None
    mark: str | None = None
    consultant_id: int | None = None
    #: True base customers only, False new customers only, None both.
    base: bool | None = None

    def is_empty(self) -> bool:
        return self == CustomerFilter()


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    sex: str | None
    mobile: str | None
    resident_id: str | None
    plates: str
    consultant: str | None
    loyalty_class: str | None
    membership_level: str | None
    value_class: str | None
    cumulative_spend: Decimal
    marks: tuple[str, ...]
    is_base: bool
    last_service_on: dt.date | None


@dataclass(frozen=True)
class CustomerPage:
    rows: tuple[CustomerRow, ...]
    total: int


def _conditions(flt: CustomerFilter) -> list[ColumnElement[bool]]:
    conditions = [live_customers()]
    for column, value in (
        (Customer.value_class, flt.value_class),
        (Customer.loyalty_class, flt.loyalty_class),
        (Customer.membership_level, flt.membership_level),
        (Customer.consultant_id, flt.consultant_id),
        (Customer.is_base, flt.base),
    ):
        if value is not None:
            conditions.append(column == value)
    if flt.mark is not None:
        conditions.append(
            Customer.id.in_(
                select(CustomerMark.customer_id).where(
                    CustomerMark.kind == flt.mark, CustomerMark.cleared_at.is_(None)
                )
            )
        )
    return conditions


_COLUMNS = (
    Customer.id,
    Customer.name,
    Customer.sex,
    Customer.mobile,
    Customer.resident_id,
    Customer.consultant_id,
    User.display_name.label("consultant"),
    Customer.loyalty_class,
    Customer.membership_level,
    Customer.value_class,
    Customer.cumulative_spend,
    Customer.marks,
    Customer.is_base,
    Customer.last_service_on,
)


def _select(flt: CustomerFilter, sort: str) -> Select[Any]:
    order = (Customer.name, Customer.id) if sort == "name" else (Customer.id.desc(),)
    return (
        select(*_COLUMNS)
        .outerjoin(User, User.id == Customer.consultant_id)
        .where(*_conditions(flt))
        .order_by(*order)
    )


def _plates(session: Session, ids: Sequence[int]) -> dict[int, str]:
    plates: dict[int, list[str]] = {}
    if ids:
        for cid, plate in session.execute(
            select(Vehicle.customer_id, Vehicle.plate)
            .where(
                Vehicle.customer_id.in_(ids),
                Vehicle.deleted_at.is_(None),
                Vehicle.plate.is_not(None),
            )
            .order_by(Vehicle.customer_id, Vehicle.id)
        ):
            plates.setdefault(cid, []).append(plate)
    return {cid: " ".join(found) for cid, found in plates.items()}


def _rows(actor: Actor, session: Session, raw: Sequence[Any]) -> list[CustomerRow]:
    plates = _plates(session, [r.id for r in raw])
    return [
        CustomerRow(
            id=r.id,
            name=r.name,
            sex=r.sex,
            mobile=phone_for(actor, r.mobile, r.consultant_id),
            resident_id=resident_id_for(actor, r.resident_id),
            plates=plates.get(r.id, ""),
            consultant=r.consultant,
            loyalty_class=r.loyalty_class,
            membership_level=r.membership_level,
            value_class=r.value_class,
            cumulative_spend=r.cumulative_spend,
            marks=tuple(m for m in r.marks.split(",") if m),
            is_base=r.is_base,
            last_service_on=r.last_service_on,
        )
        for r in raw
    ]


def list_customers(
    db: Database,
    actor: Actor,
    flt: CustomerFilter = CustomerFilter(),
    *,
    offset: int = 0,
    limit: int = 100,
    sort: str = "recent",
) -> CustomerPage:
    """One page of the list and the number of customers the filter matches."""
    require(actor, Permission.CUSTOMERS_VIEW)
    with db.reader() as session:
        total = session.scalar(select(func.count()).select_from(Customer).where(*_conditions(flt)))
        raw = session.execute(_select(flt, sort).offset(offset).limit(limit)).all()
        return CustomerPage(tuple(_rows(actor, session, raw)), total or 0)


def iter_customers(
    db: Database, actor: Actor, flt: CustomerFilter, sort: str = "recent", chunk: int = 2000
) -> Iterator[CustomerRow]:
    """Every customer the filter matches, for an export: read in keyset chunks so memory
    stays flat however large the store is."""
    require(actor, Permission.CUSTOMERS_VIEW)
    with db.reader() as session:
        stmt = _select(flt, "recent")
        last_id: int | None = None
        while True:
            page = stmt if last_id is None else stmt.where(Customer.id < last_id)
            raw = session.execute(page.limit(chunk)).all()
            if not raw:
                return
            yield from _rows(actor, session, raw)
            last_id = raw[-1].id


def count_customers(db: Database, actor: Actor, flt: CustomerFilter) -> int:
    require(actor, Permission.CUSTOMERS_VIEW)
    with db.reader() as session:
        return (
            session.scalar(select(func.count()).select_from(Customer).where(*_conditions(flt))) or 0
        )


@dataclass(frozen=True)
class ListChoices:
    """What the list's filters and the card offer: membership tiers, consultants, advisors."""

    memberships: tuple[tuple[str, str], ...]
    consultants: tuple[tuple[int, str], ...]
    advisors: tuple[tuple[int, str], ...] = ()


def list_choices(db: Database, lang: str | None = None) -> ListChoices:
    lang = lang or current_language()
    with db.reader() as session:
        memberships = tuple(
            (row.code, (row.name_en if lang == "en" else row.name_zh) or row.code)
            for row in session.execute(
                select(MembershipRule.code, MembershipRule.name_zh, MembershipRule.name_en)
                .where(MembershipRule.deleted_at.is_(None))
                .order_by(MembershipRule.sort_order, MembershipRule.id)
            )
        )

        def staff(role: Role) -> tuple[tuple[int, str], ...]:
            return tuple(
                (row.id, row.display_name)
                for row in session.execute(
                    select(User.id, User.display_name)
                    .where(User.role == role, User.active.is_(True), User.deleted_at.is_(None))
                    .order_by(User.display_name)
                )
            )

        return ListChoices(memberships, staff(Role.CONSULTANT), staff(Role.SERVICE_ADVISOR))
