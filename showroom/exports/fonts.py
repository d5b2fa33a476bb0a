"""Fonts for PDFs: the bundled CJK font, embedded, with a Latin font for what it lacks.

The bundled Droid Sans Fallback has every Chinese character but, being a fallback font,
no Latin letters, digits or ASCII punctuation at all: a phone number set in it alone
prints as empty boxes. So text is cut into runs — characters the Latin font has
(Bitstream Vera, shipped inside reportlab) and the rest (the CJK font) — and each run is
drawn in its own font. Both are TrueType and embedded as subsets, so a PDF prints the
same on any printer (reportlab's built-in STSong-Light is never embedded).

If Vera cannot be found (a frozen build that left reportlab's fonts behind), Helvetica
takes its place: one of the 14 fonts every PDF reader must provide, just not embedded.

The CJK font has no bold face; :func:`draw_runs` imitates bold for it by stroking the
glyph outlines (text render mode 2), as Chinese printers' own drivers do.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Group, String
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from resources import cjk_font_path

CJK = "ShowroomCJK"
LATIN = "ShowroomLatin"
LATIN_BOLD = "ShowroomLatinBold"

#: Stroke width of imitated bold, as a fraction of the font size.
FAKE_BOLD_STROKE = 0.035

#: Marks with no glyph in either font, replaced by their nearest Chinese-form equivalents.
_SUBSTITUTES = str.maketrans({"✓": "√", "✔": "√", "✗": "×", "✘": "×", "★": "*"})


@dataclass(frozen=True)
class PdfFonts:
    """The registered font names and which characters the Latin one covers."""

    cjk: str
    latin: str
    latin_bold: str
    latin_chars: frozenset[int]
    embedded_latin: bool


_lock = threading.Lock()
_fonts: PdfFonts | None = None


def pdf_fonts() -> PdfFonts:
    """Registers the fonts with reportlab once per process (exports may run in threads)."""
    global _fonts
    with _lock:
        if _fonts is None:
            _fonts = _register()
        return _fonts


def _register() -> PdfFonts:
    pdfmetrics.registerFont(TTFont(CJK, str(cjk_font_path())))
    try:
        # reportlab finds these in its own fonts folder (rl_config.TTFSearchPath).
        latin = TTFont(LATIN, "Vera.ttf")
        latin_bold = TTFont(LATIN_BOLD, "VeraBd.ttf")
    except (TTFError, OSError):
        chars = frozenset(i for i in range(32, 256) if i < 127 or i >= 160)
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK)
        return PdfFonts(CJK, "Helvetica", "Helvetica-Bold", chars, embedded_latin=False)
    pdfmetrics.registerFont(latin)
    pdfmetrics.registerFont(latin_bold)
    # <b> in a paragraph's markup picks the bold face; the CJK font is its own "bold".
    pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD)
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK)
    chars = frozenset(latin.face.charToGlyph) - {0}
    return PdfFonts(CJK, LATIN, LATIN_BOLD, chars, embedded_latin=True)


Run = tuple[str, str]  # (font name, text)


@lru_cache(maxsize=16384)
def split_runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """``text`` cut into runs of one font each. Spaces join the run they are in."""
    fonts = pdf_fonts()
    latin_chars = fonts.latin_chars
    latin = fonts.latin_bold if bold else fonts.latin
    text = text.translate(_SUBSTITUTES)
    runs: list[Run] = []
    start = 0
    current: str | None = None
    for i, char in enumerate(text):
        if char == " ":
            continue
        font = latin if ord(char) in latin_chars else fonts.cjk
        if font != current:
            if current is not None and i > start:
                runs.append((current, text[start:i]))
                start = i
            current = font
    if text[start:]:
        runs.append((current or latin, text[start:]))
    return tuple(runs)


def runs_width(runs: Sequence[Run], size: float) -> float:
    return sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return runs_width(split_runs(text, bold), size)


def markup(text: str, bold: bool = False) -> str:
    """``text`` as reportlab paragraph markup, each run in its font (for ``Paragraph``)."""
    parts = []
    for font, chunk in split_runs(text, bold):
        parts.append(f'<font face="{font}">{escape(chunk)}</font>')
    return "".join(parts).replace("\n", "<br/>")


def draw_runs(
    canvas: Canvas,
    x: float,
    y: float,
    runs: Sequence[Run],
    size: float,
    *,
    bold: bool = False,
    color: Color = black,
) -> float:
    """Draws ``runs`` from ``(x, y)`` on the baseline; returns the width drawn."""
    fonts = pdf_fonts()
    start = x
    canvas.saveState()  # colours, line width and text render mode end here
    canvas.setFillColor(color)
    canvas.setStrokeColor(color)
    canvas.setLineWidth(size * FAKE_BOLD_STROKE)
    for font, chunk in runs:
        text = canvas.beginText(x, y)
        text.setFont(font, size)
        # Fill and stroke the outlines: bold for a font that has no bold face.
        text.setTextRenderMode(2 if bold and font == fonts.cjk else 0)
        text.textOut(chunk)
        canvas.drawText(text)
        x += pdfmetrics.stringWidth(chunk, font, size)
    canvas.restoreState()
    return x - start


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    align: str = "left",
    bold: bool = False,
    color: Color = black,
) -> float:
    """Draws one line of mixed Chinese/Latin text; ``x`` is its left, centre or right end."""
    runs = split_runs(text, bold)
    width = runs_width(runs, size)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    return draw_runs(canvas, x, y, runs, size, bold=bold, color=color)


def mixed_string(x: float, y: float, text: str, size: float, *, anchor: str = "start") -> Group:
    """``text`` as a chart drawing's strings, each run in the font that has its glyphs.

    A reportlab ``String`` has one font, and the CJK font has no Latin letters, digits or
    "/": a chart's mixed labels (titles, legends, axis names) are laid out run by run."""
    runs = split_runs(text)
    x -= {"start": 0.0, "middle": runs_width(runs, size) / 2, "end": runs_width(runs, size)}[anchor]
    group = Group()
    for font, chunk in runs:
        group.add(String(x, y, chunk, fontName=font, fontSize=size))
        x += pdfmetrics.stringWidth(chunk, font, size)
    return group
