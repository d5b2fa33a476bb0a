"""Personal data only for those who need it: the card by role, audited reveals, who owns a
customer, whose follow-up texts one reads, and a visit to a colleague's customer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from customers_support import ID_MALE_1990
from export_checks import pdf_text
from prospects_support import Staff, add_staff
from sqlalchemy import select

from showroom.db import Database
from showroom.i18n import Msg
from showroom.models import AuditEntry, Customer, Prospect, RefItem, RefKind, Visit
from showroom.services.context import Actor
from showroom.services.customer_card import load_card, reveal_field
from showroom.services.customers import CustomerInput, create_customer, update_customer
from showroom.services.follow_ups import record_follow_up
from showroom.services.permissions import PermissionDenied
from showroom.services.prospect_queries import prospect_card, today_list
from showroom.services.prospect_types import FollowUpRow
from showroom.services.prospects import open_prospect
from showroom.services.visits import VisitInput, log_visit
from showroom.sheets.customer_card import CustomerCardSheet
from showroom.sheets.export import export
from showroom.sheets.prospects import PRIVATE_CONTENT, follow_up_cells
from showroom.validation import ValidationFailed

MOBILE = "13812345678"
HOME = "010-87654321"
OFFICE = "021-55556666"
ADDRESS = "北京市朝阳区建国路88号2单元301"
SECRET = "太太想要再优惠5%"
TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


def _customer(db: Database, staff: Staff) -> int:
    """Alice's customer with every maskable field filled."""
    data = CustomerInput(
        name="赵先生", resident_id=ID_MALE_1990, mobile=MOBILE, home_phone=HOME,
        office_phone=OFFICE, home_address=ADDRESS, consultant_id=staff.alice.user_id,
    )  # fmt: skip
    return create_customer(db, staff.manager, data)


def _prospect(db: Database, staff: Staff, cid: int, level: str = "A") -> int:
    with db.session(staff.alice.user_id) as s:
        return open_prospect(
            s, staff.alice, customer_id=cid, level_code=level,
            consultant_id=staff.alice.user_id, today=TODAY - 10 * DAY,
        ).id  # fmt: skip


def _visit(db: Database, cid: int, by: Actor, consultant: Actor, level: str, hour: int) -> int:
    with db.reader() as s:
        source = s.scalars(select(RefItem.id).where(RefItem.kind == RefKind.SOURCE)).first()
    arrived = dt.datetime.combine(TODAY, dt.time(hour, 0))
    data = VisitInput(
        arrived_at=arrived, customer_id=cid, level_given=level, source_id=source,
        consultant_id=consultant.user_id,
    )  # fmt: skip
    logged = log_visit(db, by, data, now=arrived + dt.timedelta(minutes=30))
    assert logged.prospect_id is not None
    return logged.visit_id


def _card_text(db: Database, actor: Actor, cid: int) -> str:
    card = load_card(db, actor, cid, "zh_CN")
    values = [str(v) for v in vars(card.fields).values()]
    return " ".join([*values, *(e.text for e in card.timeline)])


@pytest.mark.parametrize("who", ["reception", "bob"])
def test_reception_and_a_colleague_see_no_full_number_on_the_card(db: Database, who: str) -> None:
    staff = add_staff(db)
    cid = _customer(db, staff)
    actor = getattr(staff, who)
    card = load_card(db, actor, cid)
    text = _card_text(db, actor, cid)
    for full in (ID_MALE_1990, MOBILE, HOME, OFFICE, ADDRESS):
        assert full not in text
    assert card.fields.mobile == "138****5678"
    assert card.fields.resident_id == "440***********1234"
    assert card.fields.home_address == "北京市朝阳区" + "*" * (len(ADDRESS) - 6)
    assert card.masked == {"resident_id", "mobile", "home_phone", "office_phone", "home_address"}
    assert card.may_reveal


def test_the_owner_sees_phones_and_the_manager_everything(db: Database) -> None:
    staff = add_staff(db)
    cid = _customer(db, staff)
    own = load_card(db, staff.alice, cid)
    assert own.fields.mobile == MOBILE and own.fields.home_address == ADDRESS
    assert own.fields.resident_id == "440***********1234"  # the ID only for managers
    assert own.masked == {"resident_id"}
    full = load_card(db, staff.manager, cid)
    assert full.fields.resident_id == ID_MALE_1990 and full.masked == frozenset()
    assert not full.may_reveal


def test_the_card_pdf_masks_as_the_screen(db: Database, tmp_path: Path) -> None:
    staff = add_staff(db)
    cid = _customer(db, staff)
    seen = {}
    for who in ("reception", "manager"):
        path = tmp_path / f"{who}.pdf"
        export(db, getattr(staff, who), CustomerCardSheet(cid), "pdf", path, lang="zh_CN")
        seen[who] = pdf_text(path)
    for full in (ID_MALE_1990, MOBILE, HOME, OFFICE):
        assert full not in seen["reception"]
        assert full in seen["manager"]  # the search would find them
    assert "138****5678" in seen["reception"]


def test_a_reveal_is_audited_per_field(db: Database) -> None:
    staff = add_staff(db)
    cid = _customer(db, staff)
    assert reveal_field(db, staff.reception, cid, "mobile") == MOBILE
    assert reveal_field(db, staff.bob, cid, "resident_id") == ID_MALE_1990
    with db.reader() as s:
        rows = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "reveal").order_by(AuditEntry.id)
        ).all()
    assert [(r.user_id, r.entity, r.entity_id, r.changes["field"]) for r in rows] == [
        (staff.reception.user_id, "customers", cid, "mobile"),
        (staff.bob.user_id, "customers", cid, "resident_id"),
    ]
    assert all(r.at is not None for r in rows)
    with pytest.raises(ValueError):
        reveal_field(db, staff.reception, cid, "name")  # not a masked field


