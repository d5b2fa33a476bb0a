"""A streaming .xlsx (SpreadsheetML) writer: constant memory, about a second per 200,000 cells.

Why not openpyxl here: its write-only mode serialises each cell through ElementTree,
measured at ~7–9 µs a cell (no lxml) — 12–15 s for 100,000 visits × 18 columns, against
the benchmark's budget of 10 s for the whole export, query included. An export needs
only a small, fixed part of the format — typed cells, a handful of styles, a frozen
header, an auto-filter, print settings — so this module writes those parts as text,
straight into the zip archive, row by row. openpyxl remains the reader (importers, tests).

Cells are written with inline strings (no shared-string table to hold in memory); every
text cell has type ``inlineStr``, so no text — "=SUM(A1)" in a note included — can ever
become a formula, and a text starting with = + - @ also gets Excel's quote prefix so it
stays text when someone edits the cell.

The module knows nothing of sheets and columns; ``excel.py`` builds on it.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO
from xml.sax.saxutils import escape, quoteattr

#: Excel's own limits.
MAX_ROWS = 1_048_576
MAX_CELL_CHARS = 32_767
MAX_SHEET_NAME = 31

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DOC_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Characters XML 1.0 forbids (Excel refuses the whole file over one of them); notes pasted
# from other programs do carry them.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEEDS_CARE = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

_EPOCH = dt.date(1899, 12, 30).toordinal()  # Excel's day 0 (the 1900 system, after its leap bug)
_FIRST_SAFE_DATE = dt.date(1900, 3, 1)  # before it, Excel's imaginary 1900-02-29 shifts serials


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def safe_sheet_name(name: str, taken: set[str] | None = None) -> str:
    """A valid, unique sheet name: no []:*?/\\, no outer apostrophes, at most 31 characters."""
    base = _SHEET_NAME_FORBIDDEN.sub(" ", name).strip().strip("'").strip() or "Sheet"
    base = base[:MAX_SHEET_NAME]
    taken = taken or set()
    candidate, number = base, 1
    while candidate.casefold() in {t.casefold() for t in taken}:  # Excel ignores case
        number += 1
        suffix = f" ({number})"
        candidate = base[: MAX_SHEET_NAME - len(suffix)] + suffix
    return candidate


def text_cell_body(text: str) -> str:
    """``<is><t>…</t></is>`` for ``text``: illegal characters dropped, XML escaped, spaces kept."""
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS]
    if _NEEDS_CARE.search(text):
        text = escape(_ILLEGAL.sub("", text))
    if text and (text[0].isspace() or text[-1].isspace()):
        return f'<is><t xml:space="preserve">{text}</t></is>'
    return f"<is><t>{text}</t></is>"


def needs_quote_prefix(text: str) -> bool:
    """Text Excel would read as a formula when the cell is edited."""
    return bool(text) and text[0] in "=+-@"


def date_serial(value: dt.date) -> int | None:
    """Excel's serial day number, or None for dates Excel cannot show correctly."""
    if value < _FIRST_SAFE_DATE:
        return None
    return value.toordinal() - _EPOCH


def datetime_serial(value: dt.datetime) -> float | None:
    days = date_serial(value.date())
    if days is None:
        return None
    return days + time_fraction(value.time())


def time_fraction(value: dt.time) -> float:
    # Seconds kept, microseconds dropped: Excel shows what strftime shows.
    return (value.hour * 3600 + value.minute * 60 + value.second) / 86400


@dataclass(frozen=True)
class CellFormat:
    """A cell style: number format, font, fill, rules above/below, alignment."""

    num_fmt: str | None = None
    bold: bool = False
    size: float | None = None
    color: str | None = None  # "RRGGBB"
    fill: str | None = None  # "RRGGBB"
    rule_above: bool = False
    rule_below: bool = False
    halign: str | None = None  # left / center / right
    valign: str | None = None  # top / center / bottom
    wrap: bool = False
    quote_prefix: bool = False


