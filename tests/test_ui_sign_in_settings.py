"""Settings ▸ Users and Settings ▸ Backups: working for the administrator, closed to others."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from showroom import backup
from showroom.db import Database
from showroom.models import Role
from showroom.services import auth
from showroom.services.store import store_info
from ui import users_tab as users_module
from ui.backup_tab import BackupTab
from ui.pages import PageContext
from ui.settings_page import SETTINGS_TABS
from ui.users_tab import UsersTab


def _context(db: Database, role: Role) -> PageContext:
    admin = auth.set_up_administrator(db, "admin-password")
    if role is Role.ADMIN:
        return PageContext(db, admin, store_info(db))
    auth.create_user(db, admin, "someone", "某人", role, "password-1")
    return PageContext(db, auth.sign_in(db, "someone", "password-1"), store_info(db))


def test_the_tabs_are_registered() -> None:
    modules = {(tab.module, tab.name) for tab in SETTINGS_TABS}
    assert {("ui.users_tab", "UsersTab"), ("ui.backup_tab", "BackupTab")} <= modules


@pytest.mark.parametrize("role", [Role.MANAGER, Role.CONSULTANT, Role.RECEPTION])
def test_only_the_administrator_gets_the_tabs(
    qtbot: QtBot, sqlite_db: Database, role: Role
) -> None:
    context = _context(sqlite_db, role)
    users = UsersTab(context)
    backups = BackupTab(context)
    qtbot.addWidget(users)
    qtbot.addWidget(backups)
    assert users.table is None and backups.table is None


def test_the_administrator_adds_and_deactivates_a_user(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _context(sqlite_db, Role.ADMIN)
    tab = UsersTab(context)
    qtbot.addWidget(tab)
    assert tab.table is not None and tab.table.rowCount() == 1

    def fill(dialog: QDialog) -> QDialog.DialogCode:
        dialog.username.setText("wang")  # type: ignore[attr-defined]
        dialog.display_name.setText("王强")  # type: ignore[attr-defined]
        dialog.role.setCurrentIndex(dialog.role.findData(Role.CONSULTANT))  # type: ignore[attr-defined]
        dialog.password.setText("consultant-1")  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(users_module.NewUserDialog, "exec", fill)
    tab.on_add()
    assert [u.username for u in tab.users] == ["admin", "wang"]
    assert auth.sign_in(sqlite_db, "wang", "consultant-1").role is Role.CONSULTANT

    tab.table.selectRow(1)
    tab.on_toggle_active()
    assert not tab.users[1].active
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(sqlite_db, "wang", "consultant-1")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("short", True)
    )  # too short: refused with the reason
    tab.on_reset_password()
    assert warnings and "8" in warnings[0]


def test_back_up_now_from_the_tab(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    context = _context(sqlite_db, Role.ADMIN)
    backup.set_backup_folder(sqlite_db, context.actor, tmp_path)
    tab = BackupTab(context)
    qtbot.addWidget(tab)
    assert tab.table is not None and tab.table.rowCount() == 0
    tab.on_backup_now()
    assert tab.task is not None
    with qtbot.waitSignal(tab.task.finished, timeout=20000):
        pass
    assert tab.table.rowCount() == 1
    assert backup.verify_backup(tab.backups[0].path).users == 1
