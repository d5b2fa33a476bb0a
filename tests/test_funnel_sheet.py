"""The funnel as PDF and workbook: same figures as the service, from the API, CLI and tab."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from export_checks import (
    chinese,  # noqa: F401  (autouse: Chinese, as shipped)
    export_files,
    needs_poppler,
    page_size_points,
    pdf_text,
    row_starting,
)
from prospects_support import add_staff
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_funnel import END, START, _build

from showroom.cli import build_parser, run_command
from showroom.db import Database
from showroom.models import AuditEntry
from showroom.services.funnel import funnel
from showroom.sheets.funnel import FunnelSheet


def _sheet_rows(path: Path) -> list[tuple[object, ...]]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [row for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]


def test_workbook_has_the_service_figures(db: Database, tmp_path: Path) -> None:
    staff = add_staff(db)
    _build(db, staff)
    out = tmp_path / "funnel.xlsx"
    export_files(db, staff.manager, FunnelSheet(START, END), xlsx=out)
    result = funnel(db, staff.manager, START, END)
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    expected = [7, 4, 3, 2, 2, 2]
    assert [r[2] for r in rows] == [s.count for s in result.stages] == expected
    assert [r[1] for r in rows] == [s.label.text("zh_CN") for s in result.stages]
    assert [r[3] for r in rows] == [s.rate for s in result.stages]
    assert rows[1][3] == pytest.approx(4 / 7)
    assert [r[4] for r in rows] == pytest.approx([c / 7 for c in expected])
    overall = [r for r in ws.iter_rows(values_only=True) if r[1] == "总体转化（首次接触至交车）"]
    assert overall and overall[0][4] == pytest.approx(2 / 7)
    # Rates are typed fractions shown as percentages, counts typed integers.
    rate_cell = next(c for c in ws["D"] if c.value == pytest.approx(4 / 7))
    assert "%" in rate_cell.number_format
    with db.reader() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "funnel")).all()
    assert [a.action for a in audit] == ["export"]


def test_a_consultant_exports_only_their_own(db: Database, tmp_path: Path) -> None:
    staff = add_staff(db)
    _build(db, staff)
    out = tmp_path / "bob.xlsx"
    export_files(db, staff.bob, FunnelSheet(START, END, staff.alice.user_id), xlsx=out)
    counts = [r[2] for r in _sheet_rows(out) if isinstance(r[0], int)]
    assert counts == [3, 1, 1, 0, 1, 1]  # Bob's, not Alice's
    info = list(openpyxl.load_workbook(out).worksheets[-1].iter_rows(values_only=True))
    assert ("销售顾问", "张伟") in info
    # Reception has no figures of its own: an empty funnel, never the store's.
    desk = tmp_path / "desk.xlsx"
    export_files(db, staff.reception, FunnelSheet(START, END), xlsx=desk)
    assert [r[2] for r in _sheet_rows(desk) if isinstance(r[0], int)] == [0] * 6


@needs_poppler
def test_pdf_shows_stage_names_and_counts(sqlite_db: Database, tmp_path: Path) -> None:
    staff = add_staff(sqlite_db)
    _build(sqlite_db, staff)
    out = tmp_path / "funnel.pdf"
    sheet = FunnelSheet(START, END, staff.alice.user_id)
    export_files(sqlite_db, staff.manager, sheet, pdf=out)
    width, height = page_size_points(out)
    assert width > height  # A4 landscape
    text = pdf_text(out)
    names = [
        stage.label.text("zh_CN") for stage in funnel(sqlite_db, staff.manager, START, END).stages
    ]
    assert all(
        name != stage.label.source
        for name, stage in zip(
            names, funnel(sqlite_db, staff.manager, START, END).stages, strict=True
        )
    )
    assert "销售漏斗" in text and "2024-03-01 至 2024-03-31" in text and "李丽" in text
    assert "第 1 页，共 1 页" in text and "王经理" in text  # footer: page x of y, printed by
    # Alice: 4 → 3 → 2 → 2 → 1 → 1.
    for number, (name, count, rate) in enumerate(zip(
        names, [4, 3, 2, 2, 1, 1], ["", "75.0%", "66.7%", "100.0%", "50.0%", "100.0%"],
        strict=True,
    ), start=1):  # fmt: skip
        cells = row_starting(text, str(number))
        assert cells[1:3] == [name, str(count)]
        if rate:
            assert cells[3] == rate
    assert "来店 3，来电 1。" in text


def _run(db: Database, *argv: str) -> int:
    args = build_parser(["--db", db.url, *argv]).parse_args(["--db", db.url, *argv])
    return run_command(args)


def test_command_line_writes_both_files(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from cli_support import sign_in_as

    staff = add_staff(sqlite_db)
    _build(sqlite_db, staff)
    sign_in_as(sqlite_db, monkeypatch, "wang")
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    code = _run(
        sqlite_db, "report", "funnel", "--from", "2024-03-01", "--to", "2024-03-31",
        "--consultant", "bob", "--pdf", str(pdf), "--xlsx", str(xlsx), "--user", "wang",
    )  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.split() == [str(pdf), str(xlsx)]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [r[2] for r in _sheet_rows(xlsx) if isinstance(r[0], int)] == [3, 1, 1, 0, 1, 1]
    # The consultant by display name or id, the whole store without one.
    for who in ("李丽", str(staff.alice.user_id)):
        assert _run(sqlite_db, "report", "funnel", "--from", "2024-03-01", "--to", "2024-03-31",
                    "--consultant", who, "--xlsx", str(xlsx), "--user", "wang") == 0  # fmt: skip
        assert [r[2] for r in _sheet_rows(xlsx) if isinstance(r[0], int)] == [4, 3, 2, 2, 1, 1]
    assert _run(sqlite_db, "report", "funnel", "--from", "2024-03-01", "--to", "2024-03-31",
                "--xlsx", str(xlsx), "--user", "wang") == 0  # fmt: skip
    assert [r[2] for r in _sheet_rows(xlsx) if isinstance(r[0], int)] == [7, 4, 3, 2, 2, 2]
    assert _run(sqlite_db, "report", "funnel", "--consultant", "nobody",
                "--xlsx", str(xlsx), "--user", "wang") == 1  # fmt: skip
    assert "nobody" in capsys.readouterr().err


def test_funnel_tab_exports_what_it_shows(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ui.funnel_panel import FunnelPanel

    staff = add_staff(sqlite_db)
    _build(sqlite_db, staff)
    panel = FunnelPanel(sqlite_db, staff.manager)
    qtbot.addWidget(panel)
    panel.period.start.setDate(START)
    panel.period.end.setDate(END)
    panel.period.changed.emit()
    assert [bar.count for bar in panel.chart.bars()] == [7, 4, 3, 2, 2, 2]
    for fmt, button in (("xlsx", panel.excel_button), ("pdf", panel.pdf_button)):
        out = tmp_path / f"tab.{fmt}"
        asked: list[str] = []

        def save_as(
            *args: object, out: Path = out, asked: list[str] = asked, **kwargs: object
        ) -> tuple[str, str]:
            asked.append(str(args[2]))  # the name proposed
            return str(out), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # one export at a time
        qtbot.waitUntil(lambda: not panel.export_bar.busy, timeout=20000)
        assert button.isEnabled()
        assert len(asked) == 1 and asked[0].endswith(f"-20240301-20240331.{fmt}")
        assert str(out) in panel.status.text()
    counts = [r[2] for r in _sheet_rows(tmp_path / "tab.xlsx") if isinstance(r[0], int)]
    assert counts == [7, 4, 3, 2, 2, 2]
    assert (tmp_path / "tab.pdf").read_bytes().startswith(b"%PDF")
    # Cancelling the dialog writes nothing.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert panel.export("pdf") is None
