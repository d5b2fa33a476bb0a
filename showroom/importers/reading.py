"""Reading a store's workbook or CSV file as rows of raw cell values, and finding its
header row.

Excel files are read with openpyxl in read-only mode (rows stream from the zip; a
50,000-row sheet never sits in memory as cells). CSV files are decoded as UTF-8 (with or
without the byte-order mark Excel writes) or, failing that, GB18030 — the superset of
GBK/GB2312 that Chinese Excel uses for "CSV (逗号分隔)".

The header row is the row among the first few that names the most known fields. A
title row merged across the sheet ("2026年11月展厅来店登记表") holds a single value and
never wins, so it is skipped without the user saying so.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from showroom.errors import UserError

from . import messages as m
from .fields import FieldSpec, fields_of, normalise_header
from .values import UncachedFormula, cell_text, is_blank

EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
#: Rows searched for the header (titles, a blank line, a note above the table).
HEADER_SEARCH_ROWS = 20

RawRow = tuple[Any, ...]


class ImportFileError(UserError):
    """The file cannot be imported; ``msg`` says why in the user's language."""


def _is_csv(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return True
    if suffix in EXCEL_SUFFIXES:
        return False
    raise ImportFileError(m.unsupported_file(suffix or path.name))


# ------------------------------------------------------------------------------ CSV


def detect_encoding(data: bytes) -> str:
    """utf-8-sig, utf-16 (Excel's "Unicode text"), utf-8, else gb18030."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def _csv_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode(detect_encoding(data))
    except UnicodeDecodeError as exc:
        raise ImportFileError(m.unreadable_file(str(exc))) from exc


#: A CSV field may be this long (characters) before the reader gives up on the file. The
#: csv module's default (131,072) made one long note crash a whole import; a field past a
#: column's own limit is a per-row problem ("too long"), said in the report.
CSV_FIELD_LIMIT = 64 * 1024 * 1024
csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))


def _csv_rows(text: str) -> Iterator[RawRow]:
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    for row in csv.reader(io.StringIO(text, newline=""), dialect):
        yield tuple(row)


# ---------------------------------------------------------------------------- Excel


def _open_workbook(path: Path, *, formulas: bool = False) -> Any:
    from openpyxl import load_workbook  # imported late: the CLI should start fast

    try:
        return load_workbook(path, read_only=True, data_only=not formulas)
    except Exception as exc:  # zip, XML and openpyxl errors alike: the file is unusable
        raise ImportFileError(m.unreadable_file(str(exc) or type(exc).__name__)) from exc


def sheet_names(path: str | Path) -> list[str]:
    path = Path(path)
    if _is_csv(path):
        return [path.stem]
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


@dataclass
class Rows:
    """An open sheet: ``head`` holds its first rows (for finding the header); ``rows``
    yields (row number, raw values) from the top, the head included."""

    sheets: list[str]
    sheet: str
    #: From the sheet's dimension (Excel) or the line count (CSV); an estimate.
    total: int | None
    head: list[RawRow]
    rest: Iterator[tuple[int, RawRow]]

    @property
    def rows(self) -> Iterator[tuple[int, RawRow]]:
        yield from enumerate(self.head, start=1)
        yield from self.rest


def _with_head(
    sheets: list[str], sheet: str, total: int | None, rows: Iterator[tuple[int, RawRow]]
) -> Rows:
    head = [row for _number, row in itertools.islice(rows, HEADER_SEARCH_ROWS)]
    return Rows(sheets, sheet, total, head, rows)


@contextmanager
def open_rows(path: str | Path, sheet: str | None = None) -> Iterator[Rows]:
    """Opens the file once for everything: openpyxl reads a whole sheet to size it when
    the file does not state its size, so each extra open of a big sheet costs seconds."""
    path = Path(path)
    if _is_csv(path):
        text = _csv_text(path)
        total = text.count("\n") + (0 if text.endswith("\n") else 1)
        yield _with_head([path.stem], path.stem, total, enumerate(_csv_rows(text), start=1))
        return
    workbook = _open_workbook(path)
    try:
        if sheet is None:
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            raise ImportFileError(m.no_sheet(sheet))
        # The stated size is only an estimate for progress: files written by other programs
        # often state a smaller <dimension> than they hold, and read-only mode would stop
        # there. Every row the sheet has is read, whatever the file claims.
        stated = worksheet.max_row
        worksheet.reset_dimensions()
        values = worksheet.iter_rows(values_only=True)
        formulas = None
        if _has_formulas(worksheet):
            formulas = _open_workbook(path, formulas=True)
            values = _mark_uncached(values, formulas[worksheet.title].iter_rows(values_only=True))
        try:
            rows = enumerate(values, start=1)
            yield _with_head(list(workbook.sheetnames), worksheet.title, stated, rows)
        finally:
            if formulas is not None:
                formulas.close()
    finally:
        workbook.close()


_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _has_formulas(worksheet: Any) -> bool:
    """Whether the sheet's XML holds any formula (a quick byte scan, no parsing)."""
    tail = b""
    with worksheet._get_source() as source:
        while block := source.read(1 << 20):
            if _FORMULA_TAG.search(tail + block):
                return True
            tail = block[-8:]
    return False


def _mark_uncached(values: Iterator[RawRow], formulas: Iterator[RawRow]) -> Iterator[RawRow]:
    """The sheet's values, with :class:`UncachedFormula` where a cell holds a formula whose
    result the file does not store (saved by a program that does not calculate): read as
    empty, a required column would be "missing" and an optional one silently dropped."""
    for row, written in zip(values, formulas, strict=False):
        if any(cell is None for cell in row) and any(
            isinstance(cell, str) and cell.startswith("=") for cell in written
        ):
            row = tuple(
                UncachedFormula(w) if cell is None and isinstance(w, str) and w.startswith("=")
                else cell
                for cell, w in itertools.zip_longest(row, written)
            )  # fmt: skip
        yield row


# --------------------------------------------------------------------------- header


def _match_score(header: str, spec: FieldSpec) -> int:
    """100 for an exact alias, else the length of the longest alias inside the header."""
    text = normalise_header(header)
    if not text:
        return 0
    best = 0
    for alias in spec.aliases:
        if text == alias:
            return 100
        if len(alias) >= 2 and alias in text:
            best = max(best, len(alias))
    return best


def find_header_row(rows: Sequence[RawRow], kind: str) -> int | None:
    """Index (0-based) of the header among ``rows``; None when no row looks like one."""
    fields = fields_of(kind)
    best: tuple[int, int] | None = None
    for index, row in enumerate(rows):
        texts = [cell_text(v) for v in row if not is_blank(v)]
        if len(texts) < 2:  # a merged title, a blank line, a lone note
            continue
        known = sum(1 for t in texts if any(_match_score(t, f) for f in fields))
        # Headers are text; a data row of numbers and dates must not beat a real header.
        wordy = sum(1 for v in row if isinstance(v, str) and v.strip())
        score = known * 10 + wordy
        if best is None or score > best[1]:
            best = (index, score)
    return best[0] if best else None


def guess_mapping(headers: Sequence[str], kind: str) -> dict[int, str]:
    """Column index → field key, best matches first; each field at most once."""
    candidates: list[tuple[int, int, str]] = []
    for column, header in enumerate(headers):
        for spec in fields_of(kind):
            score = _match_score(header, spec)
            if score:
                candidates.append((-score, column, spec.key))
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for _score, column, key in sorted(candidates):
        if column in mapping or key in taken:
            continue
        mapping[column] = key
        taken.add(key)
    return dict(sorted(mapping.items()))


@dataclass(frozen=True)
class Layout:
    """What the wizard shows after a file is picked."""

    sheets: list[str]
    sheet: str
    #: 1-based row number of the header in the sheet.
    header_row: int
    headers: list[str]
    mapping: dict[int, str]


def layout_of(opened: Rows, kind: str) -> Layout:
    """The detected header row and the mapping guessed from it."""
    index = find_header_row(opened.head, kind)
    if index is None:
        raise ImportFileError(m.NO_HEADER)
    return layout_at(opened, kind, index + 1)


def layout_at(opened: Rows, kind: str, header_row: int) -> Layout:
    """The layout with the header in ``header_row`` (1-based, among the first rows)."""
    if not 1 <= header_row <= len(opened.head):
        raise ImportFileError(m.NO_HEADER)
    headers = [cell_text(v) for v in opened.head[header_row - 1]]
    while headers and not headers[-1]:
        headers.pop()
    return Layout(opened.sheets, opened.sheet, header_row, headers, guess_mapping(headers, kind))


def inspect_file(path: str | Path, kind: str, sheet: str | None = None) -> Layout:
    with open_rows(path, sheet) as opened:
        return layout_of(opened, kind)
