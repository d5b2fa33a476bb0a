"""The daily business report: the day + month-to-date figures, and its PDF.

Measured on the demo's "today" (the month's busiest part is behind it) and on the last
day of the previous month (a full month to date), through the calls the reports page
makes: ``daily_report`` for the table, the export entry's preview PDF for the printout.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from showroom.reports import daily_report
from showroom.services.store import default_actor
from showroom.sheets.daily_report import DailyReportSheet
from showroom.sheets.export import Destination, export

from .ops import Case, Context, operation, timed_ms


def _days(ctx: Context) -> list[tuple[str, dt.date]]:
    today = ctx.store.today
    month_end = today.replace(day=1) - dt.timedelta(days=1)
    return [("today", today), ("month_end", month_end)]


@operation("daily_report_ms", budget=200, unit="ms")
def daily_report_cases(ctx: Context) -> list[Case]:
    actor = default_actor(ctx.db)  # the whole store: every consultant's line
    return [
        Case(kind, timed_ms(lambda day=day: daily_report(ctx.db, actor, day)))
        for kind, day in _days(ctx)
    ]


@operation("daily_report_pdf_ms", budget=500, unit="ms")
def daily_report_pdf_cases(ctx: Context) -> list[Case]:
    """The report computed and laid out as the A4 PDF (what one click on Print costs)."""
    actor = default_actor(ctx.db)
    folder = Path(tempfile.mkdtemp(prefix="showroom-bench-report-"))

    def make(day: dt.date) -> None:
        # A preview: what Print shows first, and (unlike a saved file) not audited.
        sheet = DailyReportSheet(day)
        export(ctx.db, actor, sheet, "pdf", folder / "daily.pdf", destination=Destination.PREVIEW)

    return [Case(kind, timed_ms(lambda day=day: make(day))) for kind, day in _days(ctx)]
