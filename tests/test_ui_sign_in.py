"""Signing in from the keyboard: first start sets the administrator's password; later
starts ask for user name and password; File ▸ Sign out / switch user changes who works."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showroom.db import Database
from showroom.models import Role
from showroom.services import auth
from showroom.services.store import store_info
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.sign_in_dialog import SignInDialog


def _type(qtbot: QtBot, dialog: SignInDialog, *fields: str) -> None:
    """Type each value into the focused field, Tab to the next; Enter at the end."""
    for i, value in enumerate(fields):
        widget = dialog.focusWidget() or dialog
        qtbot.keyClicks(widget, value)
        if i < len(fields) - 1:
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def test_first_start_sets_the_administrators_password(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = SignInDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.first_run and dialog.username.text() == "admin"
    assert dialog.focusWidget() is dialog.display_name

    _type(qtbot, dialog, "Manager Zhang", "short", "short")
    assert dialog.error.isVisibleTo(dialog) and "8" in dialog.error.text()
    assert dialog.actor is None

    dialog.password.clear()
    dialog.confirm.clear()
    dialog.password.setFocus()
    _type(qtbot, dialog, "long-enough-1", "different-2")
    assert "differ" in dialog.error.text() or "不一致" in dialog.error.text()

    dialog.password.clear()
    dialog.confirm.clear()
    dialog.password.setFocus()
    _type(qtbot, dialog, "long-enough-1", "long-enough-1")
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    assert dialog.actor.display_name == "Manager Zhang"
    assert not auth.needs_first_administrator(sqlite_db)
    assert auth.sign_in(sqlite_db, "admin", "long-enough-1")


def test_sign_in_refuses_a_wrong_password_then_accepts_the_right_one(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    auth.set_up_administrator(sqlite_db, "long-enough-1")
    dialog = SignInDialog(sqlite_db, "示范店")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert not dialog.first_run and dialog.focusWidget() is dialog.username
    _type(qtbot, dialog, "admin", "wrong-password")
    assert dialog.actor is None and dialog.error.isVisibleTo(dialog)
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password
    _type(qtbot, dialog, "long-enough-1")
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_switching_user_rebuilds_the_pages_for_the_new_user(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = auth.set_up_administrator(sqlite_db, "long-enough-1")
    auth.create_user(sqlite_db, admin, "li", "李娜", Role.RECEPTION, "reception-1")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(sqlite_db, admin, store_info(sqlite_db), settings)
    qtbot.addWidget(window)
    window.show()
    old_pages = window.pages
    window.show_page("settings")

    def sign_in_as_li() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog)
        assert not window.centralWidget().isVisible()  # nothing shown while signed out
        dialog.username.setText("li")
        dialog.password.setText("reception-1")
        dialog.on_accepted()

    QTimer.singleShot(0, sign_in_as_li)
    window.session_actions.switch_user.trigger()

    assert window.actor.username == "li" and window.actor.role is Role.RECEPTION
    assert window.pages is not old_pages
    assert window.current_page_key() == "settings"
    assert "李娜" in window.status_bar.user_label.text()
    assert window.centralWidget().isVisible()
    assert not window.session_actions.audit_trail.isVisible()


def test_cancelling_the_switch_closes_the_window(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    admin = auth.set_up_administrator(sqlite_db, "long-enough-1")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(sqlite_db, admin, store_info(sqlite_db), settings)
    qtbot.addWidget(window)
    window.show()

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.session_actions.switch_user.trigger()
    assert not window.isVisible()


def test_the_audit_view_and_a_records_history_open_for_a_manager(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from ui.audit_page import AuditDialog
    from ui.history_dialog import show_history

    admin = auth.set_up_administrator(sqlite_db, "long-enough-1")
    row = auth.create_user(sqlite_db, admin, "boss", "经理", Role.MANAGER, "manager-1")
    manager = auth.sign_in(sqlite_db, "boss", "manager-1")
    dialog = AuditDialog(sqlite_db, manager)
    qtbot.addWidget(dialog)
    actions = [r.action for r in dialog.model.rows]
    assert actions[:2] == ["login", "create"]  # newest first: boss signed in after creation
    dialog.action.setCurrentIndex(dialog.action.findData("create"))
    dialog.reload()
    assert {r.action for r in dialog.model.rows} == {"create"}
    assert dialog.model.rowCount() >= 1

    history = show_history(dialog, sqlite_db, admin, "users", row.id)
    assert history is not None
    qtbot.addWidget(history)
    assert [r.action for r in history.model.rows] == ["create", "login"]
    assert "***" in history.model.rows[0].summary()  # the hash is never shown