@dataclass
class _Styles:
    font_name: str
    font_size: float
    _num_fmts: dict[str, int] = field(default_factory=dict)
    _fonts: dict[tuple[bool, float | None, str | None], int] = field(default_factory=dict)
    _fills: dict[str, int] = field(default_factory=dict)
    _borders: dict[tuple[bool, bool], int] = field(default_factory=dict)
    _xfs: dict[CellFormat, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._fonts[(False, None, None)] = 0
        self._borders[(False, False)] = 0
        self._xfs[CellFormat()] = 0

    def index(self, fmt: CellFormat) -> int:
        found = self._xfs.get(fmt)
        if found is None:
            found = self._xfs[fmt] = len(self._xfs)
            if fmt.num_fmt:
                self._num_fmts.setdefault(fmt.num_fmt, 164 + len(self._num_fmts))
            self._fonts.setdefault((fmt.bold, fmt.size, fmt.color), len(self._fonts))
            if fmt.fill:
                self._fills.setdefault(fmt.fill, 2 + len(self._fills))  # 0, 1 are reserved
            self._borders.setdefault((fmt.rule_above, fmt.rule_below), len(self._borders))
        return found

    def xml(self) -> str:
        parts = [_XML_HEAD, f'<styleSheet xmlns="{_MAIN_NS}">']
        if self._num_fmts:
            parts.append(f'<numFmts count="{len(self._num_fmts)}">')
            parts += [
                f"<numFmt numFmtId={quoteattr(str(i))} formatCode={quoteattr(code)}/>"
                for code, i in self._num_fmts.items()
            ]
            parts.append("</numFmts>")
        parts.append(f'<fonts count="{len(self._fonts)}">')
        # charset 134 (GB2312) tells Excel the font is for Chinese text.
        for bold, size, color in self._fonts:
            parts.append(
                "<font>"
                + ("<b/>" if bold else "")
                + f'<sz val="{size or self.font_size}"/>'
                + (f'<color rgb="FF{color}"/>' if color else "")
                + f'<name val={quoteattr(self.font_name)}/><family val="2"/><charset val="134"/>'
                + "</font>"
            )
        parts.append("</fonts>")
        parts.append(f'<fills count="{len(self._fills) + 2}">')
        parts.append('<fill><patternFill patternType="none"/></fill>')
        parts.append('<fill><patternFill patternType="gray125"/></fill>')
        parts += [
            f'<fill><patternFill patternType="solid"><fgColor rgb="FF{rgb}"/>'
            f'<bgColor indexed="64"/></patternFill></fill>'
            for rgb in self._fills
        ]
        parts.append("</fills>")
        parts.append(f'<borders count="{len(self._borders)}">')
        thin = '<{0} style="thin"><color auto="1"/></{0}>'
        for above, below in self._borders:
            parts.append(
                "<border><left/><right/>"
                + (thin.format("top") if above else "<top/>")
                + (thin.format("bottom") if below else "<bottom/>")
                + "<diagonal/></border>"
            )
        parts.append("</borders>")
        parts.append(
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
        )
        parts.append(f'<cellXfs count="{len(self._xfs)}">')
        for fmt in self._xfs:
            parts.append(self._xf(fmt))
        parts.append("</cellXfs>")
        parts.append(
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
        )
        return "".join(parts)

    def _xf(self, fmt: CellFormat) -> str:
        num = self._num_fmts[fmt.num_fmt] if fmt.num_fmt else 0
        font = self._fonts[(fmt.bold, fmt.size, fmt.color)]
        fill = self._fills[fmt.fill] if fmt.fill else 0
        border = self._borders[(fmt.rule_above, fmt.rule_below)]
        attrs = f'numFmtId="{num}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0"'
        attrs += ' applyNumberFormat="1"' if num else ""
        attrs += ' applyFont="1"' if font else ""
        attrs += ' applyFill="1"' if fill else ""
        attrs += ' applyBorder="1"' if border else ""
        attrs += ' quotePrefix="1"' if fmt.quote_prefix else ""
        align = ""
        if fmt.halign:
            align += f' horizontal="{fmt.halign}"'
        if fmt.valign:
            align += f' vertical="{fmt.valign}"'
        if fmt.wrap:
            align += ' wrapText="1"'
        if align:
            return f'<xf {attrs} applyAlignment="1"><alignment{align}/></xf>'
        return f"<xf {attrs}/>"


@dataclass(frozen=True)
class SheetLayout:
    """How a sheet opens and prints. Column widths are in Excel's character units."""

    widths: tuple[float, ...] = ()
    #: Rows above the scrolling area (title and header), 0 for none.
    frozen_rows: int = 0
    #: The header row repeated on every printed page (1-based), or None.
    print_title_row: int | None = None
    landscape: bool = False
    #: Printed at the foot of each page by Excel; ``&P``/``&N`` are page and page count.
    footer: str | None = None


class SheetWriter:
    """Rows of one worksheet, streamed into the archive. Obtained from ``XlsxPackage.sheet``."""

    _FLUSH_EVERY = 512  # rows joined and encoded at once: fewer, larger writes

    def __init__(self, stream: IO[bytes], name: str, index: int, layout: SheetLayout):
        self.name = name
        self.index = index
        self.layout = layout
        self.rows = 0
        self.auto_filter: str | None = None
        self._stream = stream
        self._buffer: list[str] = []
        self._stream.write(self._head().encode())

    def add_row(self, cells: str, *, height: float | None = None) -> int:
        """Appends a row of cell XML (see ``XlsxPackage`` helpers); returns its number."""
        self.rows += 1
        if self.rows > MAX_ROWS:
            raise OverflowError(f"more than {MAX_ROWS} rows")
        if height is None:
            self._buffer.append(f'<row r="{self.rows}">{cells}</row>')
        else:
            self._buffer.append(
                f'<row r="{self.rows}" ht="{height}" customHeight="1">{cells}</row>'
            )
        if len(self._buffer) >= self._FLUSH_EVERY:
            self._flush()
        return self.rows

    def _flush(self) -> None:
        self._stream.write("".join(self._buffer).encode())
        self._buffer.clear()

    def close(self) -> None:
        self._flush()
        self._stream.write(self._tail().encode())
        self._stream.close()

    def _head(self) -> str:
        layout = self.layout
        parts = [_XML_HEAD, f'<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_DOC_REL_NS}">']
        parts.append('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
        view = '<sheetView workbookViewId="0"' + (' tabSelected="1">' if self.index == 0 else ">")
        if layout.frozen_rows:
            top = f"A{layout.frozen_rows + 1}"
            view += (
                f'<pane ySplit="{layout.frozen_rows}" topLeftCell="{top}" activePane="bottomLeft"'
                f' state="frozen"/><selection pane="bottomLeft" activeCell="{top}" sqref="{top}"/>'
            )
        parts.append(f"<sheetViews>{view}</sheetView></sheetViews>")
        parts.append('<sheetFormatPr defaultRowHeight="15"/>')
        if layout.widths:
            parts.append("<cols>")
            parts += [
                f'<col min="{i}" max="{i}" width="{width:.2f}" customWidth="1"/>'
                for i, width in enumerate(layout.widths, 1)
            ]
            parts.append("</cols>")
        parts.append("<sheetData>")
        return "".join(parts)

    def _tail(self) -> str:
        layout = self.layout
        parts = ["</sheetData>"]
        if self.auto_filter:
            parts.append(f'<autoFilter ref="{self.auto_filter}"/>')
        parts.append(
            '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
        )
        orientation = "landscape" if layout.landscape else "portrait"
        # A4, as wide as one page, as many pages down as it takes.
        parts.append(
            f'<pageSetup paperSize="9" orientation="{orientation}" fitToWidth="1" fitToHeight="0"/>'
        )
        if layout.footer:
            parts.append(
                f"<headerFooter><oddFooter>&amp;C{escape(layout.footer)}</oddFooter></headerFooter>"
            )
        parts.append("</worksheet>")
        return "".join(parts)


class XlsxPackage:
    """An .xlsx file being written: sheets one after another, then ``close()``.

    >>> with XlsxPackage(path, font_name="等线") as book:   # doctest: +SKIP
    ...     sheet = book.sheet("Visits", SheetLayout(widths=(12, 20), frozen_rows=1))
    ...     sheet.add_row(book.text("A", 1, "日期", book.style(CellFormat(bold=True))))
    ...     sheet.close()
    """

    def __init__(
        self,
        file: str | IO[bytes],
        *,
        font_name: str = "Calibri",
        font_size: float = 11,
        title: str = "",
        creator: str = "",
        created: dt.datetime | None = None,
        compresslevel: int = 1,
    ) -> None:
        # Level 1 deflate: files ~15% larger than level 6, written twice as fast.
        self._zip = zipfile.ZipFile(
            file, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel
        )
        self._styles = _Styles(font_name, font_size)
        self._sheets: list[SheetWriter] = []
        self._open: SheetWriter | None = None
        self.title = title
        self.creator = creator
        self.created = created or dt.datetime.now()

    def __enter__(self) -> XlsxPackage:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    @property
    def sheet_names(self) -> set[str]:
        return {s.name for s in self._sheets}

    def style(self, fmt: CellFormat) -> int:
        """The style index for ``fmt`` (look it up once per column, not once per cell)."""
        return self._styles.index(fmt)

    def sheet(self, name: str, layout: SheetLayout | None = None) -> SheetWriter:
        """Starts the next sheet; the previous one must be closed. ``name`` is made safe."""
        if self._open is not None and not self._open._stream.closed:
            raise RuntimeError("close the previous sheet first")
        name = safe_sheet_name(name, self.sheet_names)
        index = len(self._sheets)
        stream = self._zip.open(f"xl/worksheets/sheet{index + 1}.xml", "w", force_zip64=True)
        writer = SheetWriter(stream, name, index, layout or SheetLayout())
        self._sheets.append(writer)
        self._open = writer
        return writer

    # Cell XML. ``ref`` is "B7"; ``style`` an index from ``style()``.

    @staticmethod
    def number(ref: str, value: float | int | str, style: int = 0) -> str:
        return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'

    @staticmethod
    def text(ref: str, value: str, style: int = 0) -> str:
        return f'<c r="{ref}" s="{style}" t="inlineStr">{text_cell_body(value)}</c>'

    @staticmethod
    def blank(ref: str, style: int) -> str:
        return f'<c r="{ref}" s="{style}"/>'

    def abort(self) -> None:
        """Stops writing; the caller discards the incomplete file."""
        try:
            if self._open is not None and not self._open._stream.closed:
                self._open._stream.close()
        finally:
            self._zip.close()

    def close(self) -> None:
        if self._open is not None and not self._open._stream.closed:
            self._open.close()
        if not self._sheets:
            raise RuntimeError("a workbook needs at least one sheet")
        write: Callable[[str, str], None] = self._zip.writestr
        write("[Content_Types].xml", self._content_types())
        write("_rels/.rels", self._package_rels())
        write("docProps/core.xml", self._core())
        write("docProps/app.xml", self._app())
        write("xl/workbook.xml", self._workbook())
        write("xl/_rels/workbook.xml.rels", self._workbook_rels())
        write("xl/styles.xml", self._styles.xml())
        self._zip.close()

    def _content_types(self) -> str:
        ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        overrides = [
            ("/xl/workbook.xml", f"{ct}.sheet.main+xml"),
            ("/xl/styles.xml", f"{ct}.styles+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml",
             "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ] + [(f"/xl/worksheets/sheet{i}.xml", f"{ct}.worksheet+xml")
             for i in range(1, len(self._sheets) + 1)]  # fmt: skip
        return (
            _XML_HEAD
            + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + '<Default Extension="rels" '
            + 'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            + '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
            + "</Types>"
        )

    @staticmethod
    def _package_rels() -> str:
        rels = [
            ("rId1", f"{_DOC_REL_NS}/officeDocument", "xl/workbook.xml"),
            ("rId2", f"{_PKG_REL_NS}/metadata/core-properties", "docProps/core.xml"),
            ("rId3", f"{_DOC_REL_NS}/extended-properties", "docProps/app.xml"),
        ]
        return _relationships(rels)

    def _workbook_rels(self) -> str:
        rels = [
            (f"rId{i}", f"{_DOC_REL_NS}/worksheet", f"worksheets/sheet{i}.xml")
            for i in range(1, len(self._sheets) + 1)
        ]
        rels.append((f"rId{len(self._sheets) + 1}", f"{_DOC_REL_NS}/styles", "styles.xml"))
        return _relationships(rels)

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name={quoteattr(s.name)} sheetId="{i}" r:id="rId{i}"/>'
            for i, s in enumerate(self._sheets, 1)
        )
        names = []
        for s in self._sheets:
            quoted = "'" + s.name.replace("'", "''") + "'"
            if s.auto_filter:
                absolute = "$" + s.auto_filter.replace(":", ":$")
                absolute = re.sub(r"([A-Z]+)(\d+)", r"\1$\2", absolute)
                names.append(
                    f'<definedName name="_xlnm._FilterDatabase" localSheetId="{s.index}"'
                    f' hidden="1">{escape(quoted)}!{absolute}</definedName>'
                )
            if s.layout.print_title_row:
                row = s.layout.print_title_row
                names.append(
                    f'<definedName name="_xlnm.Print_Titles" localSheetId="{s.index}">'
                    f"{escape(quoted)}!${row}:${row}</definedName>"
                )
        defined = f"<definedNames>{''.join(names)}</definedNames>" if names else ""
        return (
            _XML_HEAD
            + f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_DOC_REL_NS}">'
            + '<bookViews><workbookView activeTab="0"/></bookViews>'
            + f"<sheets>{sheets}</sheets>{defined}</workbook>"
        )

    def _core(self) -> str:
        stamp = self.created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            _XML_HEAD
            + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            + 'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            + 'xmlns:dcterms="http://purl.org/dc/terms/" '
            + 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + f"<dc:title>{escape(self.title)}</dc:title>"
            + f"<dc:creator>{escape(self.creator)}</dc:creator>"
            + f"<cp:lastModifiedBy>{escape(self.creator)}</cp:lastModifiedBy>"
            + f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            + f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            + "</cp:coreProperties>"
        )

    @staticmethod
    def _app() -> str:
        return (
            _XML_HEAD
            + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            + 'extended-properties"><Application>Showroom</Application></Properties>'
        )


def _relationships(rels: list[tuple[str, str, str]]) -> str:
    return (
        _XML_HEAD
        + f'<Relationships xmlns="{_PKG_REL_NS}">'
        + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{p}"/>' for i, t, p in rels)
        + "</Relationships>"
    )
