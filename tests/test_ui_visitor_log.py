"""The visitor log page: keyboard-only entry, returning visitors, messages at the field,
departure, and exports that show what the screen shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showroom import i18n
from showroom.db import Database
from showroom.models import AuditEntry, Customer, RefItem, RefKind, Role, User, Visit
from showroom.services.context import Actor
from showroom.services.store import store_info
from showroom.services.visits import VisitInput, log_visit
from tests.export_checks import needs_poppler, page_size_points, pdf_text
from ui.departure import DepartureDialog
from ui.main_window import MainWindow
from ui.pages import PageContext
from ui.visit_form import VisitForm
from ui.visitor_log_page import VisitorLogPage

NOW = dt.datetime(2026, 5, 6, 15, 0)


@pytest.fixture(autouse=True)
def _chinese() -> Iterator[None]:
    """The sheet's words in Chinese from the catalog, whatever an earlier test installed."""
    saved = (i18n.current_language(), i18n._translator)
    i18n.set_language("zh_CN")
    i18n.set_translator(None)
    yield
    i18n.set_language(saved[0])
    i18n.set_translator(saved[1])


@pytest.fixture
def people(sqlite_db: Database) -> dict[str, Actor]:
    actors = {}
    with sqlite_db.session() as session:
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


def _page(qtbot: QtBot, db: Database, actor: Actor) -> VisitorLogPage:
    page = VisitorLogPage(PageContext(db, actor, store_info(db)), now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1400, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    _settled(qtbot, page)
    return page


def _settled(qtbot: QtBot, page: VisitorLogPage) -> None:
    """The rows are read off the GUI thread: wait until the newest read is shown."""
    qtbot.waitUntil(lambda: not page.loading)


@pytest.fixture
def desk_page(qtbot: QtBot, sqlite_db: Database, people: dict[str, Actor]) -> VisitorLogPage:
    return _page(qtbot, sqlite_db, people["desk"])


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focused(), key)


def _type(qtbot: QtBot, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(_focused(), text)
        return
    # Chinese arrives from the input method as one committed string, not as key presses.
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(_focused(), event)


def _open_form(qtbot: QtBot, page: VisitorLogPage, key: Qt.Key = Qt.Key.Key_F2) -> VisitForm:
    qtbot.keyClick(page.table, key)
    form = page.form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    form.activateWindow()
    qtbot.waitUntil(lambda: form.phone_edit.hasFocus())
    return form


def _wait_saved_or_refused(qtbot: QtBot, form: VisitForm) -> None:
    """A save runs off the GUI thread: wait for its answer."""
    qtbot.waitUntil(lambda: form.save_task is None and form.isEnabled())


def _count(db: Database, model: type) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _source_id(db: Database, code: str) -> int:
    with db.reader() as session:
        return session.scalars(
            select(RefItem.id).where(RefItem.kind == RefKind.SOURCE, RefItem.code == code)
        ).one()


def _names_in_table(page: VisitorLogPage) -> list[str]:
    return [page.model.texts(i)[5] for i in range(page.model.rowCount())]


def test_a_new_walk_in_typed_with_the_keyboard_alone(
    qtbot: QtBot, desk_page: VisitorLogPage, sqlite_db: Database, people: dict[str, Actor]
) -> None:
    form = _open_form(qtbot, desk_page)
    _type(qtbot, "139 1234 5678")
    _press(qtbot, Qt.Key.Key_Tab)  # → name (no returning visitor: the list stays hidden)
    assert _focused() is form.name_edit
    _type(qtbot, "刘洋")
    _press(qtbot, Qt.Key.Key_Tab)  # → sex
    _press(qtbot, Qt.Key.Key_Down)  # 男
    _press(qtbot, Qt.Key.Key_Tab)  # → party size
    _type(qtbot, "3")
    _press(qtbot, Qt.Key.Key_Tab)  # → source
    _press(qtbot, Qt.Key.Key_Down)  # the first source: internet
    _press(qtbot, Qt.Key.Key_Tab)  # → model (the referrer is only for referrals)
    assert _focused() is form.model_combo
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Tab, 2)  # → purchase (past the colour)
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Tab)  # → level
    _press(qtbot, Qt.Key.Key_Down)  # H
    _press(qtbot, Qt.Key.Key_Tab)  # → test drive
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Tab)  # → consultant
    assert _focused() is form.consultant_combo
    _press(qtbot, Qt.Key.Key_Down)  # 王顾问
    _press(qtbot, Qt.Key.Key_Return)  # Enter saves

    qtbot.waitUntil(lambda: not form.isVisible())
    _settled(qtbot, desk_page)
    assert form.errors() == {}
    assert "刘洋" in _names_in_table(desk_page)
    row = desk_page.selected_row()
    assert row is not None and row.visitor_name == "刘洋" and row.in_showroom(NOW.date())
    with sqlite_db.reader() as session:
        visit = session.scalars(select(Visit)).one()
        customer = session.scalars(select(Customer)).one()
    assert (visit.visitor_name, visit.sex, visit.party_size) == ("刘洋", "M", 3)
    assert visit.phone == "13912345678" and visit.is_first_visit and visit.test_drive
    assert visit.level_given == "H" and visit.prospect_id is not None
    assert visit.consultant_id == people["wang"].user_id
    assert visit.source_id == _source_id(sqlite_db, "internet")
    assert visit.arrived_at == NOW and visit.departed_at is None
    assert customer.mobile == "13912345678" and customer.name == "刘洋"


