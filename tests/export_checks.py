"""Reading exported files back in tests: PDF text and page facts through poppler's tools.

``pdftotext``/``pdfinfo``/``pdffonts`` (poppler-utils) read the PDF the way a viewer
does, so a test that finds a figure in their output has found it on the printed page.
Tests that need them are skipped where poppler is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def _run(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], check=True, capture_output=True, text=True).stdout


def pdf_text(path: Path, *, layout: bool = True, page: int | None = None) -> str:
    """The PDF's text; ``layout`` keeps each printed line on one line, columns apart."""
    args = ["-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return _run("pdftotext", *args, str(path), "-")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    return pdf_text(path).split("\f")[:-1]


def pdf_info(path: Path) -> dict[str, str]:
    lines = _run("pdfinfo", str(path)).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def page_size_points(path: Path) -> tuple[float, float]:
    size = pdf_info(path)["Page size"]
    width, height = re.findall(r"[\d.]+", size)[:2]
    return float(width), float(height)


def unembedded_fonts(path: Path) -> list[str]:
    """Names of fonts the PDF uses without embedding them (should be none)."""
    rows = _run("pdffonts", str(path)).splitlines()[2:]
    # Columns: name, type (may contain a space), encoding, emb, sub, uni, object, id.
    return [row.split()[0] for row in rows if row.split()[-5] != "yes"]


def cells_of(line: str) -> list[str]:
    """A ``pdftotext -layout`` line cut into its cells (two or more spaces apart)."""
    return [cell for cell in re.split(r"\s{2,}", line.strip()) if cell]


def row_starting(text: str, first: str) -> list[str]:
    """The cells of the first printed line whose first cell is ``first``."""
    for line in text.splitlines():
        cells = cells_of(line)
        if cells and cells[0] == first:
            return cells
    raise AssertionError(f"no printed row starts with {first!r}:\n{text}")


@pytest.fixture(autouse=True)
def chinese() -> Iterator[None]:
    """The program's default language for the test, whatever an earlier test left set.

    Import it into a test module (``from export_checks import chinese``) to apply it to
    every test there.
    """
    from showroom.i18n import current_language, set_language

    before = current_language()
    set_language("zh_CN")
    yield
    set_language(before)


def export_files(
    db: object,
    actor: object,
    sheet: object,
    *,
    pdf: Path | None = None,
    xlsx: Path | None = None,
    lang: str | None = None,
) -> list[object]:
    """The sheet through the one export entry, as a PDF and/or a workbook (the CLI's way)."""
    from showroom.sheets.export import export

    return [
        export(db, actor, sheet, fmt, path, lang=lang)  # type: ignore[arg-type]
        for fmt, path in (("pdf", pdf), ("xlsx", xlsx))
        if path is not None
    ]
