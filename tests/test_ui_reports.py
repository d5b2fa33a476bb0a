"""The reports page: the day's table, preview and printing of the PDF, exports, targets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from export_checks import chinese, needs_poppler, pdf_info  # noqa: F401  (chinese: autouse)
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from report_store import DAY, build_report_store
from sqlalchemy import select

from showroom.db import Database
from showroom.models import AuditEntry
from showroom.services.context import Actor
from showroom.services.store import store_info
from showroom.services.targets import get_targets
from ui.pages import PageContext, page_spec
from ui.reports_page import MONTHLY, ReportsPage
from ui.targets_tab import TargetsTab


@pytest.fixture
def store(sqlite_db: Database):  # type: ignore[no-untyped-def]
    return build_report_store(sqlite_db)


def _page(qtbot, db: Database, actor: Actor) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(PageContext(db, actor, store_info(db)))
    qtbot.addWidget(page)
    _settled(qtbot, page)
    return page


def _settled(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    """The report is read off the GUI thread: wait until the newest answer is shown."""
    qtbot.waitUntil(lambda: not page.loading)


def _row(page: ReportsPage, name: str, period: str) -> list[str]:
    model = page.model
    for row in range(model.rowCount()):
        texts = model.row_texts(row)
        if texts[:2] == [name, period]:
            return texts
    raise AssertionError(f"no row {name} {period}")


def test_reports_page_is_registered() -> None:
    spec = page_spec("reports")
    assert spec.factory is not None


def test_typing_a_date_shows_that_days_report(qtbot, sqlite_db: Database, store) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, sqlite_db, store.manager)
    page.date.setFocus()
    page.date.selectAll()
    qtbot.keyClicks(page.date, "2026-11-20")
    qtbot.keyClick(page.date, Qt.Key.Key_Enter)
    _settled(qtbot, page)
    assert page.day == DAY
    assert page.title.text() == "营业日报表  2026-11-20 星期五"
    assert _row(page, "李丽", "当日")[2:15] == ["1", "2", "1", "2", "1", "0", "1", "0", "2", "2",
                                              "1", "1", "0"]  # fmt: skip
    assert _row(page, "全店合计", "本月累计")[-7:] == [
        "58.3%", "33.3%", "33.3%", "13", "23.1%", "10", "10.0%",
    ]  # fmt: skip
    header = page.model.headerData(2, Qt.Orientation.Horizontal)
    assert header == "首次来店"
    assert page.targets_model.rowCount() == 5


def test_monthly_view(qtbot, sqlite_db: Database, store) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, sqlite_db, store.manager)
    page.set_day(DAY)
    _settled(qtbot, page)
    page.kind.setCurrentIndex(page.kind.findData(MONTHLY))
    _settled(qtbot, page)
    assert page.model.rowCount() == 31  # 30 days and the total
    assert page.model.row_texts(19)[:3] == ["2026-11-20", "星期五", "4"]
    assert page.model.row_texts(30)[0] == "本月合计"


def test_export_to_excel_in_the_background(
    qtbot, sqlite_db: Database, store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, sqlite_db, store.manager)
    page.set_day(DAY)
    _settled(qtbot, page)
    target = tmp_path / "daily.xlsx"
    task = page.export_to(target, "xlsx")
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert page.last_file == target
    ws = openpyxl.load_workbook(target).worksheets[0]
    rows = {(r[0], r[1]): r for r in ws.iter_rows(min_row=3, values_only=True)}
    assert rows[("全店合计", "本月累计")][2] == 7
    assert str(target) in page.status.text()


@needs_poppler
def test_preview_shows_the_pdf_pages_and_prints_them(  # type: ignore[no-untyped-def]
    qtbot, sqlite_db: Database, store, tmp_path: Path
) -> None:
    page = _page(qtbot, sqlite_db, store.manager)
    page.set_day(DAY)
    _settled(qtbot, page)
    task = page.preview()
    with qtbot.waitSignal(task.succeeded, timeout=20000) as shown:
        pass
    dialog = page.findChild(type(page.show_preview(shown.args[0])))
    assert dialog is not None and len(dialog.page_labels) == 1
    pixmap = dialog.page_labels[0].pixmap()
    assert pixmap.width() > pixmap.height()  # A4 landscape
    dialog.grab().save(str(tmp_path / "preview.png"))
    # Print to a PDF file instead of a real printer: the same painting path.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.print_to(printer)
    assert dialog.printed_pages == 1
    assert pdf_info(printed)["Pages"] == "1"
    with sqlite_db.reader() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "daily_report")
        ).all()
    assert actions == ["print"]  # the preview alone is not audited; printing is
    assert "1" in page.status.text()


def test_a_role_without_export_right_cannot_print(qtbot, sqlite_db: Database, store) -> None:  # type: ignore[no-untyped-def]
    # A role from a newer version is unknown here, so it may do nothing.
    guest = Actor(store.manager.user_id + 100, "guest", "访客", "guest")  # type: ignore[arg-type]
    page = _page(qtbot, sqlite_db, guest)
    assert page.status.text() == "您的角色无权查看报表。"
    assert not page.preview_button.isEnabled() and not page.export_xlsx_button.isEnabled()


def test_targets_tab_saves_what_the_manager_types(qtbot, sqlite_db: Database, store) -> None:  # type: ignore[no-untyped-def]
    tab = TargetsTab(PageContext(sqlite_db, store.manager, store_info(sqlite_db)))
    qtbot.addWidget(tab)
    tab.set_month(dt.date(2026, 11, 1))
    names = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert names == ["张伟", "李丽", "陈静"] or sorted(names) == sorted(["张伟", "李丽", "陈静"])
    row = names.index("陈静")
    spin = tab.spin(row, "orders")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "9")
    assert tab.save() == 1
    carol = next(t for t in get_targets(sqlite_db, store.manager, DAY) if t.consultant == "陈静")
    assert carol.orders == 9
    assert "1" in tab.status.text()


def test_targets_tab_is_read_only_for_a_consultant(qtbot, sqlite_db: Database, store) -> None:  # type: ignore[no-untyped-def]
    tab = TargetsTab(PageContext(sqlite_db, store.alice, store_info(sqlite_db)))
    qtbot.addWidget(tab)
    tab.set_month(dt.date(2026, 11, 1))
    assert tab.table.rowCount() == 1
    assert not tab.save_button.isEnabled() and not tab.spin(0, "orders").isEnabled()
    assert tab.spin(0, "orders").value() == 8
