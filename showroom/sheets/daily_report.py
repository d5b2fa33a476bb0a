"""营业日报表 — the daily business report as a sheet: screen, A4 landscape PDF and workbook.

Laid out like the paper form: one pair of rows per sales consultant — the day (当日)
and the month to date (本月累计) — then the store total, with the figures, the three
rates and the month's order and delivery targets with their attainment on the
month-to-date rows. Under it, the month's five targets against the figures so far, and
lines to sign. The workbook has the same two tables as two sheets, typed values (no
formulas) with the same number formats, plus the export-information sheet.

:func:`export_daily_report` is what the page, the command line and scheduled jobs
call: it computes the report, writes the requested files and records each in the audit
trail.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from showroom.db import Database
from showroom.db.audit import record
from showroom.exports import Column, ColumnKind, ExcelBook, RowStyle, SheetSpec
from showroom.exports.columns import Progress, Text, text_of
from showroom.exports.pdf import SheetDocument, paragraph, sheet_table, signature_line
from showroom.i18n import QT_TRANSLATE_NOOP, Msg, current_language
from showroom.reports.daily import DailyReport, ReportLine, daily_report
from showroom.reports.figures import Figures, level_key
from showroom.services.context import Actor
from showroom.services.permissions import Permission, require
from showroom.services.store import store_info
from showroom.services.targets import TARGET_FIELDS

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


#: A printed row: cells by column key, and under ``STYLE`` how the row is marked.
Row = dict[str, object]
STYLE = "_style"


def row_style(row: Row) -> RowStyle | None:
    return row.get(STYLE)  # type: ignore[return-value]


def _figure_row(
    line: ReportLine, figures: Figures, period: Msg, levels: Sequence[str], lang: str | None
) -> Row:
    cells = figures.as_row(levels)
    cells.update(consultant=consultant_text(line, lang), period=period)
    if line.is_total:
        cells[STYLE] = RowStyle.TOTAL
    return cells


def daily_rows(report: DailyReport, lang: str | None = None) -> list[Row]:
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


def target_rows(report: DailyReport, lang: str | None = None) -> list[Row]:
    rows = []
    for line in (*report.lines, report.total):
        cells: Row = {"consultant": consultant_text(line, lang)}
        for name in TARGET_FIELDS:
            cells[f"{name}_target"] = getattr(line.targets, name) or None
            cells[f"{name}_actual"] = int(getattr(line.month, name))
            cells[f"{name}_rate"] = line.attainment(name)
        if line.is_total:
            cells[STYLE] = RowStyle.TOTAL
        rows.append(cells)
    return rows


def targets_spec(report: DailyReport, lang: str | None = None) -> SheetSpec:
    subtitle = f"{report.month_start.isoformat()} – {report.day.isoformat()}"
    return SheetSpec(
        TARGETS_TITLE, target_columns(), filters=[scope_filter(report, lang)], subtitle=subtitle
    )


@dataclass(frozen=True)
class Printout:
    """Who prints, for whom: the header and footer of every page and the info sheet."""

    store_name: str
    printed_by: str
    printed_at: dt.datetime
    lang: str


def printout_for(db: Database, actor: Actor, lang: str | None = None) -> Printout:
    language = lang or current_language()
    return Printout(
        store_info(db).name(language),
        actor.display_name,
        dt.datetime.now().replace(microsecond=0),
        language,
    )


def daily_story(report: DailyReport, doc: SheetDocument, lang: str) -> list[Flowable]:
    main = daily_spec(report, lang)
    targets = targets_spec(report, lang)
    heading = f"{TARGETS_TITLE.text(lang)}（{targets.subtitle}）" if lang != "en" else (
        f"{TARGETS_TITLE.text(lang)} ({targets.subtitle})"
    )  # fmt: skip
    return [
        sheet_table(
            main, daily_rows(report, lang), width=doc.width, lang=lang, row_style=row_style
        ),
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
                    row_style=row_style,
                ),
            ]
        ),
        signature_line(width=doc.width, lang=lang),
    ]


def write_report_pdf(
    path: str | os.PathLike[str],
    spec: SheetSpec,
    printout: Printout,
    story: Callable[[SheetDocument], list[Flowable]],
    *,
    progress: Progress | None = None,
) -> None:
    """Prints a report's ``story`` on A4 landscape pages headed by ``spec`` for ``printout``.

    ``story`` gets the document to lay its tables out to the page width.
    """
    from showroom.exports.output import atomic_output

    with atomic_output(path) as partial:
        doc = SheetDocument(
            partial, title=spec.title, subtitle=spec.subtitle, filters=spec.filters,
            store_name=printout.store_name, printed_by=printout.printed_by,
            printed_at=printout.printed_at, lang=printout.lang, landscape=True,
        )  # fmt: skip
        doc.render(story(doc), progress=progress)


def write_daily_pdf(
    path: str | os.PathLike[str],
    report: DailyReport,
    printout: Printout,
    *,
    progress: Progress | None = None,
) -> None:
    lang = printout.lang
    write_report_pdf(
        path,
        daily_spec(report, lang),
        printout,
        lambda doc: daily_story(report, doc, lang),
        progress=progress,
    )


def write_daily_xlsx(
    path: str | os.PathLike[str],
    report: DailyReport,
    printout: Printout,
    *,
    progress: Progress | None = None,
) -> None:
    lang = printout.lang
    with ExcelBook(
        path, lang=lang, exported_by=printout.printed_by, store_name=printout.store_name,
        exported_at=printout.printed_at,
    ) as book:  # fmt: skip
        book.add_sheet(
            daily_spec(report, lang), daily_rows(report, lang), row_style=row_style,
            landscape=True, progress=progress,
        )  # fmt: skip
        book.add_sheet(
            targets_spec(report, lang), target_rows(report, lang), row_style=row_style,
            landscape=True,
        )  # fmt: skip


def audit_outputs(
    db: Database, actor: Actor, entity: str, written: Sequence[tuple[str, Path]], **detail: object
) -> None:
    """One audit row per output: a PDF or a printer is a printout, a workbook an export."""
    if not written:
        return
    with db.session(actor.user_id) as session:
        for kind, path in written:
            action = "export" if kind == "xlsx" else "print"
            record(session, action, entity, None, format=kind, file=path.name, **detail)


def export_daily_report(
    db: Database,
    actor: Actor,
    day: dt.date,
    *,
    pdf: str | os.PathLike[str] | None = None,
    xlsx: str | os.PathLike[str] | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
) -> DailyReport:
    """Computes the report for ``day`` and writes it as PDF and/or workbook; audited."""
    require(actor, Permission.EXPORT)
    report = daily_report(db, actor, day)
    printout = printout_for(db, actor, lang)
    written: list[tuple[str, Path]] = []
    if pdf is not None:
        write_daily_pdf(pdf, report, printout, progress=progress)
        written.append(("pdf", Path(pdf)))
    if xlsx is not None:
        write_daily_xlsx(xlsx, report, printout, progress=progress)
        written.append(("xlsx", Path(xlsx)))
    audit_outputs(db, actor, "daily_report", written, day=day, whole_store=report.whole_store)
    return report
