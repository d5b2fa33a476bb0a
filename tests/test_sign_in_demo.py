"""The sign-in dialog remembers the workstation's last user name; a demo store's staff
accounts share one password, which its sign-in dialog (and only a demo store's) shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.db import Database
from showroom.demo import generate_demo
from showroom.models import Role, User
from showroom.services import auth
from showroom.services.demo_store import DEMO_PASSWORD, demo_password, is_demo_store
from ui.settings import AppSettings
from ui.sign_in_dialog import SignInDialog

TODAY = dt.date(2026, 11, 23)


def _settings(tmp_path: Path) -> AppSettings:
    # A file of the test's own: the user's real settings are never written.
    return AppSettings(QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat))


def _shown(qtbot: QtBot, dialog: SignInDialog) -> SignInDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _staff(db: Database) -> dict[Role, str]:
    """One generated user name per role."""
    with db.reader() as session:
        rows = session.execute(select(User.role, User.username).where(User.username != "admin"))
        return {role: name for role, name in rows}


def test_the_demo_password_is_a_valid_password() -> None:
    assert auth.password_problem(DEMO_PASSWORD) is None


def test_a_demo_store_shows_the_shared_password_and_its_staff_sign_in_with_it(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    auth.set_up_administrator(db, "long-enough-1")
    generate_demo(db, 40, today=TODAY)
    assert is_demo_store(db) and demo_password(db) == DEMO_PASSWORD
    staff = _staff(db)
    assert {Role.CONSULTANT, Role.RECEPTION, Role.MANAGER, Role.SERVICE_ADVISOR} <= set(staff)
    for username in staff.values():
        assert auth.sign_in(db, username, DEMO_PASSWORD).username == username

    dialog = _shown(qtbot, SignInDialog(db, "示范店", settings=_settings(tmp_path)))
    assert dialog.demo_hint.isVisibleTo(dialog)
    assert DEMO_PASSWORD in dialog.demo_hint.text()
    qtbot.keyClicks(dialog.username, staff[Role.RECEPTION])
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), DEMO_PASSWORD)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role is Role.RECEPTION


def test_a_real_store_shows_no_password(qtbot: QtBot, db: Database) -> None:
    auth.set_up_administrator(db, "long-enough-1")
    assert not is_demo_store(db) and demo_password(db) is None
    dialog = _shown(qtbot, SignInDialog(db, "示范店"))
    assert not dialog.demo_hint.isVisibleTo(dialog)
    assert DEMO_PASSWORD not in dialog.demo_hint.text()


def test_the_last_user_name_is_filled_in_with_the_cursor_in_the_password(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    admin = auth.set_up_administrator(sqlite_db, "long-enough-1")
    auth.create_user(sqlite_db, admin, "li", "李娜", Role.RECEPTION, "reception-1")
    settings = _settings(tmp_path)
    first = _shown(qtbot, SignInDialog(sqlite_db, settings=settings))
    assert first.username.text() == "" and first.focusWidget() is first.username
    first.username.setText("li")
    first.password.setText("wrong-password")
    first.on_accepted()
    assert first.actor is None and settings.last_user_name() == ""  # only a sign-in counts
    first.password.setText("reception-1")
    first.on_accepted()
    assert first.actor is not None

    # The next start on this workstation (its settings read afresh from the file).
    again = _settings(tmp_path)
    assert again.last_user_name() == "li"
    second = _shown(qtbot, SignInDialog(sqlite_db, settings=again))
    assert second.username.text() == "li"
    assert second.focusWidget() is second.password
    qtbot.keyClicks(second.password, "reception-1")
    qtbot.keyClick(second.password, Qt.Key.Key_Return)
    assert second.actor is not None and second.actor.username == "li"

    # Another workstation (other settings) remembers nobody.
    elsewhere = _shown(qtbot, SignInDialog(sqlite_db, settings=_settings(tmp_path / "other")))
    assert elsewhere.username.text() == ""
