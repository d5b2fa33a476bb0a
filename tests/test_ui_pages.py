"""The page registry: every page is listed once, and a page's factory is used when set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from showroom.db import Database
from showroom.services.store import default_actor, store_info
from ui.page_stack import PageStack
from ui.pages import PAGES, PageContext, PageSpec, lazy_page, page_spec
from ui.placeholder_page import PlaceholderPage

built: list[PageContext] = []


def build_test_page(context: PageContext) -> QWidget:
    built.append(context)
    return QLabel(context.store.name_zh)


def test_the_six_pages_in_order() -> None:
    assert [spec.key for spec in PAGES] == [
        "visits",
        "prospects",
        "customers",
        "service",
        "reports",
        "settings",
    ]
    assert page_spec("service").title == "Service"


def test_a_page_without_factory_is_a_placeholder_with_title_and_summary(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    context = PageContext(sqlite_db, default_actor(sqlite_db), store_info(sqlite_db))
    # Pages gain factories as their areas land: test a registry entry without one.
    spec = PageSpec("unbuilt", PAGES[1].title, PAGES[1].summary)
    page = spec.build(context)
    qtbot.addWidget(page)
    assert isinstance(page, PlaceholderPage)
    assert page.title_label.text() == spec.title_text()
    assert page.summary_label.text() == spec.summary_text()


def test_a_registered_factory_is_imported_and_built_on_first_show(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    built.clear()
    context = PageContext(sqlite_db, default_actor(sqlite_db), store_info(sqlite_db))
    specs = (
        PAGES[0],
        PageSpec(
            "custom", "Custom", "A page from a factory", lazy_page(__name__, "build_test_page")
        ),
    )
    stack = PageStack(context, specs)
    qtbot.addWidget(stack)
    assert built == []
    stack.show_page("visits")
    assert built == []
    with qtbot.waitSignal(stack.page_shown) as shown:
        page = stack.show_page("custom")
    assert shown.args == ["custom"]
    assert built == [context]
    assert isinstance(page, QLabel) and page.text() == context.store.name_zh
    assert stack.show_page("custom") is page and len(built) == 1


attempts: list[int] = []


def failing_then_working_page(context: PageContext) -> QWidget:
    attempts.append(1)
    if len(attempts) == 1:
        raise RuntimeError("database is locked")
    return QLabel("ok")


def test_a_page_that_fails_to_build_says_so_and_is_retried(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    attempts.clear()
    context = PageContext(sqlite_db, default_actor(sqlite_db), store_info(sqlite_db))
    spec = PageSpec(
        "flaky", "Flaky", "Fails once", lazy_page(__name__, "failing_then_working_page")
    )
    stack = PageStack(context, (PAGES[0], spec))
    qtbot.addWidget(stack)
    stack.show_page("visits")
    failed = stack.show_page("flaky")
    assert isinstance(failed, PlaceholderPage)
    assert "database is locked" in failed.summary_label.text()
    assert stack.currentWidget() is failed and stack.current_key == "flaky"
    stack.show_page("visits")
    page = stack.show_page("flaky")
    assert isinstance(page, QLabel) and page.text() == "ok"
    assert len(attempts) == 2
