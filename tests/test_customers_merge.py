"""Merging two records of one person moves everything and loses nothing; undo restores."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from customers_support import ID_MALE_1990, new_customer, new_vehicle, serve
from sqlalchemy import select

from showroom.db import Database
from showroom.models import (
    AuditEntry,
    CareCall,
    Complaint,
    ConsentEvent,
    Customer,
    CustomerMerge,
    Order,
    Prospect,
    ServiceRecord,
    TestDrive,
    Vehicle,
    Visit,
)
from showroom.services.context import Actor
from showroom.services.customer_card import load_card
from showroom.services.customer_lookup import NotFound
from showroom.services.customer_marks import set_mark
from showroom.services.customer_merge import MOVED_REFERENCES, merge_customers, undo_merge
from showroom.services.search import search_customers
from showroom.validation import ValidationFailed

DAY = dt.date(2024, 3, 1)
AT = dt.datetime(2024, 3, 1, 10, 0)


def _other_records(db: Database, cid: int, referrer: int) -> None:
    """One row of every other kind that points at the customer."""
    with db.session() as s:
        prospect = Prospect(customer_id=cid, created_on=DAY, level="A")
        # Someone the duplicate referred: the referral moves to the survivor too.
        referred = Prospect(customer_id=referrer, created_on=DAY, level="B", referrer_id=cid)
        s.add_all([prospect, referred])
        s.flush()
        vehicle = s.scalars(select(Vehicle).where(Vehicle.customer_id == cid)).first()
        assert vehicle is not None
        s.add_all(
            [
                Visit(visit_date=DAY, arrived_at=AT, customer_id=cid, prospect_id=prospect.id),
                Visit(visit_date=DAY, arrived_at=AT, customer_id=None, referrer_id=cid),
                TestDrive(prospect_id=prospect.id, customer_id=cid, driven_on=DAY),
                Order(
                    customer_id=cid,
                    prospect_id=prospect.id,
                    ordered_on=DAY,
                    price=Decimal(150000),
                    status="delivered",
                    delivered_on=DAY,
                    vehicle_id=vehicle.id,
                ),
                CareCall(
                    kind="delivery",
                    customer_id=cid,
                    vehicle_id=vehicle.id,
                    due_on=DAY,
                    done_at=AT,
                    outcome="reached",
                ),
                Complaint(customer_id=cid, received_at=AT, content="等待时间太长"),
                ConsentEvent(customer_id=cid, purpose="sales", granted=True, at=AT),
                Customer(name="被介绍人", referred_by_id=cid),
            ]
        )


def _snapshot(db: Database) -> dict[str, list[tuple[int, Any]]]:
    """Every (row id, customer reference) of every moved column."""
    result = {}
    with db.reader() as s:
        for model, column in MOVED_REFERENCES:
            attr = getattr(model, column)
            rows = s.execute(select(model.id, attr).order_by(model.id)).all()  # type: ignore[attr-defined]
            result[f"{model.__tablename__}.{column}"] = [tuple(r) for r in rows]
    return result


def test_merge_moves_everything_and_undo_restores(db: Database, actor: Actor) -> None:
    survivor = new_customer(db, actor, "张三", mobile="13812345678")
    duplicate = new_customer(db, actor, "张三", resident_id=ID_MALE_1990, email="zs@qq.com")
    referrer = new_customer(db, actor, "介绍人")
    keep_vid = new_vehicle(db, actor, survivor, 1)
    serve(db, actor, keep_vid, DAY, "maintenance", 10000, "300")
    vids = [new_vehicle(db, actor, duplicate, n) for n in (2, 3)]
    serve(db, actor, vids[0], DAY, "minor_repair", 5000, "800")
    set_mark(db, actor, duplicate, "vip", "集团客户")
    _other_records(db, duplicate, referrer)
    before = _snapshot(db)
    on_duplicate = {
        key: [row_id for row_id, ref in rows if ref == duplicate] for key, rows in before.items()
    }
    assert all(on_duplicate.values()), on_duplicate  # every kind of record is exercised

    merge_id = merge_customers(db, actor, survivor, duplicate)

    after = _snapshot(db)
    for key, rows in after.items():
        moved = dict(rows)
        for row_id in on_duplicate[key]:
            assert moved[row_id] == survivor, key
        assert len(rows) == len(before[key]), key  # nothing lost, nothing added
    card = load_card(db, actor, survivor)
    assert len(card.vehicles) == 3
    assert card.fields.resident_id == ID_MALE_1990  # filled from the duplicate
    assert card.fields.email == "zs@qq.com"
    assert card.fields.mobile == "13812345678"  # the survivor's own value stays
    assert card.mark_codes == ("vip",)
    assert card.cumulative_spend == Decimal("151100.00")  # 300 + 800 + the car
    kinds = {e.kind for e in card.timeline}
    assert {
        "service",
        "prospect",
        "visit",
        "test_drive",
        "order",
        "delivery",
        "care_call",
        "complaint",
        "mark",
    } <= kinds
    assert card.merges[0].merged_id == duplicate
    with pytest.raises(NotFound):
        load_card(db, actor, duplicate)
    assert [h.id for h in search_customers(db, "张三")] == [survivor]
    with db.reader() as s:
        assert s.scalar(
            select(AuditEntry.id).where(
                AuditEntry.action == "merge", AuditEntry.entity_id == survivor
            )
        )

    undo_merge(db, actor, merge_id)

    assert _snapshot(db) == before
    restored = load_card(db, actor, duplicate)
    assert restored.mark_codes == ("vip",) and len(restored.vehicles) == 2
    assert restored.cumulative_spend == Decimal("150800.00")
    card = load_card(db, actor, survivor)
    assert card.fields.resident_id == "" and card.fields.email == ""
    assert card.mark_codes == () and card.cumulative_spend == Decimal("300.00")
    with db.reader() as s:
        merge = s.get(CustomerMerge, merge_id)
        assert merge is not None and merge.undone_at is not None
    with pytest.raises(NotFound):
        undo_merge(db, actor, merge_id)


def test_rows_added_after_the_merge_stay_with_the_survivor(db: Database, actor: Actor) -> None:
    survivor = new_customer(db, actor, "李四")
    duplicate = new_customer(db, actor, "李四")
    vid = new_vehicle(db, actor, duplicate, 5)
    merge_id = merge_customers(db, actor, survivor, duplicate)
    later = serve(db, actor, vid, DAY, "maintenance", 8000, "400")
    undo_merge(db, actor, merge_id)
    with db.reader() as s:
        assert s.get(Vehicle, vid).customer_id == duplicate  # type: ignore[union-attr]
        # The service was recorded for the survivor while it owned the car; it stays theirs.
        assert s.get(ServiceRecord, later).customer_id == survivor  # type: ignore[union-attr]


def test_merge_refuses_nonsense(db: Database, actor: Actor) -> None:
    cid = new_customer(db, actor)
    other = new_customer(db, actor, "王五")
    with pytest.raises(ValidationFailed):
        merge_customers(db, actor, cid, cid)
    merge_customers(db, actor, cid, other)
    with pytest.raises(NotFound):
        merge_customers(db, actor, cid, other)  # already merged away
