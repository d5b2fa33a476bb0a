"""Sheets to PDF: one document class draws every page's header and footer; sheets add tables.

Every page carries, like the paper form it replaces:

* the sheet's title, centred; the store on the left and the period on the right below it;
* the filters the list was made with (wrapped to as many lines as they need);
* at the foot, when and by whom it was printed, and "page x of y".

"Of y" is only known at the end: :class:`_NumberedCanvas` keeps each finished page and
writes the page numbers when the document is saved — one layout pass, not two.

Tables (:func:`sheet_table`) repeat their header on every page, draw a grid like a paper
form, right-align numbers and wrap text inside the column — Chinese between any two
characters, Latin between words — so nothing is cut off. Column widths come from the
sheet's spec, scaled to the page width.

A sheet that needs more than one table (the customer card) builds its own story with
``sheet_table``, ``fields_table``, ``paragraph`` and ``signature_line`` and hands it to
:meth:`SheetDocument.render`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_of
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from showroom import palette
from showroom.i18n import current_language

from . import messages
from .columns import Align, Progress, RowStyle, RowStyler, SheetSpec, Text, text_of
from .fonts import draw_runs, draw_text, pdf_fonts, split_runs, text_width
from .formatting import format_value
from .output import ProgressTicker, atomic_output

BODY_SIZE = 8.0
LEADING = 1.25  # line height as a multiple of the font size
# The palette's colours, as reportlab draws them.
HEADER_FILL = colors.HexColor(palette.HEADER_FILL)
ZEBRA_FILL = colors.HexColor(palette.ZEBRA_FILL)
GRID_COLOUR = colors.HexColor(palette.GRID)
MUTED_COLOUR = colors.HexColor(palette.MUTED_TEXT)
FILTER_COLOUR = colors.HexColor(palette.FILTER_TEXT)
ROW_FILLS = {style: colors.HexColor(fill) for style, fill in palette.ROW_FILLS.items()}
#: A cell prints at most this many lines; a longer note is cut with "…" (the workbook has
#: it all). Without a limit one very long note would make a row taller than the page,
#: which a table cannot split.
MAX_CELL_LINES = 24
#: Points per character unit of a column's width, before scaling to the page.
_UNIT = 1.0

# Break opportunities: a run of Latin (a word, a number, a plate), or one other
# character; opening brackets stay with what follows, closing punctuation with what
# precedes (no line starts with "，" or ends with "（").
_OPENING = "（【「『《〈([{“‘"
_CLOSING = "，。、．：；！？）】」』》〉)]}”’…—,.;:!?%"
_TOKEN = re.compile(
    rf"[{re.escape(_OPENING)}]*(?:[\x21-\x7e\u00a1-\u024f]+|\S)[{re.escape(_CLOSING)}]*|\s"
)


def wrap_text(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points (explicit newlines kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if text_width(paragraph, size, bold) <= width:
            lines.append(paragraph)
            continue
        line, used = "", 0.0
        for token in _TOKEN.findall(paragraph):
            token_width = text_width(token, size, bold)
            if used + token_width <= width:
                line, used = line + token, used + token_width
            elif token.isspace():
                lines.append(line)
                line, used = "", 0.0
            elif token_width <= width:
                lines.append(line.rstrip())
                line, used = token, token_width
            else:  # longer than a whole line (a VIN in a narrow column): cut anywhere
                for char in token:
                    char_width = text_width(char, size, bold)
                    if used + char_width > width and line:
                        lines.append(line.rstrip())
                        line, used = "", 0.0
                    line, used = line + char, used + char_width
        lines.append(line.rstrip())
    return lines


#: How much smaller than the body a figure may be set to fit its column.
MIN_FIGURE_SCALE = 0.7


class CellText(Flowable):
    """Text in a table cell: mixed Chinese/Latin runs, wrapped to the cell, aligned.

    Lighter than a ``Paragraph`` (no markup to parse), which matters at 30,000 cells.
    """

    def __init__(
        self,
        text: str,
        size: float = BODY_SIZE,
        *,
        align: Align = Align.LEFT,
        bold: bool = False,
        color: Color = colors.black,
        max_lines: int = MAX_CELL_LINES,
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.leading = size * LEADING
        self.align = align
        self.bold = bold
        self.color = color
        self.max_lines = max_lines
        self._lines: list[str] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.align is Align.RIGHT and "\n" not in self.text:
            # A figure ("100.0%", "1,234,567.00") is never broken over two lines, where it
            # would read as two numbers: it is set smaller to fit its column instead.
            natural = text_width(self.text, self.size, self.bold)
            if natural > availWidth > 0:
                self.size = max(self.size * MIN_FIGURE_SCALE, self.size * availWidth / natural)
                self.leading = self.size * LEADING
        lines = wrap_text(self.text, availWidth, self.size, self.bold)
        if len(lines) > self.max_lines:
            lines = lines[: self.max_lines]
            lines[-1] = lines[-1][:-1] + "…"
        self._lines = lines
        self.width = availWidth
        self.height = len(lines) * self.leading
        return self.width, self.height

    def draw(self) -> None:
        size = self.size
        # Baseline of the first line: glyphs centred in their line box (the CJK face
        # sits ~0.88 em above its baseline, Vera's capitals ~0.73 em).
        y = self.height - (self.leading - size) / 2 - size * 0.84
        for line in self._lines:
            runs = split_runs(line, self.bold)
            if self.align is Align.LEFT:
                x = 0.0
            else:
                line_width = sum(text_width(chunk, size, self.bold) for _, chunk in runs)
                x = self.width - line_width
                if self.align is Align.CENTER:
                    x /= 2
            draw_runs(self.canv, x, y, runs, size, bold=self.bold, color=self.color)
            y -= self.leading


class SheetTable(LongTable):
    """A table of sheet rows; knows how many of its rows are data for progress reports."""

    def data_rows(self) -> int:
        return max(0, len(self._cellvalues) - self.repeatRows)


def sheet_table(
    spec: SheetSpec,
    rows: Iterable[object],
    *,
    width: float,
    lang: str | None = None,
    font_size: float = BODY_SIZE,
    row_style: RowStyler | None = None,
    totals: object | None = None,
    zebra: bool = True,
) -> SheetTable:
    """The rows as a table ``width`` points wide, header repeated on every page.

    ``row_style(row)`` may mark a row (:class:`RowStyle`); ``totals`` is one more row in
    the same shape, printed in bold under a rule.
    """
    lang = lang or current_language()
    columns = spec.columns
    widths = _column_widths([c.width for c in columns], width)
    header = [
        CellText(
            text := c.header.text(lang),
            # The cell's paddings off, and a hair more so rounding never breaks the word.
            _header_size(text, (column_width - 5.0) * 0.97, font_size),
            align=Align.CENTER,
            bold=True,
        )
        for c, column_width in zip(columns, widths, strict=True)
    ]
    data: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), pdf_fonts().latin),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        # An empty cell is a plain string, sized by the style's leading: the same line
        # height as CellText, or rows with blanks come out taller than the others.
        ("LEADING", (0, 0), (-1, -1), font_size * LEADING),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ]
    marked: list[tuple[int, str]] = []

    def cells(values: Sequence[object], style: RowStyle | str | None) -> list[Any]:
        bold = style == RowStyle.TOTAL
        color = MUTED_COLOUR if style == RowStyle.MUTED else colors.black
        out: list[Any] = []
        for column, value in zip(columns, values, strict=True):
            text = format_value(column, value, lang)
            out.append(
                CellText(text, font_size, align=column.alignment, bold=bold, color=color)
                if text
                else ""
            )
        return out

    values_of = spec.values
    for row in rows:
        style = row_style(row) if row_style is not None else None
        if style:
            marked.append((len(data), style))
        data.append(cells(values_of(row), style))
    last_data = len(data) - 1
    if last_data == 0:
        data.append([CellText(messages.NO_RECORDS.text(lang), font_size, align=Align.CENTER)])
        data[-1] += [""] * (len(columns) - 1)
        commands.append(("SPAN", (0, 1), (-1, 1)))
        last_data = 1
    elif zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, last_data), [colors.white, ZEBRA_FILL]))
    if totals is not None:
        marked.append((len(data), RowStyle.TOTAL))
        data.append(cells(values_of(totals), RowStyle.TOTAL))
    for index, style in marked:
        fill = ROW_FILLS.get(style)  # type: ignore[call-overload]
        if fill is not None:
            commands.append(("BACKGROUND", (0, index), (-1, index), fill))
        if style == RowStyle.TOTAL:
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.9, colors.black))
    # Lines last, over the fills: a thin grid, a heavier frame and rule under the header.
    commands += [
        ("GRID", (0, 0), (-1, -1), 0.35, GRID_COLOUR),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
    ]
    return SheetTable(data, colWidths=widths, repeatRows=1, style=TableStyle(commands))


#: Header text is never set smaller than this to make a word fit.
MIN_HEADER_SIZE = 5.5


def _header_size(text: str, width: float, size: float) -> float:
    """The header's font size: smaller when its longest word is wider than the column.

    Chinese headers wrap between any characters, but an English word ("Deliveries")
    cut in two reads badly: shrink it to fit its column instead, within reason.
    """
    # The units a line may break between: Latin words, and each Chinese character.
    words = [token for token in _TOKEN.findall(text) if not token.isspace()]
    longest = max((text_width(word, size, True) for word in words), default=0.0)
    if longest <= width or longest == 0:
        return size
    return max(MIN_HEADER_SIZE, size * width / longest)


def _column_widths(units: Sequence[float], width: float) -> list[float]:
    """Widths in points: the spec's proportions, stretched or squeezed to ``width``."""
    weights = [max(u, 1.0) * _UNIT for u in units]
    scale = width / sum(weights)
    return [w * scale for w in weights]


