"""The import wizard, walked as a user would: file, mapping, preview, run, report."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_import_books import xlsx

from showroom.db import Database
from showroom.importers import messages as import_messages
from showroom.models import ImportBatch, Visit
from showroom.services.store import default_actor
from ui.import_wizard import ImportWizard

HEADER = ["日期", "来店时间", "客户姓名", "联系电话", "备注"]


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_wizard_walks_from_file_to_report(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: object
) -> None:
    path = xlsx(
        tmp_path / "visits.xlsx",  # typed with keys: ASCII only
        HEADER,
        [
            ["2026/11/3", "10:30", "张三", "138 0013 8000", "看轩逸"],
            ["2026年11月3日", "11:00", "李四", "12345", ""],
            ["2026-11-04", "09:15", "王五", "+86 13900139000", "再来"],
        ],
        title="2026年11月 展厅来店登记表",
    )
    wizard = ImportWizard(sqlite_db, default_actor(sqlite_db), kind="visits")
    qtbot.addWidget(wizard)
    wizard.show()

    # 1. The file: typed in; the header under the title row is found.
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    assert wizard.layout_ is not None and wizard.layout_.header_row == 2
    _next(qtbot, wizard)

    # 2. The mapping: guessed from the Chinese headers, adjustable per column.
    page = wizard.mapping_page
    assert [c.currentData() for c in page.combos] == [
        "visit_date", "arrived_at", "name", "phone", "notes"]  # fmt: skip
    assert page.table.item(3, 2).text() == "138 0013 8000"  # the first value under 联系电话
    page.set_field(0, "arrived_at")  # one field from two columns: refused
    assert "两列" in page.problem_label.text() or "two columns" in page.problem_label.text()
    assert not page.isComplete()
    page.set_field(1, "")
    page.set_field(0, "")  # neither a date nor an arrival time: refused
    assert page.problem_label.text() and not page.isComplete()
    page.set_field(1, "arrived_at")
    page.set_field(0, "visit_date")
    page.combos[4].setFocus()
    qtbot.keyClick(page.combos[4], Qt.Key.Key_Home)  # "— not imported —"
    assert page.combos[4].currentData() == "" and 4 not in wizard.mapping
    _next(qtbot, wizard)

    # 3. The preview: rows as stored; the bad one says why.
    table = wizard.preview_page.table
    assert table.rowCount() == 3 and table.columnCount() == 5  # row + the 4 mapped fields
    assert [table.item(r, 0).text() for r in range(3)] == ["3", "4", "5"]
    assert table.item(0, 4).text() == "13800138000"
    assert table.item(2, 2).text() == "2026-11-04 09:15"
    assert "11" in table.item(1, 4).toolTip()  # "…has 5 digits; … has 11…"
    _next(qtbot, wizard)

    # 4. The run: in the background; then the summary and the report.
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.finished_, timeout=30000)
    assert run.result is not None and run.result.status == "done"
    assert run.status.text() == run.result.summary.text()
    assert run.report.rowCount() == 1 and run.report.item(0, 0).text() == "4"
    assert run.report.item(0, 3).text() == import_messages.OUTCOME_REJECTED.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with sqlite_db.reader() as s:
        visits = s.execute(select(Visit.visitor_name, Visit.phone, Visit.notes)
                           .order_by(Visit.id)).all()  # fmt: skip
        batch = s.scalars(select(ImportBatch)).one()
    assert [tuple(v) for v in visits] == [("张三", "13800138000", None),
                                          ("王五", "13900139000", None)]  # fmt: skip
    assert (batch.kind, batch.status, batch.mapping["columns"]) == (
        "visits",
        "done",
        {"0": "visit_date", "1": "arrived_at", "2": "name", "3": "phone"},
    )

    report = tmp_path / "report.xlsx"
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), "*.xlsx")
    )
    qtbot.mouseClick(run.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not run.export_bar.busy, timeout=10000)
    rows = [r for r in load_workbook(report).worksheets[0].iter_rows(values_only=True) if any(r)]
    assert rows[2][:3] == (4, "联系电话", "12345")


def test_cancelling_the_wizard_run_keeps_the_saved_part(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    rows = [[f"2026-11-{d:02d}", "10:00", f"客户{d}", f"1380000{d:04d}", ""] for d in range(1, 29)]
    path = xlsx(tmp_path / "log.xlsx", HEADER, rows)
    wizard = ImportWizard(sqlite_db, default_actor(sqlite_db), kind="visits")
    qtbot.addWidget(wizard)
    wizard.file_page.path_edit.setText(str(path))
    options = wizard.options
    # Small batches, so that a stop lands between two of them.
    wizard.options = lambda: _small_batches(options())  # type: ignore[method-assign]
    wizard.show()
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)  # the import starts in the background…
    run = wizard.run_page
    run.cancel()  # …and is stopped at once
    qtbot.waitUntil(lambda: run.finished_, timeout=30000)
    assert run.result is not None and run.result.status == "cancelled"
    assert import_messages.CANCELLED.text() in run.status.text()
    with sqlite_db.reader() as s:
        saved = len(s.scalars(select(Visit)).all())
        batch = s.scalars(select(ImportBatch)).one()
    assert batch.status == "cancelled" and batch.rows_created == saved == run.result.created


def _small_batches(options: object) -> object:
    options.batch_rows = 2  # type: ignore[attr-defined]
    return options
