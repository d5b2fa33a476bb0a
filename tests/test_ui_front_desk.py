"""The front desk by keys alone, in the main window: a returning walk-in by the last four
digits or the full number, an anonymous guest — each checked by what was stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.db import Database
from showroom.models import RefItem, Visit
from showroom.services.context import Actor
from tests.test_ui_visitor_log import (  # noqa: F401 (fixtures used by name)
    NOW,
    _chinese,
    _focused,
    _log,
    main_window,
    people,
)
from ui.main_window import MainWindow
from ui.visitor_log_page import VisitorLogPage


@pytest.fixture
def window(
    qtbot: QtBot,
    sqlite_db: Database,
    people: dict[str, Actor],  # noqa: F811
    tmp_path: Path,
) -> MainWindow:
    return main_window(qtbot, sqlite_db, people["desk"], tmp_path)


def _keys(qtbot: QtBot, *keys: str | Qt.Key) -> None:
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(_focused(), key)
        else:
            qtbot.keyClick(_focused(), key)


def _walk_in(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F2)
    page = window.pages.page("visits")
    assert isinstance(page, VisitorLogPage) and page.form is not None
    form = page.form
    qtbot.waitUntil(lambda: form.phone_edit.hasFocus())
    return page, form


def _new_visits(db: Database, before: int) -> list[Visit]:
    with db.reader() as session:
        return list(session.scalars(select(Visit).where(Visit.id > before).order_by(Visit.id)))


def _source_code(db: Database, source_id: int | None) -> str | None:
    with db.reader() as session:
        item = session.get(RefItem, source_id) if source_id else None
        return item.code if item else None


def test_a_returning_walk_in_by_the_last_four_digits(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    people: dict[str, Actor],  # noqa: F811
) -> None:
    first = _log(sqlite_db, people, level_given="A")  # 张伟 13812345678, 王顾问's customer
    _page, form = _walk_in(qtbot, window)
    _keys(qtbot, "5678", Qt.Key.Key_Return)  # the lookup answers; Enter takes the match
    qtbot.waitUntil(lambda: form.linked is not None, timeout=5000)
    assert form.phone_edit.text() == ""  # "5678" was a search, not a number
    _keys(qtbot, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    (visit,) = _new_visits(sqlite_db, first)
    stored_first = _new_visits(sqlite_db, first - 1)[0]
    assert visit.customer_id == stored_first.customer_id and not visit.is_first_visit
    assert visit.phone == "13812345678"  # stored in full
    assert visit.consultant_id == people["wang"].user_id  # the customer's consultant
    assert _source_code(sqlite_db, visit.source_id) == "old_customer"  # the store's default
    assert visit.level_given == "A"  # the open prospect's level


def test_a_returning_walk_in_by_the_full_number_typed_straight_through(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    people: dict[str, Actor],  # noqa: F811
) -> None:
    first = _log(sqlite_db, people)
    _page, form = _walk_in(qtbot, window)
    _keys(qtbot, "13812345678", Qt.Key.Key_Return)  # Enter before the lookup answered
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    (visit,) = _new_visits(sqlite_db, first)
    assert visit.phone == "13812345678" and not visit.is_first_visit
    assert visit.consultant_id == people["wang"].user_id


def test_an_anonymous_guest_needs_only_the_source(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    _page, form = _walk_in(qtbot, window)
    _keys(qtbot, Qt.Key.Key_Return)  # no contact left: asks for the source alone
    qtbot.waitUntil(lambda: form.save_task is None and form.isEnabled())
    assert set(form.errors()) == {"source_id"}
    assert _focused() is form.source_combo
    _keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    (visit,) = _new_visits(sqlite_db, 0)
    assert visit.phone is None and visit.customer_id is None and visit.consultant_id is None
    assert visit.source_id is not None and visit.arrived_at.date() == dt.date.today()
