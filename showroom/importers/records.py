"""Writing imported rows: finding the person a row is about, applying the duplicate
policy, and saving new records whose parents are saved in the same batch.

Records created earlier in the same batch have no id until the batch is flushed, so a
reference to a record is either its id (``int``) or the unsaved object; :class:`Pending`
sets the foreign keys once the parents have their ids.
"""

from __future__ import annotations

import datetime as dt
import socket
from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeAlias

from sqlalchemy import Column, ColumnDefault, Table, insert, or_, select
from sqlalchemy.orm import Session

from showroom.i18n import Msg
from showroom.models import AuditEntry, Base, Customer
from showroom.services.customer_factory import new_customer

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


def plain(value: object) -> object:
    """A value as JSON keeps it (the audit trail and ``ImportedRow.before``)."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


class RefCache(dict[Any, Any]):
    """A dict of records by key that remembers which entries hold unsaved objects.

    After a batch is saved, :meth:`settle` turns those keys and values into ids (objects
    die with their session). Only the batch's own entries are visited: settling the whole
    cache each batch would make a 50,000-row import quadratic.
    """

    def __init__(self) -> None:
        super().__init__()
        self._unsaved: list[Any] = []

    def __setitem__(self, key: Any, value: Any) -> None:
        if _unsaved(key) or _unsaved(value):
            self._unsaved.append(key)
        super().__setitem__(key, value)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def settle(self) -> None:
        for key in self._unsaved:
            if key in self:
                value = super().pop(key)
                super().__setitem__(_as_id(key), _as_id(value))
        self._unsaved.clear()


def _unsaved(value: Any) -> bool:
    if isinstance(value, tuple):
        return any(isinstance(item, Base) for item in value)
    return isinstance(value, Base)


class Pending:
    """New records of one batch, inserted together when the batch is saved.

    Each table's new rows go in as one multi-row INSERT … RETURNING id, parents before
    children (so a visit gets the id of the customer created two rows above it), with
    one audit row per record in the same transaction — the same "create" entries the
    audit hook writes for records saved one by one through the ORM. Going through the
    ORM unit of work instead costs several times as much per row, which a 50,000-row
    file feels. Changes to records that already exist still go through the ORM (and its
    audit hook) on ``session.flush()``.
    """

    def __init__(self, session: Session, user_id: int | None) -> None:
        self.session = session
        self.user_id = user_id
        self.new: list[tuple[Any, dict[str, Any]]] = []

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
        self.new.append((obj, deferred))
        return obj

    def flush(self) -> None:
        self.session.flush()
        by_table: dict[Table, list[tuple[Any, dict[str, Any]]]] = defaultdict(list)
        for obj, links in self.new:
            by_table[obj.__table__].append((obj, links))
        audit: list[dict[str, Any]] = []
        now = dt.datetime.now()
        for table in Base.metadata.sorted_tables:  # parents before children
            items = by_table.pop(table, None)
            if items:
                audit += self._insert(table, items, now)
        if by_table:  # pragma: no cover - a table missing from the metadata
            raise RuntimeError(f"cannot import into {list(by_table)}")
        if audit:
            self.session.execute(insert(AuditEntry), audit)
        self.new.clear()

    def _insert(
        self, table: Table, items: list[tuple[Any, dict[str, Any]]], now: dt.datetime
    ) -> list[dict[str, Any]]:
        columns = [c for c in table.columns if not c.primary_key]
        rows = []
        for obj, links in items:
            for attr, target in links.items():
                if target.id is None:
                    raise RuntimeError("an imported record refers to one that was never saved")
                setattr(obj, attr, target.id)
            rows.append({c.key: _value(obj, c) for c in columns})
        if "created_by_id" in table.c:
            for row in rows:
                if row["created_by_id"] is None:
                    row["created_by_id"] = self.user_id
        ids = self.session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
        ).scalars()
        audited = "version" in table.c  # editable (versioned) rows are the audited ones
        entries = []
        for (obj, _links), row, new_id in zip(items, rows, ids, strict=True):
            obj.id = new_id
            if audited:
                changes = {k: plain(v) for k, v in row.items()
                           if v is not None and k not in _AUDIT_SKIP}  # fmt: skip
                entries.append({
                    "at": now, "user_id": self.user_id, "action": "create",
                    "entity": table.name, "entity_id": new_id, "changes": changes,
                    "workstation": _WORKSTATION,
                })  # fmt: skip
        return entries


#: Columns the audit trail leaves out of a "create" entry (as the audit hook does).
_AUDIT_SKIP = {"created_at", "updated_at", "version", "created_by_id"}
_WORKSTATION = socket.gethostname()[:80]


def _value(obj: Any, column: Column[Any]) -> Any:
    """The object's value for ``column``, or the column's Python-side default."""
    value = getattr(obj, column.key)
    default = column.default
    if value is None and isinstance(default, ColumnDefault):
        value = default.arg(None) if default.is_callable else default.arg  # type: ignore[operator]
    return value


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


class People:
    """Finds the customer a row is about (same mobile or same resident ID), across the
    database and the rows already imported from this file, and creates missing ones."""

    def __init__(self, pending_for: Any) -> None:
        self._pending_for = pending_for  # callable returning this batch's Pending
        self.by_mobile = RefCache()
        self.by_rid = RefCache()
        #: Mobiles shared by several customers: no longer a signal of the same person.
        self.ambiguous: dict[str, int] = {}
        #: Row of this file that first named each customer.
        self.first_row = RefCache()
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
            cache.settle()
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
        # Empty cells are left out so the columns' defaults apply.
        customer = new_customer(**{k: v for k, v in values.items() if v is not None})
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
