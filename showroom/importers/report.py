"""The import report as a workbook: each rejected or doubtful row with its reason, so the
user can fix the file and import it again (rows already imported are recognised)."""

from __future__ import annotations

import os
from collections.abc import Sequence

from showroom.exports import Column, ColumnKind, RowStyle, SheetSpec, write_xlsx

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


def write_report(
    issues: Sequence[Issue],
    path: str | os.PathLike[str],
    *,
    file_name: str = "",
    kind: str = "",
    lang: str | None = None,
    exported_by: str = "",
    store_name: str = "",
) -> int:
    """Writes the issues, worst first then by row; returns the number of rows written."""
    order = {"error": 0, "warning": 1, "note": 2}
    ordered = sorted(issues, key=lambda i: (order.get(i.severity, 3), i.row))
    filters = []
    if file_name:
        filters.append((m.FILTER_FILE, file_name))
    if kind in m.KIND_NAMES:
        filters.append((m.FILTER_KIND, m.KIND_NAMES[kind]))
    spec = SheetSpec(m.REPORT_TITLE, REPORT_SPEC_COLUMNS, filters=filters)
    rows = (
        {
            "row": issue.row,
            "column": issue.column,
            "value": issue.value,
            "outcome": outcome_of(issue),
            "reason": issue.reason,
            "severity": issue.severity,
        }
        for issue in ordered
    )
    return write_xlsx(
        path, spec, rows, lang=lang, exported_by=exported_by, store_name=store_name,
        row_style=lambda r: RowStyle.WARNING if r["severity"] == "error" else None,
    )  # fmt: skip
