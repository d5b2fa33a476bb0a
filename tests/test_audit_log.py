"""Reading the audit trail: a record's history, the managers' audit view and its export,
audited reveals — with personal data masked for roles that do not see it in full."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from showroom.db import Database
from showroom.db.audit import record
from showroom.keys import customer_keys
from showroom.models import AuditEntry, Customer, Prospect, Role
from showroom.services import audit_log, auth
from showroom.services.audit_log import AuditFilter
from showroom.services.context import Actor
from showroom.services.permissions import PermissionDenied
from showroom.sheets.audit_log import AuditLogSheet
from showroom.sheets.export import export

MOBILE = "13812345678"


@pytest.fixture
def staff(db: Database) -> dict[Role, Actor]:
    admin = auth.set_up_administrator(db, "admin-password")
    people = {Role.ADMIN: admin}
    for role in (Role.MANAGER, Role.CONSULTANT, Role.RECEPTION, Role.SERVICE_ADVISOR):
        auth.create_user(db, admin, role.value, role.value.title(), role, "password-1")
        people[role] = auth.sign_in(db, role.value, "password-1")
    return people


def _customer_story(db: Database, by: Actor) -> int:
    with db.session(by.user_id) as s:
        c = Customer(name="张三", mobile=MOBILE, **customer_keys("张三", MOBILE, None))
        s.add(c)
        s.flush()
        cid = c.id
    with db.session(by.user_id) as s:
        c = s.get(Customer, cid)
        assert c is not None
        c.mobile = "13900001111"
    with db.session(by.user_id) as s:
        c = s.get(Customer, cid)
        assert c is not None
        c.deleted_at = dt.datetime(2026, 11, 23, 9, 0)
    with db.session(by.user_id) as s:
        record(s, "export", "customers", None, rows=1)
    return cid


def test_history_has_create_change_and_soft_delete_kept_after_deletion(
    db: Database, staff: dict[Role, Actor]
) -> None:
    reception = staff[Role.RECEPTION]
    cid = _customer_story(db, reception)
    rows = audit_log.history(db, staff[Role.MANAGER], "customers", cid)
    assert [r.action for r in rows] == ["create", "update", "delete"]
    assert all(r.user == "Reception" for r in rows)
    assert rows[0].changes["mobile"] == MOBILE
    assert rows[1].changes == {"mobile": [MOBILE, "13900001111"]}
    assert rows[1].summary() == f"mobile: {MOBILE} → 13900001111"
    assert rows[2].action_text  # translated label exists


def test_history_masks_personal_data_for_roles_that_see_it_masked(
    db: Database, staff: dict[Role, Actor]
) -> None:
    cid = _customer_story(db, staff[Role.RECEPTION])
    masked = audit_log.history(db, staff[Role.RECEPTION], "customers", cid)
    assert masked[0].changes["mobile"] == "138****5678"
    assert masked[1].changes["mobile"] == ["138****5678", "139****1111"]
    assert MOBILE not in str([r.changes for r in masked])
    full = audit_log.history(db, staff[Role.MANAGER], "customers", cid)
    assert full[0].changes["mobile"] == MOBILE


def test_a_consultant_cannot_read_another_consultants_prospect_history(
    db: Database, staff: dict[Role, Actor]
) -> None:
    admin = staff[Role.ADMIN]
    auth.create_user(db, admin, "other", "Other", Role.CONSULTANT, "password-1")
    other = auth.sign_in(db, "other", "password-1")
    mine = staff[Role.CONSULTANT]
    with db.session(mine.user_id) as s:
        c = Customer(name="李四", **customer_keys("李四", None, None))
        s.add(c)
        s.flush()
        p = Prospect(
            customer_id=c.id, consultant_id=mine.user_id, level="A", created_on=dt.date.today()
        )
        s.add(p)
        s.flush()
        pid = p.id
    assert [r.action for r in audit_log.history(db, mine, "prospects", pid)] == ["create"]
    with pytest.raises(PermissionDenied):
        audit_log.history(db, other, "prospects", pid)
    with pytest.raises(PermissionDenied):
        audit_log.history(db, staff[Role.RECEPTION], "prospects", pid)
    assert audit_log.history(db, staff[Role.MANAGER], "prospects", pid)


def test_the_audit_view_is_for_managers_filterable_and_exportable(
    db: Database, staff: dict[Role, Actor], tmp_path: Path
) -> None:
    cid = _customer_story(db, staff[Role.RECEPTION])
    for role in (Role.CONSULTANT, Role.RECEPTION, Role.SERVICE_ADVISOR):
        with pytest.raises(PermissionDenied):
            audit_log.search_audit(db, staff[role], AuditFilter())
    manager = staff[Role.MANAGER]
    flt = AuditFilter(entity="customers", user_id=staff[Role.RECEPTION].user_id)
    rows = audit_log.search_audit(db, manager, flt)
    assert [r.action for r in rows] == ["export", "delete", "update", "create"]  # newest first
    assert audit_log.count_audit(db, manager, flt) == 4
    only = AuditFilter(entity="customers", entity_id=cid, actions=("update",))
    assert [r.action for r in audit_log.search_audit(db, manager, only)] == ["update"]
    future = AuditFilter(since=dt.date.today() + dt.timedelta(days=1))
    assert audit_log.search_audit(db, manager, future) == []
    assert audit_log.search_audit(db, manager, AuditFilter(), limit=2, offset=1)[0].id == (
        audit_log.search_audit(db, manager, AuditFilter(), limit=3)[1].id
    )

    out = tmp_path / "audit.xlsx"
    assert export(db, manager, AuditLogSheet(flt), "xlsx", out).rows == 4
    sheet = load_workbook(out).worksheets[0]
    text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert f"mobile: {MOBILE} → 13900001111" in text
    with db.reader() as s:
        exported = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "audit_log", AuditEntry.action == "export"
            )
        ).one()
    assert exported.user_id == manager.user_id and exported.changes["rows"] == 4


def test_revealing_a_masked_phone_is_audited(db: Database, staff: dict[Role, Actor]) -> None:
    reception = staff[Role.RECEPTION]
    with db.session(reception.user_id) as s:
        c = Customer(name="王五", mobile=MOBILE, **customer_keys("王五", MOBILE, None))
        s.add(c)
        s.flush()
        cid = c.id
    assert audit_log.reveal(db, reception, Customer, cid, "mobile") == MOBILE
    with db.reader() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).one()
    assert (entry.user_id, entry.entity, entry.entity_id) == (reception.user_id, "customers", cid)
    assert entry.changes == {"field": "mobile"}
