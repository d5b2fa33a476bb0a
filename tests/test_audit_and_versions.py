"""Every saved change leaves one audit row; a stale save from another workstation is
refused instead of silently overwriting."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from showroom.db import Database
from showroom.keys import customer_keys
from showroom.models import AuditEntry, Customer
from showroom.services.context import Actor


def _new_customer(db: Database, actor: Actor, name: str = "张三") -> int:
    with db.session(actor.user_id) as session:
        customer = Customer(
            name=name, mobile="13812345678", **customer_keys(name, "13812345678", None)
        )
        session.add(customer)
        session.flush()
        return customer.id


def _audit(db: Database, customer_id: int) -> list[AuditEntry]:
    with db.reader() as session:
        return list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "customers", AuditEntry.entity_id == customer_id)
                .order_by(AuditEntry.id)
            )
        )


def test_create_update_and_soft_delete_are_audited(db: Database, actor: Actor) -> None:
    cid = _new_customer(db, actor)
    with db.session(actor.user_id) as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        customer.occupation = "教师"
    with db.session(actor.user_id) as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        customer.deleted_at = dt.datetime(2026, 11, 23, 10, 0)

    entries = _audit(db, cid)
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert all(e.user_id == actor.user_id for e in entries)
    assert entries[0].changes["name"] == "张三"
    assert entries[1].changes == {"occupation": [None, "教师"]}
    assert entries[2].changes == {"deleted_at": [None, "2026-11-23T10:00:00"]}
    with db.reader() as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        assert customer.created_by_id == actor.user_id
        assert customer.version == 3


def test_rolled_back_change_leaves_no_audit(db: Database, actor: Actor) -> None:
    cid = _new_customer(db, actor)
    with pytest.raises(RuntimeError), db.session(actor.user_id) as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        customer.occupation = "医生"
        session.flush()
        raise RuntimeError("the save failed half-way")
    assert [e.action for e in _audit(db, cid)] == ["create"]
    with db.reader() as session:
        customer = session.get(Customer, cid)
        assert customer is not None and customer.occupation is None


def test_stale_save_is_refused(db: Database, actor: Actor) -> None:
    cid = _new_customer(db, actor)
    # Two workstations load the same card …
    with db.reader() as session:
        theirs = session.get(Customer, cid)
    assert theirs is not None
    # … the first saves …
    with db.session(actor.user_id) as session:
        mine = session.get(Customer, cid)
        assert mine is not None
        mine.occupation = "教师"
    # … and the second, still holding version 1, must not overwrite it.
    with pytest.raises(StaleDataError), db.session(actor.user_id) as session:
        stale = session.merge(theirs, load=False)
        stale.occupation = "医生"
    with db.reader() as session:
        current = session.get(Customer, cid)
        assert current is not None and current.occupation == "教师"
