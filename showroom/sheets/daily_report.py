"""营业日报表 — the daily business report as a sheet: screen, A4 landscape PDF and workbook.

Laid out like the paper form: one pair of rows per sales consultant — the day (当日)
and the month to date (本月累计) — then the store total, with the figures, the three
rates and the month's order and delivery targets with their attainment on the
month-to-date rows. Under it, the month's five targets against the figures so far, and
lines to sign. The workbook has the same two tables as two sheets, typed values (no
formulas) with the same number formats, plus the export-information sheet.

:class:`DailyReportSheet` is the sheet the page, the command line and scheduled jobs
hand to :func:`showroom.sheets.export.export`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from showroom.db import Database
from showroom.exports import Column, ColumnKind, RowStyle, SheetSpec
from showroom.exports.columns import StyledRow, Text, style_of, text_of
from showroom.exports.pdf import SheetDocument, paragraph, sheet_table, signature_line
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.reports.daily import DailyReport, ReportLine, daily_report
from showroom.reports.figures import Figures, level_key
from showroom.services.context import Actor
from showroom.services.targets import TARGET_FIELDS

from .base import Content, Sheet, Table

CTX = "ReportSheets"


def _m(source: str) -> Msg:
    return Msg(CTX, source)


TITLE = _m(QT_TRANSLATE_NOOP("ReportSheets", "Daily business report"))
TARGETS_TITLE = _m(QT_TRANSLATE_NOOP("ReportSheets", "Targets of the month"))
DAY = _m(QT_TRANSLATE_NOOP("ReportSheets", "Day"))
MONTH_TO_DATE = _m(QT_TRANSLATE_NOOP("ReportSheets", "Month to date"))
SCOPE = _m(QT_TRANSLATE_NOOP("ReportSheets", "Scope"))
WHOLE_STORE = _m(QT_TRANSLATE_NOOP("ReportSheets", "Whole store"))
CONSULTANT = _m(QT_TRANSLATE_NOOP("ReportSheets", "Consultant"))
MONTH = _m(QT_TRANSLATE_NOOP("ReportSheets", "Month"))
WEEKDAYS = (
    _m(QT_TRANSLATE_NOOP("ReportSheets", "Mon")),
    _m(QT_TRANSLATE_NOOP("ReportSheets", "Tue")),
    _m(QT_TRANSLATE_NOOP("ReportSheets", "Wed")),
    _m(QT_TRANSLATE_NOOP("ReportSheets", "Thu")),
    _m(QT_TRANSLATE_NOOP("ReportSheets", "Fri")),
    _m(QT_TRANSLATE_NOOP("ReportSheets", "Sat")),
    _m(QT_TRANSLATE_NOOP("ReportSheets", "Sun")),
)


def _new_at(level: str) -> Msg:
    return Msg(CTX, QT_TRANSLATE_NOOP("ReportSheets", "New {level}"), {"level": level})


def figure_columns(levels: Sequence[str]) -> list[Column]:
    """The figures and rates, as every report sheet shows them (daily and monthly)."""
    count = ColumnKind.INT
    rate = ColumnKind.PERCENT
    return [
        Column("walk_ins_new", _m(QT_TRANSLATE_NOOP("ReportSheets", "New walk-ins")), count, 7),
        Column(
            "walk_ins_repeat", _m(QT_TRANSLATE_NOOP("ReportSheets", "Repeat walk-ins")), count, 7
        ),
        Column("calls", _m(QT_TRANSLATE_NOOP("ReportSheets", "Calls")), count, 5),
        Column("contacts", _m(QT_TRANSLATE_NOOP("ReportSheets", "Contacts recorded")), count, 6),
        *(Column(level_key(code), _new_at(code), count, 5) for code in levels),
        Column("follow_ups", _m(QT_TRANSLATE_NOOP("ReportSheets", "Follow-ups")), count, 5),
        Column("test_drives", _m(QT_TRANSLATE_NOOP("ReportSheets", "Test drives")), count, 5),
        Column("orders", _m(QT_TRANSLATE_NOOP("ReportSheets", "Orders")), count, 5),
        Column("deliveries", _m(QT_TRANSLATE_NOOP("ReportSheets", "Deliveries")), count, 6),
        Column("losses", _m(QT_TRANSLATE_NOOP("ReportSheets", "Losses")), count, 5),
        Column("capture_rate", _m(QT_TRANSLATE_NOOP("ReportSheets", "Capture rate")), rate, 6),
        Column(
            "test_drive_rate", _m(QT_TRANSLATE_NOOP("ReportSheets", "Test-drive rate")), rate, 7
        ),
        Column("closing_rate", _m(QT_TRANSLATE_NOOP("ReportSheets", "Closing rate")), rate, 6),
    ]


def daily_columns(levels: Sequence[str]) -> list[Column]:
    count = ColumnKind.INT
    rate = ColumnKind.PERCENT
    return [
        Column("consultant", CONSULTANT, width=12),
        Column("period", _m(QT_TRANSLATE_NOOP("ReportSheets", "Period")), width=7.5),
        *figure_columns(levels),
        Column("target_orders", _m(QT_TRANSLATE_NOOP("ReportSheets", "Order target")), count, 5),
        Column("attain_orders", _m(QT_TRANSLATE_NOOP("ReportSheets", "Order attainment")), rate, 8),
        Column(
            "target_deliveries",
            _m(QT_TRANSLATE_NOOP("ReportSheets", "Delivery target")),
            count,
            6.5,
        ),
        Column(
            "attain_deliveries",
            _m(QT_TRANSLATE_NOOP("ReportSheets", "Delivery attainment")),
            rate,
            8.5,
        ),
    ]


#: Per target: (its name on the targets table).
TARGET_NAMES = {
    "walk_ins": _m(QT_TRANSLATE_NOOP("ReportSheets", "Walk-ins")),
    "prospects": _m(QT_TRANSLATE_NOOP("ReportSheets", "New prospects")),
    "test_drives": _m(QT_TRANSLATE_NOOP("ReportSheets", "Test drives")),
    "orders": _m(QT_TRANSLATE_NOOP("ReportSheets", "Orders")),
    "deliveries": _m(QT_TRANSLATE_NOOP("ReportSheets", "Deliveries")),
}
TARGET = _m(QT_TRANSLATE_NOOP("ReportSheets", "Target"))
ACTUAL = _m(QT_TRANSLATE_NOOP("ReportSheets", "Actual"))
ATTAINMENT = _m(QT_TRANSLATE_NOOP("ReportSheets", "Attainment"))


class TwoLineHeader:
    """ "订单 目标" as one header: the target's name and the column's, in the sheet's language."""

    def __init__(self, first: Msg, second: Msg) -> None:
        self.first, self.second = first, second

    def text(self, lang: str | None = None) -> str:
        return f"{self.first.text(lang)}\n{self.second.text(lang)}"


