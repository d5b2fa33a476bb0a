"""Reassigning prospects, editing the card header, cancelling an order."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from prospects_support import Staff, add_customer, add_staff
from sqlalchemy import select

from showroom.db import Database
from showroom.models import (
    AuditEntry,
    CarModel,
    Customer,
    LevelChange,
    Order,
    OrderStatus,
    Prospect,
    ProspectStatus,
)
from showroom.reports import daily_report
from showroom.services.conflicts import EditConflict
from showroom.services.context import Actor
from showroom.services.follow_ups import record_follow_up
from showroom.services.funnel import funnel
from showroom.services.orders import record_delivery, record_order
from showroom.services.permissions import PermissionDenied
from showroom.services.prospect_manage import (
    cancel_order,
    edit_prospect_header,
    header_values,
    reassign_prospects,
)
from showroom.services.prospects import open_prospect
from showroom.validation import ValidationFailed

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
_PHONES = itertools.count(13800138001)


def _open(db: Database, who: Actor, level: str = "B", name: str = "赵先生") -> int:
    customer = add_customer(db, name=name, mobile=str(next(_PHONES)))
    with db.session(who.user_id) as s:
        # The customer's own consultant is the prospect's, as the visitor log sets it.
        s.get(Customer, customer).consultant_id = who.user_id  # type: ignore[union-attr]
        return open_prospect(
            s, who, customer_id=customer, level_code=level, consultant_id=who.user_id,
            today=TODAY - 10 * DAY,
        ).id  # fmt: skip


def _get(db: Database, prospect_id: int) -> tuple[Prospect, Customer]:
    with db.reader() as s:
        p = s.get(Prospect, prospect_id)
        assert p is not None
        c = s.get(Customer, p.customer_id)
        assert c is not None
        s.expunge_all()
        return p, c


def _model_id(db: Database) -> int:
    with db.reader() as s:
        return s.scalars(select(CarModel.id).order_by(CarModel.id)).first()  # type: ignore[return-value]


# ------------------------------------------------------------------------------ reassign


def test_reassign_one_prospect_moves_it_and_its_customer(db: Database) -> None:
    staff = add_staff(db)
    pid = _open(db, staff.alice, name="钱一")
    other = _open(db, staff.alice, name="孙二")
    done = reassign_prospects(
        db, staff.manager, prospect_ids=[pid], to_consultant_id=staff.bob.user_id, note="客户要求"
    )
    assert done.prospect_ids == [pid]
    prospect, customer = _get(db, pid)
    assert prospect.consultant_id == staff.bob.user_id
    assert customer.consultant_id == staff.bob.user_id
    assert _get(db, other)[0].consultant_id == staff.alice.user_id
    with db.reader() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "reassign", AuditEntry.entity_id == pid)
        ).one()
    assert entry.changes["note"] == "客户要求"
    assert entry.changes["from"] == staff.alice.user_id
    assert entry.user_id == staff.manager.user_id


def test_reassign_all_open_prospects_of_a_consultant(db: Database) -> None:
    staff = add_staff(db)
    first = _open(db, staff.alice, name="钱一")
    second = _open(db, staff.alice, name="孙二")
    ordered = _open(db, staff.alice, name="李三")
    record_order(
        db, staff.alice, ordered, ordered_on=TODAY, model_id=_model_id(db), colour=None,
        price="100000",
    )  # fmt: skip
    bobs = _open(db, staff.bob, name="周四")
    # A customer whose own consultant is someone else keeps them.
    with db.session() as s:
        s.get(Customer, s.get(Prospect, second).customer_id).consultant_id = staff.manager.user_id  # type: ignore[union-attr]

    done = reassign_prospects(
        db, staff.manager, from_consultant_id=staff.alice.user_id,
        to_consultant_id=staff.bob.user_id, note="离职",
    )  # fmt: skip
    assert sorted(done.prospect_ids) == sorted([first, second])
    assert _get(db, first)[0].consultant_id == staff.bob.user_id
    assert _get(db, first)[1].consultant_id == staff.bob.user_id
    assert _get(db, second)[0].consultant_id == staff.bob.user_id
    assert _get(db, second)[1].consultant_id == staff.manager.user_id
    assert _get(db, ordered)[0].consultant_id == staff.alice.user_id  # closed: stays
    assert _get(db, bobs)[0].consultant_id == staff.bob.user_id


def test_reassign_refused_for_a_consultant_and_to_a_non_consultant(db: Database) -> None:
    staff = add_staff(db)
    pid = _open(db, staff.alice)
    with pytest.raises(PermissionDenied):
        reassign_prospects(db, staff.alice, prospect_ids=[pid], to_consultant_id=staff.bob.user_id)
    with pytest.raises(ValidationFailed) as failed:
        reassign_prospects(
            db, staff.manager, prospect_ids=[pid], to_consultant_id=staff.reception.user_id
        )
    assert "consultant" in failed.value.errors
    with pytest.raises(ValidationFailed) as failed:
        reassign_prospects(
            db, staff.manager, from_consultant_id=staff.alice.user_id,
            to_consultant_id=staff.alice.user_id,
        )  # fmt: skip
    assert "consultant" in failed.value.errors
    assert _get(db, pid)[0].consultant_id == staff.alice.user_id


# ------------------------------------------------------------------------------ header


def test_header_edit_saves_and_rejects_a_bad_field(db: Database) -> None:
    staff = add_staff(db)
    pid = _open(db, staff.alice)
    version, before = header_values(db, staff.alice, pid)
    with pytest.raises(ValidationFailed) as failed:
        edit_prospect_header(
            db, staff.alice, pid, version=version, original=before,
            changes={"budget": "十五万", "payment": "barter", "competitors": "雅阁"},
        )  # fmt: skip
    assert set(failed.value.errors) == {"budget", "payment"}
    assert _get(db, pid)[0].competitors is None  # nothing half-saved

    new_version = edit_prospect_header(
        db, staff.alice, pid, version=version, original=before,
        changes={"budget": "150,000", "payment": "loan", "competitors": "雅阁、凯美瑞",
                 "intended_colour": " 白色 ", "notes": ""},
    )  # fmt: skip
    assert new_version == version + 1
    prospect, _ = _get(db, pid)
    assert prospect.budget == 150000
    assert prospect.payment == "loan"
    assert prospect.competitors == "雅阁、凯美瑞"
    assert prospect.intended_colour == "白色"
    # Another consultant may not edit it; the manager may.
    with pytest.raises(PermissionDenied):
        edit_prospect_header(
            db, staff.bob, pid, version=new_version, changes={"intended_colour": "黑色"}
        )
    edit_prospect_header(
        db, staff.manager, pid, version=new_version, changes={"intended_colour": "黑色"}
    )
    assert _get(db, pid)[0].intended_colour == "黑色"


def test_header_edit_on_a_stale_version_conflicts(db: Database) -> None:
    staff = add_staff(db)
    pid = _open(db, staff.alice)
    version, before = header_values(db, staff.alice, pid)
    edit_prospect_header(
        db, staff.manager, pid, version=version, original=before, changes={"budget": "120000"}
    )
    with pytest.raises(EditConflict) as clash:
        edit_prospect_header(
            db, staff.alice, pid, version=version, original=before,
            changes={"budget": "180000", "intended_colour": "红色"},
        )  # fmt: skip
    assert clash.value.fields == ["budget"]
    prospect, _ = _get(db, pid)
    assert prospect.budget == 120000 and prospect.intended_colour is None
    # A field only I changed goes through on the stale version (theirs kept).
    edit_prospect_header(
        db, staff.alice, pid, version=version, original=before,
        changes={"intended_colour": "红色"},
    )  # fmt: skip
    prospect, _ = _get(db, pid)
    assert prospect.budget == 120000 and prospect.intended_colour == "红色"


# ------------------------------------------------------------------------------ cancel


def _ordered(db: Database, staff: Staff) -> tuple[int, int]:
    pid = _open(db, staff.alice, level="B")
    record_follow_up(
        db, staff.alice, pid, method="phone", content="报价", feedback=None, new_level="A",
        followed_on=TODAY - 5 * DAY,
    )  # fmt: skip
    order = record_order(
        db, staff.alice, pid, ordered_on=TODAY, model_id=_model_id(db), colour="白",
        price="129800",
    )  # fmt: skip
    return pid, order.order_id


def test_cancel_order_returns_the_prospect_to_its_level_and_drops_the_order(
    db: Database,
) -> None:
    staff = add_staff(db)
    pid, order_id = _ordered(db, staff)
    other_pid = _open(db, staff.alice, name="孙二")
    record_order(
        db, staff.alice, other_pid, ordered_on=TODAY, model_id=_model_id(db), colour=None,
        price="99000",
    )  # fmt: skip
    assert funnel(db, staff.manager, TODAY, TODAY).count("orders") == 2
    assert daily_report(db, staff.manager, TODAY).total.day.orders == 2

    with pytest.raises(ValidationFailed) as failed:
        cancel_order(db, staff.alice, order_id, "  ")
    assert "reason" in failed.value.errors
    with pytest.raises(PermissionDenied):
        cancel_order(db, staff.bob, order_id, "不要了")

    done = cancel_order(db, staff.alice, order_id, "资金不足")
    assert done.level == "A"
    prospect, _ = _get(db, pid)
    assert (prospect.level, prospect.status) == ("A", ProspectStatus.OPEN)
    assert prospect.closed_on is None and prospect.next_followup_on is not None
    with db.reader() as s:
        order = s.get(Order, order_id)
        assert order is not None
        assert order.status == OrderStatus.CANCELLED and order.cancelled_on == TODAY
        last = s.scalars(
            select(LevelChange)
            .where(LevelChange.prospect_id == pid)
            .order_by(LevelChange.id.desc())
        ).first()
        assert last is not None and (last.from_level, last.to_level) == ("O", "A")
        assert s.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.action == "cancel", AuditEntry.entity_id == order_id
            )
        ).one() == {"reason": "资金不足"}
    assert funnel(db, staff.manager, TODAY, TODAY).count("orders") == 1
    assert daily_report(db, staff.manager, TODAY).total.day.orders == 1
    with pytest.raises(ValidationFailed):
        cancel_order(db, staff.alice, order_id, "再取消")


def test_cancel_after_delivery_is_refused(db: Database) -> None:
    staff = add_staff(db)
    pid, order_id = _ordered(db, staff)
    record_delivery(db, staff.alice, order_id, delivered_on=TODAY, vin=None, plate=None)
    with pytest.raises(ValidationFailed) as failed:
        cancel_order(db, staff.manager, order_id, "客户反悔")
    assert "order" in failed.value.errors
    with db.reader() as s:
        assert s.get(Order, order_id).status == OrderStatus.DELIVERED  # type: ignore[union-attr]
    assert _get(db, pid)[0].status == ProspectStatus.ORDERED