def test_saving_a_masked_card_keeps_the_stored_numbers(db: Database) -> None:
    staff = add_staff(db)
    cid = _customer(db, staff)
    card = load_card(db, staff.reception, cid)
    edited = CustomerInput(**{**vars(card.fields), "occupation": "教师"})
    update_customer(db, staff.reception, cid, card.version, edited, card.fields)
    with db.reader() as s:
        stored = s.get(Customer, cid)
        assert stored is not None
        assert (stored.mobile, stored.resident_id) == (MOBILE, ID_MALE_1990)
        assert stored.home_phone == HOME
        assert stored.home_address == ADDRESS and stored.occupation == "教师"


def test_a_consultant_cannot_take_a_colleagues_customer(db: Database) -> None:
    staff = add_staff(db)
    cid = _customer(db, staff)
    card = load_card(db, staff.bob, cid)
    taken = CustomerInput(**{**vars(card.fields), "consultant_id": staff.bob.user_id})
    with pytest.raises(ValidationFailed) as failed:
        update_customer(db, staff.bob, cid, card.version, taken, card.fields)
    assert set(failed.value.errors) == {"consultant_id"}
    assert isinstance(failed.value.errors["consultant_id"], Msg)
    with pytest.raises(ValidationFailed):  # nor without the form's original values
        update_customer(db, staff.bob, cid, card.version, taken)
    with db.reader() as s:
        assert s.get(Customer, cid).consultant_id == staff.alice.user_id  # type: ignore[union-attr]
    # The owner hands over; the manager reassigns; both land in the audit trail.
    own = load_card(db, staff.alice, cid)
    handed = CustomerInput(**{**vars(own.fields), "consultant_id": staff.bob.user_id})
    version = update_customer(db, staff.alice, cid, own.version, handed, own.fields)
    back = load_card(db, staff.manager, cid)
    assert back.version == version
    returned = CustomerInput(**{**vars(back.fields), "consultant_id": staff.alice.user_id})
    update_customer(db, staff.manager, cid, back.version, returned, back.fields)
    with db.reader() as s:
        changes = [
            e.changes.get("consultant_id")
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "customers", AuditEntry.entity_id == cid)
                .order_by(AuditEntry.id)
            )
            if e.changes and "consultant_id" in e.changes
        ]
    assert len(changes) >= 3  # created, handed over, reassigned


def test_follow_up_texts_are_the_owners_and_the_managers(db: Database) -> None:
    staff = add_staff(db)
    cid = _customer(db, staff)
    pid = _prospect(db, staff, cid)
    record_follow_up(db, staff.alice, pid, method="phone", content=SECRET, new_level="A",
                     followed_on=TODAY - DAY)  # fmt: skip
    for reader in (staff.alice, staff.manager):
        assert SECRET in _card_text(db, reader, cid)
    for other in (staff.bob, staff.reception):
        text = _card_text(db, other, cid)
        assert SECRET not in text
        follow_up = [e for e in load_card(db, other, cid, "en").timeline if e.kind == "follow_up"]
        assert len(follow_up) == 1 and "Phone" in follow_up[0].text  # that a contact happened
        assert "李丽" in follow_up[0].text
    card = prospect_card(db, staff.manager, pid)
    assert card.follow_ups[0].content == SECRET and not card.follow_ups[0].private
    with pytest.raises(PermissionDenied):
        prospect_card(db, staff.bob, pid)


def test_a_private_follow_up_prints_no_words() -> None:
    row = FollowUpRow(
        id=1, followed_on=TODAY, method="phone", content="", feedback=None, level_before="A",
        level_after="A", next_followup_on=None, consultant_name="李丽", manager_comment=None,
        manager_comment_by=None, version=1, private=True,
    )  # fmt: skip
    assert follow_up_cells(row)[2] is PRIVATE_CONTENT


def test_a_colleagues_visit_is_linked_but_leaves_the_owners_prospect_alone(
    db: Database,
) -> None:
    staff = add_staff(db)
    cid = _customer(db, staff)
    pid = _prospect(db, staff, cid, "A")
    with db.reader() as s:
        before = s.get(Prospect, pid)
        assert before is not None
        level, due = before.level, before.next_followup_on
    visit_id = _visit(db, cid, staff.bob, staff.bob, "C", 9)
    with db.reader() as s:
        after = s.get(Prospect, pid)
        visit = s.get(Visit, visit_id)
        assert after is not None and visit is not None
        assert (after.level, after.next_followup_on) == (level, due) == ("A", due)
        assert visit.prospect_id == pid
    # The owner's today list says who received the customer.
    assert due is not None
    row = next(r for r in today_list(db, staff.alice, today=max(due, TODAY)).rows if r.id == pid)
    assert row.visited_by == "张伟"
    # The owner's own visit re-grades as before, and the flag is gone after a follow-up.
    record_follow_up(db, staff.alice, pid, method="phone", content="回访", new_level="A")
    rows = today_list(db, staff.alice, today=TODAY + 60 * DAY).rows
    assert all(r.visited_by is None for r in rows if r.id == pid)
    _visit(db, cid, staff.alice, staff.alice, "H", 11)
    with db.reader() as s:
        assert s.get(Prospect, pid).level == "H"  # type: ignore[union-attr]


def test_a_manager_may_regrade_on_a_visit(db: Database) -> None:
    staff = add_staff(db)
    cid = _customer(db, staff)
    pid = _prospect(db, staff, cid, "A")
    _visit(db, cid, staff.manager, staff.bob, "C", 9)
    with db.reader() as s:
        assert s.get(Prospect, pid).level == "C"  # type: ignore[union-attr]
