"""The program's colours for meanings: row fills, marks, charts — one value each.

The screen, the PDF and the workbook all read these, so a total row is the same grey and
an overdue row the same red on screen, on paper and in Excel. Colours are ``#RRGGBB``
strings; each side converts them itself (Qt ``QColor(hex)``, reportlab
``colors.HexColor(hex)``, the workbook :func:`excel_hex`), which keeps the core free of
Qt and of reportlab.

To add a colour: name it here for what it means (not what it looks like), then read it
where it is drawn. A row colour defined anywhere else is a defect.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# ------------------------------------------------------------------------- rows

#: Light yellow: VIP, fleet, a walk-in still in the showroom, a doubtful import row.
HIGHLIGHT_FILL = "#FFF2CC"
#: Light red: overdue, a difficult customer, an open complaint, a rejected import row.
WARNING_FILL = "#F8D7DA"
#: A stronger red for what is already late (an open complaint past its promise).
OVERDUE_FILL = "#F4B6BC"
#: Bold on grey: subtotal and store total. One grey everywhere (the workbook once had its own).
TOTAL_FILL = "#E4E4E4"

#: The fill of each ``showroom.exports.RowStyle``, keyed by its value (a ``RowStyle`` finds
#: its entry: it is a str; not imported, as the export layer itself reads this module).
#: ``muted`` has no fill: it greys the text instead.
ROW_FILLS: Mapping[str, str] = MappingProxyType(
    {
        "highlight": HIGHLIGHT_FILL,
        "warning": WARNING_FILL,
        "total": TOTAL_FILL,
    }
)
#: Text of a ``MUTED`` row: cancelled, anonymised.
MUTED_TEXT = "#808080"

# -------------------------------------------------------------------------- text

#: Red text on screen: a message to act on (a field to correct, a refused action) or
#: something overdue (the due summary, an overdue prospect's state).
ALERT_TEXT = "#C0392B"
#: A good outcome said in a band (the visit form's "returning customer" banner).
CONFIRM_FILL, CONFIRM_BORDER = "#E8F3E8", "#9CC89C"

# ------------------------------------------------------------------- sheet frame

HEADER_FILL = "#DCE6F1"
#: Every other data row, on paper and on screen, so a long line can be followed across.
ZEBRA_FILL = "#F3F5F8"
GRID = "#4D4D4D"
#: The filters printed under a PDF's title.
FILTER_TEXT = "#333333"

# ----------------------------------------------------------------- special marks

#: (background, text) of a special customer's badge on every list and card: difficult red,
#: VIP gold, fleet blue, readable at a glance. Keyed by the
#: ``MarkKind`` values as stored (the export layer that reads this module never loads the
#: database models).
MARK_BADGES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "fleet": ("#1E5FA8", "#FFFFFF"),
        "vip": ("#B8860B", "#FFFFFF"),
        "difficult": ("#C0392B", "#FFFFFF"),
    }
)
#: A mark the program does not know (a newer version wrote it).
OTHER_BADGE = ("#777777", "#FFFFFF")

# ------------------------------------------------------------------------ charts

#: The sales funnel's stages, light to dark: screen and printout alike.
FUNNEL = ("#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#08519C", "#08306B")
CHART_GRID = "#DDDDDD"
#: The monthly report's bars.
WALK_IN_BARS = "#4F81BD"
ORDER_BARS = "#C0504D"


def badge_colours(mark: str) -> tuple[str, str]:
    """(background, text) of a special mark's badge."""
    return MARK_BADGES.get(mark, OTHER_BADGE)


def row_fill(style: object) -> str | None:
    """The fill of a row style (a :class:`RowStyle` or its value); ``None`` for none."""
    return ROW_FILLS.get(style) if isinstance(style, str) else None


def excel_hex(colour: str) -> str:
    """``"#FFF2CC"`` as the workbook writes it: ``"FFF2CC"``."""
    return colour.removeprefix("#").upper()