def paragraph_style(
    size: float = 9.0, *, align: Align = Align.LEFT, leading: float | None = None
) -> ParagraphStyle:
    """A paragraph style in the export fonts; Chinese may break between any characters."""
    return ParagraphStyle(
        f"showroom-{size}-{align}",
        fontName=pdf_fonts().latin,
        fontSize=size,
        leading=leading or size * LEADING,
        alignment={Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}[align],
        wordWrap="CJK",
    )


def paragraph(
    text: Text, *, lang: str | None = None, size: float = 9.0, align: Align = Align.LEFT
) -> Paragraph:
    """A paragraph of plain text (not markup) for a report's notes or explanations."""
    from .fonts import markup

    return Paragraph(markup(text_of(text, lang)), paragraph_style(size, align=align))


def fields_table(
    pairs: Sequence[tuple[Text, Text | None]],
    *,
    width: float,
    lang: str | None = None,
    columns: int = 2,
    font_size: float = 9.0,
    label_share: float = 0.35,
) -> Table:
    """Label/value pairs in a ruled grid, ``columns`` pairs a line: a card's fixed details."""
    pair_width = width / columns
    widths = [pair_width * label_share, pair_width * (1 - label_share)] * columns
    data: list[list[Any]] = []
    for start in range(0, len(pairs), columns):
        line: list[Any] = []
        for label, value in pairs[start : start + columns]:
            line.append(CellText(text_of(label, lang), font_size, bold=True))
            line.append(CellText(text_of(value, lang), font_size) if value else "")
        line += [""] * (2 * columns - len(line))
        data.append(line)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), pdf_fonts().latin),  # empty cells: no Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.35, GRID_COLOUR),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("BACKGROUND", (i, 0), (i, -1), HEADER_FILL) for i in range(0, 2 * columns, 2)]
    return Table(data, colWidths=widths, style=TableStyle(style))


