"""The service page and the care call dialog (offscreen, pytest-qt)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from showroom.db import Database
from showroom.models import CareCall, Customer, MileageReading, Vehicle
from showroom.services.care_calls import CallTarget, schedule_after_delivery
from showroom.services.store import default_actor
from ui.care_call_dialog import CareCallDialog

DELIVERED = dt.date(2024, 3, 1)
TODAY = dt.date(2024, 5, 1)


def _scheduled(db: Database) -> tuple[int, int, int]:
    actor = default_actor(db)
    with db.session(actor.user_id) as s:
        c = Customer(name="王芳", sex="F", mobile="13912345678", consultant_id=actor.user_id)
        s.add(c)
        s.flush()
        v = Vehicle(customer_id=c.id, plate="沪B54321", delivered_on=DELIVERED, sold_here=True)
        s.add(v)
        s.flush()
        s.add(MileageReading(vehicle_id=v.id, read_on=DELIVERED, km=12, source="delivery"))
        calls = schedule_after_delivery(s, v, DELIVERED)
        return c.id, v.id, calls[1].id


def test_recording_a_care_call_outcome(qtbot, sqlite_db: Database) -> None:
    customer_id, vehicle_id, call_id = _scheduled(sqlite_db)
    actor = default_actor(sqlite_db)
    target = CallTarget("first_maint", customer_id, vehicle_id, call_id)
    dialog = CareCallDialog(sqlite_db, actor, target, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert "王女士" in dialog.script.toPlainText()
    assert "沪B54321" in dialog.script.toPlainText()
    # A mileage below the last reading is refused at the field, nothing saved.
    qtbot.keyClicks(dialog.mileage, "5")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog._errors["mileage_told"].isVisible() or dialog._errors["mileage_told"].text()
    dialog.mileage.clear()
    qtbot.keyClicks(dialog.mileage, "3200")
    dialog.satisfied.setChecked(True)
    dialog.recommend.setChecked(True)
    dialog.next_step.setText("下周预约首保")  # QTest cannot type CJK characters
    qtbot.keyClick(dialog.next_step, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_call_id == call_id, [(k, v.text()) for k, v in dialog._errors.items()] + [
        dialog.general_error.text()
    ]
    with sqlite_db.reader() as s:
        call = s.get(CareCall, call_id)
        assert (call.outcome, call.mileage_told, call.satisfied, call.will_buy_again) == (
            "reached",
            3200,
            True,
            False,
        )
        assert call.will_recommend is True and call.next_step == "下周预约首保"
        kms = s.scalars(select(MileageReading.km).where(MileageReading.vehicle_id == vehicle_id))
        assert sorted(kms) == [12, 3200]


def test_booked_call_needs_no_mileage(qtbot, sqlite_db: Database) -> None:
    customer_id, vehicle_id, call_id = _scheduled(sqlite_db)
    actor = default_actor(sqlite_db)
    dialog = CareCallDialog(
        sqlite_db,
        actor,
        CallTarget("first_maint", customer_id, vehicle_id, call_id),
        today=dt.date.today(),
    )
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("booked"))
    assert dialog.booked_for.isEnabled() and not dialog.retry_on.isEnabled()
    dialog.save()
    with sqlite_db.reader() as s:
        call = s.get(CareCall, call_id)
    assert call.outcome == "booked" and call.booked_for == dt.date.today() + dt.timedelta(days=3)


def _service_page(qtbot, db: Database) -> Any:
    """The service page shown on 15 May, the customer of ``_scheduled`` on file."""
    from showroom.services.store import store_info
    from ui.pages import PageContext
    from ui.service_page import ServicePage

    _scheduled(db)
    context = PageContext(db, default_actor(db), store_info(db))
    today = DELIVERED + dt.timedelta(days=75)
    page = ServicePage(context, today=lambda: today)
    qtbot.addWidget(page)
    page.show()
    return page


def test_service_page_lists_and_sorts(qtbot, sqlite_db: Database) -> None:
    from showroom.sheets.service_lists import ServiceList

    page = _service_page(qtbot, sqlite_db)
    calls = page.lists[ServiceList.CALLS]
    page.tabs.setCurrentWidget(calls)
    assert calls.model.rowCount() == 2  # the day-2 call (late) and the 2-month call
    assert "2" in calls.count.text()
    due = page.lists[ServiceList.DUE]
    page.tabs.setCurrentWidget(due)
    # First maintenance due at 3 months (1 June) is within 30 days of 15 May.
    assert due.model.rowCount() == 1 and due.model.row(0).plate == "沪B54321"
    # The window counts arrive from a background task.
    qtbot.waitUntil(lambda: due.count.text() != "…")
    assert "1" in due.count.text() and "1" in due.window_combo.itemText(2)
    qtbot.keyClicks(due.search, "zzz")
    due.reload()
    assert due.model.rowCount() == 0
    page.tabs.setCurrentWidget(page.complaints)
    assert page.complaints.model.rowCount() == 0


def test_a_service_list_exports_through_the_export_bar(
    qtbot, sqlite_db: Database, tmp_path
) -> None:
    from showroom.sheets.service_lists import ServiceList

    page = _service_page(qtbot, sqlite_db)
    calls = page.lists[ServiceList.CALLS]
    path = tmp_path / "calls.xlsx"
    task = calls.start_export("xlsx", path)
    # While it runs both export buttons are off and the bar shows.
    assert calls.export_bar.busy and not calls.excel_button.isEnabled()
    assert not calls.pdf_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert path.stat().st_size > 0
    assert str(path) in calls.message.text() and "2" in calls.message.text()
    assert calls.excel_button.isEnabled() and calls.pdf_button.isEnabled()
    assert not calls.export_bar.busy and not calls.export_bar.isVisible()
