"""Correcting and deleting a row of the visitor log from the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.db import Database
from showroom.models import AuditEntry, Visit
from showroom.services.context import Actor
from tests.test_ui_visitor_log import (  # noqa: F401 (fixtures used by name)
    NOW,
    _chinese,
    _focused,
    _log,
    _names_in_table,
    _page,
    _press,
    _settled,
    _type,
    people,
)
from ui.visit_form import VisitForm


def _stored(db: Database, visit_id: int) -> Visit:
    with db.reader() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return visit


def _tab_to(qtbot: QtBot, widget: object) -> None:
    for _ in range(25):
        if _focused() is widget:
            return
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the field")


def test_a_visit_is_corrected_and_deleted_with_the_keyboard(
    qtbot: QtBot,
    sqlite_db: Database,
    people: dict[str, Actor],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    visit_id = _log(sqlite_db, people, arrived_at=NOW - dt.timedelta(minutes=30), departed_at=None)
    page = _page(qtbot, sqlite_db, people["desk"])
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on the row opens it for correction
    form = page.form
    assert isinstance(form, VisitForm) and form.editing is not None
    qtbot.waitUntil(form.isVisible)
    form.activateWindow()
    qtbot.waitUntil(lambda: form.phone_edit.hasFocus())
    assert form.phone_edit.text() == "13812345678" and form.name_edit.text() == "张伟"
    assert form.linked is not None and form.linked.customer_id is not None
    version = _stored(sqlite_db, visit_id).version

    # A wrong phone is refused at the field, and nothing is saved.
    form.phone_edit.selectAll()
    _type(qtbot, "1381234567")
    qtbot.keyClick(_focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.save_task is None and form.isEnabled())  # saved off-thread
    assert "phone" in form.errors() and form.isVisible()
    assert _stored(sqlite_db, visit_id).version == version

    form.phone_edit.selectAll()
    _type(qtbot, "13812345678")
    _tab_to(qtbot, form.name_edit)
    form.name_edit.selectAll()
    _type(qtbot, "张伟伟")
    _tab_to(qtbot, form.party_spin)
    form.party_spin.selectAll()
    _type(qtbot, "4")
    qtbot.keyClick(_focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    qtbot.waitUntil(lambda: not form.isVisible())
    stored = _stored(sqlite_db, visit_id)
    assert (stored.party_size, stored.visitor_name, stored.version) == (4, "张伟伟", version + 1)
    assert stored.customer_id is not None and stored.is_first_visit
    _settled(qtbot, page)
    assert _names_in_table(page) == ["张伟伟"]

    # Del asks why and for confirmation; the row leaves the table, the trail keeps why.
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("登记重复", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _settled(qtbot, page)
    assert _names_in_table(page) == []
    assert _stored(sqlite_db, visit_id).deleted_at is not None
    with sqlite_db.reader() as session:
        reasons = session.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.entity == "visits", AuditEntry.action == "delete"
            )
        ).all()
    assert [r["reason"] for r in reasons] == ["登记重复"]
