"""The customer card and list on screen, driven with the keyboard."""

from __future__ import annotations

import datetime as dt
import os

from customers_support import ID_MALE_1990, new_customer, new_vehicle, serve
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from showroom.db import Database
from showroom.models import Customer
from showroom.services.customer_marks import set_mark
from showroom.services.store import default_actor, store_info
from ui.customer_card import CustomerCardDialog
from ui.customers_page import CustomersPage
from ui.pages import PageContext


def _context(db: Database) -> PageContext:
    return PageContext(db, default_actor(db), store_info(db))


def _grab(widget: object, name: str) -> None:
    # Set SHOWROOM_GRAB_DIR to look at the screens (an offscreen grab, no display needed).
    folder = os.environ.get("SHOWROOM_GRAB_DIR")
    if folder:
        widget.grab().save(os.path.join(folder, name))  # type: ignore[attr-defined]


def _save(qtbot: QtBot, dialog: CustomerCardDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_edit_a_card_with_the_keyboard(qtbot: QtBot, sqlite_db: Database) -> None:
    context = _context(sqlite_db)
    cid = new_customer(sqlite_db, context.actor, "张三", mobile="13812345678")
    vid = new_vehicle(sqlite_db, context.actor, cid, 1, purchase_date=dt.date(2023, 4, 1))
    serve(sqlite_db, context.actor, vid, dt.date(2023, 7, 1), "first_maintenance", 4800, "0")
    serve(sqlite_db, context.actor, vid, dt.date(2024, 1, 5), "maintenance", 10900, "680")
    set_mark(sqlite_db, context.actor, cid, "vip", "集团高管")
    dialog = CustomerCardDialog(context, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "VIP" in dialog.badges.text()
    assert "680.00" in dialog.summary.text()
    assert dialog.vehicles.rowCount() == 1 and dialog.services.rowCount() == 2
    _grab(dialog, "card-details.png")

    # A bad mobile and a bad postcode: both messages at their fields, nothing saved.
    mobile = dialog.texts["mobile"]
    mobile.setFocus()
    mobile.selectAll()
    qtbot.keyClicks(mobile, "1381234567")
    postcode = dialog.texts["home_postcode"]
    postcode.setFocus()
    qtbot.keyClicks(postcode, "51000")
    _save(qtbot, dialog)
    assert "10" in dialog.boxes["mobile"].error
    assert "6" in dialog.boxes["home_postcode"].error
    assert dialog.boxes["name"].error == ""
    _grab(dialog, "card-errors.png")
    with sqlite_db.reader() as session:
        assert session.get(Customer, cid).mobile == "13812345678"  # type: ignore[union-attr]

    # Fix both with the keyboard, fill the resident ID (birthday and sex follow), save.
    mobile.setFocus()
    qtbot.keyClick(mobile, Qt.Key.Key_End)
    qtbot.keyClicks(mobile, "9")
    postcode.setFocus()
    qtbot.keyClicks(postcode, "0")
    dialog.resident_id.setFocus()
    qtbot.keyClicks(dialog.resident_id, ID_MALE_1990)
    qtbot.keyClick(dialog.resident_id, Qt.Key.Key_Tab)
    assert dialog.birthday.text() == "1990-01-01"
    assert dialog.sex.currentData() == "M"
    _save(qtbot, dialog)
    assert dialog.boxes["mobile"].error == "" and dialog.general_error.isHidden()
    with sqlite_db.reader() as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        assert customer.mobile == "13812345679"
        assert customer.home_postcode == "510000"
        assert customer.birthday == dt.date(1990, 1, 1)
    dialog.tabs.setCurrentIndex(1)
    _grab(dialog, "card-vehicles.png")
    dialog.tabs.setCurrentIndex(2)
    assert dialog.timeline.rowCount() == 3  # two services and the mark
    _grab(dialog, "card-timeline.png")


def test_new_customer_from_the_keyboard(qtbot: QtBot, sqlite_db: Database) -> None:
    context = _context(sqlite_db)
    dialog = CustomerCardDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.tabs.isTabEnabled(1)
    _save(qtbot, dialog)
    assert dialog.boxes["name"].error  # a name is required
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Li Lei")
    dialog.texts["mobile"].setFocus()
    qtbot.keyClicks(dialog.texts["mobile"], "+86 139 0000 1111")
    _save(qtbot, dialog)
    assert dialog.customer_id is not None
    assert dialog.tabs.isTabEnabled(1)
    with sqlite_db.reader() as session:
        customer = session.get(Customer, dialog.customer_id)
        assert customer is not None and customer.mobile == "13900001111"


def test_the_list_filters_by_mark_and_opens_the_card(qtbot: QtBot, sqlite_db: Database) -> None:
    context = _context(sqlite_db)
    ids = [new_customer(sqlite_db, context.actor, name) for name in ("赵一", "钱二", "孙三")]
    set_mark(sqlite_db, context.actor, ids[1], "difficult", "多次无理投诉")
    page = CustomersPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 3
    page.mark_box.setCurrentIndex(page.mark_box.findData("difficult"))
    assert page.model.rowCount() == 1
    assert "钱二" in page.model.index(0, 0).data()
    _grab(page, "customer-list.png")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    cards = page.findChildren(CustomerCardDialog)
    assert [c.customer_id for c in cards] == [ids[1]]
    for card in cards:
        card.close()


def test_the_list_filters_by_consultant_and_membership(qtbot: QtBot, sqlite_db: Database) -> None:
    from showroom.models import Role, User

    with sqlite_db.session() as session:
        consultant = User(username="wang", display_name="王顾问", role=Role.CONSULTANT.value)
        session.add(consultant)
        session.flush()
        consultant_id = consultant.id
    context = _context(sqlite_db)
    mine = new_customer(sqlite_db, context.actor, "赵一", consultant_id=consultant_id)
    new_customer(sqlite_db, context.actor, "钱二")
    page = CustomersPage(context)
    qtbot.addWidget(page)
    # Each filter shows names and filters by the key behind them.
    index = page.consultant_box.findData(consultant_id)
    assert page.consultant_box.itemText(index) == "王顾问"
    page.consultant_box.setCurrentIndex(index)
    assert page.model.rowCount() == 1
    assert "赵一" in page.model.index(0, 0).data()
    assert mine
    texts = [page.membership_box.itemText(i) for i in range(1, page.membership_box.count())]
    codes = [page.membership_box.itemData(i) for i in range(1, page.membership_box.count())]
    assert texts and all(t != c for t, c in zip(texts, codes, strict=True))


def test_the_list_exports_through_the_export_bar(
    qtbot: QtBot, sqlite_db: Database, tmp_path
) -> None:
    context = _context(sqlite_db)
    for name in ("赵一", "钱二"):
        new_customer(sqlite_db, context.actor, name)
    page = CustomersPage(context)
    qtbot.addWidget(page)
    page.show()
    path = tmp_path / "customers.xlsx"
    task = page.start_export(path)
    assert page.export_bar.busy and not page.excel_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert path.stat().st_size > 0
    assert str(path) in page.message.text() and "2" in page.message.text()
    assert page.excel_button.isEnabled() and not page.export_bar.isVisible()


def test_reception_sees_the_card_masked_and_shows_one_field(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    from prospects_support import add_staff
    from sqlalchemy import select

    from showroom.models import AuditEntry

    staff = add_staff(sqlite_db)
    cid = new_customer(
        sqlite_db, staff.manager, "赵先生", mobile="13812345678", resident_id=ID_MALE_1990,
        home_phone="010-87654321", consultant_id=staff.alice.user_id,
    )  # fmt: skip
    dialog = CustomerCardDialog(PageContext(sqlite_db, staff.reception, store_info(sqlite_db)), cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    mobile = dialog.texts["mobile"]
    shown = " ".join([mobile.text(), dialog.resident_id.text(), dialog.texts["home_phone"].text()])
    assert "13812345678" not in shown and ID_MALE_1990 not in shown
    assert mobile.text() == "138****5678" and mobile.isReadOnly()
    assert not dialog.consultant.isEnabled()  # not reception's to hand over
    button = dialog.reveal_buttons["mobile"]
    assert button.isVisible() and not dialog.reveal_buttons["work_address"].isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert mobile.text() == "13812345678" and not mobile.isReadOnly() and not button.isVisible()
    with sqlite_db.reader() as session:
        fields = [
            e.changes["field"]
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "reveal"))
        ]
    assert fields == ["mobile"]
    # Saving with the other fields still masked keeps their stored values.
    _save(qtbot, dialog)
    assert dialog.general_error.isHidden()
    with sqlite_db.reader() as session:
        stored = session.get(Customer, cid)
        assert stored is not None and stored.resident_id == ID_MALE_1990
        assert stored.home_phone == "010-87654321"
