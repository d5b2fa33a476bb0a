"""Turning spreadsheet cells into stored values.

A cell from a store's workbook can be anything: a date typed as text in one of three
Chinese ways, an Excel serial number from a column formatted as "General", a real
datetime, a phone number Excel turned into ``13800138000.0``. Each parser here takes the
raw cell (``str``, ``int``, ``float``, ``datetime``, ``date``, ``time`` or ``None``) and
returns a :class:`Parsed`: the value to store, or an error that rejects the row, or a
value with a warning that lets the row in but lists it in the report.

Phones, IDs, plates, VINs, postcodes, e-mails and names go through
:mod:`showroom.validation`, the same checks the forms use.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from openpyxl.utils.datetime import from_excel

from showroom import validation
from showroom.i18n import Msg

from . import messages as m


@dataclass(frozen=True, slots=True)
class Parsed:
    value: object = None
    error: Msg | None = None
    warning: Msg | None = None


EMPTY = Parsed()


@dataclass(frozen=True, slots=True)
class UncachedFormula:
    """A cell that holds a formula whose result the file does not store (written by a
    program that does not calculate, or saved without recalculation)."""

    formula: str

    def __str__(self) -> str:
        return self.formula

# Full-width digits and punctuation from Chinese input methods (２０２６／１１／３).
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

#: Excel serials of 1950-01-01 and 2099-12-31: outside this a number is not a date.
_SERIAL_MIN, _SERIAL_MAX = 18264, 73415


def cell_text(raw: object) -> str:
    """The cell as text: integral floats lose their ``.0`` (Excel stores numbers as floats)."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.isoformat(sep=" ", timespec="minutes")
    return str(raw).strip()


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


# ---------------------------------------------------------------------------- dates

_DATE_TEXT = re.compile(
    r"(?P<y>\d{4})\s*(?:[-/.年]\s*)(?P<m>\d{1,2})\s*(?:[-/.月]\s*)(?P<d>\d{1,2})\s*[日号]?"
    r"(?:[\sT]+(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2}))?\s*秒?)?"
)
_COMPACT_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})")
_TIME_TEXT = re.compile(
    r"(?P<H>\d{1,2})\s*[:：时点]\s*(?P<M>\d{1,2})?(?:\s*[:：分]\s*(?P<S>\d{1,2}))?"
)


def _from_serial(number: float) -> dt.datetime | None:
    if not _SERIAL_MIN <= number <= _SERIAL_MAX:
        return None
    value = from_excel(number)
    return value if isinstance(value, dt.datetime) else None


def _datetime_from_text(text: str) -> dt.datetime | None:
    text = text.translate(_FULLWIDTH).strip()
    match = _DATE_TEXT.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if match is None:
        if re.fullmatch(r"\d{5}(\.\d+)?", text):  # a serial pasted as text
            return _from_serial(float(text))
        return None
    parts = match.groupdict()
    try:
        return dt.datetime(
            int(parts["y"]),
            int(parts["m"]),
            int(parts["d"]),
            int(parts.get("H") or 0),
            int(parts.get("M") or 0),
            int(parts.get("S") or 0),
        )
    except ValueError:
        return None


def to_datetime(raw: object) -> dt.datetime | None:
    """A datetime from any cell that holds a date; ``None`` if it does not."""
    if isinstance(raw, dt.datetime):
        return raw.replace(microsecond=0, tzinfo=None)
    if isinstance(raw, dt.date):
        return dt.datetime(raw.year, raw.month, raw.day)
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        if 19000101 <= raw <= 20991231 and float(raw).is_integer():  # 20261103
            return _datetime_from_text(str(int(raw)))
        return _from_serial(float(raw))
    if isinstance(raw, str):
        return _datetime_from_text(raw)
    return None


def parse_date(raw: object) -> Parsed:
    if is_blank(raw):
        return EMPTY
    value = to_datetime(raw)
    if value is None:
        return Parsed(error=m.BAD_DATE)
    return Parsed(value.date())


def parse_day(raw: object) -> Parsed:
    """A date; a datetime with a time of day is kept whole (the visit log's date column
    often holds the arrival time too)."""
    if is_blank(raw):
        return EMPTY
    value = to_datetime(raw)
    if value is None:
        return Parsed(error=m.BAD_DATE)
    return Parsed(value if value.time() != dt.time() else value.date())


def parse_datetime(raw: object) -> Parsed:
    if is_blank(raw):
        return EMPTY
    value = to_datetime(raw)
    if value is None:
        # "14:30" alone is a time of day; the row's date completes it later.
        return parse_time(raw)
    return Parsed(value)


