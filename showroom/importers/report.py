"""The import report's columns and outcome words; the report itself is the sheet
``showroom.sheets.import_report.ImportReportSheet``, saved through the export entry."""

from __future__ import annotations

from showroom.exports import Column, ColumnKind

from . import messages as m
from .parsing import Issue

_OUTCOMES = {"error": m.OUTCOME_REJECTED, "warning": m.OUTCOME_DOUBTFUL, "note": m.OUTCOME_NOTE}

REPORT_SPEC_COLUMNS = (
    Column("row", m.COL_ROW, ColumnKind.INT, width=8),
    Column("column", m.COL_COLUMN, width=16),
    Column("value", m.COL_VALUE, width=24),
    Column("outcome", m.COL_OUTCOME, width=16),
    Column("reason", m.COL_REASON, width=70),
)


def outcome_of(issue: Issue) -> m.Msg:
    return _OUTCOMES.get(issue.severity, m.OUTCOME_NOTE)