def signature_line(
    labels: Sequence[Text] = (messages.PREPARED_BY, messages.REVIEWED_BY, messages.DATE),
    *,
    width: float,
    lang: str | None = None,
    font_size: float = 9.0,
) -> Table:
    """ "制表人：______  审核人：______  日期：______" across the page, for signing by hand."""
    share = width / len(labels)
    data = [
        [
            item
            for label in labels
            for item in (
                # "制表人：" / "Prepared by:": the colon as the language writes it.
                CellText(
                    messages.label_value(text_of(label, lang), "").text(lang).rstrip(),
                    font_size,
                    align=Align.RIGHT,
                ),
                "",
            )
        ]
    ]
    label_width = min(share * 0.4, 25 * mm)
    widths = [label_width, share - label_width] * len(labels)
    style = [("LINEBELOW", (i, 0), (i, 0), 0.6, colors.black) for i in range(1, 2 * len(labels), 2)]
    style += [
        ("TOPPADDING", (0, 0), (-1, -1), 14),
        ("RIGHTPADDING", (1, 0), (-1, -1), 10),
        ("FONTNAME", (0, 0), (-1, -1), pdf_fonts().latin),  # the blank cells: no Helvetica
    ]
    return Table(data, colWidths=widths, style=TableStyle(style))


