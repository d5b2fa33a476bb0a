"""Store-level operations are refused in the services themselves, as if the UI were
bypassed: backups, restore, the backup folder, level rules, targets, store settings, the
audit trail, users, imports and their reverts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from showroom import backup
from showroom.db import Database
from showroom.importers.engine import ImportOptions, run_import
from showroom.importers.revert import revert_import
from showroom.models import Role, Setting
from showroom.services import audit_log, auth
from showroom.services.context import Actor
from showroom.services.level_rules import LevelEdit, list_levels, save_levels
from showroom.services.permissions import Permission, PermissionDenied
from showroom.services.store_settings import update_setting
from showroom.services.targets import set_targets


@pytest.fixture
def staff(db: Database) -> dict[str, Actor]:
    admin = auth.set_up_administrator(db, "admin-password")
    people = {"admin": admin}
    for name, role in (
        ("manager", Role.MANAGER),
        ("alice", Role.CONSULTANT),
        ("reception", Role.RECEPTION),
        ("advisor", Role.SERVICE_ADVISOR),
    ):
        auth.create_user(db, admin, name, name.title(), role, "password-1")
        people[name] = auth.sign_in(db, name, "password-1")
    return people


def _operations(db: Database, staff: dict[str, Actor], tmp_path: Path) -> dict[
    str, tuple[Permission, Callable[[Actor], object]]
]:  # fmt: skip
    levels = [
        LevelEdit(lv.code, lv.name_zh, lv.name_en, lv.horizon_days, lv.followup_days)
        for lv in list_levels(db)
    ]
    sheet = tmp_path / "customers.csv"
    sheet.write_text("姓名,手机\n王五,13900001111\n", encoding="utf-8")
    return {
        "backup now": (Permission.BACKUP, lambda a: backup.backup_now(db, a, tmp_path / "b")),
        "restore": (Permission.BACKUP, lambda a: backup.restore(db, a, tmp_path / "x.db")),
        "backup folder": (
            Permission.BACKUP,
            lambda a: backup.set_backup_folder(db, a, tmp_path / "f"),
        ),
        "level rules": (Permission.SETTINGS_MANAGE, lambda a: save_levels(db, a, levels)),
        "targets": (
            Permission.TARGETS_EDIT,
            lambda a: set_targets(db, a, dt.date(2026, 11, 1), staff["alice"].user_id, orders=3),
        ),
        "store settings": (
            Permission.SETTINGS_MANAGE,
            lambda a: update_setting(db, a, "insurance_call_days_ahead", 30),
        ),
        "audit trail": (
            Permission.AUDIT_VIEW,
            lambda a: audit_log.search_audit(db, a, audit_log.AuditFilter()),
        ),
        "audit export rows": (
            Permission.AUDIT_VIEW,
            lambda a: list(audit_log.iter_audit(db, a, audit_log.AuditFilter())),
        ),
        "users": (Permission.USERS_MANAGE, lambda a: auth.list_users(db, a)),
        "import": (
            Permission.IMPORT,
            lambda a: run_import(db, a, sheet, ImportOptions("customers")),
        ),
        "import revert": (Permission.IMPORT, lambda a: revert_import(db, a, 1)),
    }


def test_reception_is_refused_every_store_level_operation(
    db: Database, staff: dict[str, Actor], tmp_path: Path
) -> None:
    operations = _operations(db, staff, tmp_path)
    for name, (permission, call) in operations.items():
        with pytest.raises(PermissionDenied) as refused:
            call(staff["reception"])
        assert refused.value.permission is permission, name
    with db.reader() as session:  # nothing was written on reception's behalf
        assert session.get(Setting, backup.FOLDER_SETTING) is None
        setting = session.get(Setting, "insurance_call_days_ahead")
        assert setting is None or setting.value != 30


@pytest.mark.parametrize("who", ["alice", "advisor", "manager"])
def test_only_the_administrator_backs_up_restores_and_names_the_folder(
    db: Database, staff: dict[str, Actor], tmp_path: Path, who: str
) -> None:
    operations = _operations(db, staff, tmp_path)
    for name in ("backup now", "restore", "backup folder", "store settings", "level rules"):
        with pytest.raises(PermissionDenied):
            operations[name][1](staff[who])


def test_the_administrator_may_name_the_folder_and_change_a_setting(
    db: Database, staff: dict[str, Actor], tmp_path: Path
) -> None:
    backup.set_backup_folder(db, staff["admin"], tmp_path / "f")
    update_setting(db, staff["admin"], "insurance_call_days_ahead", 30)
    assert backup.backup_folder(db) == tmp_path / "f"
    with db.reader() as session:
        setting = session.get(Setting, "insurance_call_days_ahead")
        assert setting is not None and setting.value == 30
    assert (
        set_targets(
            db, staff["manager"], dt.date(2026, 11, 1), staff["alice"].user_id, orders=3
        ).orders
        == 3
    )
