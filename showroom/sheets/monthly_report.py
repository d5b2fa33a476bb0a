"""The monthly business report as a sheet: one row per day, the month's total, targets, a chart.

Same figures and columns as the daily report (:func:`~.daily_report.figure_columns`),
one row per day of the month with the weekday, the total in bold at the foot. The PDF
adds a bar chart of the month's walk-ins and orders per day (reportlab graphics, drawn
as vectors in the document's own fonts) and the month's targets against the total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from showroom import palette
from showroom.db import Database
from showroom.exports import Column, ColumnKind, RowStyle, SheetSpec
from showroom.exports.columns import StyledRow, Text, style_of
from showroom.exports.fonts import mixed_string, pdf_fonts, text_width
from showroom.exports.pdf import SheetDocument, paragraph, sheet_table, signature_line
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.reports.monthly import MonthlyReport, monthly_report
from showroom.services.context import Actor
from showroom.services.targets import TARGET_FIELDS

from .base import Content, Sheet, Table
from .daily_report import (
    ACTUAL,
    ATTAINMENT,
    CONSULTANT,
    SCOPE,
    TARGET,
    TARGET_NAMES,
    WHOLE_STORE,
    TwoLineHeader,
    figure_columns,
    weekday,
)

TITLE = Msg("ReportSheets", QT_TRANSLATE_NOOP("ReportSheets", "Monthly business report"))
DATE = Msg("ReportSheets", QT_TRANSLATE_NOOP("ReportSheets", "Date"))
WEEKDAY = Msg("ReportSheets", QT_TRANSLATE_NOOP("ReportSheets", "Weekday"))
TOTAL = Msg("ReportSheets", QT_TRANSLATE_NOOP("ReportSheets", "Month total"))
CHART_TITLE = Msg("ReportSheets", QT_TRANSLATE_NOOP("ReportSheets", "Walk-ins and orders per day"))
WALK_INS = TARGET_NAMES["walk_ins"]
ORDERS = TARGET_NAMES["orders"]
TARGETS_HEADING = Msg("ReportSheets", QT_TRANSLATE_NOOP("ReportSheets", "Targets of the month"))

#: A little smaller than lists, so that a month of 31 days fits one A4 landscape page.
MONTH_FONT_SIZE = 7.5
WALK_IN_COLOUR = colors.HexColor(palette.WALK_IN_BARS)
ORDER_COLOUR = colors.HexColor(palette.ORDER_BARS)


def _filters(report: MonthlyReport) -> list[tuple[Text, Text]]:
    if report.consultant_id is None:
        return [(SCOPE, WHOLE_STORE)]
    return [(CONSULTANT, report.consultant or "")]


def monthly_spec(report: MonthlyReport) -> SheetSpec:
    columns = [
        Column("date", DATE, ColumnKind.DATE, 10),
        Column("weekday", WEEKDAY, width=7),
        *figure_columns(report.levels),
    ]
    return SheetSpec(
        TITLE, columns, filters=_filters(report), subtitle=report.month.strftime("%Y-%m")
    )


def monthly_rows(report: MonthlyReport) -> list[StyledRow]:
    rows: list[StyledRow] = []
    for day, figures in report.days:
        # Weekends highlighted: the busy days, as on the paper.
        row = StyledRow(
            figures.as_row(report.levels), style=RowStyle.HIGHLIGHT if day.weekday() >= 5 else None
        )
        row.update(date=day, weekday=weekday(day))
        rows.append(row)
    return rows


def monthly_total(report: MonthlyReport) -> StyledRow:
    """The month's total: the foot of the table (the screen shows it as its last row)."""
    row = StyledRow(report.total.as_row(report.levels), style=RowStyle.TOTAL)
    row.update(date=TOTAL, weekday=None)
    return row


