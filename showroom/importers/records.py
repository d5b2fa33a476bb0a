"""Writing imported rows: finding the person a row is about, applying the duplicate
policy, and saving new records whose parents are saved in the same batch.

Records created earlier in the same batch have no id until the batch is flushed, so a
reference to a record is either its id (``int``) or the unsaved object; :class:`Pending`
sets the foreign keys once the parents have their ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeAlias

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from showroom.i18n import Msg
from showroom.keys import customer_keys
from showroom.models import Base, Customer
from showroom.validation import resident_id_info

from . import messages as m
from .parsing import ParsedRow

#: A saved record's id, or a record created in this batch and not flushed yet.
Ref: TypeAlias = "int | Any"


def ref_id(ref: Ref) -> int | None:
    return ref if isinstance(ref, int) else ref.id


def _as_id(value: Any) -> Any:
    if isinstance(value, tuple):
        return tuple(_as_id(item) for item in value)
    return value.id if isinstance(value, Base) else value


def settle(cache: dict[Any, Any]) -> None:
    """After a batch is saved: records are known by id from then on (objects die with
    their session); keys and values that were unsaved objects become their ids."""
    settled = {_as_id(key): _as_id(value) for key, value in cache.items()}
    cache.clear()
    cache.update(settled)


def plain(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


class Pending:
    """Adds new records to the session, holding back those whose parents are unsaved."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.waiting: list[tuple[Any, dict[str, Any]]] = []

    def add(self, obj: Any, **links: Ref | None) -> Any:
        deferred: dict[str, Any] = {}
        for attr, target in links.items():
            if target is None:
                continue
            target_id = ref_id(target)
            if target_id is None:
                deferred[attr] = target
            else:
                setattr(obj, attr, target_id)
        if deferred:
            self.waiting.append((obj, deferred))
        else:
            self.session.add(obj)
        return obj

    def flush(self) -> None:
        self.session.flush()
        while self.waiting:
            ready = [(o, links) for o, links in self.waiting
                     if all(t.id is not None for t in links.values())]  # fmt: skip
            if not ready:  # a parent that was never added: a programming error
                raise RuntimeError("imported records refer to records that were never saved")
            self.waiting = [w for w in self.waiting if w not in ready]
            for obj, links in ready:
                for attr, target in links.items():
                    setattr(obj, attr, target.id)
                self.session.add(obj)
            self.session.flush()


def apply_policy(obj: Any, values: Mapping[str, Any], policy: str) -> dict[str, Any]:
    """Sets ``values`` on ``obj`` as the policy says; returns the old values it replaced.

    fill: only fields that are empty now; overwrite: every field the row has a value for;
    skip: nothing. Empty cells never erase what is stored.
    """
    before: dict[str, Any] = {}
    if policy == "skip":
        return before
    for attr, value in values.items():
        if value is None:
            continue
        current = getattr(obj, attr)
        if policy == "fill" and current not in (None, ""):
            continue
        if current != value:
            before[attr] = plain(current)
            setattr(obj, attr, value)
    return before


POLICY_MSGS = {"fill": m.POLICY_FILL, "overwrite": m.POLICY_OVERWRITE, "skip": m.POLICY_SKIP}


# ------------------------------------------------------------------------- customers

#: Row fields stored on the customer under the same name.
CUSTOMER_ATTRS = (
    "name", "sex", "resident_id", "birthday", "mobile", "home_phone", "office_phone", "email",
    "wechat", "occupation", "company", "home_address", "home_postcode", "work_address",
    "work_postcode", "fax", "hobbies", "notes",
)  # fmt: skip


def customer_values(values: Mapping[str, Any]) -> dict[str, Any]:
    out = {attr: values.get(attr) for attr in CUSTOMER_ATTRS}
    out["source_id"] = values.get("source")
    out["consultant_id"] = values.get("consultant")
    return out


