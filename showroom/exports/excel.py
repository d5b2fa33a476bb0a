"""Sheets to Excel: typed cells, a frozen bold header, an auto-filter, and an info sheet.

``write_xlsx`` writes one sheet; ``ExcelBook`` writes several (a customer card's
vehicles and services) into one workbook. Rows are consumed as they come, so a
generator over a database cursor exports a million rows in constant memory.

Layout of a data sheet: row 1 the title (and period), row 2 the header — bold, filled,
frozen, repeated on every printed page — then the rows under an auto-filter, then an
optional totals row outside the filter range, so sorting never moves it.
The last sheet, "Export information", records the store, who exported and when, the
row count and every filter, so a file found weeks later still says what it contains.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from enum import Enum
from types import TracebackType

from showroom import palette
from showroom.i18n import Msg, current_language
from showroom.palette import excel_hex

from . import messages
from .columns import Column, ColumnKind, Progress, RowStyle, RowStyler, SheetSpec, Text, text_of
from .errors import ExportError
from .formatting import duration_minutes, excel_number_format, naive_local
from .output import PartialFile, ProgressTicker
from .xlsx import (
    MAX_ROWS,
    CellFormat,
    SheetLayout,
    XlsxPackage,
    column_letter,
    date_serial,
    datetime_serial,
    needs_quote_prefix,
    text_cell_body,
    time_fraction,
)

# The colours are the palette's, as the workbook writes them (hex without "#").
HEADER_FILL = excel_hex(palette.HEADER_FILL)
ROW_FILLS = {style: excel_hex(fill) for style, fill in palette.ROW_FILLS.items()}
MUTED_COLOUR = excel_hex(palette.MUTED_TEXT)
TITLE_SIZE = 14
#: The workbook's font: what Office shows Chinese in by default (Calibri for English).
FONT_BY_LANGUAGE = {"zh_CN": "等线", "en": "Calibri"}

# A cell writer: (ref, value, style, style_with_quote_prefix) → cell XML.
_CellWriter = Callable[[str, object, int, int], str]


class ExcelBook:
    """A workbook of one or more sheets, written to ``path`` when closed.

    Use as a context manager: on an exception (a cancelled export included) the partial
    file is removed and ``path`` is left as it was.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        lang: str | None = None,
        exported_by: str = "",
        store_name: str = "",
        exported_at: dt.datetime | None = None,
    ) -> None:
        self.lang = lang or current_language()
        self.exported_by = exported_by
        self.store_name = store_name
        self.exported_at = exported_at or dt.datetime.now().replace(microsecond=0)
        self._summaries: list[tuple[SheetSpec, int]] = []
        self._file = PartialFile(path)
        try:
            self._package = XlsxPackage(
                str(self._file.path),
                font_name=FONT_BY_LANGUAGE.get(self.lang, "Calibri"),
                creator=exported_by,
                created=self.exported_at,
            )
        except BaseException:
            self._file.discard()
            raise

    def __enter__(self) -> ExcelBook:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()

    def add_sheet(
        self,
        spec: SheetSpec,
        rows: Iterable[object],
        *,
        row_style: RowStyler | None = None,
        totals: object | None = None,
        title_row: bool = True,
        landscape: bool | None = None,
        progress: Progress | None = None,
        total: int | None = None,
    ) -> int:
        """Writes ``rows`` as the next sheet; returns how many were written.

        ``totals`` is one more row (same shape as the others) written in bold below the
        filtered range. ``landscape`` defaults to landscape for wide sheets.
        """
        lang = self.lang
        package = self._package
        columns = spec.columns
        title = text_of(spec.title, lang)
        widths = tuple(max(c.width, 2.0) for c in columns)
        header_row = 2 if title_row else 1
        layout = SheetLayout(
            widths=widths,
            frozen_rows=header_row,
            print_title_row=header_row,
            landscape=sum(widths) > 100 if landscape is None else landscape,
            footer=messages.page_of("&P", "&N").text(lang),  # type: ignore[arg-type]
        )
        sheet = package.sheet(title, layout)
        letters = [column_letter(i) for i in range(1, len(columns) + 1)]
        if title_row:
            heading = title + (f"  {text_of(spec.subtitle, lang)}" if spec.subtitle else "")
            style = package.style(CellFormat(bold=True, size=TITLE_SIZE, valign="center"))
            sheet.add_row(package.text("A1", heading, style), height=24)
        header_style = package.style(
            CellFormat(
                bold=True, fill=HEADER_FILL, rule_below=True, halign="center", valign="center",
                wrap=True,
            )
        )  # fmt: skip
        sheet.add_row(
            "".join(
                package.text(f"{letter}{header_row}", c.header.text(lang), header_style)
                for letter, c in zip(letters, columns, strict=True)
            )
        )

        writers = [_cell_writer(c, lang) for c in columns]
        styles = _ColumnStyles(package, columns)
        plain = styles.for_row(None)
        ticker = ProgressTicker(progress, total)
        ticker.report(0)
        count = 0
        values_of = spec.values
        try:
            for row in rows:
                values = values_of(row)
                number = str(sheet.rows + 1)
                row_styles = plain if row_style is None else styles.for_row(row_style(row))
                cells = [
                    write(letter + number, value, style, quoted)
                    if value is not None
                    # An empty cell of a marked row still carries the fill, so the mark
                    # runs the whole width of the row.
                    else (
                        f'<c r="{letter}{number}" s="{style}"/>' if row_styles is not plain else ""
                    )
                    for write, letter, (style, quoted), value in zip(
                        writers, letters, row_styles, values, strict=True
                    )
                ]
                sheet.add_row("".join(cells))
                count += 1
                ticker.step(count)
            last = sheet.rows
            sheet.auto_filter = f"A{header_row}:{letters[-1]}{last}"
            if totals is not None:
                total_styles = styles.for_row(RowStyle.TOTAL)
                number = str(sheet.rows + 1)
                sheet.add_row(
                    "".join(
                        write(letter + number, value, style, quoted)
                        if value is not None
                        else f'<c r="{letter}{number}" s="{style}"/>'
                        for write, letter, (style, quoted), value in zip(
                            writers, letters, total_styles, values_of(totals), strict=True
                        )
                    )
                )
        except OverflowError as exc:
            raise ExportError(messages.too_many_rows(MAX_ROWS - header_row)) from exc
        sheet.close()
        ticker.report(count)
        self._summaries.append((spec, count))
        return count

    def close(self) -> None:
        """Adds the info sheet and puts the finished file in place."""
        try:
            self._write_info_sheet()
            self._package.close()
        except BaseException:
            self.discard()
            raise
        self._file.commit()

    def discard(self) -> None:
        try:
            self._package.abort()
        finally:
            self._file.discard()

    def _write_info_sheet(self) -> None:
        lang = self.lang
        package = self._package
        sheet = package.sheet(messages.INFO_SHEET.text(lang), SheetLayout(widths=(18, 70)))
        title = package.style(CellFormat(bold=True, size=TITLE_SIZE))
        label = package.style(CellFormat(bold=True, valign="top"))
        value = package.style(CellFormat(valign="top", wrap=True, halign="left"))
        when = package.style(CellFormat(num_fmt="yyyy-mm-dd hh:mm", halign="left"))
        count = package.style(CellFormat(num_fmt="#,##0", halign="left"))
        heading = package.style(CellFormat(bold=True, fill=HEADER_FILL, rule_below=True))

        def pair(name: Text, cell: str) -> None:
            row = sheet.rows + 1
            sheet.add_row(package.text(f"A{row}", text_of(name, lang), label) + cell)

        def text(name: Text, content: Text) -> None:
            pair(name, package.text(f"B{sheet.rows + 1}", text_of(content, lang), value))

        sheet.add_row(package.text("A1", messages.INFO_SHEET.text(lang), title), height=24)
        if self.store_name:
            text(messages.STORE, self.store_name)
        text(messages.EXPORTED_BY, self.exported_by)
        stamp = datetime_serial(self.exported_at)
        pair(messages.EXPORTED_AT, package.number(f"B{sheet.rows + 1}", stamp or 0, when))
        for spec, rows in self._summaries:
            sheet.add_row("")
            number = sheet.rows + 1
            sheet.add_row(
                package.text(f"A{number}", messages.SHEET.text(lang), heading)
                + package.text(f"B{number}", text_of(spec.title, lang), heading)
            )
            if spec.subtitle:
                text(messages.PERIOD, spec.subtitle)
            pair(messages.ROW_COUNT, package.number(f"B{sheet.rows + 1}", rows, count))
            if not spec.filters:
                text(messages.FILTERS, messages.NO_FILTERS)
                continue
            pair(messages.FILTERS, "")
            for name, content in spec.filters:
                text(name, content)
        sheet.close()


