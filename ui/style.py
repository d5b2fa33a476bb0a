"""The program's look: Qt's Fusion style with a light palette and a few accents.

The style sheet never sets a font family, so the application font (with its bundled
CJK fallback, see :mod:`ui.fonts`) applies everywhere.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from showroom import palette as colours

ACCENT = "#1f6fd1"

STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #f1f3f6;
    border: none;
    border-right: 1px solid #dde1e7;
    padding-top: 8px;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding-left: 18px;
    padding-right: 18px;
    border-left: 3px solid transparent;
    color: #2b2f36;
}}
QListWidget#navigation::item:hover {{
    background: #e6eaf0;
}}
QListWidget#navigation::item:selected {{
    background: #dde8f8;
    color: {ACCENT};
    border-left: 3px solid {ACCENT};
    font-weight: bold;
}}
QToolBar#mainToolBar {{
    background: #ffffff;
    border: none;
    border-bottom: 1px solid #dde1e7;
    padding: 6px 10px;
    spacing: 10px;
}}
QLabel#toolbarStore {{
    font-weight: bold;
    color: #2b2f36;
    padding-left: 4px;
}}
QLineEdit#globalSearch {{
    border: 1px solid #c9ced6;
    border-radius: 4px;
    padding: 5px 8px;
    background: #ffffff;
}}
QLineEdit#globalSearch:focus {{
    border: 1px solid {ACCENT};
}}
QFrame#searchPopup {{
    background: #ffffff;
    border: 1px solid #b9c0ca;
}}
QLabel#searchMessage {{
    color: #5d6470;
}}
QLabel#pageTitle {{
    font-size: 20pt;
    font-weight: bold;
    color: #1d2127;
}}
QLabel#pageSummary {{
    color: #5d6470;
}}
QLabel#dialogTitle {{
    font-size: 15pt;
    font-weight: bold;
}}
QStatusBar#storeStatusBar {{
    background: #f6f7f9;
    border-top: 1px solid #dde1e7;
    color: #3d434c;
}}
QStatusBar#storeStatusBar::item {{
    border: none;
    border-left: 1px solid #dde1e7;
}}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#fafbfc"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    # Every other row of a list: the same stripe as on paper.
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(colours.ZEBRA_FILL))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#1d2127"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