def refresh_customer(customer: Customer) -> None:
    """Derived fields: birthday and sex from the resident ID, the search keys."""
    info = resident_id_info(customer.resident_id) if customer.resident_id else None
    if info is not None:
        if customer.birthday is None:
            customer.birthday = info.birth_date
        if customer.sex is None:
            customer.sex = info.sex
    for attr, value in customer_keys(customer.name, customer.mobile, customer.birthday).items():
        if getattr(customer, attr) != value:
            setattr(customer, attr, value)


class People:
    """Finds the customer a row is about (same mobile or same resident ID), across the
    database and the rows already imported from this file, and creates missing ones."""

    def __init__(self, pending_for: Any) -> None:
        self._pending_for = pending_for  # callable returning this batch's Pending
        self.by_mobile: dict[str, Ref] = {}
        self.by_rid: dict[str, Ref] = {}
        #: Mobiles shared by several customers: no longer a signal of the same person.
        self.ambiguous: dict[str, int] = {}
        #: Row of this file that first named each customer.
        self.first_row: dict[Ref, int] = {}
        self._loaded: list[Customer] = []

    # --- per batch -------------------------------------------------------------------
    def prefetch(self, session: Session, mobiles: Iterable[str], rids: Iterable[str]) -> None:
        mobiles = {x for x in mobiles if x and x not in self.by_mobile and x not in self.ambiguous}
        rids = {x for x in rids if x and x not in self.by_rid}
        if not mobiles and not rids:
            return
        conditions = []
        if mobiles:
            conditions.append(Customer.mobile.in_(mobiles))
        if rids:
            conditions.append(Customer.resident_id.in_(rids))
        found = session.scalars(
            select(Customer)
            .where(or_(*conditions), Customer.deleted_at.is_(None))
            .order_by(Customer.id)
        ).all()
        self._loaded.extend(found)
        counts: dict[str, int] = {}
        for customer in found:
            if customer.mobile in mobiles:
                counts[customer.mobile] = counts.get(customer.mobile, 0) + 1
                self.by_mobile.setdefault(customer.mobile, customer.id)
            if customer.resident_id in rids:
                self.by_rid.setdefault(customer.resident_id, customer.id)
        for mobile, count in counts.items():
            if count > 1:
                self.ambiguous[mobile] = count
                del self.by_mobile[mobile]

    def end_batch(self) -> None:
        for cache in (self.by_mobile, self.by_rid, self.first_row):
            settle(cache)
        self._loaded.clear()

    # --- per row ---------------------------------------------------------------------
    def find(self, mobile: str | None, rid: str | None) -> tuple[Ref | None, Msg | None]:
        by_rid = self.by_rid.get(rid) if rid else None
        by_mobile = self.by_mobile.get(mobile) if mobile else None
        if by_rid is not None and by_mobile is not None and by_rid != by_mobile:
            return None, m.CONFLICTING_MATCH
        if by_rid is not None:
            return by_rid, None
        if mobile and mobile in self.ambiguous:
            return None, m.ambiguous_match(self.ambiguous[mobile])
        return by_mobile, None

    def create(self, session: Session, row: ParsedRow, values: Mapping[str, Any]) -> Customer:
        customer = Customer(**{k: v for k, v in values.items() if v is not None})
        refresh_customer(customer)
        self._pending_for().add(customer)
        self.remember(customer, values.get("mobile"), values.get("resident_id"), row.number)
        return customer

    def remember(self, ref: Ref, mobile: str | None, rid: str | None, row: int) -> None:
        if mobile and mobile not in self.ambiguous:
            self.by_mobile.setdefault(mobile, ref)
        if rid:
            self.by_rid.setdefault(rid, ref)
        self.first_row.setdefault(ref, row)

    def load(self, session: Session, ref: Ref) -> Customer:
        if isinstance(ref, int):
            customer = session.get(Customer, ref)
            assert customer is not None
            return customer
        return ref  # type: ignore[no-any-return]

    def seen_in_file(self, ref: Ref, row: int) -> int | None:
        """The earlier row of this file that named this customer, if any."""
        first = self.first_row.get(ref)
        return first if first is not None and first != row else None
