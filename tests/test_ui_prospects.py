"""The prospect screens, driven from the keyboard where the consultant would use it."""

from __future__ import annotations

import datetime as dt

from prospects_support import add_customer, add_staff
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.db import Database
from showroom.models import FollowUp, Prospect
from showroom.services.prospects import open_prospect
from ui.follow_up_dialog import FollowUpDialog

TODAY = dt.date.today()


def _prospect(db: Database, level: str = "B") -> tuple[object, int]:
    staff = add_staff(db)
    customer = add_customer(db, name="钱女士")
    with db.session(staff.alice.user_id) as s:
        pid = open_prospect(
            s, staff.alice, customer_id=customer, level_code=level,
            consultant_id=staff.alice.user_id, today=TODAY - dt.timedelta(days=7),
        ).id  # fmt: skip
    return staff, pid


def test_record_follow_up_with_the_keyboard(qtbot: QtBot, sqlite_db: Database) -> None:
    staff, pid = _prospect(sqlite_db)
    dialog = FollowUpDialog(sqlite_db, staff.alice, pid, customer_name="钱女士", level="B")  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.content
    qtbot.keyClicks(dialog.content, "call: test drive on Saturday")
    qtbot.keyClick(dialog.content, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.feedback
    qtbot.keyClicks(dialog.feedback, "happy with the price")
    qtbot.keyClick(dialog.feedback, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.level
    qtbot.keyClicks(dialog.level, "H")  # keyboard search in the level list
    assert dialog.level.currentData() == "H"
    # H proposes two days on (weekends are ordinary days by default).
    assert dialog.next_date.date().toPython() == TODAY + dt.timedelta(days=2)
    qtbot.keyClick(dialog.level, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    with sqlite_db.reader() as s:
        row = s.scalars(select(FollowUp).where(FollowUp.prospect_id == pid)).one()
        assert (row.method, row.content, row.feedback, row.level_after) == (
            "phone", "call: test drive on Saturday", "happy with the price", "H",
        )  # fmt: skip
        p = s.get(Prospect, pid)
        assert (
            p is not None and p.level == "H" and p.next_followup_on == TODAY + dt.timedelta(days=2)
        )


def test_follow_up_errors_show_at_the_field(qtbot: QtBot, sqlite_db: Database) -> None:
    staff, pid = _prospect(sqlite_db)
    dialog = FollowUpDialog(sqlite_db, staff.alice, pid, customer_name="钱女士", level="B")  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.boxes["content"].error
    assert dialog.focusWidget() is dialog.content
    with sqlite_db.reader() as s:
        assert s.scalars(select(FollowUp)).first() is None
