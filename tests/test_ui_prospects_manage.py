"""Reassigning a prospect from its card, with the keyboard."""

from __future__ import annotations

import datetime as dt

from prospects_support import add_customer, add_staff
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.db import Database
from showroom.models import AuditEntry, Customer, Prospect
from showroom.services.prospects import open_prospect
from ui.prospect_card import ProspectCardDialog
from ui.prospect_manage_dialogs import ReassignDialog


def test_manager_reassigns_from_the_card(qtbot: QtBot, sqlite_db: Database) -> None:
    staff = add_staff(sqlite_db)
    customer = add_customer(sqlite_db, name="钱女士")
    with sqlite_db.session(staff.alice.user_id) as s:
        s.get(Customer, customer).consultant_id = staff.alice.user_id  # type: ignore[union-attr]
        pid = open_prospect(
            s, staff.alice, customer_id=customer, level_code="B",
            consultant_id=staff.alice.user_id, today=dt.date.today(),
        ).id  # fmt: skip

    # A consultant's card has no reassign action.
    own = ProspectCardDialog(sqlite_db, staff.alice, pid)
    qtbot.addWidget(own)
    assert own.reassign_button.isHidden()

    card = ProspectCardDialog(sqlite_db, staff.manager, pid)
    qtbot.addWidget(card)
    card.show()
    assert not card.reassign_button.isHidden() and card.reassign_button.isEnabled()
    seen: list[str] = []

    def fill() -> None:
        # No assertion here: an exception inside a Qt callback would abort the run.
        dialog = next((d for d in card.findChildren(ReassignDialog) if d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, fill)
            return
        # The current consultant is not offered; the first one offered is the other consultant.
        names = [dialog.consultant.itemText(i) for i in range(dialog.consultant.count())]
        seen.extend(names)
        qtbot.keyClick(dialog.consultant, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.consultant, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.note, "left the store")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(card.changed, timeout=5000):
        qtbot.mouseClick(card.reassign_button, Qt.MouseButton.LeftButton)

    assert "李丽" not in seen and "张伟" in seen
    with sqlite_db.reader() as s:
        prospect = s.get(Prospect, pid)
        assert prospect is not None and prospect.consultant_id == staff.bob.user_id
        owner = s.get(Customer, customer)
        assert owner is not None and owner.consultant_id == staff.bob.user_id
        note = s.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.action == "reassign", AuditEntry.entity_id == pid
            )
        ).one()["note"]
        assert note == "left the store"
    assert card.card is not None and card.card.consultant_name == "张伟"
