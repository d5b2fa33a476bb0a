"""The daily and monthly reports as printed and exported: the same figures everywhere.

The hand-built store's known figures (``report_store.EXPECTED``) are read back from the
workbook with openpyxl and found in the PDF's text with pdftotext.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from export_checks import (  # noqa: F401  (chinese: autouse)
    chinese,
    export_files,
    needs_poppler,
    page_size_points,
    pdf_pages,
    pdf_text,
    unembedded_fonts,
)
from report_store import DAY, EXPECTED, TARGETS, build_report_store
from sqlalchemy import select

from showroom.db import Database
from showroom.models import AuditEntry
from showroom.services.permissions import PermissionDenied
from showroom.services.targets import TARGET_FIELDS
from showroom.sheets.daily_report import DailyReportSheet
from showroom.sheets.monthly_report import MonthlyReportSheet

LEVELS = ("H", "A", "B", "C")
NAMES = {
    "李丽": "李丽",
    "张伟": "张伟",
    "陈静": "陈静",
    "(none)": "未分配顾问",
    "total": "全店合计",
}


def _expected_cells(name: str, period: str) -> list[int]:
    """The figure columns of a printed row: the counts in sheet order, levels in between."""
    counts, levels = EXPECTED[name][period]
    walk_new, walk_repeat, calls, contacts, *rest = counts
    return [
        walk_new,
        walk_repeat,
        calls,
        contacts,
        *(levels.get(code, 0) for code in LEVELS),
        *rest,
    ]


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _expected_rates(name: str, period: str) -> list[float | None]:
    counts, _ = EXPECTED[name][period]
    walk_ins = counts[0] + counts[1]
    return [
        _rate(counts[3], walk_ins + counts[2]),
        _rate(counts[5], walk_ins),
        _rate(counts[6], walk_ins),
    ]


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> tuple[Path, Path, object]:
    staff = build_report_store(db)
    pdf, xlsx = tmp_path / "daily.pdf", tmp_path / "daily.xlsx"
    export_files(db, staff.manager, DailyReportSheet(DAY), pdf=pdf, xlsx=xlsx, lang="zh_CN")
    return pdf, xlsx, staff


def test_workbook_holds_every_figure_as_typed_values(exported: tuple[Path, Path, object]) -> None:
    _, xlsx, _ = exported
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["营业日报表", "本月目标达成", "导出信息"]
    ws = book["营业日报表"]
    assert ws["A1"].value == "营业日报表  2026-11-20 星期五"
    header = [c.value for c in ws[2]]
    assert header[:6] == ["销售顾问", "期间", "首次来店", "再次来店", "来电", "留档"]
    assert header[6:10] == ["新增H", "新增A", "新增B", "新增C"]
    assert header[-4:] == ["订单目标", "订单达成率", "交车目标", "交车达成率"]
    rows = {(r[0].value, r[1].value): r for r in ws.iter_rows(min_row=3)}
    assert len(rows) == 10
    for name, label in NAMES.items():
        for period, period_label in (("day", "当日"), ("month", "本月累计")):
            cells = rows[(label, period_label)]
            figures = [c.value for c in cells[2:15]]
            assert figures == _expected_cells(name, period), (name, period)
            assert all(c.data_type == "n" and c.number_format == "#,##0" for c in cells[2:15])
            rates = [c.value for c in cells[15:18]]
            assert rates == pytest.approx(_expected_rates(name, period)), (name, period)
            assert all(c.number_format == "0.0%" for c in cells[15:18] if c.value is not None)
    alice = rows[("李丽", "本月累计")]
    assert [c.value for c in alice[18:22]] == pytest.approx([8, 2 / 8, 6, 1 / 6])
    assert [c.value for c in rows[("李丽", "当日")][18:22]] == [None] * 4
    store = rows[("全店合计", "本月累计")]
    assert [c.value for c in store[18:22]] == pytest.approx([13, 3 / 13, 10, 1 / 10])
    assert all(c.font.b for c in store)
    # Values, never formulas.
    assert not any(
        isinstance(c.value, str) and c.value.startswith("=") for r in ws.iter_rows() for c in r
    )
    targets = book["本月目标达成"]
    by_name = {r[0].value: [c.value for c in r[1:]] for r in targets.iter_rows(min_row=3)}
    month_alice = EXPECTED["李丽"]["month"][0]
    assert by_name["李丽"] == pytest.approx(
        [40, 5, 5 / 40, 20, 3, 3 / 20, 10, 3, 3 / 10, 8, month_alice[6], 2 / 8, 6, 1, 1 / 6]
    )
    assert by_name["张伟"][:3] == [None, 3, None]  # no walk-in target: nothing to attain
    info = list(book["导出信息"].iter_rows(values_only=True))
    assert ("范围", "全店") in info and ("导出人", "王经理") in info


@needs_poppler
def test_pdf_prints_every_figure(exported: tuple[Path, Path, object]) -> None:
    pdf, _, _ = exported
    assert tuple(map(round, page_size_points(pdf))) == (842, 595)
    assert unembedded_fonts(pdf) == []
    text = pdf_text(pdf)
    assert "营业日报表" in text and "2026-11-20 星期五" in text
    assert "示范汽车销售服务有限公司" in text and "范围：全店" in text
    assert "第 1 页，共 1 页" in text and "王经理 于" in text and "打印" in text
    lines = text.splitlines()
    for name, label in NAMES.items():
        for period, period_label in (("day", "当日"), ("month", "本月累计")):
            line = next(line for line in lines if line.split()[:2] == [label, period_label])
            words = line.split()[2:]
            figures = [int(w) for w in words[:13]]
            assert figures == _expected_cells(name, period), (name, period)
            rates = [f"{r * 100:.1f}%" for r in _expected_rates(name, period) if r is not None]
            assert words[13 : 13 + len(rates)] == rates, (name, period)
    alice_month = next(line for line in lines if line.split()[:2] == ["李丽", "本月累计"])
    assert alice_month.split()[-4:] == ["8", "25.0%", "6", "16.7%"]
    store = next(line for line in lines if line.split()[:2] == ["全店合计", "本月累计"])
    assert store.split()[-4:] == ["13", "23.1%", "10", "10.0%"]
    targets = next(line for line in lines if line.split()[:1] == ["李丽"] and "12.5%" in line)
    assert targets.split()[1:] == [
        "40", "5", "12.5%", "20", "3", "15.0%", "10", "3", "30.0%", "8", "2", "25.0%",
        "6", "1", "16.7%",
    ]  # fmt: skip


def test_exports_are_audited(db: Database, exported: tuple[Path, Path, object]) -> None:
    with db.reader() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "daily_report").order_by(AuditEntry.id)
        ).all()
    assert [(e.action, e.changes["format"], e.changes["file"]) for e in entries] == [
        ("export", "pdf", "daily.pdf"),  # a saved file, whatever its format
        ("export", "xlsx", "daily.xlsx"),
    ]
    assert entries[0].changes["day"] == "2026-11-20"
    assert entries[0].user_id == exported[2].manager.user_id  # type: ignore[attr-defined]


def test_a_role_without_the_export_right_may_not_print(db: Database, tmp_path: Path) -> None:
    from showroom.services.context import Actor

    build_report_store(db)
    guest = Actor(998, "guest", "访客", "guest")  # type: ignore[arg-type]  # unknown role
    with pytest.raises(PermissionDenied):
        export_files(db, guest, DailyReportSheet(DAY), pdf=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_consultant_prints_only_their_own_figures(db: Database, tmp_path: Path) -> None:
    staff = build_report_store(db)
    xlsx = tmp_path / "own.xlsx"
    export_files(db, staff.bob, DailyReportSheet(DAY), xlsx=xlsx, lang="en")
    ws = openpyxl.load_workbook(xlsx)["Daily business report"]
    names = {r[0] for r in ws.iter_rows(min_row=3, values_only=True)}
    assert names == {"张伟", "Store total"}
    info = list(openpyxl.load_workbook(xlsx)["Export information"].iter_rows(values_only=True))
    assert ("Consultant", "张伟") in info


@needs_poppler
def test_monthly_pdf_and_workbook(db: Database, tmp_path: Path) -> None:
    staff = build_report_store(db)
    pdf, xlsx = tmp_path / "month.pdf", tmp_path / "month.xlsx"
    export_files(db, staff.manager, MonthlyReportSheet(DAY), pdf=pdf, xlsx=xlsx, lang="zh_CN")
    pages = pdf_pages(pdf)
    assert len(pages) == 2
    first = pages[0]
    assert "月度营业报表" in first and "2026-11" in first
    # The whole month on the first page, the 20th with its figures.
    day20 = next(line for line in first.splitlines() if line.strip().startswith("2026-11-20"))
    assert day20.split()[1:15] == ["星期五", *map(str, _expected_cells("total", "day"))]
    assert "2026-11-30" in first and "本月合计" in first
    assert "每日来店与订单" in pages[1] and "本月目标达成" in pages[1]
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    dates = [r[0].value for r in ws.iter_rows(min_row=3, max_row=32)]
    assert [d.date() for d in dates] == [
        dt.date(2026, 11, 1) + dt.timedelta(days=i) for i in range(30)
    ]
    row20 = [c.value for c in ws[22]]
    assert row20[1] == "星期五" and row20[2:15] == _expected_cells("total", "day")
    total = [c.value for c in ws[33]]
    assert total[0] == "本月合计" and total[2] == 8 and ws.cell(33, 3).font.b
    targets = openpyxl.load_workbook(xlsx).worksheets[1]
    assert [c.value for c in targets[3]][9:12] == pytest.approx([13, 3, 3 / 13])


def test_targets_match_the_expected_store() -> None:
    assert set(TARGETS["李丽"]) and len(TARGET_FIELDS) == 5


def test_the_monthly_chart_is_labelled_in_english_too(sqlite_db: Database, tmp_path: Path) -> None:
    # The CJK font has no Latin letters: an English title or legend set in it prints blank.
    staff = build_report_store(sqlite_db)
    pdf = tmp_path / "month-en.pdf"
    export_files(sqlite_db, staff.manager, MonthlyReportSheet(DAY), pdf=pdf, lang="en")
    chart_page = pdf_pages(pdf)[1]
    assert "Walk-ins and orders per day" in chart_page
    assert "Walk-ins" in chart_page.replace("Walk-ins and orders per day", "")
    assert "Orders" in chart_page