class _NumberedCanvas(Canvas):
    """Holds finished pages until the end, then stamps "page x of y" on each."""

    def __init__(
        self, *args: Any, stamp: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._stamp = stamp
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._stamp(self, number, count)
            super().showPage()
        super().save()


class SheetDocument(BaseDocTemplate):
    """An A4 document whose every page has the sheet's header and footer.

    ``render(story)`` lays out any flowables; :func:`write_pdf` is the one-table case.
    """

    MARGIN = 12 * mm
    TITLE_SIZE = 14.0
    LINE_SIZE = 9.0
    FILTER_SIZE = 8.0
    FOOT_SIZE = 8.0

    def __init__(
        self,
        filename: str | os.PathLike[str],
        *,
        title: Text,
        store_name: str,
        printed_by: str,
        lang: str | None = None,
        subtitle: Text | None = None,
        filters: Sequence[tuple[Text, Text]] = (),
        printed_at: dt.datetime | None = None,
        landscape: bool = True,
    ) -> None:
        # Not ``self.lang``: BaseDocTemplate owns that name (the PDF's /Lang entry) and
        # resets it in its constructor.
        self.language = lang or current_language()
        self.sheet_title = text_of(title, self.language)
        self.store_name = store_name
        self.printed_by = printed_by
        self.subtitle = text_of(subtitle, self.language)
        self.printed_at = printed_at or dt.datetime.now()
        pagesize = landscape_of(A4) if landscape else A4
        text_width_pts = pagesize[0] - 2 * self.MARGIN
        self.filter_lines = wrap_text(
            _filters_line(filters, self.language), text_width_pts, self.FILTER_SIZE
        ) if filters else []  # fmt: skip
        header_height = (
            10 * mm + self.TITLE_SIZE + 5 + self.LINE_SIZE * 1.6
            + len(self.filter_lines) * self.FILTER_SIZE * LEADING + 4 * mm
        )  # fmt: skip
        super().__init__(
            str(filename),
            pagesize=pagesize,
            leftMargin=self.MARGIN,
            rightMargin=self.MARGIN,
            topMargin=header_height,
            bottomMargin=10 * mm + 5 * mm,
            title=self.sheet_title,
            author=printed_by,
            subject=" ".join(filter(None, [store_name, self.subtitle])),
            creator="Showroom",
            # The canvas starts in the embedded Latin font: reportlab's default, Helvetica,
            # would otherwise be listed (not embedded) in every PDF though nothing uses it.
            initialFontName=pdf_fonts().latin,
            # Screen readers and text extraction learn the language from /Lang.
            lang=self.language.replace("_", "-"),
        )
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip
        self.addPageTemplates([PageTemplate("sheet", [frame], onPage=self._draw_page)])
        self._ticker: ProgressTicker | None = None
        self._rows_drawn = 0

    def render(
        self,
        story: list[Flowable],
        *,
        progress: Progress | None = None,
        total: int | None = None,
    ) -> None:
        """Lays out and saves ``story``; reports rows of ``SheetTable`` drawn so far."""
        self._ticker = ProgressTicker(progress, total, every=1)
        self._rows_drawn = 0
        self._ticker.report(0)
        self.build(story, canvasmaker=partial(_NumberedCanvas, stamp=self._draw_page_number))

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, SheetTable) and self._ticker is not None:
            self._rows_drawn += flowable.data_rows()
            total = self._ticker.total
            self._ticker.report(min(self._rows_drawn, total) if total else self._rows_drawn)

    def _draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        left, right = self.MARGIN, width - self.MARGIN
        y = height - 10 * mm - self.TITLE_SIZE * 0.85
        draw_text(
            canvas, width / 2, y, self.sheet_title, self.TITLE_SIZE, align="center", bold=True
        )
        y -= self.TITLE_SIZE * 0.4 + self.LINE_SIZE * 1.2
        draw_text(canvas, left, y, self.store_name, self.LINE_SIZE)
        if self.subtitle:
            draw_text(canvas, right, y, self.subtitle, self.LINE_SIZE, align="right")
        for line in self.filter_lines:
            y -= self.FILTER_SIZE * LEADING
            draw_text(canvas, left, y, line, self.FILTER_SIZE, color=FILTER_COLOUR)
        canvas.saveState()
        canvas.setLineWidth(0.8)
        rule = y - 2.2 * mm
        canvas.line(left, rule, right, rule)
        foot = 10 * mm
        canvas.setLineWidth(0.4)
        canvas.line(left, foot + self.FOOT_SIZE + 2, right, foot + self.FOOT_SIZE + 2)
        canvas.restoreState()
        printed = messages.printed_at_by(
            self.printed_at.strftime("%Y-%m-%d %H:%M"), self.printed_by
        )
        draw_text(canvas, left, foot, printed.text(self.language), self.FOOT_SIZE)

    def _draw_page_number(self, canvas: Canvas, page: int, pages: int) -> None:
        label = messages.page_of(page, pages).text(self.language)
        draw_text(
            canvas, self.pagesize[0] - self.MARGIN, 10 * mm, label, self.FOOT_SIZE, align="right"
        )


