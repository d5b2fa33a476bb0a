"""Merging two records of one person, and undoing it (ARCHITECTURE.md §7: duplicates, full undo).

A merge moves everything that points at the duplicate — vehicles, services, visits,
prospects, test drives, orders, care calls, complaints, marks, consent events, the
customers they referred — to the surviving record, fills the survivor's empty fields
from the duplicate, and retires the duplicate (``merged_into_id``). The
:class:`CustomerMerge` row lists every moved row id and every filled field, which is
exactly what :func:`undo_merge` needs: it moves those rows back (those still on the
survivor), restores the fields the survivor has not changed since, and revives the
duplicate. Both are one transaction and one audit entry each.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.db.audit import record
from showroom.i18n import QT_TRANSLATE_NOOP
from showroom.models import (
    CareCall,
    Complaint,
    ConsentEvent,
    Customer,
    CustomerMark,
    CustomerMerge,
    Order,
    Prospect,
    ServiceRecord,
    TestDrive,
    Vehicle,
    Visit,
)
from showroom.models.base import Versioned
from showroom.validation import ValidationFailed

from .context import Actor
from .customer_classes import refresh_customers
from .customer_factory import refresh_derived
from .customer_lookup import NotFound, card_msg, live_customer, mobile_taken
from .customer_marks import mirror_marks
from .customers import CustomerInput
from .permissions import Permission, require

#: Every (model, column) that points at a customer and moves with the person.
MOVED_REFERENCES: tuple[tuple[type, str], ...] = (
    (Vehicle, "customer_id"),
    (ServiceRecord, "customer_id"),
    (Visit, "customer_id"),
    (Visit, "referrer_id"),
    (Prospect, "customer_id"),
    (Prospect, "referrer_id"),
    (TestDrive, "customer_id"),
    (Order, "customer_id"),
    (CareCall, "customer_id"),
    (Complaint, "customer_id"),
    (CustomerMark, "customer_id"),
    (ConsentEvent, "customer_id"),
    (Customer, "referred_by_id"),
)

#: Fields of the survivor filled from the duplicate where the survivor has none.
FILLED_FIELDS = (
    *(name for name in CustomerInput.__dataclass_fields__),
    "source_id",
    "referred_by_id",
)


def _key(model: type, column: str) -> str:
    return f"{model.__tablename__}.{column}"  # type: ignore[attr-defined]


def _move(session: Session, model: type, column: str, ids: list[int], to_id: int) -> None:
    if not ids:
        return
    values: dict[str, Any] = {column: to_id}
    if issubclass(model, Versioned):
        # A form open on a moved row must not save over the move unnoticed.
        values["version"] = model.version + 1  # type: ignore[attr-defined]
    for start in range(0, len(ids), 500):
        session.execute(
            update(model)
            .where(model.id.in_(ids[start : start + 500]))  # type: ignore[attr-defined]
            .values(values)
            .execution_options(synchronize_session=False)
        )


def merge_customers(db: Database, actor: Actor, survivor_id: int, merged_id: int) -> int:
    """Merges ``merged_id`` into ``survivor_id``; returns the merge's id (for undo)."""
    require(actor, Permission.CUSTOMERS_MERGE)
    if survivor_id == merged_id:
        raise ValidationFailed(
            {
                "merged_id": card_msg(
                    QT_TRANSLATE_NOOP("Customers", "A record cannot merge with itself.")
                )
            }
        )
    with db.session(actor.user_id) as session:
        survivor = live_customer(session, survivor_id)
        duplicate = live_customer(session, merged_id)
        moved: dict[str, list[int]] = {}
        for model, column in MOVED_REFERENCES:
            attribute = getattr(model, column)
            stmt = select(model.id).where(attribute == merged_id)  # type: ignore[attr-defined]
            if model is Customer:
                stmt = stmt.where(Customer.id != survivor_id)
            ids = list(session.scalars(stmt))
            if ids:
                moved[_key(model, column)] = ids
                _move(session, model, column, ids, survivor_id)
        filled: dict[str, list[Any]] = {}
        for name in FILLED_FIELDS:
            mine, theirs = getattr(survivor, name), getattr(duplicate, name)
            if name == "referred_by_id" and theirs == survivor_id:
                continue
            if mine in (None, "") and theirs not in (None, ""):
                filled[name] = [mine, _plain(theirs)]
                setattr(survivor, name, theirs)
        survivor.referral_count += duplicate.referral_count
        refresh_derived(survivor, identity=False)
        duplicate.merged_into_id = survivor_id
        merge = CustomerMerge(
            survivor_id=survivor_id,
            merged_id=merged_id,
            moved={"rows": moved, "fields": filled, "referrals": duplicate.referral_count},
        )
        session.add(merge)
        session.flush()
        # Rows were moved with UPDATE statements: reload what the session holds of them.
        session.expire_all()
        survivor = session.get(Customer, survivor_id)
        assert survivor is not None
        mirror_marks(session, survivor)
        refresh_customers(session, [survivor_id])
        record(
            session,
            "merge",
            "customers",
            survivor_id,
            merged_id=merged_id,
            merge_id=merge.id,
            rows={k: len(v) for k, v in moved.items()},
            fields=sorted(filled),
        )
        return merge.id


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _unplain(name: str, value: Any) -> Any:
    if name == "birthday" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def undo_merge(db: Database, actor: Actor, merge_id: int) -> None:
    """Splits a merge again: moved rows go back, filled fields are emptied, both records live."""
    require(actor, Permission.CUSTOMERS_MERGE)
    with db.session(actor.user_id) as session:
        merge = session.get(CustomerMerge, merge_id)
        if merge is None or merge.undone_at is not None:
            raise NotFound(
                card_msg(QT_TRANSLATE_NOOP("Customers", "This merge has already been undone."))
            )
        survivor = live_customer(session, merge.survivor_id)
        duplicate = session.get(Customer, merge.merged_id)
        assert duplicate is not None
        by_key = {_key(model, column): (model, column) for model, column in MOVED_REFERENCES}
        for key, ids in merge.moved.get("rows", {}).items():
            model, column = by_key[key]
            attribute = getattr(model, column)
            # Only rows still on the survivor go back: one moved on since belongs elsewhere.
            still_here = list(
                session.scalars(
                    select(model.id).where(  # type: ignore[attr-defined]
                        model.id.in_(ids),
                        attribute == survivor.id,  # type: ignore[attr-defined]
                    )
                )
            )
            _move(session, model, column, still_here, duplicate.id)
        for name, (old, new) in merge.moved.get("fields", {}).items():
            if _plain(getattr(survivor, name)) == new:
                setattr(survivor, name, _unplain(name, old))
        survivor.referral_count = max(
            0, survivor.referral_count - int(merge.moved.get("referrals", 0))
        )
        refresh_derived(survivor, identity=False)
        # Back as a customer of their own: if the survivor kept the mobile, the two share it
        # again, and the one-per-mobile index leaves this one out until they are merged.
        duplicate.duplicate_mobile = (
            mobile_taken(session, duplicate.mobile, duplicate.id) is not None
        )
        duplicate.merged_into_id = None
        merge.undone_at = dt.datetime.now()
        merge.undone_by_id = actor.user_id
        session.flush()
        session.expire_all()
        for customer_id in (merge.survivor_id, merge.merged_id):
            customer = session.get(Customer, customer_id)
            assert customer is not None
            mirror_marks(session, customer)
        refresh_customers(session, [merge.survivor_id, merge.merged_id])
        record(
            session,
            "unmerge",
            "customers",
            merge.survivor_id,
            merged_id=merge.merged_id,
            merge_id=merge.id,
        )
