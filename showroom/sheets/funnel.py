"""销售漏斗 — the sales funnel of a period as a sheet: A4 landscape PDF and workbook.

The figures are :func:`showroom.services.funnel.funnel`'s, so the page, the printout and
the workbook cannot disagree. One row per stage (walk-ins and calls → contacts recorded →
prospects → test drives → orders → deliveries) with its count, the conversion from the
stage above and the share of the first stage; under them the overall conversion from
first contact to delivery. The PDF adds a horizontal bar chart of the stages (reportlab
graphics, like the monthly report's chart) and the walk-in/call split.

:func:`export_funnel` is what the funnel tab and ``showroom report funnel`` call: it
computes the funnel with the actor's permissions (a consultant gets their own), writes
the requested files and records each in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import select

from showroom import palette
from showroom.db import Database
from showroom.exports import Align, Column, ColumnKind, ExcelBook, SheetSpec
from showroom.exports.columns import Progress, Text
from showroom.exports.fonts import mixed_string, pdf_fonts, text_width
from showroom.exports.output import atomic_output
from showroom.exports.pdf import SheetDocument, paragraph, sheet_table
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import User
from showroom.services.context import Actor
from showroom.services.funnel import Funnel, funnel
from showroom.services.permissions import Permission, require

from .daily_report import CONSULTANT, SCOPE, WHOLE_STORE, Printout, Row, audit_outputs, printout_for

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


def funnel_rows(result: Funnel) -> list[Row]:
    """One row per stage; rates are fractions (None where the stage above is 0)."""
    first = result.stages[0].count
    return [
        {
            "number": index,
            "stage": stage.label,
            "count": stage.count,
            "rate": stage.rate,
            "share": stage.count / first if first else None,
        }
        for index, stage in enumerate(result.stages, start=1)
    ]


def funnel_total(result: Funnel) -> Row:
    return {"number": None, "stage": OVERALL, "count": None, "rate": None,
            "share": result.overall_rate}  # fmt: skip


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


def write_funnel_pdf(
    path: str | os.PathLike[str],
    result: Funnel,
    spec: SheetSpec,
    printout: Printout,
    *,
    progress: Progress | None = None,
) -> None:
    lang = printout.lang
    with atomic_output(path) as partial:
        doc = SheetDocument(
            partial, title=spec.title, subtitle=spec.subtitle, filters=spec.filters,
            store_name=printout.store_name, printed_by=printout.printed_by,
            printed_at=printout.printed_at, lang=lang, landscape=True,
        )  # fmt: skip
        doc.render(funnel_story(result, spec, doc, lang), progress=progress)


def write_funnel_xlsx(
    path: str | os.PathLike[str],
    result: Funnel,
    spec: SheetSpec,
    printout: Printout,
    *,
    progress: Progress | None = None,
) -> int:
    with ExcelBook(
        path, lang=printout.lang, exported_by=printout.printed_by,
        store_name=printout.store_name, exported_at=printout.printed_at,
    ) as book:  # fmt: skip
        return book.add_sheet(
            spec, funnel_rows(result), totals=funnel_total(result), landscape=True,
            progress=progress,
        )  # fmt: skip


def export_funnel(
    db: Database,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    consultant_id: int | None = None,
    pdf: str | os.PathLike[str] | None = None,
    xlsx: str | os.PathLike[str] | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
) -> Funnel:
    """Computes the funnel for [start, end] and writes it as PDF and/or workbook; audited."""
    require(actor, Permission.EXPORT)
    result = funnel(db, actor, start, end, consultant_id=consultant_id)
    spec = funnel_spec(result, funnel_filters(db, result))
    printout = printout_for(db, actor, lang)
    written: list[tuple[str, Path]] = []
    if pdf is not None:
        write_funnel_pdf(pdf, result, spec, printout, progress=progress)
        written.append(("pdf", Path(pdf)))
    if xlsx is not None:
        write_funnel_xlsx(xlsx, result, spec, printout, progress=progress)
        written.append(("xlsx", Path(xlsx)))
    audit_outputs(
        db, actor, "funnel", written, start=result.start, end=result.end,
        consultant=result.consultant_id,
    )  # fmt: skip
    return result