def _log(db: Database, people: dict[str, Actor], **kwargs: object) -> int:
    values: dict[str, object] = {
        "arrived_at": NOW - dt.timedelta(days=3),
        "departed_at": NOW - dt.timedelta(days=3) + dt.timedelta(minutes=40),
        "visitor_name": "张伟",
        "sex": "M",
        "phone": "13812345678",
        "source_id": _source_id(db, "internet"),
        "consultant_id": people["wang"].user_id,
    }
    values.update(kwargs)
    logged = log_visit(db, people["desk"], VisitInput(**values), now=NOW)  # type: ignore[arg-type]
    return logged.visit_id


def test_a_returning_visitor_is_recognised_by_phone_and_logged_as_a_repeat(
    qtbot: QtBot, desk_page: VisitorLogPage, sqlite_db: Database, people: dict[str, Actor]
) -> None:
    _log(sqlite_db, people, level_given="A")
    form = _open_form(qtbot, desk_page)
    _type(qtbot, "13812345678")
    qtbot.waitUntil(lambda: form.linked is not None)
    assert form.link_row.isVisible() and "张伟" in form.link_label.text()
    assert "王顾问" in form.link_label.text()  # their consultant and level are shown
    # The form took over what is on file: name, sex, consultant.
    assert form.name_edit.text() == "张伟"
    assert form.consultant_combo.currentData() == people["wang"].user_id
    form.name_edit.setFocus()
    _press(qtbot, Qt.Key.Key_Tab, 3)  # → source
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not form.isVisible())
    _settled(qtbot, desk_page)
    assert _count(sqlite_db, Customer) == 1
    with sqlite_db.reader() as session:
        visits = session.scalars(select(Visit).order_by(Visit.id)).all()
    assert len(visits) == 2 and visits[1].customer_id == visits[0].customer_id
    assert not visits[1].is_first_visit
    assert visits[1].prospect_id == visits[0].prospect_id  # the same prospect card
    texts = desk_page.model.texts(desk_page.model.row_of(visits[1].id))
    assert texts[9] == "再次"


def test_a_returning_visitor_found_by_name_is_linked_with_one_choice(
    qtbot: QtBot, desk_page: VisitorLogPage, sqlite_db: Database, people: dict[str, Actor]
) -> None:
    _log(sqlite_db, people)
    form = _open_form(qtbot, desk_page)
    _type(qtbot, "zw")
    qtbot.waitUntil(form.candidates.isVisible)
    assert "张伟" in form.candidates.item(0).text()
    _press(qtbot, Qt.Key.Key_Down)  # into the list
    assert _focused() is form.candidates
    _press(qtbot, Qt.Key.Key_Return)  # link
    assert form.linked is not None and form.name_edit.text() == "张伟"
    assert form.phone_edit.text() == ""  # "zw" was a search, not the visitor's phone
    assert form.isVisible()  # Enter in the list links; it does not save


def _fill_valid(form: VisitForm, db: Database, people: dict[str, Actor]) -> None:
    form.phone_edit.setText("13912345678")
    form.name_edit.setText("刘洋")
    form.source_combo.setCurrentIndex(form.source_combo.findData(_source_id(db, "internet")))
    form.consultant_combo.setCurrentIndex(form.consultant_combo.findData(people["wang"].user_id))


