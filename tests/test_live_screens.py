"""Every open screen follows a write without anyone pressing refresh — this window's own
writes, and another workstation's (a second database handle on the same store)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom import i18n
from showroom.db import Database
from showroom.models import RefItem, RefKind, Role, User
from showroom.services.context import Actor
from showroom.services.store import open_store, store_info
from showroom.services.visits import VisitInput, log_visit
from ui.customer_card import CustomerCardDialog
from ui.pages import PageContext
from ui.prospects_page import ProspectsPage
from ui.reports_page import ReportsPage
from ui.visitor_log_page import VisitorLogPage

#: The visit is entered two days after it happened (a late entry): a new H prospect is then
#: due for its first follow-up today, so it belongs on the consultant's today list.
NOW = dt.datetime.now().replace(second=0, microsecond=0)
VISIT_AT = NOW - dt.timedelta(days=2)
PHONE = "13812345678"


@pytest.fixture(autouse=True)
def _chinese() -> Iterator[None]:
    saved = (i18n.current_language(), i18n._translator)
    i18n.set_language("zh_CN")
    i18n.set_translator(None)
    yield
    i18n.set_language(saved[0])
    i18n.set_translator(saved[1])


def _people(db: Database) -> dict[str, Actor]:
    actors = {}
    with db.session() as session:
        for username, name, role in (
            ("wang", "王顾问", Role.CONSULTANT),
            ("desk", "前台小周", Role.RECEPTION),
            ("boss", "赵经理", Role.MANAGER),
        ):
            user = User(username=username, display_name=name, role=role)
            session.add(user)
            session.flush()
            actors[username] = Actor(user.id, username, name, role)
    return actors


def _source(db: Database, code: str) -> int:
    with db.reader() as session:
        return session.scalars(
            select(RefItem.id).where(RefItem.kind == RefKind.SOURCE, RefItem.code == code)
        ).one()


def _visit(db: Database, people: dict[str, Actor], at: dt.datetime, **extra: object) -> int:
    data = VisitInput(
        arrived_at=at, visitor_name="张伟", sex="M", phone=PHONE,
        source_id=_source(db, "internet"), consultant_id=people["wang"].user_id,
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip
    return log_visit(db, people["desk"], data, now=at).visit_id


def _store_row(page: ReportsPage) -> list[str]:
    for row in range(page.model.rowCount()):
        texts = page.model.row_texts(row)
        if texts[:2] == ["全店合计", "当日"]:
            return texts
    raise AssertionError("no store total row")


def _column(page: ReportsPage, title: str) -> int:
    for column in range(page.model.columnCount()):
        if page.model.headerData(column, Qt.Orientation.Horizontal) == title:
            return column
    raise AssertionError(f"no column {title}")


def _shown(qtbot: QtBot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _today_names(page: ProspectsPage) -> list[str]:
    model = page.today.model
    return [row.customer_name for i in range(model.rowCount()) if (row := model.row(i))]


def test_a_visit_logged_on_the_visitor_log_reaches_every_open_screen(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    db = sqlite_db
    people = _people(db)
    customer_visit = _visit(db, people, VISIT_AT - dt.timedelta(days=30))
    with db.reader() as session:
        from showroom.models import Visit

        customer_id = session.get(Visit, customer_visit).customer_id  # type: ignore[union-attr]
    assert customer_id is not None

    def context(actor: Actor) -> PageContext:
        return PageContext(db, actor, store_info(db))

    desk = _shown(qtbot, VisitorLogPage(context(people["desk"]), now=lambda: VISIT_AT))
    reports = _shown(qtbot, ReportsPage(context(people["boss"])))
    reports.set_day(VISIT_AT.date())
    qtbot.waitUntil(lambda: not reports.loading)
    repeat = _column(reports, "再次来店")
    before = int(_store_row(reports)[repeat])
    card = _shown(qtbot, CustomerCardDialog(context(people["boss"]), customer_id))
    timeline_before = card.timeline.rowCount()
    prospects = _shown(qtbot, ProspectsPage(context(people["wang"])))
    assert "张伟" not in _today_names(prospects)

    # The receptionist logs the returning walk-in through the page's own form.
    form = desk.open_form("walk_in")
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    form.phone_edit.setText(PHONE)
    form.run_lookup()
    form.name_edit.setText("张伟")
    form.source_combo.setCurrentIndex(form.source_combo.findData(_source(db, "internet")))
    form.consultant_combo.setCurrentIndex(form.consultant_combo.findData(people["wang"].user_id))
    form.level_combo.setCurrentIndex(form.level_combo.findData("H"))
    form.save()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    assert form.logged is not None and not form.logged.is_first_visit

    # Nobody calls a refresh: each screen hears of the write and reads again.
    qtbot.waitUntil(lambda: int(_store_row(reports)[repeat]) == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: card.timeline.rowCount() > timeline_before, timeout=5000)
    qtbot.waitUntil(lambda: "张伟" in _today_names(prospects), timeout=5000)
    assert desk.model.row_of(form.logged.visit_id) >= 0


def test_a_hidden_page_reads_again_when_shown(qtbot: QtBot, sqlite_db: Database) -> None:
    people = _people(sqlite_db)
    context = PageContext(sqlite_db, people["boss"], store_info(sqlite_db))
    reports = _shown(qtbot, ReportsPage(context))
    reports.set_day(NOW.date())
    qtbot.waitUntil(lambda: not reports.loading)
    first = _column(reports, "首次来店")
    assert _store_row(reports)[first] == "0"
    reports.hide()
    with qtbot.waitSignal(reports.context.hub.changed, timeout=5000):
        _visit(sqlite_db, people, NOW - dt.timedelta(minutes=5))
    assert not reports.loading  # a hidden page only notes the change…
    assert _store_row(reports)[first] == "0"
    reports.show()  # …and reads again when shown
    qtbot.waitUntil(lambda: _store_row(reports)[first] == "1", timeout=5000)


def _second_handle(db: Database) -> Database:
    """Another workstation on the same store: its own engine, its own change feed."""
    return open_store(db.url, backup_dir=None)


def test_a_write_on_another_workstation_reaches_the_open_page(qtbot: QtBot, db: Database) -> None:
    people = _people(db)
    page = _shown(
        qtbot, VisitorLogPage(PageContext(db, people["desk"], store_info(db)), now=lambda: NOW)
    )
    assert page.model.rowCount() == 0
    assert db.changes.watch().wait(10)  # the page's hub started it; wait until it listens
    other = _second_handle(db)
    try:
        _visit(other, people, NOW - dt.timedelta(minutes=3))
        # Within the 5 seconds a store expects, with no refresh pressed on this window.
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    finally:
        other.dispose()
