"""Reports computed from the records by SQL: the daily business report and the month.

* :mod:`.figures` — the counts every report is made of, one grouped query per table;
* :mod:`.daily` — 营业日报表: per consultant and store, the day and month to date,
  against the month's targets;
* :mod:`.monthly` — the month day by day.

The sheets that print and export them live in :mod:`showroom.sheets`.
"""

from .daily import DailyReport, ReportLine, TargetFigures, daily_report
from .figures import Figures
from .monthly import MonthlyReport, monthly_report

__all__ = [
    "DailyReport",
    "Figures",
    "MonthlyReport",
    "ReportLine",
    "TargetFigures",
    "daily_report",
    "monthly_report",
]
