"""Correcting and deleting a row of the visitor log: re-validation, re-linking by phone,
first/repeat and referral recounts, stale saves, soft deletion and who may do what."""

# The staff and sources fixtures come from test_visits; their parameters shadow the import.
# ruff: noqa: F811

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from showroom.db import Database
from showroom.models import AuditEntry, Customer, Visit
from showroom.reports import daily_report
from showroom.services.conflicts import EditConflict
from showroom.services.context import Actor
from showroom.services.permissions import PermissionDenied
from showroom.services.visits import (
    ValidationFailed,
    VisitFilter,
    VisitInput,
    delete_visit,
    list_visits,
    load_visit,
    log_visit,
    update_visit,
)
from tests.test_visits import sources, staff  # noqa: F401 (fixtures used by name)

NOW = dt.datetime(2026, 5, 6, 15, 0)
TODAY = NOW.date()


def _walk_in(
    staff: dict[str, Actor], sources: dict[str, int], minutes_ago: int, **kwargs: object
) -> VisitInput:
    values: dict[str, object] = {
        "arrived_at": NOW - dt.timedelta(minutes=minutes_ago),
        "visitor_name": "张伟",
        "phone": "13812345678",
        "source_id": sources["internet"],
        "consultant_id": staff["wang"].user_id,
    }
    values.update(kwargs)
    return VisitInput(**values)  # type: ignore[arg-type]


def _visit(db: Database, visit_id: int) -> Visit:
    with db.reader() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return visit


def test_editing_the_phone_to_another_customers_links_them_and_recounts_first_visits(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    desk = staff["desk"]
    zhang = log_visit(db, desk, _walk_in(staff, sources, 90), now=NOW)
    # Two anonymous-number rows: a guest who gave 139… (first), then the same again (repeat).
    other = log_visit(
        db, desk, _walk_in(staff, sources, 60, visitor_name="李娜", phone="13900001111"), now=NOW
    )
    typo = log_visit(
        db, desk, _walk_in(staff, sources, 30, visitor_name="李娜", phone="13900001112"), now=NOW
    )
    assert typo.created_customer and typo.is_first_visit
    # Reception typed one digit wrong: the visitor was Zhang, back for the second time.
    edit = load_visit(db, desk, typo.visit_id, now=NOW)
    assert edit.data.phone == "13900001112" and edit.customer_name == "李娜"
    saved = update_visit(
        db,
        desk,
        typo.visit_id,
        replace(edit.data, phone="138 1234 5678", customer_id=None, visitor_name=None),
        edit.version,
        now=NOW,
    )
    assert saved.customer_id == zhang.customer_id and not saved.created_customer
    visit = _visit(db, typo.visit_id)
    assert visit.customer_id == zhang.customer_id and visit.phone == "13812345678"
    assert visit.visitor_name == "张伟" and not visit.is_first_visit
    assert visit.version == edit.version + 1
    assert _visit(db, other.visit_id).is_first_visit and _visit(db, zhang.visit_id).is_first_visit

    # Moving Zhang's first visit before the anonymous guest with the same number makes the
    # guest's row the repeat, and the correction back makes it first again.
    guest = log_visit(
        db,
        desk,
        _walk_in(staff, sources, 20, visitor_name="王先生", phone="021-62345678"),
        now=NOW,
    )
    assert guest.is_first_visit
    earlier = log_visit(
        db,
        desk,
        _walk_in(staff, sources, 10, visitor_name="王先生", phone="021-62345679"),
        now=NOW,
    )
    edit = load_visit(db, desk, earlier.visit_id, now=NOW)
    update_visit(
        db,
        desk,
        earlier.visit_id,
        replace(edit.data, phone="021-62345678", arrived_at=NOW - dt.timedelta(minutes=25)),
        edit.version,
        now=NOW,
    )
    assert not _visit(db, guest.visit_id).is_first_visit


def test_a_changed_referrer_moves_the_referral_count(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    desk = staff["desk"]
    a = log_visit(
        db, desk, _walk_in(staff, sources, 90, visitor_name="甲", phone="13900000001"), now=NOW
    )
    b = log_visit(
        db, desk, _walk_in(staff, sources, 80, visitor_name="乙", phone="13900000002"), now=NOW
    )
    referred = log_visit(
        db,
        desk,
        _walk_in(staff, sources, 30, source_id=sources["referral"], referrer_id=a.customer_id),
        now=NOW,
    )
    edit = load_visit(db, desk, referred.visit_id, now=NOW)
    assert edit.referrer_name == "甲"
    update_visit(
        db,
        desk,
        referred.visit_id,
        replace(edit.data, referrer_id=b.customer_id),
        edit.version,
        now=NOW,
    )
    with db.reader() as session:
        counts = {c.name: c.referral_count for c in session.scalars(select(Customer))}
        moved = session.get(Customer, referred.customer_id)
        assert moved is not None and moved.referred_by_id == b.customer_id
    assert counts["甲"] == 0 and counts["乙"] == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"phone": "1381234567"}, "phone"),
        ({"departed_at": NOW - dt.timedelta(hours=2)}, "departed_at"),
        ({"arrived_at": NOW + dt.timedelta(days=1)}, "arrived_at"),
        ({"consultant_id": None}, "consultant_id"),
        ({"party_size": 0}, "party_size"),
        ({"source_id": None}, "source_id"),
    ],
)
def test_bad_corrections_are_refused_at_the_field_and_change_nothing(
    db: Database,
    staff: dict[str, Actor],
    sources: dict[str, int],
    change: dict[str, object],
    field: str,
) -> None:
    logged = log_visit(db, staff["desk"], _walk_in(staff, sources, 30), now=NOW)
    before = _visit(db, logged.visit_id)
    edit = load_visit(db, staff["desk"], logged.visit_id, now=NOW)
    with pytest.raises(ValidationFailed) as failed:
        update_visit(
            db, staff["desk"], logged.visit_id, replace(edit.data, **change), edit.version, now=NOW
        )
    assert field in failed.value.errors
    assert failed.value.errors[field].text("zh_CN") != failed.value.errors[field].text("en")
    after = _visit(db, logged.visit_id)
    assert (after.version, after.phone, after.arrived_at, after.party_size) == (
        before.version,
        before.phone,
        before.arrived_at,
        before.party_size,
    )


