"""Bundled resources (fonts, translations, icons) and the one helper that finds them.

The folder is a package so that `pip install .` ships it; a PyInstaller build puts it
next to the executable under the same name (see build.spec), so one lookup serves both.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """Folder holding the resources, from the source tree, an install, or a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


CJK_FONT_FILE = "DroidSansFallbackFull.ttf"
#: Family name Qt reports for the bundled CJK font.
CJK_FONT_FAMILY = "Droid Sans Fallback"


def cjk_font_path() -> Path:
    return resource_path("fonts", CJK_FONT_FILE)