def _filters_line(filters: Sequence[tuple[Text, Text]], lang: str) -> str:
    separator = messages.list_separator().text(lang)
    shown = separator.join(
        messages.label_value(text_of(label, lang), text_of(value, lang)).text(lang)
        for label, value in filters
    )
    return messages.label_value(messages.FILTERS.text(lang), shown).text(lang)


def write_pdf(
    path: str | os.PathLike[str],
    spec: SheetSpec,
    rows: Iterable[object],
    *,
    lang: str | None = None,
    store_name: str,
    printed_by: str,
    printed_at: dt.datetime | None = None,
    landscape: bool = True,
    row_style: RowStyler | None = None,
    totals: object | None = None,
    before: Sequence[Flowable] = (),
    extra: Sequence[Flowable] = (),
    zebra: bool = True,
    font_size: float = BODY_SIZE,
    progress: Progress | None = None,
) -> int:
    """Prints ``rows`` as the sheet ``spec`` to a PDF at ``path``; returns the rows printed.

    ``before`` and ``extra`` are flowables placed above and below the table (a summary,
    a chart image, ``signature_line(...)``). Progress is reported per page; returning
    False cancels with ``Cancelled`` and leaves no file.
    """
    lang = lang or current_language()
    rows = list(rows)  # a PDF is laid out whole: the rows must all be at hand anyway
    with atomic_output(path) as partial_path:
        doc = SheetDocument(
            partial_path, title=spec.title, subtitle=spec.subtitle, filters=spec.filters,
            store_name=store_name, printed_by=printed_by, printed_at=printed_at, lang=lang,
            landscape=landscape,
        )  # fmt: skip
        table = sheet_table(
            spec, rows, width=doc.width, lang=lang, font_size=font_size, row_style=row_style,
            totals=totals, zebra=zebra,
        )  # fmt: skip
        doc.render([*before, table, *extra], progress=progress, total=len(rows))
    return len(rows)
