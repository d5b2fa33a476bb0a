"""Bringing a store's existing records in: Excel/CSV import with column mapping,
validation against the same rules as the forms, a report of what was not imported and
why, and duplicates matched instead of created.

    layout = inspect_file(path, "customers")          # sheets, header row, guessed mapping
    rows = preview(db, path, ImportOptions("customers"))   # the first rows as stored
    result = run_import(db, actor, path, ImportOptions("customers", policy="fill"),
                        progress=callback)
    export(db, actor, ImportReportSheet(result.issues, ...), "xlsx", "report.xlsx")

No Qt here: the wizard (``ui/import_wizard.py``) and ``showroom import`` share this.
"""

from .engine import ImportOptions, ImportResult, check_mapping, remembered_mapping, run_import
from .fields import FIELDS, KINDS, POLICIES, FieldSpec, fields_of
from .parsing import Issue
from .preview import PreviewRow, preview
from .reading import ImportFileError, Layout, inspect_file, sheet_names
from .templates import write_template

__all__ = [
    "FIELDS",
    "KINDS",
    "POLICIES",
    "FieldSpec",
    "ImportFileError",
    "ImportOptions",
    "ImportResult",
    "Issue",
    "Layout",
    "PreviewRow",
    "check_mapping",
    "fields_of",
    "inspect_file",
    "preview",
    "remembered_mapping",
    "run_import",
    "sheet_names",
    "write_template",
]
