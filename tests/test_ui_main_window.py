"""The main window: page navigation by keyboard, global search, status bar, language menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from showroom.db import Database
from showroom.keys import customer_keys, plate_tail
from showroom.models import Customer, Role, Vehicle
from showroom.services.store import default_actor, store_info
from ui.customer_card import CustomerCardDialog
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.settings import AppSettings

PEOPLE = [
    # name, mobile, plate, marks
    ("张三", "13812345678", "粤B12345", "vip"),
    ("李四", "15800001111", None, ""),
    ("王五", "13900002222", "京A54321", "fleet,difficult"),
]


@pytest.fixture
def people(sqlite_db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    with sqlite_db.session() as session:
        for name, mobile, plate, marks in PEOPLE:
            customer = Customer(
                name=name, mobile=mobile, marks=marks, **customer_keys(name, mobile, None)
            )
            session.add(customer)
            session.flush()
            ids[name] = customer.id
            if plate:
                session.add(
                    Vehicle(customer_id=customer.id, plate=plate, plate_tail=plate_tail(plate))
                )
    return ids


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(
    qtbot: QtBot, sqlite_db: Database, people: dict[str, int], settings: AppSettings
) -> Iterator[MainWindow]:
    main = MainWindow(sqlite_db, default_actor(sqlite_db), store_info(sqlite_db), settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    main.search_box.close_popup()


def _popup_texts(window: MainWindow) -> list[str]:
    model = window.search_box.popup.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_opens_on_the_first_page(window: MainWindow) -> None:
    assert window.current_page_key() == PAGES[0].key
    assert window.navigation.current_key() == PAGES[0].key


def test_ctrl_number_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    for number in (2, 5, 3, 6, 4, 1):
        key = Qt.Key(Qt.Key.Key_0.value + number)
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        spec = PAGES[number - 1]
        assert window.current_page_key() == spec.key
        assert window.navigation.current_key() == spec.key
        page = window.pages.currentWidget()
        assert page.objectName() == f"page_{spec.key}"
        assert page.isVisible()


def test_pages_are_built_only_when_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    assert window.pages.page("reports") is None
    window.show_page("reports")
    built = window.pages.page("reports")
    assert built is not None
    window.show_page("visits")
    window.show_page("reports")
    assert window.pages.page("reports") is built


def test_clicking_the_navigation_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    rect = window.navigation.visualItemRect(window.navigation.item(2))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == PAGES[2].key


@pytest.mark.parametrize("shortcut", ["ctrl+f", "f3"])
def test_shortcut_focuses_the_search(qtbot: QtBot, window: MainWindow, shortcut: str) -> None:
    window.navigation.setFocus()
    assert not window.search_box.hasFocus()
    if shortcut == "f3":
        qtbot.keyClick(window, Qt.Key.Key_F3)
    else:
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)


def test_search_by_initials_and_open_with_keyboard(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_box, "zs")
    popup = window.search_box.popup
    qtbot.waitUntil(popup.isVisible)
    texts = _popup_texts(window)
    assert len(texts) == 1 and "张三" in texts[0]

    with qtbot.waitSignal(window.customer_opened, timeout=2000) as opened:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert opened.args == [people["张三"]]
    assert not popup.isVisible()
    dialogs = window.findChildren(CustomerCardDialog)
    assert [d.customer_id for d in dialogs] == [people["张三"]]
    dialogs[0].close()


def test_popup_shows_mobiles_as_the_role_may_see_them(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, settings: AppSettings
) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_box, "13812345678")
    qtbot.waitUntil(window.search_box.popup.isVisible)
    (text,) = _popup_texts(window)
    assert "13812345678" in text  # the administrator sees it in full, as on the card
    assert "粤B12345" in text and "VIP" in text
    window.search_box.close_popup()

    from showroom.services import auth

    admin = auth.set_up_administrator(sqlite_db, "admin-password-1")
    auth.create_user(sqlite_db, admin, "desk", "前台", Role.RECEPTION, "desk-password-1")
    desk = auth.sign_in(sqlite_db, "desk", "desk-password-1")
    front = MainWindow(sqlite_db, desk, store_info(sqlite_db), settings)
    qtbot.addWidget(front)
    front.show()
    qtbot.waitExposed(front)
    front.activateWindow()
    qtbot.waitUntil(front.isActiveWindow)
    front.focus_search()
    qtbot.keyClicks(front.search_box, "13812345678")
    qtbot.waitUntil(front.search_box.popup.isVisible)
    (text,) = _popup_texts(front)
    assert "138****5678" in text and "13812345678" not in text  # reception: masked
    front.search_box.close_popup()


def _type_with_input_method(widget: QWidget, text: str) -> None:
    """Chinese arrives from the input method as committed text (QTest types ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_chinese_name_from_the_input_method_finds_marks(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_search()
    _type_with_input_method(window.search_box, "王五")
    qtbot.waitUntil(window.search_box.popup.isVisible)
    (hit,) = window.search_box.popup.model.hits()
    assert hit.marks == ("fleet", "difficult")
    (text,) = _popup_texts(window)
    assert text.count("[") + text.count("【") == 2


def test_escape_closes_the_popup_and_nothing_found_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_box, "zzzz")
    popup = window.search_box.popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.model.rowCount() == 0
    assert "zzzz" in popup.message.text()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_clicking_a_hit_opens_it(qtbot: QtBot, window: MainWindow, people: dict[str, int]) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_box, "ls")
    popup = window.search_box.popup
    qtbot.waitUntil(popup.isVisible)
    rect = popup.view.visualRect(popup.model.index(0, 0))
    with qtbot.waitSignal(window.customer_opened, timeout=2000) as opened:
        qtbot.mouseClick(popup.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [people["李四"]]
    for dialog in window.findChildren(CustomerCardDialog):
        dialog.close()


def test_status_bar_and_title_name_user_database_and_store(
    window: MainWindow, sqlite_db: Database
) -> None:
    bar = window.status_bar
    actor = default_actor(sqlite_db)
    assert actor.display_name in bar.user_label.text()
    assert bar.database_label.toolTip() == sqlite_db.engine.url.database
    assert window.store_name in bar.store_label.text()
    assert window.store_name and window.store_name in window.windowTitle()


def test_language_menu_saves_the_choice_for_next_start(
    window: MainWindow, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text)
    )
    other = "en" if window.language == "zh_CN" else "zh_CN"
    action = next(a for a in window.language_actions.actions() if a.data() == other)
    action.trigger()
    assert settings.language() == other
    assert len(told) == 1
    QApplication.processEvents()


def test_window_geometry_is_remembered(
    qtbot: QtBot, sqlite_db: Database, settings: AppSettings
) -> None:
    first = MainWindow(sqlite_db, default_actor(sqlite_db), store_info(sqlite_db), settings)
    qtbot.addWidget(first)
    first.resize(1000, 640)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    saved = settings.window_geometry()
    assert saved is not None and not saved.isEmpty()
    # The next window restores it (the offscreen screen is too small to compare sizes).
    second = MainWindow(sqlite_db, default_actor(sqlite_db), store_info(sqlite_db), settings)
    qtbot.addWidget(second)
    assert second.restoreGeometry(saved)