@pytest.mark.parametrize(
    ("field", "spoil"),
    [
        ("phone", lambda form: form.phone_edit.setText("1381234567")),  # 10 digits
        ("departed_at", lambda form: form.departed_edit.setText("14:00")),  # arrived 15:00
        (
            "arrived_at",
            lambda form: form.arrived_edit.setDateTime(QDateTime(NOW + dt.timedelta(days=1))),
        ),
        ("consultant_id", lambda form: form.consultant_combo.setCurrentIndex(0)),
        ("departed_at", lambda form: form.departed_edit.setText("25:99")),
    ],
)
def test_bad_input_shows_a_message_at_the_field_and_saves_nothing(
    qtbot: QtBot,
    desk_page: VisitorLogPage,
    sqlite_db: Database,
    people: dict[str, Actor],
    field: str,
    spoil: object,
) -> None:
    form = _open_form(qtbot, desk_page)
    _fill_valid(form, sqlite_db, people)
    spoil(form)  # type: ignore[operator]
    form.notes_edit.setFocus()
    _press(qtbot, Qt.Key.Key_Return)
    _wait_saved_or_refused(qtbot, form)
    assert form.isVisible()
    errors = form.errors()
    assert list(errors) == [field] and errors[field]
    assert form.boxes[field].error_label.isVisible()
    assert form.boxes[field].field.hasFocus()  # the cursor goes to what needs fixing
    assert _count(sqlite_db, Visit) == 0 and _count(sqlite_db, Customer) == 0
    # Esc cancels: still nothing saved.
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert _count(sqlite_db, Visit) == 0


def test_the_message_about_a_bad_phone_reads_in_chinese(
    qtbot: QtBot, desk_page: VisitorLogPage, sqlite_db: Database, people: dict[str, Actor]
) -> None:
    form = _open_form(qtbot, desk_page)
    _fill_valid(form, sqlite_db, people)
    form.phone_edit.setText("1381234567")
    form.save()
    _wait_saved_or_refused(qtbot, form)
    assert "10" in form.errors()["phone"] and "手机" in form.errors()["phone"]


def test_departed_records_the_time_and_ends_the_highlight(
    qtbot: QtBot, desk_page: VisitorLogPage, sqlite_db: Database, people: dict[str, Actor]
) -> None:
    visit_id = _log(sqlite_db, people, arrived_at=NOW - dt.timedelta(minutes=45), departed_at=None)
    desk_page.reload()
    _settled(qtbot, desk_page)
    assert desk_page.in_showroom == 1
    desk_page.table.selectRow(desk_page.model.row_of(visit_id))
    desk_page.table.setFocus()
    qtbot.keyClick(desk_page.table, Qt.Key.Key_F4)  # asks when, with the time now filled in
    dialog = desk_page.findChild(DepartureDialog)
    assert dialog is not None and dialog.time_edit.text() == "15:00"
    qtbot.waitUntil(lambda: dialog.time_edit.hasFocus())
    _press(qtbot, Qt.Key.Key_Return)  # Enter takes it: two keys in all
    qtbot.waitUntil(lambda: desk_page.in_showroom == 0, timeout=5000)
    _settled(qtbot, desk_page)
    row = desk_page.selected_row()
    assert row is not None and row.id == visit_id and row.departed_at == NOW
    assert desk_page.model.texts(desk_page.model.row_of(visit_id))[3] == "0:45"


def test_a_departure_time_can_be_typed_and_a_bad_one_is_explained(
    qtbot: QtBot, desk_page: VisitorLogPage, sqlite_db: Database, people: dict[str, Actor]
) -> None:
    visit_id = _log(sqlite_db, people, arrived_at=NOW - dt.timedelta(minutes=45), departed_at=None)
    desk_page.reload()
    _settled(qtbot, desk_page)
    desk_page.table.setFocus()  # nothing selected: the only visitor still here is meant
    qtbot.keyClick(desk_page.table, Qt.Key.Key_F4)
    dialog = desk_page.findChild(DepartureDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.time_edit.hasFocus())
    _type(qtbot, "2599")
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "25" in dialog.message.text()
    dialog.time_edit.selectAll()
    _type(qtbot, "1430")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk_page.in_showroom == 0, timeout=5000)
    with sqlite_db.reader() as session:
        assert session.get(Visit, visit_id).departed_at == dt.datetime(2026, 5, 6, 14, 30)


