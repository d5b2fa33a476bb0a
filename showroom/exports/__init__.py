"""Exports: every sheet is described once, then shown, written to Excel and printed to PDF.

README — how a sheet uses this layer
====================================

Modules
-------
``columns``     :class:`SheetSpec` (title, subtitle/period, filters, columns) and
                :class:`Column` (key, header ``Msg``, :class:`ColumnKind`, width in
                characters — a Chinese character counts two —, alignment, decimals);
                :class:`RowStyle` marks rows (highlight, warning, muted, total).
``formatting``  ``format_value``/``format_cell``: the one text of a value, used by the
                screen's table models and the PDF; ``excel_number_format`` gives the
                matching Excel format, so ``1,234.50``, ``25.3%``, ``2026-11-20``,
                ``1:05`` read the same everywhere (rounding half up, as Excel shows).
``excel``       :func:`write_xlsx` (one sheet) and :class:`ExcelBook` (several): typed
                cells, bold filled frozen header repeated on printed pages, auto-filter,
                widths from the spec, totals row below the filter, A4 print setup with
                "page x of y", and an "Export information" sheet (store, who, when, rows,
                every filter). Rows are streamed: a generator over a cursor exports a
                million rows in constant memory.
``xlsx``        the streaming SpreadsheetML writer underneath (why not openpyxl: its
                docstring); inline strings only, so no text ever becomes a formula.
``pdf``         :class:`SheetDocument` (A4, landscape by default; title, store, period,
                filters on every page; printed-by/at and "page x of y" in the footer),
                :func:`write_pdf` for the one-table case, and the flowables a sheet
                composes itself: :func:`~.pdf.sheet_table` (header repeated, grid,
                wrapping Chinese and Latin inside cells, row styles, totals),
                ``fields_table``, ``paragraph``, ``signature_line``.
``fonts``       the bundled CJK font and Vera, both embedded as subsets; mixed text is
                drawn run by run in the font that has its glyphs.
``output``      :func:`~.output.atomic_output`/``PartialFile`` (the file appears only
                when complete; a cancel or error leaves the old file untouched) and
                ``ProgressTicker``.
``messages``    the layer's own translatable words (info sheet, footer, yes/no).

Writing a sheet (see ``showroom/sheets/*``)
-------------------------------------------
This layer writes files; it knows nothing of users, rights or the audit trail. A sheet
of the store is a ``showroom.sheets.base.Sheet`` and leaves the program only through
``showroom.sheets.export.export`` (permission, atomic file, audit: see that module).

1. Declare the columns once, headers as ``Msg`` with a literal context::

       COLUMNS = (Column("visit_date", Msg("VisitSheet", QT_TRANSLATE_NOOP(
           "VisitSheet", "Date")), ColumnKind.DATE, 10.5), ...)

2. Rows are tuples (by position), mappings (by key) or objects (by attribute). A row
   that is marked is a :class:`~.columns.StyledRow` (its ``style`` beside the cells);
   :func:`~.columns.style_of` reads it. Give typed values — ``date``, ``int``,
   ``Decimal``, fractions for percentages — not preformatted text: the workbook
   stores them typed and the PDF formats them.
3. The sheet's ``content`` returns its tables (``Table(spec, rows, row_style=...,
   totals=..., count=...)``): one worksheet each in the workbook (an ``ExcelBook``),
   one under another on the PDF, unless it gives its own ``story`` of flowables
   (:func:`~.pdf.sheet_table`, ``fields_table``, ``paragraph``, a chart,
   ``signature_line``) for a composed page.
4. The screen: a Qt model over the same spec and rows, text from ``format_value``.

Progress and cancel: ``progress(done, total)`` is called every few hundred rows
(``total`` 0 when unknown); returning ``False`` raises ``showroom.errors.Cancelled`` and
no file is left behind. A GUI task's ``TaskControl.report`` can be passed as it is.
Errors the user should read are ``ExportError``, a ``UserError`` with a translatable
``msg``.
"""

from .columns import Align, Column, ColumnKind, RowStyle, SheetSpec
from .excel import ExcelBook, write_xlsx

__all__ = ["Align", "Column", "ColumnKind", "ExcelBook", "RowStyle", "SheetSpec", "write_xlsx"]
