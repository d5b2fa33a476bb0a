"""The application font: the platform's own family, with the bundled CJK font behind it.

A workstation without Chinese fonts (a fresh Linux install, a stripped-down Windows
image) would otherwise draw every Chinese character as an empty box. Listing the bundled
font as a fallback family keeps the platform's look for Latin text and guarantees every
Chinese glyph.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from resources import CJK_FONT_FAMILY, cjk_font_path

#: Chinese at the usual 9 pt is hard to read on a showroom PC across the desk.
MIN_POINT_SIZE = 10.0

_registered: list[str] = []


def register_cjk_font() -> list[str]:
    """Register the bundled CJK font with Qt (once per process); returns its families."""
    if not _registered:
        font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
        if font_id >= 0:
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered) or [CJK_FONT_FAMILY]


def install_app_font(app: QGuiApplication) -> QFont:
    """Make the application font fall back to the bundled CJK font; returns that font."""
    fallbacks = register_cjk_font()
    font = QFont(app.font())
    primary = [f for f in font.families() if f not in fallbacks] or [font.family()]
    font.setFamilies([*primary, *fallbacks])
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    return font