def test_a_stale_version_is_refused_with_the_conflict_message(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    logged = log_visit(db, staff["desk"], _walk_in(staff, sources, 30), now=NOW)
    mine = load_visit(db, staff["desk"], logged.visit_id, now=NOW)
    theirs = load_visit(db, staff["boss"], logged.visit_id, now=NOW)
    update_visit(
        db,
        staff["boss"],
        logged.visit_id,
        replace(theirs.data, party_size=4),
        theirs.version,
        now=NOW,
    )
    with pytest.raises(EditConflict) as refused:
        update_visit(
            db,
            staff["desk"],
            logged.visit_id,
            replace(mine.data, party_size=3),
            mine.version,
            now=NOW,
        )
    assert "party_size" in refused.value.fields
    assert "赵经理" in refused.value.msg.text("en")
    assert _visit(db, logged.visit_id).party_size == 4


def test_two_corrections_of_different_fields_both_save(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    logged = log_visit(db, staff["desk"], _walk_in(staff, sources, 30), now=NOW)
    mine = load_visit(db, staff["desk"], logged.visit_id, now=NOW)
    theirs = load_visit(db, staff["boss"], logged.visit_id, now=NOW)
    update_visit(db, staff["boss"], logged.visit_id, replace(theirs.data, party_size=4),
                 theirs.version, now=NOW, original=theirs.columns)  # fmt: skip
    update_visit(db, staff["desk"], logged.visit_id, replace(mine.data, notes="带小孩"),
                 mine.version, now=NOW, original=mine.columns)  # fmt: skip
    stored = _visit(db, logged.visit_id)
    assert (stored.party_size, stored.notes) == (4, "带小孩")  # neither lost


def test_a_correction_of_the_same_field_names_it_by_its_label(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    logged = log_visit(db, staff["desk"], _walk_in(staff, sources, 30), now=NOW)
    mine = load_visit(db, staff["desk"], logged.visit_id, now=NOW)
    theirs = load_visit(db, staff["boss"], logged.visit_id, now=NOW)
    update_visit(db, staff["boss"], logged.visit_id, replace(theirs.data, party_size=4),
                 theirs.version, now=NOW, original=theirs.columns)  # fmt: skip
    with pytest.raises(EditConflict) as refused:
        update_visit(db, staff["desk"], logged.visit_id,
                     replace(mine.data, party_size=3, notes="带小孩"), mine.version, now=NOW,
                     original=mine.columns)  # fmt: skip
    assert refused.value.fields == ["party_size"]  # the notes alone would have saved
    assert "Party size: mine “3”, theirs “4”, before both “1”" in refused.value.msg.text("en")
    assert "来店人数" in refused.value.msg.text("zh_CN")
    assert "party_size" not in refused.value.msg.text("zh_CN")
    assert _visit(db, logged.visit_id).notes is None


def _figures(db: Database, actor: Actor) -> tuple[int, int]:
    total = daily_report(db, actor, TODAY).total.day
    return total.walk_ins_new, total.walk_ins_repeat


def test_a_deleted_visit_leaves_lists_and_reports_and_is_audited_with_its_reason(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    desk, boss = staff["desk"], staff["boss"]
    first = log_visit(
        db, desk, _walk_in(staff, sources, 60, phone="021-62345678", visitor_name="王先生"), now=NOW
    )
    again = log_visit(
        db, desk, _walk_in(staff, sources, 30, phone="021-62345678", visitor_name="王先生"), now=NOW
    )
    assert _figures(db, boss) == (1, 1)
    with pytest.raises(ValidationFailed) as failed:
        delete_visit(db, desk, first.visit_id, "   ", now=NOW)
    assert set(failed.value.errors) == {"reason"}
    delete_visit(db, desk, first.visit_id, "登记重复", now=NOW)
    rows = list_visits(db, boss, VisitFilter.day(TODAY)).rows
    assert [r.id for r in rows] == [again.visit_id]
    # The other row is the guest's first visit now, in the list and the report.
    assert rows[0].is_first_visit and _figures(db, boss) == (1, 0)
    gone = _visit(db, first.visit_id)
    assert gone.deleted_at is not None and gone.deleted_by_id == desk.user_id
    with db.reader() as session:
        audit = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "visits",
                AuditEntry.entity_id == first.visit_id,
                AuditEntry.action == "delete",
            )
        ).all()
    assert len(audit) == 1 and audit[0].changes["reason"] == "登记重复"
    assert audit[0].user_id == desk.user_id
    with pytest.raises(ValidationFailed):
        load_visit(db, boss, first.visit_id, now=NOW)


def test_reception_corrects_the_days_rows_and_a_manager_any(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    desk, boss, wang = staff["desk"], staff["boss"], staff["wang"]
    logged = log_visit(db, desk, _walk_in(staff, sources, 30), now=NOW)
    tomorrow = NOW + dt.timedelta(days=1)
    edit = load_visit(db, desk, logged.visit_id, now=NOW)
    with pytest.raises(PermissionDenied):
        load_visit(db, desk, logged.visit_id, now=tomorrow)
    with pytest.raises(PermissionDenied):
        update_visit(
            db, desk, logged.visit_id, replace(edit.data, party_size=2), edit.version, now=tomorrow
        )
    with pytest.raises(PermissionDenied):
        delete_visit(db, desk, logged.visit_id, "错登", now=tomorrow)
    with pytest.raises(PermissionDenied):
        delete_visit(db, wang, logged.visit_id, "错登", now=NOW)  # consultants do not delete
    assert _visit(db, logged.visit_id).version == edit.version
    update_visit(
        db, boss, logged.visit_id, replace(edit.data, party_size=2), edit.version, now=tomorrow
    )
    assert _visit(db, logged.visit_id).party_size == 2
    delete_visit(db, boss, logged.visit_id, "错登", now=tomorrow)
    with db.reader() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Visit).where(Visit.deleted_at.is_(None))
            )
            == 0
        )
