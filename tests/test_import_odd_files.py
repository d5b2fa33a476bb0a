"""Files written by other programs, and values no form would let through: every row of the
sheet is read, and a bad value is a problem of its row — never a crash, never a silent loss."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from test_import_books import xlsx

from showroom.db import Database
from showroom.importers import ImportOptions, run_import
from showroom.importers import messages as m
from showroom.models import Customer, Visit
from showroom.services.context import Actor

TODAY = dt.date(2026, 12, 1)
HEADER = ["日期", "来店时间", "客户姓名", "联系电话", "备注"]


def _visits(db: Database) -> list[Visit]:
    with db.reader() as s:
        return list(s.scalars(select(Visit).order_by(Visit.id)))


def _rows(count: int) -> list[list[object]]:
    return [
        ["2026-11-03", "10:00", f"客户{i}", f"1380013{i:04d}", None] for i in range(count)
    ]


def _with_stated_dimension(path: Path, ref: str) -> Path:
    """Rewrite the sheet's <dimension> as a program that counts wrong would."""
    out = path.with_name("stale-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), data)
            dst.writestr(item, data)
    return out


def test_a_sheet_stating_fewer_rows_than_it_holds_is_read_to_its_end(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    path = _with_stated_dimension(xlsx(tmp_path / "log.xlsx", HEADER, _rows(30)), "A1:E3")
    result = run_import(db, actor, path, ImportOptions("visits", today=TODAY))
    assert result.status == "done" and result.created == 30
    assert len(_visits(db)) == 30


def test_a_28_digit_amount_is_a_problem_of_its_row(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    header = ["客户姓名", "手机", "级别", "购车预算"]
    rows = [["张三", "13800138000", "A", "1" * 28], ["李四", "13900139000", "B", "15万"]]
    path = xlsx(tmp_path / "prospects.xlsx", header, rows)
    result = run_import(db, actor, path, ImportOptions("prospects", today=TODAY))
    assert result.status == "done" and result.created == 1 and result.rejected == 1
    (issue,) = [i for i in result.issues if i.severity == "error"]
    assert issue.row == 2 and "too large" in issue.reason.text("en")
    with db.reader() as s:
        assert s.scalars(select(Customer.name)).all() == ["李四"]


def test_a_200k_character_csv_field_is_refused_for_its_row_only(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "log.csv"
    lines = [",".join(HEADER)]
    lines.append(f'2026-11-03,10:00,王五,13800138000,"{"长" * 200_000}"')
    lines.append("2026-11-03,11:00,赵六,13900139000,正常备注")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_import(db, actor, path, ImportOptions("visits", today=TODAY))
    assert result.status == "done" and result.created == 1 and result.rejected == 1
    assert any(i.row == 2 and i.severity == "error" for i in result.issues)
    assert [v.visitor_name for v in _visits(db)] == ["赵六"]


def test_a_formula_without_a_saved_value_says_so_for_its_row(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    # openpyxl, like many programs that write workbooks, stores formulas without results.
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.append(HEADER)
    ws.append(["2026-11-03", "10:00", '=CONCATENATE("张","三")', "13800138000", None])
    ws.append(["2026-11-03", "11:00", "李四", "13900139000", '="备"&"注"'])
    ws.append(["2026-11-03", "12:00", "王五", "13700137000", None])
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)
    result = run_import(db, actor, path, ImportOptions("visits", today=TODAY))
    assert result.status == "done" and result.created == 1 and result.rejected == 2
    problems = {i.row: i for i in result.issues if i.severity == "error"}
    assert set(problems) == {2, 3}
    assert problems[2].value.startswith("=CONCATENATE")
    assert problems[2].reason == m.UNCACHED_FORMULA
    assert "required but empty" not in problems[2].reason.text("en")
    assert [v.visitor_name for v in _visits(db)] == ["王五"]


def test_a_departure_before_the_arrival_is_kept_in_the_notes(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    header = ["日期", "来店时间", "离店时间", "客户姓名", "联系电话", "备注"]
    rows = [["2026-11-03", "14:00", "13:10", "王五", "13800138000", "看了轩逸"]]
    result = run_import(db, actor, xlsx(tmp_path / "log.xlsx", header, rows),
                        ImportOptions("visits", today=TODAY))  # fmt: skip
    assert result.created == 1
    assert [(i.row, i.severity) for i in result.issues] == [(2, "warning")]
    (visit,) = _visits(db)
    assert visit.departed_at is None and visit.arrived_at == dt.datetime(2026, 11, 3, 14, 0)
    assert visit.notes is not None and "看了轩逸" in visit.notes and "13:10" in visit.notes
