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


def test_prospects_page_today_list_and_card(qtbot: QtBot, sqlite_db: Database) -> None:
    from showroom.services.store import store_info
    from ui.pages import PageContext, page_spec
    from ui.prospect_card import ProspectCardDialog

    staff, pid = _prospect(sqlite_db, "H")  # due five days ago: overdue
    page = page_spec("prospects").build(PageContext(sqlite_db, staff.alice, store_info(sqlite_db)))  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    today = page.today  # type: ignore[attr-defined]
    assert today.model.rowCount() == 1
    row = today.model.row(0)
    assert row.id == pid and row.overdue_days == 5
    assert "H 1" in today.counts.text()
    assert today.model.texts(0)[10] == "5"  # days overdue, as exported
    card = ProspectCardDialog(sqlite_db, staff.alice, pid)  # type: ignore[attr-defined]
    qtbot.addWidget(card)
    assert card.follow_up_button.isEnabled() and not card.delivery_button.isEnabled()
    assert card.history.rowCount() == 1 and card.history.item(0, 2).text() == "H"
    assert not card.comment_button.isVisibleTo(card)  # consultants do not comment


def test_funnel_chart_draws_the_stages(qtbot: QtBot, sqlite_db: Database) -> None:
    from ui.funnel_panel import FunnelPanel

    staff, _pid = _prospect(sqlite_db)
    panel = FunnelPanel(sqlite_db, staff.manager)  # type: ignore[attr-defined]
    qtbot.addWidget(panel)
    bars = panel.chart.bars()
    assert len(bars) == 6 and bars[0].count == 0
    panel.period.start.setDate(TODAY - dt.timedelta(days=30))
    panel.refresh()
    assert panel.chart.bars()[2].count == 1  # the prospect opened a week ago
    panel.chart.resize(600, 260)
    assert not panel.chart.grab().isNull()


def test_level_rules_tab_saves_intervals(qtbot: QtBot, sqlite_db: Database) -> None:
    from PySide6.QtWidgets import QSpinBox

    from showroom.services.level_rules import list_levels
    from showroom.services.store import default_actor, store_info
    from ui.level_rules_tab import LevelRulesTab
    from ui.pages import PageContext

    admin = default_actor(sqlite_db)
    tab = LevelRulesTab(PageContext(sqlite_db, admin, store_info(sqlite_db)))
    qtbot.addWidget(tab)
    every = tab.table.cellWidget(0, 4)
    assert isinstance(every, QSpinBox) and every.value() == 2
    every.setValue(1)
    tab.weekends.setChecked(True)
    tab.save()
    levels = {lv.code: lv for lv in list_levels(sqlite_db)}
    assert levels["H"].followup_days == 1 and levels["O"].followup_days is None
    tab.table.item(1, 1).setText(" ")
    tab.save()
    assert "A" in tab.message.text()
