"""Permissions enforced in the services themselves (as if the UI were bypassed), and
personal data masked per role in a list, its Excel export and its PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from export_checks import needs_poppler, pdf_text
from openpyxl import load_workbook

from showroom.db import Database
from showroom.models import Customer, Prospect, Role, Visit
from showroom.services import audit_log, auth
from showroom.services.context import Actor
from showroom.services.permissions import PermissionDenied
from showroom.services.prospect_queries import list_prospects, prospect_card
from showroom.services.prospect_types import ProspectFilter
from showroom.services.visit_queries import list_visits
from showroom.services.visit_types import VisitFilter
from showroom.sheets.export import export
from showroom.sheets.visits import VisitsSheet

MOBILE = "13812345678"
MASKED = "138****5678"
DAY = dt.date(2026, 11, 23)


@pytest.fixture
def staff(db: Database) -> dict[str, Actor]:
    admin = auth.set_up_administrator(db, "admin-password")
    people = {"admin": admin}
    for name, role in (
        ("manager", Role.MANAGER),
        ("alice", Role.CONSULTANT),
        ("bob", Role.CONSULTANT),
        ("reception", Role.RECEPTION),
        ("advisor", Role.SERVICE_ADVISOR),
    ):
        auth.create_user(db, admin, name, name.title(), role, "password-1")
        people[name] = auth.sign_in(db, name, "password-1")
    return people


def _prospect_of(db: Database, consultant: Actor) -> int:
    with db.session(consultant.user_id) as s:
        c = Customer(name="赵先生", mobile=MOBILE, mobile_tail=MOBILE[-4:])
        s.add(c)
        s.flush()
        p = Prospect(customer_id=c.id, consultant_id=consultant.user_id, level="A", created_on=DAY)
        s.add(p)
        s.flush()
        return p.id


def test_a_consultant_cannot_read_another_consultants_prospect_through_the_services(
    db: Database, staff: dict[str, Actor]
) -> None:
    pid = _prospect_of(db, staff["alice"])
    assert prospect_card(db, staff["alice"], pid).id == pid
    assert prospect_card(db, staff["manager"], pid).id == pid
    with pytest.raises(PermissionDenied):
        prospect_card(db, staff["bob"], pid)
    # Bob's list holds only his own prospects, and asking for Alice's is refused.
    assert list(list_prospects(db, staff["bob"], ProspectFilter()).rows) == []
    with pytest.raises(PermissionDenied):
        list_prospects(db, staff["bob"], ProspectFilter(consultant_id=staff["alice"].user_id))
    (row,) = list_prospects(db, staff["manager"], ProspectFilter()).rows
    assert row.id == pid
    # Neither reception nor a service advisor works with prospects at all.
    for who in ("reception", "advisor"):
        with pytest.raises(PermissionDenied):
            list_prospects(db, staff[who], ProspectFilter())
        with pytest.raises(PermissionDenied):
            prospect_card(db, staff[who], pid)


def test_administration_is_the_administrators_and_the_audit_view_the_managers(
    db: Database, staff: dict[str, Actor]
) -> None:
    for who in ("manager", "alice", "reception", "advisor"):
        with pytest.raises(PermissionDenied):
            auth.list_users(db, staff[who])
    for who in ("alice", "reception", "advisor"):
        with pytest.raises(PermissionDenied):
            audit_log.search_audit(db, staff[who], audit_log.AuditFilter())
    assert auth.list_users(db, staff["admin"])
    assert audit_log.search_audit(db, staff["manager"], audit_log.AuditFilter())


def _visit(db: Database, by: Actor) -> None:
    with db.session(by.user_id) as s:
        s.add(
            Visit(
                visit_date=DAY,
                arrived_at=dt.datetime.combine(DAY, dt.time(10, 0)),
                visitor_name="钱女士",
                phone=MOBILE,
            )
        )


@needs_poppler
@pytest.mark.parametrize(
    ("who", "full"),
    [("admin", True), ("manager", True), ("alice", False), ("reception", False)],
)
def test_phones_are_masked_per_role_in_the_list_the_excel_and_the_pdf(
    db: Database, staff: dict[str, Actor], tmp_path: Path, who: str, full: bool
) -> None:
    _visit(db, staff["reception"])
    actor = staff[who]
    flt = VisitFilter(start=DAY, end=DAY)
    shown = MOBILE if full else MASKED

    (row,) = list_visits(db, actor, flt).rows
    assert row.phone == shown

    xlsx = tmp_path / "visits.xlsx"
    export(db, actor, VisitsSheet(flt), "xlsx", xlsx)
    cells = {str(c.value) for ws in load_workbook(xlsx) for r in ws.iter_rows() for c in r}
    assert shown in cells
    assert (MOBILE in cells) is full

    pdf = tmp_path / "visits.pdf"
    export(db, actor, VisitsSheet(flt), "pdf", pdf)
    text = pdf_text(pdf)
    assert shown in text
    assert (MOBILE in text) is full


def test_a_service_advisor_does_not_read_the_visitor_log(
    db: Database, staff: dict[str, Actor], tmp_path: Path
) -> None:
    _visit(db, staff["reception"])
    flt = VisitFilter(start=DAY, end=DAY)
    with pytest.raises(PermissionDenied):
        list_visits(db, staff["advisor"], flt)
    with pytest.raises(PermissionDenied):
        export(db, staff["advisor"], VisitsSheet(flt), "xlsx", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
