"""The import report as a workbook: each rejected or doubtful row of an import with its
reason, worst first, so the user can fix the file and import it again (rows already
imported are recognised). The wizard and ``showroom import --report`` save it.

It holds what the file held, so it needs the right to import, and is audited like any
export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from showroom.db import Database
from showroom.exports import RowStyle, SheetSpec
from showroom.exports.columns import StyledRow, Text
from showroom.importers import messages as m
from showroom.importers.parsing import Issue
from showroom.importers.report import REPORT_SPEC_COLUMNS, outcome_of
from showroom.services.context import Actor
from showroom.services.permissions import Permission

from .base import Content, Format, Sheet, Table

#: Worst first: rejected rows, then doubtful ones, then notes.
_ORDER = {"error": 0, "warning": 1, "note": 2}


@dataclass(frozen=True)
class ImportReportSheet(Sheet):
    """The issues of one import of ``source_file`` (``kind``: customers, visits…)."""

    entity = "import_report"
    title = m.REPORT_TITLE
    permissions = (Permission.IMPORT,)
    formats = (Format.XLSX,)
    issues: Sequence[Issue]
    source_file: str = ""
    kind: str = ""

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        ordered = sorted(self.issues, key=lambda i: (_ORDER.get(i.severity, 3), i.row))
        filters: list[tuple[Text, Text]] = []
        if self.source_file:
            filters.append((m.FILTER_FILE, self.source_file))
        if self.kind in m.KIND_NAMES:
            filters.append((m.FILTER_KIND, m.KIND_NAMES[self.kind]))
        rows = [
            StyledRow(
                {
                    "row": issue.row,
                    "column": issue.column,
                    "value": issue.value,
                    "outcome": outcome_of(issue),
                    "reason": issue.reason,
                },
                style=RowStyle.WARNING if issue.severity == "error" else None,
            )
            for issue in ordered
        ]
        spec = SheetSpec(m.REPORT_TITLE, REPORT_SPEC_COLUMNS, filters=filters)
        return Content([Table(spec, rows, count=len(rows))], detail={"kind": self.kind})
