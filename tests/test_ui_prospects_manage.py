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
from ui.prospect_manage_dialogs import HeaderDialog, ReassignDialog


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


def test_reassign_dialog_moves_every_open_prospect_of_a_consultant(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    staff = add_staff(sqlite_db)
    ids = []
    for name, mobile in (("钱女士", "13800138001"), ("孙先生", "13800138002")):
        customer = add_customer(sqlite_db, name=name, mobile=mobile)
        with sqlite_db.session(staff.alice.user_id) as s:
            ids.append(
                open_prospect(
                    s, staff.alice, customer_id=customer, level_code="B",
                    consultant_id=staff.alice.user_id, today=dt.date.today(),
                ).id
            )  # fmt: skip
    # Only the first row was chosen, but "all open prospects of 李丽" is ticked.
    dialog = ReassignDialog(
        sqlite_db, staff.manager, ids[:1], current_consultant_id=staff.alice.user_id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert "李丽" in dialog.all_open.text()
    dialog.all_open.setChecked(True)
    dialog.save()
    assert dialog.boxes["consultant"].error  # no consultant chosen yet: said at the field
    qtbot.keyClick(dialog.consultant, Qt.Key.Key_Down)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with sqlite_db.reader() as s:
        owners = {s.get(Prospect, pid).consultant_id for pid in ids}  # type: ignore[union-attr]
    assert owners == {staff.bob.user_id}


def test_header_dialog_shows_a_bad_budget_at_the_field(qtbot: QtBot, sqlite_db: Database) -> None:
    staff = add_staff(sqlite_db)
    customer = add_customer(sqlite_db, name="钱女士")
    with sqlite_db.session(staff.alice.user_id) as s:
        pid = open_prospect(
            s, staff.alice, customer_id=customer, level_code="B",
            consultant_id=staff.alice.user_id, today=dt.date.today(),
        ).id  # fmt: skip
    dialog = HeaderDialog(sqlite_db, staff.alice, pid, customer_name="钱女士")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.budget
    qtbot.keyClicks(dialog.budget, "lots")
    qtbot.keyClick(dialog.budget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.boxes["budget"].error and dialog.result() != dialog.DialogCode.Accepted
    dialog.budget.clear()
    qtbot.keyClicks(dialog.budget, "150000")
    dialog.competitors.setText("雅阁、凯美瑞")
    qtbot.keyClick(dialog.budget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    with sqlite_db.reader() as s:
        prospect = s.get(Prospect, pid)
        assert prospect is not None
        assert (prospect.budget, prospect.competitors) == (150000, "雅阁、凯美瑞")
        assert prospect.version == 2  # one save
