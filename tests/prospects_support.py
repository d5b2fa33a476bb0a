"""Small builders shared by the prospect tests: staff, customers, actors."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from showroom.db import Database
from showroom.models import Customer, RefItem, RefKind, Role, User
from showroom.services.context import Actor


@dataclass(frozen=True)
class Staff:
    manager: Actor
    alice: Actor  # consultant
    bob: Actor  # consultant
    reception: Actor


def add_staff(db: Database) -> Staff:
    made: dict[str, Actor] = {}
    with db.session() as s:
        for username, name, role in (
            ("wang", "王经理", Role.MANAGER),
            ("alice", "李丽", Role.CONSULTANT),
            ("bob", "张伟", Role.CONSULTANT),
            ("desk", "前台小陈", Role.RECEPTION),
        ):
            user = User(username=username, display_name=name, role=role)
            s.add(user)
            s.flush()
            made[username] = Actor(user.id, username, name, role)
    return Staff(made["wang"], made["alice"], made["bob"], made["desk"])


def add_customer(db: Database, name: str = "赵先生", mobile: str = "13800138000") -> int:
    with db.session() as s:
        customer = Customer(name=name, mobile=mobile, mobile_tail=mobile[-4:])
        s.add(customer)
        s.flush()
        return customer.id


def ref_id(db: Database, kind: RefKind, code: str) -> int:
    with db.reader() as s:
        return s.scalars(select(RefItem.id).where(RefItem.kind == kind, RefItem.code == code)).one()
