"""Workbooks for the import tests (built with openpyxl in the test), and the template
workbooks' own tests: a template is recognised without any mapping by the user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from showroom.importers import KINDS, fields_of, inspect_file, write_template
from showroom.importers.fields import REQUIRED
from showroom.validation import resident_id_check_char


def xlsx(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]],
         title: str | None = None, sheet: str = "Sheet1") -> Path:  # fmt: skip
    """A workbook like a store's: an optional title merged across the table, the header,
    then the rows exactly as given (text, numbers, dates and datetimes stay typed)."""
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = sheet
    if title is not None:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    workbook.save(path)
    return path


def resident_id(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


@pytest.mark.parametrize("kind", KINDS)
def test_template_is_recognised_without_mapping(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.xlsx"
    write_template(kind, path)
    layout = inspect_file(path, kind)
    assert layout.header_row == 1
    # Every column of the template maps to its own field.
    assert [layout.mapping[i] for i in range(len(layout.headers))] == [
        spec.key for spec in fields_of(kind)
    ]
    assert all(set(group) & set(layout.mapping.values()) for group in REQUIRED[kind])


def test_title_rows_are_skipped_to_find_the_header(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "t.xlsx",
        ["序号", "客户姓名", "联系电话", "车牌号", "车架号", "意向车型", "来店时间", "销售顾问"],
        [[1, "张三", "13800138000", "京A12345", "", "轩逸", dt.datetime(2026, 11, 3, 10), "王"]],
        title="2026年11月展厅来店登记表",
    )
    layout = inspect_file(path, "visits")
    assert layout.header_row == 2
    assert layout.mapping == {
        1: "name",
        2: "phone",
        5: "intended_model",
        6: "arrived_at",
        7: "consultant",
    }
    assert inspect_file(path, "vehicles").mapping == {1: "name", 2: "mobile", 3: "plate",
                                                      4: "vin", 5: "model"}  # fmt: skip


def test_date_and_datetime_helpers_cover_all_forms() -> None:
    from showroom.importers.values import parse_date, parse_day, parse_time

    day = dt.date(2026, 11, 3)
    forms = ("2026/11/3", "2026年11月3日", "2026-11-03", "2026.11.03", "20261103", 46329,
             46329.0, "46329", dt.datetime(2026, 11, 3), day, "２０２６／１１／３")  # fmt: skip
    for raw in forms:
        assert parse_date(raw).value == day, raw
    assert parse_day("2026/11/3 14:30").value == dt.datetime(2026, 11, 3, 14, 30)
    assert parse_day(dt.datetime(2026, 11, 3)).value == day
    assert parse_time("14:30").value == dt.time(14, 30)
    assert parse_time(0.5).value == dt.time(12, 0)
    for bad in ("2026/13/1", "2026-02-30", "明天", "3/11/2026", 12, True):
        assert parse_date(bad).error is not None, bad