def test_filters_and_sorting_reload_from_the_database(
    qtbot: QtBot, desk_page: VisitorLogPage, sqlite_db: Database, people: dict[str, Actor]
) -> None:
    _log(sqlite_db, people, arrived_at=NOW - dt.timedelta(hours=2), departed_at=None)
    _log(sqlite_db, people, arrived_at=NOW - dt.timedelta(hours=1), departed_at=None,
         visitor_name="李娜", phone="13600003333", kind="call")  # fmt: skip
    desk_page.reload()
    _settled(qtbot, desk_page)
    assert _names_in_table(desk_page) == ["张伟", "李娜"]
    desk_page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    _settled(qtbot, desk_page)
    assert _names_in_table(desk_page) == ["李娜", "张伟"]
    desk_page.kind_filter.setCurrentIndex(desk_page.kind_filter.findData("call"))
    _settled(qtbot, desk_page)
    assert _names_in_table(desk_page) == ["李娜"]
    desk_page.first_filter.setCurrentIndex(desk_page.first_filter.findData(False))
    _settled(qtbot, desk_page)
    assert _names_in_table(desk_page) == []


def test_visits_logged_elsewhere_appear_without_a_refresh(
    qtbot: QtBot, desk_page: VisitorLogPage, sqlite_db: Database, people: dict[str, Actor]
) -> None:
    assert desk_page.model.rowCount() == 0
    _log(sqlite_db, people, arrived_at=NOW - dt.timedelta(minutes=5), departed_at=None)
    # Nobody calls reload: the write's announcement reaches the page through the hub.
    qtbot.waitUntil(lambda: _names_in_table(desk_page) == ["张伟"], timeout=3000)
    assert desk_page.model.data(desk_page.model.index(0, 5), Qt.ItemDataRole.BackgroundRole)