def month_targets_spec(report: MonthlyReport) -> SheetSpec:
    columns: list[Column] = []
    for name in TARGET_FIELDS:
        label = TARGET_NAMES[name]
        columns += [
            Column(f"{name}_target", TwoLineHeader(label, TARGET), ColumnKind.INT, 6),
            Column(f"{name}_actual", TwoLineHeader(label, ACTUAL), ColumnKind.INT, 6),
            Column(f"{name}_rate", TwoLineHeader(label, ATTAINMENT), ColumnKind.PERCENT, 7),
        ]
    return SheetSpec(
        TARGETS_HEADING, columns, filters=_filters(report), subtitle=report.month.strftime("%Y-%m")
    )


def month_target_rows(report: MonthlyReport) -> list[StyledRow]:
    row = StyledRow()
    for name in TARGET_FIELDS:
        row[f"{name}_target"] = getattr(report.targets, name) or None
        row[f"{name}_actual"] = int(getattr(report.total, name))
        row[f"{name}_rate"] = report.attainment(name)
    return [row]


def day_chart(report: MonthlyReport, width: float, lang: str, height: float = 62 * mm) -> Drawing:
    """Grouped bars: walk-ins and orders for each day of the month, with a legend."""
    fonts = pdf_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = width - 40, height - 48
    chart.data = [
        [figures.walk_ins for _, figures in report.days],
        [figures.orders for _, figures in report.days],
    ]
    chart.categoryAxis.categoryNames = [str(day.day) for day, _ in report.days]
    chart.categoryAxis.labels.fontName = fonts.latin
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = fonts.latin
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    peak = max((max(series) for series in chart.data if series), default=0)
    if peak < 5:
        chart.valueAxis.valueMax = 5
        chart.valueAxis.valueStep = 1
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor(palette.CHART_GRID)
    chart.bars[0].fillColor = WALK_IN_COLOUR
    chart.bars[1].fillColor = ORDER_COLOUR
    chart.bars.strokeWidth = 0
    chart.groupSpacing = 3
    drawing.add(chart)
    # Title and legend are drawn run by run: "Walk-ins" needs the Latin font, 来店 the CJK one.
    drawing.add(mixed_string(width / 2, height - 12, CHART_TITLE.text(lang), 9, anchor="middle"))
    x = width - 12
    for colour, label in reversed([(WALK_IN_COLOUR, WALK_INS), (ORDER_COLOUR, ORDERS)]):
        text = label.text(lang)
        x -= text_width(text, 8)
        drawing.add(mixed_string(x, height - 12, text, 8))
        x -= 12
        drawing.add(Rect(x, height - 12, 8, 8, fillColor=colour, strokeWidth=0))
        x -= 14
    return drawing


def monthly_story(report: MonthlyReport, doc: SheetDocument, lang: str) -> list[Flowable]:
    spec = monthly_spec(report)
    targets = month_targets_spec(report)
    return [
        sheet_table(
            spec,
            monthly_rows(report),
            width=doc.width,
            lang=lang,
            row_style=style_of,
            totals=monthly_total(report),
            zebra=False,
            font_size=MONTH_FONT_SIZE,
        ),
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                day_chart(report, doc.width, lang),
                Spacer(1, 4 * mm),
                paragraph(TARGETS_HEADING.text(lang), lang=lang, size=10),
                Spacer(1, 2 * mm),
                sheet_table(targets, month_target_rows(report), width=doc.width, lang=lang),
            ]
        ),
        signature_line(width=doc.width, lang=lang),
    ]


def monthly_content(report: MonthlyReport, lang: str) -> Content:
    """The month's table (its total at the foot) and the targets; printed with a chart."""
    return Content(
        [
            Table(monthly_spec(report), monthly_rows(report), totals=monthly_total(report)),
            Table(month_targets_spec(report), month_target_rows(report)),
        ],
        story=lambda doc: monthly_story(report, doc, lang),
        detail={"month": report.month, "consultant": report.consultant_id},
    )


@dataclass(frozen=True)
class MonthlyReportSheet(Sheet):
    """The month of ``month`` (any day in it), the store's or one consultant's."""

    entity = "monthly_report"
    title = TITLE
    month: dt.date
    consultant_id: int | None = None

    def file_tag(self) -> str:
        return f"{self.month:%Y%m}"

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        return monthly_content(monthly_report(db, actor, self.month, self.consultant_id), lang)
