"""One way to write a value as text, shared by the screen, the PDF and the workbook.

``format_cell`` gives the text a list shows and a PDF prints; ``excel_number_format``
gives the number format the workbook stores with the typed value. The two are kept
side by side so the same figure reads the same everywhere: ``1,234.50``, ``25.3%``,
``2024-05-01 14:30``, ``1:05`` (hours:minutes).

Rounding is half away from zero, as Excel displays it (Python's ``format`` would round
2.675 down to 2.67 where Excel shows 2.68).
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

from showroom.i18n import Msg

from . import messages
from .columns import Column, ColumnKind

DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"
TIME_FORMAT = "%H:%M"


def excel_number_format(kind: ColumnKind, places: int = 0) -> str | None:
    """The Excel number format matching ``format_cell`` for ``kind``; None for text."""
    decimals = "." + "0" * places if places > 0 else ""
    return {
        ColumnKind.INT: "#,##0",
        ColumnKind.MONEY: "#,##0" + decimals,
        ColumnKind.DECIMAL: "#,##0" + decimals,
        ColumnKind.PERCENT: "0" + decimals + "%",
        ColumnKind.DATE: "yyyy-mm-dd",
        ColumnKind.DATETIME: "yyyy-mm-dd hh:mm",
        ColumnKind.TIME: "hh:mm",
        ColumnKind.DURATION: "[h]:mm",
    }.get(kind)


def round_half_up(value: float | Decimal | int, places: int) -> Decimal:
    """``value`` rounded as Excel shows it. Floats go through their shortest repr."""
    return as_decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def as_decimal(value: float | Decimal | int) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(repr(value))


def duration_minutes(value: dt.timedelta | float | int | Decimal) -> int:
    """Whole minutes of a duration (a ``timedelta`` or a number of minutes), rounded."""
    minutes = value.total_seconds() / 60 if isinstance(value, dt.timedelta) else value
    return int(round_half_up(minutes, 0))


def naive_local(value: dt.datetime) -> dt.datetime:
    """Excel has no time zones: aware datetimes are shown in the workstation's local time."""
    if value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def format_cell(
    value: object, kind: ColumnKind, lang: str | None = None, *, places: int | None = None
) -> str:
    """``value`` as the text a list shows and a PDF prints. ``None`` is empty."""
    if value is None:
        return ""
    if isinstance(value, Msg):
        return value.text(lang)
    try:
        return _FORMATTERS[kind](value, lang, 0 if places is None else places)
    except (TypeError, ValueError, AttributeError, InvalidOperation, OverflowError):
        # A value of an unexpected type (a "—" in a money column) is shown as it is.
        return _text(value, lang, 0)


def format_value(column: Column, value: object, lang: str | None = None) -> str:
    return format_cell(value, column.kind, lang, places=column.places)


def _is_number(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return False
    if isinstance(value, Decimal):
        return value.is_finite()
    return isinstance(value, int) or math.isfinite(value)


def _text(value: object, lang: str | None, places: int) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _int(value: object, lang: str | None, places: int) -> str:
    if not _is_number(value):
        return _text(value, lang, places)
    number = value if isinstance(value, int) else int(round_half_up(value, 0))  # type: ignore[arg-type]
    return f"{number:,}"


def _decimal(value: object, lang: str | None, places: int) -> str:
    if not _is_number(value):
        return _text(value, lang, places)
    return f"{round_half_up(value, places):,.{places}f}"  # type: ignore[arg-type]


def _percent(value: object, lang: str | None, places: int) -> str:
    if not _is_number(value):
        return _text(value, lang, places)
    hundredfold = round_half_up(as_decimal(value) * 100, places)  # type: ignore[arg-type]
    return f"{hundredfold:.{places}f}%"


def _date(value: object, lang: str | None, places: int) -> str:
    if isinstance(value, dt.date):  # a datetime in a date column shows its date
        return value.strftime(DATE_FORMAT)
    return _text(value, lang, places)


def _datetime(value: object, lang: str | None, places: int) -> str:
    if isinstance(value, dt.datetime):
        return naive_local(value).strftime(DATETIME_FORMAT)
    return _date(value, lang, places)


def _time(value: object, lang: str | None, places: int) -> str:
    if isinstance(value, dt.datetime):
        return naive_local(value).strftime(TIME_FORMAT)
    if isinstance(value, dt.time):
        return value.strftime(TIME_FORMAT)
    return _text(value, lang, places)


def _duration(value: object, lang: str | None, places: int) -> str:
    if not (isinstance(value, dt.timedelta) or _is_number(value)):
        return _text(value, lang, places)
    minutes = duration_minutes(value)  # type: ignore[arg-type]
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{rest:02d}"


def _bool(value: object, lang: str | None, places: int) -> str:
    if isinstance(value, bool | int):
        return (messages.YES if value else messages.NO).text(lang)
    return _text(value, lang, places)


_FORMATTERS = {
    ColumnKind.TEXT: _text,
    ColumnKind.INT: _int,
    ColumnKind.MONEY: _decimal,
    ColumnKind.DECIMAL: _decimal,
    ColumnKind.PERCENT: _percent,
    ColumnKind.DATE: _date,
    ColumnKind.DATETIME: _datetime,
    ColumnKind.TIME: _time,
    ColumnKind.DURATION: _duration,
    ColumnKind.BOOL: _bool,
}