def target_columns() -> list[Column]:
    columns = [Column("consultant", CONSULTANT, width=12)]
    for name in TARGET_FIELDS:
        label = TARGET_NAMES[name]
        columns += [
            Column(f"{name}_target", TwoLineHeader(label, TARGET), ColumnKind.INT, 6),  # type: ignore[arg-type]
            Column(f"{name}_actual", TwoLineHeader(label, ACTUAL), ColumnKind.INT, 6),  # type: ignore[arg-type]
            Column(f"{name}_rate", TwoLineHeader(label, ATTAINMENT), ColumnKind.PERCENT, 7),  # type: ignore[arg-type]
        ]
    return columns


def weekday(day: dt.date) -> Msg:
    return WEEKDAYS[day.weekday()]


def consultant_text(line: ReportLine, lang: str | None) -> str:
    return text_of(line.consultant, lang)


def scope_filter(report: DailyReport, lang: str | None) -> tuple[Text, Text]:
    if report.whole_store:
        return SCOPE, WHOLE_STORE
    own = report.lines[0] if report.lines else None  # a consultant's report: their line
    return CONSULTANT, consultant_text(own, lang) if own else ""


def daily_spec(report: DailyReport, lang: str | None = None) -> SheetSpec:
    subtitle = f"{report.day.isoformat()} {weekday(report.day).text(lang)}"
    return SheetSpec(
        TITLE, daily_columns(report.levels), filters=[scope_filter(report, lang)], subtitle=subtitle
    )