def test_a_long_range_is_read_a_page_at_a_time(
    qtbot: QtBot,
    desk_page: VisitorLogPage,
    sqlite_db: Database,
    people: dict[str, Actor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.visitor_log_page

    monkeypatch.setattr(ui.visitor_log_page, "PAGE_SIZE", 3)
    ids = [
        _log(sqlite_db, people, arrived_at=NOW - dt.timedelta(minutes=10 * (8 - i)),
             departed_at=None, phone=None, visitor_name=f"客{i}")
        for i in range(7)
    ]  # fmt: skip
    # A table too short to ask for more rows by itself while the test waits for the read.
    desk_page.table.setFixedHeight(60)
    desk_page.reload()
    _settled(qtbot, desk_page)
    assert desk_page.model.rowCount() == 3 and desk_page.model.canFetchMore()
    assert "7" in desk_page.count_label.text() and desk_page.in_showroom == 7
    desk_page.reload(select_id=ids[-1])  # the newest visit: on the third page
    _settled(qtbot, desk_page)
    assert desk_page.model.rowCount() == 7 and not desk_page.model.canFetchMore()
    assert desk_page.selected_row().id == ids[-1]
    assert _names_in_table(desk_page) == [f"客{i}" for i in range(7)]


@pytest.fixture
def manager_page(
    qtbot: QtBot, sqlite_db: Database, people: dict[str, Actor]
) -> Iterator[VisitorLogPage]:
    for minutes, name, phone in ((200, "张伟", "13812345678"), (120, "李娜", "13600003333"),
                                 (30, "王先生", None)):  # fmt: skip
        arrived = NOW - dt.timedelta(minutes=minutes)
        _log(sqlite_db, people, arrived_at=arrived, visitor_name=name, phone=phone,
             departed_at=None if minutes == 30 else arrived + dt.timedelta(minutes=25),
             notes="带小孩，关注儿童座椅" if phone is None else None)  # fmt: skip
    yield _page(qtbot, sqlite_db, people["boss"])


def _export(qtbot: QtBot, page: VisitorLogPage, fmt: str, path: Path) -> None:
    task = page.start_export(fmt, path)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert path.exists(), page.message.text()


def test_the_workbook_shows_the_rows_of_the_screen(
    qtbot: QtBot, manager_page: VisitorLogPage, tmp_path: Path
) -> None:
    path = tmp_path / "visits.xlsx"
    _export(qtbot, manager_page, "xlsx", path)
    sheet = load_workbook(path).worksheets[0]
    model = manager_page.model
    with manager_page.db.reader() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert audit.entity == "visits" and audit.changes["rows"] == 3
    assert model.rowCount() == 3
    header = [cell.value for cell in sheet[2]]
    assert header == [model.headerData(i, Qt.Orientation.Horizontal) for i in range(20)]
    assert sheet.freeze_panes == "A3"
    for index in range(model.rowCount()):
        shown = model.texts(index)
        cells = [cell.value for cell in sheet[3 + index]]
        assert cells[0] == dt.datetime.combine(NOW.date(), dt.time())  # a real date
        assert cells[1].strftime("%H:%M") == shown[1]
        for column in (4, 5, 6, 7, 9, 10, 13, 14, 15, 16, 17, 18, 19):
            assert (cells[column] or "") == shown[column], (index, column)
        assert str(cells[8]) == shown[8]


@needs_poppler
def test_the_pdf_shows_the_rows_of_the_screen_on_a4_landscape(
    qtbot: QtBot, manager_page: VisitorLogPage, tmp_path: Path
) -> None:
    path = tmp_path / "visits.pdf"
    _export(qtbot, manager_page, "pdf", path)
    width, height = page_size_points(path)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, like the paper form
    lines = pdf_text(path).splitlines()
    model = manager_page.model
    assert any("来店登记" in line or "客户登记" in line for line in lines)
    for index in range(model.rowCount()):
        shown = model.texts(index)
        line = next(line for line in lines if shown[1] in line and shown[5] in line)
        for column in (2, 4, 7, 9, 18):
            assert shown[column] in line, (shown[column], line)


def test_an_export_can_be_cancelled_and_leaves_the_page_ready(
    qtbot: QtBot, manager_page: VisitorLogPage, tmp_path: Path
) -> None:
    import threading

    from ui.workers import TaskControl

    started = threading.Event()

    def endless(control: TaskControl) -> int:
        done = 0
        while control.report(done, 10**9):
            started.set()
            done += 1
        return done

    bar = manager_page.export_bar
    task = bar.start(endless, tmp_path / "never.xlsx")
    assert bar.isVisible() and not manager_page.excel_button.isEnabled()
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        bar.cancel_button.click()
    assert not bar.isVisible() and not bar.busy
    assert manager_page.excel_button.isEnabled()
    assert manager_page.message.text() == bar.tr("The export was cancelled.")


def main_window(qtbot: QtBot, db: Database, actor: Actor, tmp_path: Path) -> MainWindow:
    """The main window signed in as ``actor``, shown and active (its settings in a file of
    the test's own)."""
    from PySide6.QtCore import QSettings

    from ui.settings import AppSettings

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db, actor, store_info(db), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_in_the_main_window_f2_opens_a_walk_in_and_shift_f2_a_call(
    qtbot: QtBot, sqlite_db: Database, people: dict[str, Actor], tmp_path: Path
) -> None:
    window = main_window(qtbot, sqlite_db, people["desk"], tmp_path)
    window.show_page("visits")
    page = window.pages.page("visits")
    assert isinstance(page, VisitorLogPage)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    form = page.form
    assert form is not None and form.isVisible()
    assert form.kind_combo.currentData() == "walk_in"
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert page.form is not None and page.form.isVisible() and page.form is not form
    assert page.form.kind_combo.currentData() == "call"
    page.form.reject()


def test_f2_right_after_sign_in_starts_a_walk_in_from_any_page(
    qtbot: QtBot, sqlite_db: Database, people: dict[str, Actor], tmp_path: Path
) -> None:
    window = main_window(qtbot, sqlite_db, people["desk"], tmp_path)
    # The first key of the day, wherever the focus happens to be (here: the sidebar on
    # another page): no click needed first.
    window.show_page("customers")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F2)
    page = window.pages.page("visits")
    assert isinstance(page, VisitorLogPage) and window.current_page_key() == "visits"
    form = page.form
    assert form is not None and form.isVisible() and form.kind_combo.currentData() == "walk_in"
    qtbot.waitUntil(lambda: form.phone_edit.hasFocus())
    form.reject()


def test_a_role_that_may_not_log_visits_has_no_front_desk_keys(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from showroom.models import Role
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    with sqlite_db.session() as session:
        user = User(username="fix", display_name="服务顾问", role=Role.SERVICE_ADVISOR)
        session.add(user)
        session.flush()
        advisor = Actor(user.id, "fix", "服务顾问", Role.SERVICE_ADVISOR)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(sqlite_db, advisor, store_info(sqlite_db), settings)
    qtbot.addWidget(window)
    assert not any(action.isEnabled() for action in window.front_desk_actions)
