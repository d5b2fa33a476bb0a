"""The one way a sheet leaves the program: :func:`export`, then (for paper) :func:`record_printed`.

Every page, the print preview, the command line and scheduled jobs call it::

    output = export(db, actor, DailyReportSheet(day), Format.PDF, path, progress)

It checks the sheet's permission, computes the sheet for the actor, writes the file
atomically (a cancel or an error leaves no file, and never destroys the one it would
replace), and records it in the audit trail by the one rule below.

The audit rule
--------------
:data:`AUDIT_ACTIONS`: a file the user saves — PDF or workbook alike — is an ``export``:
a file can be copied and mailed, and the audit answers "where did the data go". Paper
is a ``print``, recorded when the print dialog sends the pages (:func:`record_printed`).
A preview (a temporary PDF shown before printing) is neither: it never leaves the
program, and is audited when it is printed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from showroom.db import Database
from showroom.db.audit import record
from showroom.exports.columns import Progress
from showroom.exports.excel import ExcelBook
from showroom.i18n import current_language
from showroom.services.context import Actor
from showroom.services.permissions import require

from .base import Content, Format, Printout, Sheet, Table, printout_for


class Destination(StrEnum):
    FILE = "file"  # saved where the user chose
    PREVIEW = "preview"  # a temporary PDF shown before printing
    PRINTER = "printer"  # the preview's pages sent to a printer


#: What the audit trail calls each destination (None: not audited). The one rule.
AUDIT_ACTIONS: dict[Destination, str | None] = {
    Destination.FILE: "export",
    Destination.PREVIEW: None,
    Destination.PRINTER: "print",
}


@dataclass(frozen=True)
class Output:
    """What :func:`export` wrote: where, in which format, how many rows of the sheet."""

    sheet: Sheet
    format: Format
    path: Path
    rows: int
    detail: dict[str, object] = field(default_factory=dict)


def export(
    db: Database,
    actor: Actor,
    sheet: Sheet,
    fmt: Format | str,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    *,
    lang: str | None = None,
    destination: Destination = Destination.FILE,
) -> Output:
    """Writes ``sheet`` as ``fmt`` to ``path`` for ``actor``; audited by :data:`AUDIT_ACTIONS`.

    ``progress(done, total)`` returning False stops with ``Cancelled``; no file is left.
    Raises ``PermissionDenied`` before anything is computed when the actor lacks one of
    ``sheet.permissions``.
    """
    for permission in sheet.permissions:
        require(actor, permission)
    fmt = Format(fmt)
    if fmt not in sheet.formats:
        raise ValueError(f"{type(sheet).__name__} has no {fmt} form")
    if destination is Destination.PRINTER:
        raise ValueError("a printer gets a preview's pages: use record_printed")
    printout = printout_for(db, actor, lang or current_language())
    content = sheet.content(db, actor, printout.lang)
    if fmt is Format.PDF:
        rows = write_content_pdf(path, content, printout, progress)
    else:
        rows = write_content_xlsx(path, content, printout, progress)
    output = Output(sheet, fmt, Path(path), rows, dict(content.detail))
    _audit(db, actor, output, destination)
    return output


def record_printed(db: Database, actor: Actor, output: Output, pages: int) -> None:
    """The preview ``output`` went to the printer: a ``print`` in the audit trail."""
    _audit(db, actor, output, Destination.PRINTER, pages=pages)


def _audit(
    db: Database, actor: Actor, output: Output, destination: Destination, **more: object
) -> None:
    action = AUDIT_ACTIONS[destination]
    if action is None:
        return
    sheet = output.sheet
    with db.session(actor.user_id) as session:
        record(
            session, action, sheet.entity, sheet.entity_id, format=output.format.value,
            file=output.path.name, rows=output.rows, **output.detail, **more,
        )  # fmt: skip


# ------------------------------------------------------------------------------ writers


def write_content_xlsx(
    path: str | os.PathLike[str],
    content: Content,
    printout: Printout,
    progress: Progress | None = None,
) -> int:
    """One worksheet per table, then the export-information sheet; returns the rows of
    the counted table."""
    counts = []
    with ExcelBook(
        path, lang=printout.lang, exported_by=printout.printed_by,
        store_name=printout.store_name, exported_at=printout.printed_at,
    ) as book:  # fmt: skip
        for table in content.tables:
            written = book.add_sheet(
                table.spec, table.rows, row_style=table.row_style, totals=table.totals,
                landscape=content.landscape, progress=progress, total=table.count,
            )  # fmt: skip
            counts.append(written)
    return counts[content.counted] if counts else 0


def write_content_pdf(
    path: str | os.PathLike[str],
    content: Content,
    printout: Printout,
    progress: Progress | None = None,
) -> int:
    """A4 pages headed by the sheet's heading: its story, or its tables one under another."""
    from showroom.exports.output import atomic_output
    from showroom.exports.pdf import SheetDocument

    # A PDF is laid out whole: the rows must all be at hand anyway.
    tables = [_listed(table) for table in content.tables]
    heading = content.page_heading()
    with atomic_output(path) as partial:
        doc = SheetDocument(
            partial, title=heading.title, subtitle=heading.subtitle, filters=heading.filters,
            store_name=printout.store_name, printed_by=printout.printed_by,
            printed_at=printout.printed_at, lang=printout.lang, landscape=content.landscape,
        )  # fmt: skip
        story = content.story(doc) if content.story else _table_story(doc, tables, content)
        total = sum(len(table.rows) for table in tables)  # type: ignore[arg-type]
        doc.render(story, progress=progress, total=total or None)
    counted = tables[content.counted].rows if tables else []
    return len(counted)  # type: ignore[arg-type]


def _listed(table: Table) -> Table:
    return table if isinstance(table.rows, list) else replace(table, rows=list(table.rows))


def _table_story(doc: object, tables: list[Table], content: Content) -> list[object]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from showroom.exports import pdf

    assert isinstance(doc, pdf.SheetDocument)
    lang = doc.language
    story: list[object] = []
    for index, table in enumerate(tables):
        if index:  # the first table's title heads the page; the others head their table
            story += [Spacer(1, 5 * mm), pdf.paragraph(table.spec.title, lang=lang, size=10)]
        body = pdf.sheet_table(
            table.spec, table.rows, width=doc.width, lang=lang,
            font_size=table.font_size or pdf.BODY_SIZE, row_style=table.row_style,
            totals=table.totals, zebra=table.zebra,
        )  # fmt: skip
        story.append(body)
    if content.signature:
        story.append(pdf.signature_line(width=doc.width, lang=lang))
    return story