def _figure_row(
    line: ReportLine, figures: Figures, period: Msg, levels: Sequence[str], lang: str | None
) -> StyledRow:
    cells = StyledRow(figures.as_row(levels), style=RowStyle.TOTAL if line.is_total else None)
    cells.update(consultant=consultant_text(line, lang), period=period)
    return cells


def daily_rows(report: DailyReport, lang: str | None = None) -> list[StyledRow]:
    """The main table's rows: day and month to date per consultant, then the store."""
    rows = []
    for line in (*report.lines, report.total):
        day = _figure_row(line, line.day, DAY, report.levels, lang)
        month = _figure_row(line, line.month, MONTH_TO_DATE, report.levels, lang)
        month.update(
            target_orders=line.targets.orders or None,
            attain_orders=line.attainment("orders"),
            target_deliveries=line.targets.deliveries or None,
            attain_deliveries=line.attainment("deliveries"),
        )
        rows += [day, month]
    return rows


def target_rows(report: DailyReport, lang: str | None = None) -> list[StyledRow]:
    rows = []
    for line in (*report.lines, report.total):
        cells = StyledRow(
            {"consultant": consultant_text(line, lang)},
            style=RowStyle.TOTAL if line.is_total else None,
        )
        for name in TARGET_FIELDS:
            cells[f"{name}_target"] = getattr(line.targets, name) or None
            cells[f"{name}_actual"] = int(getattr(line.month, name))
            cells[f"{name}_rate"] = line.attainment(name)
        rows.append(cells)
    return rows


def targets_spec(report: DailyReport, lang: str | None = None) -> SheetSpec:
    subtitle = f"{report.month_start.isoformat()} – {report.day.isoformat()}"
    return SheetSpec(
        TARGETS_TITLE, target_columns(), filters=[scope_filter(report, lang)], subtitle=subtitle
    )


def daily_story(report: DailyReport, doc: SheetDocument, lang: str) -> list[Flowable]:
    main = daily_spec(report, lang)
    targets = targets_spec(report, lang)
    heading = f"{TARGETS_TITLE.text(lang)}（{targets.subtitle}）" if lang != "en" else (
        f"{TARGETS_TITLE.text(lang)} ({targets.subtitle})"
    )  # fmt: skip
    return [
        sheet_table(main, daily_rows(report, lang), width=doc.width, lang=lang, row_style=style_of),
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                paragraph(heading, lang=lang, size=10),
                Spacer(1, 2 * mm),
                sheet_table(
                    targets,
                    target_rows(report, lang),
                    width=doc.width,
                    lang=lang,
                    row_style=style_of,
                ),
            ]
        ),
        signature_line(width=doc.width, lang=lang),
    ]


def daily_content(report: DailyReport, lang: str) -> Content:
    """The report's two tables (two worksheets) and its printed page."""
    return Content(
        [
            Table(daily_spec(report, lang), daily_rows(report, lang)),
            Table(targets_spec(report, lang), target_rows(report, lang)),
        ],
        story=lambda doc: daily_story(report, doc, lang),
        detail={"day": report.day, "whole_store": report.whole_store},
    )


@dataclass(frozen=True)
class DailyReportSheet(Sheet):
    """The daily business report of ``day``, with the actor's scope (a consultant: theirs)."""

    entity = "daily_report"
    title = TITLE
    day: dt.date

    def file_tag(self) -> str:
        return f"{self.day:%Y%m%d}"

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        return daily_content(daily_report(db, actor, self.day), lang)
