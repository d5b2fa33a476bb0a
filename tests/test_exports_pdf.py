"""The shared PDF writer: read back with poppler, as a viewer or printer sees the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from export_checks import (
    cells_of,
    needs_poppler,
    page_size_points,
    pdf_info,
    pdf_pages,
    pdf_text,
    row_starting,
    unembedded_fonts,
)
from reportlab.lib.units import mm

from showroom.errors import Cancelled
from showroom.exports import Column, ColumnKind, RowStyle, SheetSpec
from showroom.exports.fonts import split_runs, text_width
from showroom.exports.pdf import (
    SheetDocument,
    fields_table,
    paragraph,
    sheet_table,
    signature_line,
    wrap_text,
    write_pdf,
)
from showroom.i18n import Msg

PRINTED_AT = dt.datetime(2026, 11, 20, 18, 30)


def _h(source: str) -> Msg:
    return Msg("Exports", source)


SPEC = SheetSpec(
    title=Msg("Exports", "Export information"),
    subtitle="2026-11-20",
    filters=[("顾问", "张三"), ("级别", "H")],
    columns=[
        Column("name", _h("Store"), width=12),
        Column("phone", _h("Sheet"), width=14),
        Column("count", _h("Rows"), ColumnKind.INT, width=8),
        Column("rate", _h("Period"), ColumnKind.PERCENT, width=8),
        Column("note", _h("Filters"), width=40),
    ],
)


def _rows(n: int) -> list[tuple[object, ...]]:
    return [
        (f"客户{i:03d}", f"1380013{i:04d}", i * 1000, i / 200, "试驾后很满意") for i in range(n)
    ]


def _write(tmp_path: Path, rows: list[tuple[object, ...]], **kwargs: object) -> Path:
    path = tmp_path / "out.pdf"
    kwargs.setdefault("lang", "zh_CN")
    write_pdf(
        path, SPEC, rows, store_name="一号店", printed_by="李经理", printed_at=PRINTED_AT,
        **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip
    return path


@needs_poppler
def test_page_shows_title_store_period_filters_rows_and_footer(tmp_path: Path) -> None:
    path = _write(tmp_path, _rows(3), totals=("合计", None, 3000, 0.01, None))
    text = pdf_text(path)
    assert "导出信息" in text
    assert cells_of(next(line for line in text.splitlines() if "一号店" in line)) == [
        "一号店", "2026-11-20",
    ]  # fmt: skip
    assert "筛选条件：顾问：张三；级别：H" in text
    assert row_starting(text, "门店") == ["门店", "工作表", "行数", "期间", "筛选条件"]
    # A right-aligned figure and the left-aligned text after it are only the cell padding
    # apart, so pdftotext may join them with one space: compare words.
    row = " ".join(row_starting(text, "客户002")).split()
    assert row == ["客户002", "13800130002", "2,000", "1.0%", "试驾后很满意"]
    assert row_starting(text, "合计") == ["合计", "3,000", "1.0%"]
    assert "李经理 于 2026-11-20 18:30 打印" in text
    assert "第 1 页，共 1 页" in text


@needs_poppler
def test_a4_landscape_with_every_font_embedded(tmp_path: Path) -> None:
    path = _write(tmp_path, _rows(2))
    width, height = page_size_points(path)
    assert (round(width), round(height)) == (842, 595)
    assert unembedded_fonts(path) == []
    info = pdf_info(path)
    assert info["Title"] == "导出信息" and info["Author"] == "李经理"
    portrait = _write(tmp_path, _rows(2), landscape=False)
    assert tuple(map(round, page_size_points(portrait))) == (595, 842)


@needs_poppler
def test_long_lists_repeat_the_header_and_number_every_page(tmp_path: Path) -> None:
    path = _write(tmp_path, _rows(120))
    pages = pdf_pages(path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"第 {number} 页，共 {len(pages)} 页" in page
        assert row_starting(page, "门店")[0] == "门店"
        assert "导出信息" in page and "筛选条件：顾问：张三" in page
    printed = [line for page in pages for line in page.splitlines() if "客户" in line]
    assert [cells_of(line)[0] for line in printed] == [f"客户{i:03d}" for i in range(120)]


@needs_poppler
def test_long_text_wraps_inside_its_cell_and_nothing_is_lost(tmp_path: Path) -> None:
    note = "客户说周末带家人再来看车，关注 1.5T 发动机油耗和置换补贴 VIN LFV3A28K8D3000001。"
    path = _write(tmp_path, [("王五", "13800138000", 1, 0.5, note)])
    printed = "".join(pdf_text(path, layout=False).split())
    assert "".join(note.split()) in printed


@needs_poppler
def test_empty_list_says_so(tmp_path: Path) -> None:
    assert "无记录" in pdf_text(_write(tmp_path, []))


@needs_poppler
def test_english_pdf(tmp_path: Path) -> None:
    text = pdf_text(_write(tmp_path, _rows(1), lang="en"))
    assert "Export information" in text and "Page 1 of 1" in text
    assert "Printed 2026-11-20 18:30 by 李经理" in text
    assert "Filters: 顾问: 张三; 级别: H" in text


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        _write(tmp_path, _rows(200), progress=lambda done, total: done < 10)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_progress_reaches_the_row_count(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    _write(tmp_path, _rows(120), progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 120) and seen[-1] == (120, 120)


@needs_poppler
def test_a_sheet_builds_its_own_story(tmp_path: Path) -> None:
    """The customer-card case: fields, a table, notes and signature lines in one document."""
    path = tmp_path / "card.pdf"
    doc = SheetDocument(
        path, title="客户信息卡", store_name="一号店", printed_by="李经理", printed_at=PRINTED_AT,
        landscape=False, lang="zh_CN",
    )  # fmt: skip
    doc.render(
        [
            fields_table(
                [("姓名", "王五"), ("手机", "13800138000"), ("邮编", None)], width=doc.width
            ),
            sheet_table(
                SPEC,
                _rows(2),
                width=doc.width,
                lang="zh_CN",
                row_style=lambda r: RowStyle.HIGHLIGHT,
            ),
            paragraph("说明：<b>不是标记</b> & 原样打印", lang="zh_CN"),
            signature_line(width=doc.width, lang="zh_CN"),
        ]
    )
    text = pdf_text(path)
    assert row_starting(text, "姓名") == ["姓名", "王五", "手机", "13800138000"]
    assert "客户001" in text
    assert "说明：<b>不是标记</b> & 原样打印" in text
    assert "制表人：" in text and "审核人：" in text
    assert tuple(map(round, page_size_points(path))) == (595, 842)
    assert unembedded_fonts(path) == []


@pytest.mark.parametrize(
    "text",
    [
        "客户说周末带家人再来看车，关注油耗。",
        "Customer wants the 1.5T model in white, will call back on Friday afternoon.",
        "车牌 京A12345 VIN LFV3A28K8D3000001 手机 13800138000",
        "（括号）不在行首断开，。标点",
        "第一行\n第二行",
    ],
)
def test_wrapped_lines_fit_and_keep_every_character(text: str) -> None:
    width = 60 * mm / 3
    lines = wrap_text(text, width, 8)
    assert all(text_width(line, 8) <= width + 0.01 for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert not any(line.startswith(("，", "。", "）")) for line in lines)
    assert not any(line.endswith("（") for line in lines)


def test_mixed_text_is_cut_into_font_runs() -> None:
    runs = split_runs("王五 13800138000 京A")
    fonts = [font for font, _ in runs]
    assert "".join(chunk for _, chunk in runs) == "王五 13800138000 京A"
    assert fonts[0] != fonts[1] and len(runs) == 4  # CJK, digits, CJK, Latin


def test_a_long_english_header_word_shrinks_instead_of_breaking() -> None:
    spec = SheetSpec(
        _h("Sheet"),
        [Column("a", Msg("Exports", "Deliveries attainment"), width=4), Column("b", _h("Store"))],
    )
    table = sheet_table(spec, [], width=150, lang="en")
    narrow, wide = table._cellvalues[0][:2]
    assert narrow.size < wide.size == 8.0
    column = table._colWidths[0] - 5.0
    assert "Deliveries" in wrap_text(narrow.text, column, narrow.size, True)
    chinese = SheetSpec(_h("Sheet"), [Column("a", Msg("x", "订单达成率"), width=4)])
    assert sheet_table(chinese, [], width=50, lang="zh_CN")._cellvalues[0][0].size == 8.0


def test_a_figure_is_set_smaller_rather_than_broken_over_two_lines() -> None:
    from showroom.exports.columns import Align
    from showroom.exports.fonts import text_width
    from showroom.exports.pdf import CellText

    natural = text_width("100.0%", 8)
    figure = CellText("100.0%", 8, align=Align.RIGHT)
    _, height = figure.wrap(natural * 0.85, 100)
    assert figure.size < 8 and height == figure.leading  # one line, smaller
    words = CellText("长长的一段中文说明文字", 8, align=Align.LEFT)
    _, height = words.wrap(text_width("长长的一段", 8), 100)
    assert words.size == 8 and height > words.leading  # text still wraps
