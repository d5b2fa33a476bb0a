"""Every role × every gated operation, through the services with the window bypassed:
refused exactly where the role table (``ROLE_PERMISSIONS``) says so.

Each permission that gates an operation has one representative call below. "Allowed"
means the call got past its permission check — it may still refuse its (deliberately
empty or unknown) input with a ``ValidationFailed`` or ``NotFound``; "refused" means
``PermissionDenied``. Permissions that widen what a list shows (everyone's prospects,
the whole store's report, full phone numbers in exports) are not gates and are covered by
the privacy and scope tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from showroom import backup
from showroom.db import Database
from showroom.errors import UserError
from showroom.importers import ImportOptions, run_import
from showroom.models import Role
from showroom.reports import daily_report
from showroom.services import auth
from showroom.services.audit_log import AuditFilter, iter_audit
from showroom.services.context import Actor
from showroom.services.customer_card import reveal_field
from showroom.services.customer_list import CustomerFilter, list_customers
from showroom.services.customer_merge import merge_customers
from showroom.services.customers import CustomerInput, create_customer
from showroom.services.follow_ups import record_follow_up
from showroom.services.permissions import ROLE_PERMISSIONS, Permission, PermissionDenied
from showroom.services.prospect_manage import reassign_prospects
from showroom.services.prospect_queries import list_prospects
from showroom.services.prospect_types import ProspectFilter
from showroom.services.service_lists import DueWindow, due_list
from showroom.services.service_visits import ServiceVisitInput, add_service_visit
from showroom.services.store_settings import update_setting
from showroom.services.targets import set_targets
from showroom.services.visits import VisitFilter, VisitInput, list_visits, log_visit
from showroom.sheets.customers import CustomersSheet
from showroom.sheets.export import export
from showroom.validation import ValidationFailed

TODAY = dt.date(2026, 12, 4)
Operation = Callable[[Database, Actor, Path], Any]

#: One representative operation per gate.
GATES: dict[Permission, Operation] = {
    Permission.VISITS_VIEW: lambda db, a, _p: list_visits(db, a, VisitFilter(TODAY, TODAY)),
    Permission.VISITS_EDIT: lambda db, a, _p: log_visit(
        db, a, VisitInput(arrived_at=dt.datetime(2026, 12, 4, 10)), now=dt.datetime(2026, 12, 4, 11)
    ),
    Permission.PROSPECTS_VIEW: lambda db, a, _p: list_prospects(db, a, ProspectFilter()),
    Permission.PROSPECTS_EDIT: lambda db, a, _p: record_follow_up(
        db, a, 999_999, method="phone", content="", new_level="A"
    ),
    Permission.PROSPECTS_MANAGE: lambda db, a, _p: reassign_prospects(
        db, a, to_consultant_id=None, prospect_ids=[999_999]
    ),
    Permission.CUSTOMERS_VIEW: lambda db, a, _p: list_customers(db, a),
    Permission.CUSTOMERS_EDIT: lambda db, a, _p: create_customer(db, a, CustomerInput()),
    Permission.CUSTOMERS_MERGE: lambda db, a, _p: merge_customers(db, a, 999_998, 999_999),
    Permission.AFTERSALES_VIEW: lambda db, a, _p: due_list(db, a, DueWindow.DAYS_7, today=TODAY),
    Permission.AFTERSALES_EDIT: lambda db, a, _p: add_service_visit(
        db, a, ServiceVisitInput(vehicle_id=999_999)
    ),
    Permission.REPORTS_VIEW: lambda db, a, _p: daily_report(db, a, TODAY),
    Permission.TARGETS_EDIT: lambda db, a, _p: set_targets(db, a, TODAY, 999_999, walk_ins=1),
    Permission.REVEAL_PERSONAL_DATA: lambda db, a, _p: reveal_field(db, a, 999_999, "mobile"),
    # The customer list: every role that may export may read it (a sheet needs its own
    # reading right too, e.g. the visitor log's).
    Permission.EXPORT: lambda db, a, p: export(
        db, a, CustomersSheet(CustomerFilter()), "xlsx", p / "customers.xlsx"
    ),
    Permission.IMPORT: lambda db, a, p: run_import(db, a, p / "none.csv", ImportOptions("visits")),
    Permission.AUDIT_VIEW: lambda db, a, _p: list(iter_audit(db, a, AuditFilter())),
    Permission.USERS_MANAGE: lambda db, a, _p: auth.list_users(db, a),
    Permission.SETTINGS_MANAGE: lambda db, a, _p: update_setting(db, a, "no_such_setting", 1),
    Permission.BACKUP: lambda db, a, p: backup.backup_now(db, a, p / "backups"),
}


def _actor(db: Database, role: Role) -> Actor:
    admin = auth.set_up_administrator(db, "admin-password-1")
    if role == Role.ADMIN:
        return admin
    auth.create_user(db, admin, f"u_{role.value}", f"用户{role.value}", role, "user-password-1")
    return auth.sign_in(db, f"u_{role.value}", "user-password-1")


def _refused(operation: Operation, db: Database, actor: Actor, tmp_path: Path) -> bool:
    try:
        operation(db, actor, tmp_path)
    except PermissionDenied:
        return True
    except (ValidationFailed, UserError, LookupError, OSError):
        return False  # past the permission check: the made-up input was refused instead
    return False


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_role_is_refused_exactly_what_the_role_table_refuses(
    db: Database, tmp_path: Path, role: Role
) -> None:
    actor = _actor(db, role)
    wrong = {
        permission.value: ("refused" if _refused(op, db, actor, tmp_path) else "allowed")
        for permission, op in GATES.items()
        if _refused(op, db, actor, tmp_path) != (permission not in ROLE_PERMISSIONS[role])
    }
    assert wrong == {}, f"{role.value}: these disagree with the role table: {wrong}"
