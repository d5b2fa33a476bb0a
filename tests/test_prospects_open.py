"""Opening a prospect: the first level change, the proposed date, no duplicate cards."""

from __future__ import annotations

import datetime as dt

import pytest
from prospects_support import add_customer, add_staff
from sqlalchemy import select

from showroom.db import Database
from showroom.models import LevelChange, Prospect, Setting, Visit
from showroom.services.permissions import PermissionDenied
from showroom.services.prospects import open_prospect
from showroom.validation import ValidationFailed

THU = dt.date(2024, 5, 9)


def test_open_prospect_writes_level_change_and_next_date(db: Database) -> None:
    staff = add_staff(db)
    customer = add_customer(db)
    with db.session(staff.alice.user_id) as s:
        p = open_prospect(
            s, staff.alice, customer_id=customer, level_code="h",
            consultant_id=staff.alice.user_id, note=" 想要白色 ", today=THU,
        )  # fmt: skip
        pid = p.id
    with db.reader() as s:
        p = s.get(Prospect, pid)
        assert p is not None
        assert (p.level, p.status, p.created_on) == ("H", "open", THU)
        assert p.next_followup_on == dt.date(2024, 5, 11)  # Saturday: ordinary day
        assert p.notes == "想要白色"
        changes = s.scalars(select(LevelChange).where(LevelChange.prospect_id == pid)).all()
        assert [(c.from_level, c.to_level, c.changed_by_id) for c in changes] == [
            (None, "H", staff.alice.user_id)
        ]


def test_open_prospect_skips_weekend_when_store_says_so(db: Database) -> None:
    staff = add_staff(db)
    customer = add_customer(db)
    with db.session() as s:
        s.get(Setting, "followups_skip_weekends").value = True  # type: ignore[union-attr]
    with db.session(staff.reception.user_id) as s:
        p = open_prospect(
            s, staff.reception, customer_id=customer, level_code="H",
            consultant_id=staff.bob.user_id, today=THU,
        )  # fmt: skip
        assert p.next_followup_on == dt.date(2024, 5, 13)
        assert p.consultant_id == staff.bob.user_id


def test_open_prospect_links_visit_and_reuses_open_card(db: Database) -> None:
    staff = add_staff(db)
    customer = add_customer(db)
    with db.session(staff.reception.user_id) as s:
        visit = Visit(
            visit_date=THU, arrived_at=dt.datetime(2024, 5, 9, 10), customer_id=customer,
            intended_colour="珍珠白",
        )  # fmt: skip
        s.add(visit)
        s.flush()
        first = open_prospect(
            s, staff.reception, customer_id=customer, level_code="B",
            consultant_id=staff.alice.user_id, visit_id=visit.id,
        )  # fmt: skip
        assert visit.prospect_id == first.id
        assert first.created_on == THU and first.intended_colour == "珍珠白"
        again = open_prospect(
            s, staff.reception, customer_id=customer, level_code="A",
            consultant_id=staff.alice.user_id, today=dt.date(2024, 5, 12),
        )  # fmt: skip
        assert again.id == first.id
        assert again.level == "A" and again.next_followup_on == dt.date(2024, 5, 16)
    with db.reader() as s:
        assert s.scalar(select(Prospect.id).where(Prospect.customer_id == customer)) == first.id
        levels = s.scalars(
            select(LevelChange.to_level)
            .where(LevelChange.prospect_id == first.id)
            .order_by(LevelChange.id)
        ).all()
        assert levels == ["B", "A"]


@pytest.mark.parametrize("code", ["", "Z", "O", "F"])
def test_open_prospect_needs_an_open_level(db: Database, code: str) -> None:
    staff = add_staff(db)
    customer = add_customer(db)
    with pytest.raises(ValidationFailed) as failed, db.session() as s:
        open_prospect(s, staff.alice, customer_id=customer, level_code=code, consultant_id=None)
    assert "level" in failed.value.errors
    with db.reader() as s:
        assert s.scalar(select(Prospect.id)) is None


def test_open_prospect_refuses_a_missing_customer(db: Database) -> None:
    staff = add_staff(db)
    with pytest.raises(ValidationFailed) as failed, db.session() as s:
        open_prospect(s, staff.alice, customer_id=9999, level_code="H", consultant_id=None)
    assert "customer" in failed.value.errors


def test_service_advisor_cannot_open_prospects(db: Database) -> None:
    from showroom.models import Role
    from showroom.services.context import Actor

    customer = add_customer(db)
    advisor = Actor(1, "sa", "服务顾问", Role.SERVICE_ADVISOR)
    with pytest.raises(PermissionDenied), db.session() as s:
        open_prospect(s, advisor, customer_id=customer, level_code="H", consultant_id=None)
