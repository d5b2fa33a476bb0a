"""The idle lock hides every window after the store's time without input, keeps what was
typed, and opens again only with the signed-in user's password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from showroom.db import Database
from showroom.services import auth
from showroom.services.account import idle_lock_minutes
from ui.idle_lock import IdleLock


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_window_locks_when_idle_and_opens_with_the_password(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    admin = auth.set_up_administrator(sqlite_db, "right-password-1", display_name="店长")
    form = QLineEdit()
    qtbot.addWidget(form)
    form.setText("张伟 13812345678 — half typed")
    form.show()
    qtbot.waitExposed(form)
    clock = Clock()
    lock = IdleLock(sqlite_db, lambda: admin, idle_lock_minutes(sqlite_db), clock=clock)
    assert lock.minutes == 15  # the store's default
    clock.now += 14 * 60
    lock.check()
    assert not lock.locked
    clock.now += 61
    lock.check()
    assert lock.locked and not form.isVisible()  # nothing personal stays on screen
    dialog = lock.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert lock.locked and dialog.message.isVisible()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)  # Esc does not unlock either
    assert lock.locked
    qtbot.keyClicks(dialog.password, "right-password-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not lock.locked and form.isVisible()
    assert form.text() == "张伟 13812345678 — half typed"


def test_input_keeps_the_window_open(qtbot: QtBot, sqlite_db: Database) -> None:
    admin = auth.set_up_administrator(sqlite_db, "right-password-1")
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    clock = Clock()
    lock = IdleLock(sqlite_db, lambda: admin, 15, clock=clock)
    clock.now += 14 * 60
    qtbot.keyClick(edit, Qt.Key.Key_A)  # someone is working
    clock.now += 14 * 60
    lock.check()
    assert not lock.locked