def parse_time(raw: object) -> Parsed:
    """A time of day; a full datetime keeps its date (the visit row uses both)."""
    if is_blank(raw):
        return EMPTY
    if isinstance(raw, dt.datetime):
        return Parsed(raw.replace(microsecond=0, tzinfo=None))
    if isinstance(raw, dt.time):
        return Parsed(raw.replace(microsecond=0, tzinfo=None))
    if isinstance(raw, float) and 0 <= raw < 1:  # Excel stores a time as a day fraction
        seconds = round(raw * 86400)
        return Parsed(dt.time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60))
    if isinstance(raw, str):
        text = raw.translate(_FULLWIDTH).strip()
        match = _TIME_TEXT.fullmatch(text)
        if match:
            try:
                return Parsed(dt.time(int(match["H"]), int(match["M"] or 0), int(match["S"] or 0)))
            except ValueError:
                pass
        stamp = _datetime_from_text(text)
        if stamp is not None:
            return Parsed(stamp)
    return Parsed(error=m.BAD_TIME)


# -------------------------------------------------------------------------- numbers


def _decimal(raw: object) -> Decimal | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return Decimal(str(raw))
    text = cell_text(raw).translate(_FULLWIDTH)
    text = re.sub(r"[\s,¥￥元]", "", text)
    multiplier = Decimal(1)
    if text.endswith("万"):  # budgets are often written "15万"
        text, multiplier = text[:-1], Decimal(10000)
    try:
        return Decimal(text) * multiplier
    except InvalidOperation:
        return None


#: The largest amount a money column holds (NUMERIC(12, 2): ten digits before the point).
MONEY_MAX = Decimal("9999999999.99")
#: The largest whole number an integer column holds on every database (32-bit).
INT_MAX = 2**31 - 1


def parse_money(raw: object) -> Parsed:
    if is_blank(raw):
        return EMPTY
    value = _decimal(raw)
    if value is None or not value.is_finite():
        return Parsed(error=m.BAD_NUMBER)
    if value < 0:
        return Parsed(error=m.NEGATIVE)
    # Checked before rounding: a 28-digit amount would overflow Decimal's precision there.
    if value > MONEY_MAX:
        return Parsed(error=m.too_large(f"{MONEY_MAX:,}"))
    return Parsed(value.quantize(Decimal("0.01")))


def parse_int(raw: object) -> Parsed:
    if is_blank(raw):
        return EMPTY
    text = cell_text(raw)
    value = _decimal(re.sub(r"(公里|km|人)$", "", text, flags=re.IGNORECASE))
    if value is None or not value.is_finite() or value != value.to_integral_value():
        return Parsed(error=m.BAD_WHOLE_NUMBER)
    if value < 0:
        return Parsed(error=m.NEGATIVE)
    if value > INT_MAX:
        return Parsed(error=m.too_large(f"{INT_MAX:,}"))
    return Parsed(int(value))


_YES = {"是", "有", "y", "yes", "true", "1", "√", "✓", "✔", "留档", "已留档", "已试驾"}
_NO = {"否", "无", "没有", "n", "no", "false", "0", "×", "✗", "未留档", "未试驾", "-"}


def parse_bool(raw: object) -> Parsed:
    if is_blank(raw):
        return EMPTY
    if isinstance(raw, bool):
        return Parsed(raw)
    text = cell_text(raw).lower()
    if text in _YES:
        return Parsed(True)
    if text in _NO:
        return Parsed(False)
    return Parsed(error=m.BAD_YES_NO)


# ----------------------------------------------------------------------------- text


def text_parser(limit: int) -> Callable[[object], Parsed]:
    def parse(raw: object) -> Parsed:
        text = " ".join(cell_text(raw).split()) if not isinstance(raw, str) else raw.strip()
        if not text:
            return EMPTY
        if len(text) > limit:
            return Parsed(error=m.too_long(len(text), limit))
        return Parsed(text)

    return parse


def choice_parser(choices: Mapping[str, str], shown: str) -> Callable[[object], Parsed]:
    """A fixed list: ``choices`` maps every accepted spelling (lower case) to the code."""

    def parse(raw: object) -> Parsed:
        text = cell_text(raw).lower().replace(" ", "")
        if not text:
            return EMPTY
        code = choices.get(text)
        if code is None:
            return Parsed(error=m.not_in_list(cell_text(raw), shown))
        return Parsed(code)

    return parse


def _from_check(check: validation.Check) -> Parsed:
    return Parsed(check.value, check.error, check.warning)


def checked(fn: Callable[[str | None], validation.Check]) -> Callable[[object], Parsed]:
    """A :mod:`showroom.validation` check applied to the cell's text."""

    def parse(raw: object) -> Parsed:
        if is_blank(raw):
            return EMPTY
        return _from_check(fn(cell_text(raw)))

    return parse


def parse_resident_id(raw: object) -> Parsed:
    if is_blank(raw):
        return EMPTY
    # A float cannot hold 18 digits: Excel already rounded the number away.
    if isinstance(raw, float) and abs(raw) >= 1e15:
        return Parsed(error=m.ID_AS_NUMBER)
    return _from_check(validation.check_resident_id(cell_text(raw)))


def parse_postcode(raw: object) -> Parsed:
    if is_blank(raw):
        return EMPTY
    text = cell_text(raw)
    # Excel drops the leading zero of 010010 in a number cell.
    if isinstance(raw, int | float) and len(text) == 5:
        text = "0" + text
    return _from_check(validation.check_postcode(text))
