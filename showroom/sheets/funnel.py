"""销售漏斗 — the sales funnel of a period as a sheet: A4 landscape PDF and workbook.

The figures are :func:`showroom.services.funnel.funnel`'s, so the page, the printout and
the workbook cannot disagree. One row per stage (walk-ins and calls → contacts recorded →
prospects → test drives → orders → deliveries) with its count, the conversion from the
stage above and the share of the first stage; under them the overall conversion from
first contact to delivery. The PDF adds a horizontal bar chart of the stages (reportlab
graphics, like the monthly report's chart) and the walk-in/call split.

:class:`FunnelSheet` is what the funnel tab and ``showroom report funnel`` export: the
funnel computed with the actor's permissions (a consultant gets their own).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import select

from showroom import palette
from showroom.db import Database
from showroom.exports import Align, Column, ColumnKind, RowStyle, SheetSpec
from showroom.exports.columns import StyledRow, Text
from showroom.exports.fonts import mixed_string, pdf_fonts, text_width
from showroom.exports.pdf import SheetDocument, paragraph, sheet_table
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import User
from showroom.services.context import Actor
from showroom.services.funnel import Funnel, funnel

from .base import Content, Sheet, Table
from .daily_report import CONSULTANT, SCOPE, WHOLE_STORE

CTX = "FunnelSheet"


def _m(source: str) -> Msg:
    return Msg(CTX, source)


TITLE = _m(QT_TRANSLATE_NOOP("FunnelSheet", "Sales funnel"))
NUMBER = _m(QT_TRANSLATE_NOOP("FunnelSheet", "No."))
STAGE = _m(QT_TRANSLATE_NOOP("FunnelSheet", "Stage"))
COUNT = _m(QT_TRANSLATE_NOOP("FunnelSheet", "Count"))
STEP_RATE = _m(QT_TRANSLATE_NOOP("FunnelSheet", "Conversion from the stage above"))
SHARE = _m(QT_TRANSLATE_NOOP("FunnelSheet", "Share of walk-ins and calls"))
OVERALL = _m(QT_TRANSLATE_NOOP("FunnelSheet", "Overall: first contact to delivery"))
CHART_TITLE = _m(QT_TRANSLATE_NOOP("FunnelSheet", "Funnel stages"))

#: From the first (widest) stage to the last: the app's chart colours (ui/funnel_chart.py).
COLOURS = palette.FUNNEL


def period_text(result: Funnel) -> Msg:
    return Msg(
        CTX,
        QT_TRANSLATE_NOOP("FunnelSheet", "{start} to {end}"),
        {"start": result.start.isoformat(), "end": result.end.isoformat()},
    )


def _consultant_name(db: Database, consultant_id: int) -> str:
    with db.reader() as session:
        name = session.scalar(select(User.display_name).where(User.id == consultant_id))
    return name or str(consultant_id)


def funnel_filters(db: Database, result: Funnel) -> list[tuple[Text, Text]]:
    if result.consultant_id is None:
        return [(SCOPE, WHOLE_STORE)]
    return [(CONSULTANT, _consultant_name(db, result.consultant_id))]


def funnel_spec(result: Funnel, filters: list[tuple[Text, Text]]) -> SheetSpec:
    columns = [
        Column("number", NUMBER, ColumnKind.INT, 5, align=Align.CENTER),
        Column("stage", STAGE, width=30),
        Column("count", COUNT, ColumnKind.INT, 12),
        Column("rate", STEP_RATE, ColumnKind.PERCENT, 20),
        Column("share", SHARE, ColumnKind.PERCENT, 20),
    ]
    return SheetSpec(TITLE, columns, filters=filters, subtitle=period_text(result))


def funnel_rows(result: Funnel) -> list[StyledRow]:
    """One row per stage; rates are fractions (None where the stage above is 0)."""
    first = result.stages[0].count
    return [
        StyledRow(
            {
                "number": index,
                "stage": stage.label,
                "count": stage.count,
                "rate": stage.rate,
                "share": stage.count / first if first else None,
            }
        )
        for index, stage in enumerate(result.stages, start=1)
    ]


def funnel_total(result: Funnel) -> StyledRow:
    return StyledRow({"number": None, "stage": OVERALL, "count": None, "rate": None,
                "share": result.overall_rate}, style=RowStyle.TOTAL)  # fmt: skip


def _rate_text(rate: float | None) -> str:
    return f"{rate * 100:.1f}%" if rate is not None else ""


def stage_chart(result: Funnel, width: float, lang: str, height: float = 70 * mm) -> Drawing:
    """One horizontal bar per stage, first stage on top, its count and step rate beside it."""
    fonts = pdf_fonts()
    size = 8.5
    drawing = Drawing(width, height)
    labels = [stage.label.text(lang) for stage in result.stages]
    label_width = max(text_width(label, size) for label in labels) + 12
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 12
    chart.width, chart.height = width - label_width - 70, height - 34
    chart.data = [[stage.count for stage in result.stages]]
    chart.categoryAxis.reverseDirection = True  # the funnel reads top-down
    chart.categoryAxis.labels.visible = False  # drawn below, run by run
    chart.valueAxis.labels.fontName = fonts.latin
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    if max(chart.data[0], default=0) < 5:
        chart.valueAxis.valueMax = 5
        chart.valueAxis.valueStep = 1
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor(palette.CHART_GRID)
    chart.bars.strokeColor = None
    for index in range(len(result.stages)):
        chart.bars[(0, index)].fillColor = colors.HexColor(COLOURS[min(index, len(COLOURS) - 1)])
    # Digits, "," and "%" only: the Latin font has them all.
    chart.barLabelFormat = "values"
    chart.barLabelArray = [
        [f"{stage.count:,}   {_rate_text(stage.rate)}".rstrip() for stage in result.stages]
    ]
    chart.barLabels.fontName = fonts.latin
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    chart.groupSpacing = 6
    drawing.add(chart)
    band = chart.height / len(labels)
    for index, label in enumerate(labels):
        middle = chart.y + chart.height - (index + 0.5) * band
        drawing.add(mixed_string(chart.x - 6, middle - size * 0.35, label, size, anchor="end"))
    drawing.add(mixed_string(width / 2, height - 12, CHART_TITLE.text(lang), 9, anchor="middle"))
    return drawing


def _split_line(result: Funnel, lang: str) -> str:
    return Msg(
        CTX,
        QT_TRANSLATE_NOOP("FunnelSheet", "Walk-ins {walk_ins}, calls {calls}."),
        {"walk_ins": f"{result.walk_ins:,}", "calls": f"{result.calls:,}"},
    ).text(lang)


def funnel_story(result: Funnel, spec: SheetSpec, doc: SheetDocument, lang: str) -> list[Flowable]:
    # The table is far narrower than the page: 60% of it keeps the columns readable.
    table = sheet_table(
        spec, funnel_rows(result), width=doc.width * 0.6, lang=lang, totals=funnel_total(result)
    )
    table.hAlign = "LEFT"  # flush with the line and the chart under it
    return [
        table,
        Spacer(1, 2 * mm),
        paragraph(_split_line(result, lang), lang=lang, size=9),
        Spacer(1, 5 * mm),
        KeepTogether([stage_chart(result, doc.width, lang)]),
    ]


def funnel_content(db: Database, result: Funnel, lang: str) -> Content:
    spec = funnel_spec(result, funnel_filters(db, result))
    return Content(
        [Table(spec, funnel_rows(result), totals=funnel_total(result))],
        story=lambda doc: funnel_story(result, spec, doc, lang),
        detail={"start": result.start, "end": result.end, "consultant": result.consultant_id},
    )


@dataclass(frozen=True)
class FunnelSheet(Sheet):
    """The funnel of [start, end], the store's or one consultant's."""

    entity = "funnel"
    title = TITLE
    start: dt.date
    end: dt.date
    consultant_id: int | None = None

    def file_tag(self) -> str:
        return f"{self.start:%Y%m%d}-{self.end:%Y%m%d}"

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        result = funnel(db, actor, self.start, self.end, consultant_id=self.consultant_id)
        return funnel_content(db, result, lang)
