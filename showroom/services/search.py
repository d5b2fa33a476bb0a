"""Global search: a phone (or its last four digits), plate, VIN, name or pinyin → customers.

Every branch is an indexed equality or prefix range (``col >= q AND col < q + U+FFFF``)
rather than ``LIKE``, because a range uses the B-tree index on SQLite and PostgreSQL alike
whatever the collation; each branch is capped, so a one-letter query costs no more than a
precise one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.models import Customer, User, Vehicle
from showroom.pinyin import search_key
from showroom.validation import normalize_plate, normalize_vin, phone_digits

from .context import Actor

_HIGH = "\uffff"
_CJK = re.compile(r"[\u3400-\u9fff]")
_PHONEISH = re.compile(r"^[\d\s+\-()]+$")


class MatchedOn(StrEnum):
    MOBILE = "mobile"
    MOBILE_TAIL = "mobile_tail"
    PHONE = "phone"
    NAME = "name"
    PINYIN = "pinyin"
    INITIALS = "initials"
    PLATE = "plate"
    VIN = "vin"


@dataclass(frozen=True)
class CustomerHit:
    id: int
    name: str
    sex: str | None
    mobile: str | None
    plates: tuple[str, ...]
    marks: tuple[str, ...]
    value_class: str | None
    consultant: str | None
    matched_on: MatchedOn


def _prefix(column: ColumnElement[str | None], text: str) -> ColumnElement[bool]:
    return (column >= text) & (column < text + _HIGH)


def _live(stmt: Select) -> Select:  # type: ignore[type-arg]
    return stmt.where(Customer.deleted_at.is_(None), Customer.merged_into_id.is_(None))


def _branches(query: str) -> Iterable[tuple[MatchedOn, Select]]:  # type: ignore[type-arg]
    ids = select(Customer.id)
    if _PHONEISH.match(query):
        digits = phone_digits(query)
        if len(digits) == 4:
            # The last four digits name about one customer in a thousand: the one seen most
            # recently is the likeliest to be back at the desk, so they come first.
            yield (
                MatchedOn.MOBILE_TAIL,
                _live(ids.where(Customer.mobile_tail == digits)).order_by(
                    Customer.last_visit_at.desc().nulls_last(), Customer.id.desc()
                ),
            )
        if len(digits) >= 3:
            yield MatchedOn.MOBILE, _live(ids.where(_prefix(Customer.mobile, digits)))
        if len(digits) >= 7:
            for column in (Customer.home_phone, Customer.office_phone):
                yield MatchedOn.PHONE, _live(ids.where(_prefix(column, digits)))
    if _CJK.search(query):
        yield MatchedOn.NAME, _live(ids.where(_prefix(Customer.name, query.strip())))
    plate = normalize_plate(query)
    if len(plate) >= 3 and any(ch.isdigit() for ch in plate):
        plate_col = Vehicle.plate if _CJK.match(plate) else Vehicle.plate_tail
        yield (
            MatchedOn.PLATE,
            _live(
                select(Vehicle.customer_id)
                .join(Customer, Customer.id == Vehicle.customer_id)
                .where(_prefix(plate_col, plate), Vehicle.deleted_at.is_(None))
            ),
        )
    key = search_key(query)
    if key and key.isalpha() and not _CJK.search(query):
        yield MatchedOn.INITIALS, _live(ids.where(_prefix(Customer.name_initials, key)))
        yield MatchedOn.PINYIN, _live(ids.where(_prefix(Customer.name_pinyin, key)))
    vin = normalize_vin(query)
    if len(vin) >= 8 and not _CJK.search(query):
        yield (
            MatchedOn.VIN,
            _live(
                select(Vehicle.customer_id)
                .join(Customer, Customer.id == Vehicle.customer_id)
                .where(_prefix(Vehicle.vin, vin), Vehicle.deleted_at.is_(None))
            ),
        )


def search_customers(db: Database, query: str, limit: int = 20) -> list[CustomerHit]:
    """Customers matching ``query``, best matches first, at most ``limit``."""
    query = query.strip()
    if not query:
        return []
    found: dict[int, MatchedOn] = {}
    with db.reader() as session:
        for matched_on, stmt in _branches(query):
            for cid in session.scalars(stmt.limit(limit)):
                found.setdefault(cid, matched_on)
            if len(found) >= limit:
                break
        return _hits(session, dict(list(found.items())[:limit]))


def _hits(session: Session, found: dict[int, MatchedOn]) -> list[CustomerHit]:
    if not found:
        return []
    rows = session.execute(
        select(
            Customer.id,
            Customer.name,
            Customer.sex,
            Customer.mobile,
            Customer.marks,
            Customer.value_class,
            User.display_name,
        )
        .outerjoin(User, User.id == Customer.consultant_id)
        .where(Customer.id.in_(found))
    ).all()
    plates: dict[int, list[str]] = {}
    for cid, plate in session.execute(
        select(Vehicle.customer_id, Vehicle.plate).where(
            Vehicle.customer_id.in_(found), Vehicle.deleted_at.is_(None), Vehicle.plate.is_not(None)
        )
    ):
        plates.setdefault(cid, []).append(plate)
    by_id = {row.id: row for row in rows}
    return [
        CustomerHit(
            id=cid,
            name=by_id[cid].name,
            sex=by_id[cid].sex,
            mobile=by_id[cid].mobile,
            plates=tuple(plates.get(cid, ())),
            marks=tuple(m for m in by_id[cid].marks.split(",") if m),
            value_class=by_id[cid].value_class,
            consultant=by_id[cid].display_name,
            matched_on=matched_on,
        )
        for cid, matched_on in found.items()
        if cid in by_id
    ]


def search_customers_as(
    db: Database, actor: Actor, query: str, limit: int = 20
) -> list[CustomerHit]:
    """:func:`search_customers` on behalf of ``actor``: refused without ``CUSTOMERS_VIEW``,
    and each mobile as the actor's role may see it (masked for reception, consultants and
    advisors: showroom.masking's rule), for callers that print what they get."""
    from dataclasses import replace

    from showroom.masking import phone_for

    from .permissions import Permission, require

    require(actor, Permission.CUSTOMERS_VIEW)
    return [
        replace(hit, mobile=phone_for(actor, hit.mobile))
        for hit in search_customers(db, query, limit=limit)
    ]