def write_xlsx(
    path: str | os.PathLike[str],
    spec: SheetSpec,
    rows: Iterable[object],
    *,
    lang: str | None = None,
    exported_by: str = "",
    store_name: str = "",
    exported_at: dt.datetime | None = None,
    row_style: RowStyler | None = None,
    totals: object | None = None,
    title_row: bool = True,
    progress: Progress | None = None,
    total: int | None = None,
) -> int:
    """Writes ``rows`` as a workbook at ``path``; returns the number of rows written.

    ``progress(done, total)`` is called every few hundred rows; when it returns False the
    export stops with ``Cancelled`` and no file is left at ``path``.
    """
    with ExcelBook(
        path, lang=lang, exported_by=exported_by, store_name=store_name, exported_at=exported_at
    ) as book:
        return book.add_sheet(
            spec, rows, row_style=row_style, totals=totals, title_row=title_row,
            progress=progress, total=total,
        )  # fmt: skip


class _ColumnStyles:
    """Style indexes per column for each row style, looked up once per export."""

    def __init__(self, package: XlsxPackage, columns: Sequence[Column]) -> None:
        self._package = package
        self._columns = columns
        self._cache: dict[str | None, list[tuple[int, int]]] = {}

    def for_row(self, row_style: RowStyle | str | None) -> list[tuple[int, int]]:
        found = self._cache.get(row_style)
        if found is None:
            found = self._cache[row_style] = [self._pair(c, row_style) for c in self._columns]
        return found

    def _pair(self, column: Column, row_style: RowStyle | str | None) -> tuple[int, int]:
        alignment = column.alignment.value
        fmt = CellFormat(
            num_fmt=excel_number_format(column.kind, column.places),
            halign=None if alignment == "left" else alignment,
            fill=ROW_FILLS.get(row_style) if row_style else None,  # type: ignore[call-overload]
            color=MUTED_COLOUR if row_style == RowStyle.MUTED else None,
            bold=row_style == RowStyle.TOTAL,
            rule_above=row_style == RowStyle.TOTAL,
        )
        quoted = CellFormat(**{**fmt.__dict__, "quote_prefix": True})
        return self._package.style(fmt), self._package.style(quoted)


