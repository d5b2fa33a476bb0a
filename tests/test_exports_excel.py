"""The shared Excel writer, read back with openpyxl as a user's Excel would read it."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from showroom.errors import Cancelled
from showroom.exports import Column, ColumnKind, ExcelBook, RowStyle, SheetSpec, write_xlsx
from showroom.exports import xlsx as xlsx_module
from showroom.exports.errors import ExportError
from showroom.exports.excel import HEADER_FILL, ROW_FILLS
from showroom.exports.formatting import excel_number_format, format_cell
from showroom.i18n import QT_TRANSLATE_NOOP, Msg

EXPORTED_AT = dt.datetime(2026, 11, 20, 18, 30)


def _h(source: str) -> Msg:
    # Headers reuse the Exports context's own words so both languages exist in the catalog.
    return Msg("Exports", source)


SPEC = SheetSpec(
    title=_h(QT_TRANSLATE_NOOP("Exports", "Sheet")),
    subtitle="2026-11-01 至 2026-11-30",
    filters=[(_h(QT_TRANSLATE_NOOP("Exports", "Store")), "一号店"), ("顾问", "张三")],
    columns=[
        Column("day", _h("Date"), ColumnKind.DATE, width=12),
        Column("name", _h("Store"), width=14),
        Column("count", _h("Rows"), ColumnKind.INT, width=7),
        Column("amount", _h("Total"), ColumnKind.MONEY, width=13),
        Column("rate", _h("Period"), ColumnKind.PERCENT, width=9),
        Column("at", _h("Exported at"), ColumnKind.DATETIME, width=17),
        Column("clock", _h("Yes"), ColumnKind.TIME, width=8),
        Column("stay", _h("No"), ColumnKind.DURATION, width=8),
        Column("drove", _h("Filters"), ColumnKind.BOOL, width=6),
        Column("note", _h("Sheet"), width=30),
    ],
)


def _row(i: int, note: str = "备注") -> dict[str, object]:
    return {
        "day": dt.date(2026, 11, 1) + dt.timedelta(days=i),
        "name": f"王{i}",
        "count": i,
        "amount": Decimal("1234.50") + i,
        "rate": 0.253,
        "at": dt.datetime(2026, 11, 1, 9, 5) + dt.timedelta(days=i),
        "clock": dt.time(14, 30),
        "stay": dt.timedelta(minutes=65),
        "drove": i % 2 == 0,
        "note": note,
    }


def _write(tmp_path: Path, rows: list[object], **kwargs: object) -> Path:
    path = tmp_path / "out.xlsx"
    kwargs.setdefault("lang", "zh_CN")
    write_xlsx(
        path, SPEC, rows, exported_by="李经理", store_name="一号店", exported_at=EXPORTED_AT,
        **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip
    return path


def test_cells_are_typed_with_the_number_formats_the_screen_uses(tmp_path: Path) -> None:
    path = _write(tmp_path, [_row(1), _row(2)])
    ws = openpyxl.load_workbook(path).worksheets[0]
    day, name, count, amount, rate, at, clock, stay, drove, note = ws[3]
    assert day.is_date and day.value.date() == dt.date(2026, 11, 2)
    assert day.number_format == "yyyy-mm-dd"
    assert (name.value, name.data_type) == ("王1", "s")
    assert (count.value, count.data_type, count.number_format) == (1, "n", "#,##0")
    assert amount.value == pytest.approx(1235.5) and amount.number_format == "#,##0.00"
    assert rate.value == pytest.approx(0.253) and rate.number_format == "0.0%"
    assert at.is_date and at.value == dt.datetime(2026, 11, 2, 9, 5)
    assert clock.value == dt.time(14, 30)
    assert stay.value == dt.timedelta(minutes=65) and stay.number_format == "[h]:mm"
    assert drove.value == "否" and ws["I4"].value == "是"
    assert note.value == "备注"
    # Numbers align right, dates centre, as on screen.
    assert count.alignment.horizontal == "right" and day.alignment.horizontal == "center"


def test_header_is_bold_filled_frozen_filtered_and_printed_on_every_page(tmp_path: Path) -> None:
    path = _write(tmp_path, [_row(i) for i in range(5)])
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.title == "工作表"
    assert ws["A1"].value == "工作表  2026-11-01 至 2026-11-30" and ws["A1"].font.b
    headers = [c.value for c in ws[2]]
    assert headers[:4] == ["日期", "门店", "行数", "合计"]
    assert all(c.font.b and c.fill.fgColor.rgb == "FF" + HEADER_FILL for c in ws[2])
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:J7"
    assert ws.print_title_rows == "$2:$2"
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.page_setup.orientation == "landscape"  # 126 characters wide
    assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"


def test_column_widths_come_from_the_spec(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_write(tmp_path, [_row(1)])).worksheets[0]
    widths = [ws.column_dimensions[letter].width for letter in "ABCDEFGHIJ"]
    assert widths == [c.width for c in SPEC.columns]


def test_totals_row_is_bold_below_the_filter_range(tmp_path: Path) -> None:
    totals = {"name": "合计", "count": 3, "amount": Decimal("2471.00")}
    path = _write(tmp_path, [_row(1), _row(2)], totals=totals)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.auto_filter.ref == "A2:J4"  # sorting the rows never moves the total
    total_row = ws[5]
    assert [c.value for c in total_row[1:4]] == ["合计", 3, 2471]
    assert all(c.font.b for c in total_row)
    assert total_row[0].fill.fgColor.rgb == "FF" + ROW_FILLS[RowStyle.TOTAL]
    assert total_row[0].border.top.style == "thin"


def test_marked_rows_are_filled_across_the_whole_width(tmp_path: Path) -> None:
    rows = [_row(1), {**_row(2), "note": None}]
    path = _write(tmp_path, rows, row_style=lambda r: RowStyle.WARNING if r["count"] == 2 else None)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws["A3"].fill.fill_type is None
    warning = "FF" + ROW_FILLS[RowStyle.WARNING]
    assert ws["A4"].fill.fgColor.rgb == warning
    assert ws["J4"].value is None and ws["J4"].fill.fgColor.rgb == warning


def test_info_sheet_records_store_exporter_time_rows_and_filters(tmp_path: Path) -> None:
    path = _write(tmp_path, [_row(i) for i in range(3)])
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["工作表", "导出信息"]
    pairs = [tuple(r) for r in book["导出信息"].iter_rows(values_only=True)]
    assert pairs == [
        ("导出信息", None),
        ("门店", "一号店"),
        ("导出人", "李经理"),
        ("导出时间", EXPORTED_AT),
        (None, None),
        ("工作表", "工作表"),
        ("期间", "2026-11-01 至 2026-11-30"),
        ("行数", 3),
        ("筛选条件", None),
        ("门店", "一号店"),
        ("顾问", "张三"),
    ]


def test_info_sheet_says_when_nothing_was_filtered(tmp_path: Path) -> None:
    spec = SheetSpec(_h("Sheet"), [Column("a", _h("Date"))])
    path = tmp_path / "plain.xlsx"
    write_xlsx(path, spec, [("x",)], lang="en")
    info = openpyxl.load_workbook(path)["Export information"]
    assert ("Filters", "None (all records)") in list(info.iter_rows(values_only=True))


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    notes = ["=SUM(A1:A9)", "+86 138", "-5", "@cmd", '=HYPERLINK("http://x")']
    path = _write(tmp_path, [_row(i, note) for i, note in enumerate(notes)])
    ws = openpyxl.load_workbook(path).worksheets[0]
    cells = [ws.cell(3 + i, 10) for i in range(len(notes))]
    assert [c.value for c in cells] == notes
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    with zipfile.ZipFile(path) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_text_that_xml_forbids_is_cleaned_not_fatal(tmp_path: Path) -> None:
    path = _write(tmp_path, [_row(1, "粘贴\x07的 <备注> & \x1b结束 ")])
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws["J3"].value == "粘贴的 <备注> & 结束 "


def test_values_of_another_type_are_written_as_text(tmp_path: Path) -> None:
    path = _write(tmp_path, [{**_row(1), "amount": "—", "day": "待定", "count": None}])
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert (ws["D3"].value, ws["A3"].value, ws["C3"].value) == ("—", "待定", None)


def test_rows_may_be_tuples_mappings_or_objects(tmp_path: Path) -> None:
    class Visit:
        def __init__(self, a: str, b: int) -> None:
            self.a, self.b = a, b

    spec = SheetSpec(
        _h("Sheet"), [Column("a", _h("Store")), Column("b", _h("Rows"), ColumnKind.INT)]
    )
    path = tmp_path / "kinds.xlsx"
    write_xlsx(path, spec, [("元组", 1), {"a": "字典", "b": 2}, Visit("对象", 3)])
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [tuple(r) for r in ws.iter_rows(min_row=3, values_only=True)] == [
        ("元组", 1), ("字典", 2), ("对象", 3),
    ]  # fmt: skip
    with pytest.raises(ValueError, match="3 values"):
        write_xlsx(tmp_path / "bad.xlsx", spec, [("a", 1, 2)])
    assert not (tmp_path / "bad.xlsx").exists()


def test_spec_rejects_duplicate_and_missing_columns() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        SheetSpec(_h("Sheet"), [Column("a", _h("Date")), Column("a", _h("Rows"))])
    with pytest.raises(ValueError, match="at least one"):
        SheetSpec(_h("Sheet"), [])


def test_progress_is_reported_and_cancel_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the previous export")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1000

    rows = (_row(i % 28) for i in range(5000))
    with pytest.raises(Cancelled) as raised:
        write_xlsx(target, SPEC, rows, progress=progress, total=5000)
    assert raised.value.msg.text("zh_CN") == "导出已取消。"
    assert seen[0] == (0, 5000) and seen[-1][0] == 1001  # the first report past 1000
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]  # no partial file


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    seen: list[int] = []
    count = write_xlsx(
        tmp_path / "out.xlsx", SPEC, [_row(i % 28) for i in range(1201)],
        progress=lambda done, total: seen.append(done), total=1201,
    )  # fmt: skip
    assert count == 1201
    assert seen == [0, 1, 501, 1001, 1201]


def test_a_failure_midway_removes_the_partial_file(tmp_path: Path) -> None:
    def rows():  # type: ignore[no-untyped-def]
        yield _row(1)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        _write(tmp_path, rows())  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_too_many_rows_for_a_sheet_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_module, "MAX_ROWS", 6)
    with pytest.raises(ExportError) as raised:
        _write(tmp_path, [_row(i) for i in range(10)])
    assert "Excel" in raised.value.msg.text("zh_CN")
    assert list(tmp_path.iterdir()) == []


def test_a_book_of_several_sheets_gets_safe_unique_names(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    odd = SheetSpec(Msg("Exports", "a/b:c"), [Column("a", _h("Store"))])
    with ExcelBook(path, lang="en", exported_by="Li") as book:
        assert book.add_sheet(odd, [("x",)]) == 1
        assert book.add_sheet(odd, [("y",), ("z",)], title_row=False) == 2
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["a b c", "a b c (2)", "Export information"]
    second = workbook["a b c (2)"]
    assert second.freeze_panes == "A2" and second["A1"].value == "Store"
    assert second.auto_filter.ref == "A1:A3"
    info = list(workbook["Export information"].iter_rows(values_only=True))
    assert info.count(("Rows", 1)) == 1 and info.count(("Rows", 2)) == 1


def test_english_workbook(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_write(tmp_path, [_row(1)], lang="en")).worksheets[0]
    assert [c.value for c in ws[2]][:3] == ["Date", "Store", "Rows"]
    assert ws["I3"].value == "No"
    assert ws.oddFooter.center.text == "Page &P of &N"


def test_empty_export_still_has_header_and_info(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_write(tmp_path, []))
    ws = book.worksheets[0]
    assert ws.max_row == 2 and ws.auto_filter.ref == "A2:J2"
    assert ("行数", 0) in list(book["导出信息"].iter_rows(values_only=True))


@pytest.mark.parametrize(
    ("value", "kind", "places", "text", "excel"),
    [
        (2.675, ColumnKind.MONEY, 2, "2.68", "#,##0.00"),  # half up, as Excel shows it
        (1234567, ColumnKind.INT, 0, "1,234,567", "#,##0"),
        (0.25349, ColumnKind.PERCENT, 1, "25.3%", "0.0%"),
        (1, ColumnKind.PERCENT, 0, "100%", "0%"),
        (dt.timedelta(minutes=125), ColumnKind.DURATION, 0, "2:05", "[h]:mm"),
        (dt.datetime(2026, 1, 2, 3, 4), ColumnKind.DATE, 0, "2026-01-02", "yyyy-mm-dd"),
        (None, ColumnKind.MONEY, 2, "", "#,##0.00"),
        ("—", ColumnKind.INT, 0, "—", "#,##0"),
    ],
)
def test_text_and_excel_format_agree(
    value: object, kind: ColumnKind, places: int, text: str, excel: str
) -> None:
    assert format_cell(value, kind, "zh_CN", places=places) == text
    assert excel_number_format(kind, places) == excel


def test_an_unknown_total_is_reported_as_zero_never_none(tmp_path: Path) -> None:
    """GUI tasks compare ``done >= total``: the layer must never hand them None."""
    seen: list[tuple[int, int]] = []
    write_xlsx(tmp_path / "out.xlsx", SPEC, (_row(i % 28) for i in range(600)),
               progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert seen == [(0, 0), (1, 0), (501, 0), (600, 0)]