def _text_cell(ref: str, text: str, style: int, quoted: int) -> str:
    chosen = quoted if needs_quote_prefix(text) else style
    return f'<c r="{ref}" s="{chosen}" t="inlineStr">{text_cell_body(text)}</c>'


def _number_cell(ref: str, number: object, style: int) -> str:
    return f'<c r="{ref}" s="{style}"><v>{number}</v></c>'


def _as_text(value: object, lang: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Msg):
        return value.text(lang)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        return naive_local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _number_literal(value: object) -> str | None:
    """The XML number for ``value``, or None when it is not a finite number."""
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is float:
        return repr(value) if value == value and value not in (_INF, -_INF) else None
    if kind is Decimal:
        return format(value, "f") if value.is_finite() else None  # type: ignore[attr-defined]
    return None


_INF = float("inf")


def _cell_writer(column: Column, lang: str) -> _CellWriter:
    """The function that turns one value of ``column`` into cell XML.

    Values of the expected type become typed cells; anything else (a "—" in a money
    column) is written as text rather than dropped.
    """
    kind = column.kind

    def fallback(ref: str, value: object, style: int, quoted: int) -> str:
        return _text_cell(ref, _as_text(value, lang), style, quoted)

    if kind is ColumnKind.TEXT:

        def text(ref: str, value: object, style: int, quoted: int) -> str:
            if type(value) is str:
                return _text_cell(ref, value, style, quoted)  # type: ignore[arg-type]
            return fallback(ref, value, style, quoted)

        return text

    if kind in (ColumnKind.INT, ColumnKind.MONEY, ColumnKind.DECIMAL, ColumnKind.PERCENT):

        def number(ref: str, value: object, style: int, quoted: int) -> str:
            literal = _number_literal(value)
            if literal is None:
                return fallback(ref, value, style, quoted)
            return _number_cell(ref, literal, style)

        return number

    if kind is ColumnKind.DATE:

        def date(ref: str, value: object, style: int, quoted: int) -> str:
            if isinstance(value, dt.datetime):
                value = naive_local(value).date()
            serial = date_serial(value) if isinstance(value, dt.date) else None
            if serial is None:
                return fallback(ref, value, style, quoted)
            return _number_cell(ref, serial, style)

        return date

    if kind is ColumnKind.DATETIME:

        def timestamp(ref: str, value: object, style: int, quoted: int) -> str:
            if isinstance(value, dt.datetime):
                serial: float | int | None = datetime_serial(naive_local(value))
            elif isinstance(value, dt.date):
                serial = date_serial(value)
            else:
                serial = None
            if serial is None:
                return fallback(ref, value, style, quoted)
            return _number_cell(ref, repr(serial), style)

        return timestamp

    if kind is ColumnKind.TIME:

        def clock(ref: str, value: object, style: int, quoted: int) -> str:
            if isinstance(value, dt.datetime):
                value = naive_local(value).time()
            if not isinstance(value, dt.time):
                return fallback(ref, value, style, quoted)
            return _number_cell(ref, repr(time_fraction(value)), style)

        return clock

    if kind is ColumnKind.DURATION:

        def duration(ref: str, value: object, style: int, quoted: int) -> str:
            # Whole minutes, as the screen shows them: [h]:mm would otherwise truncate
            # where the screen rounds.
            if isinstance(value, dt.timedelta) or _number_literal(value) is not None:
                minutes = duration_minutes(value)  # type: ignore[arg-type]
                return _number_cell(ref, repr(minutes / 1440), style)
            return fallback(ref, value, style, quoted)

        return duration

    if kind is ColumnKind.BOOL:
        yes = text_cell_body(messages.YES.text(lang))
        no = text_cell_body(messages.NO.text(lang))

        def boolean(ref: str, value: object, style: int, quoted: int) -> str:
            if isinstance(value, bool | int):
                return f'<c r="{ref}" s="{style}" t="inlineStr">{yes if value else no}</c>'
            return fallback(ref, value, style, quoted)

        return boolean

    raise ValueError(f"unknown column kind {kind!r}")
