"""Checks for the fields people type: phone numbers, resident IDs, plates, VINs, names,
free text, dates, odometers and amounts.

Every ``check_*`` function takes the raw text from a form and returns a :class:`Check`:
the normalised value to store, or an error that blocks saving, or a value with a warning
that is shown but does not block. Numbers are read by ``parse_*`` functions, which
return ``(value, error)``; :func:`future_date` returns only the error. Messages are
:class:`~showroom.i18n.Msg` values so the same check serves the Chinese and the English
UI, and each failure says what is wrong in words a receptionist understands instead of
"invalid input".

All functions are total: any string (or ``None``) gives a result, never an exception,
because they run on every keystroke and on imported spreadsheets full of surprises.

The rules follow docs/ARCHITECTURE.md §6: GB 11643 resident IDs (ISO 7064 MOD 11-2), mainland
mobiles ``1[3-9]`` + 9 digits, GA 36 plates, ISO 3779 VINs. Regexes use ``[0-9]`` rather
than ``\\d`` on purpose: in Python ``\\d`` also matches Arabic-Indic and other digits,
which ``int()`` would then read and the database would store.

This module must not import Qt: services and command-line tools use it too.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Literal

from showroom.i18n import QT_TRANSLATE_NOOP, Msg

__all__ = [
    "MAX_AMOUNT",
    "MAX_KM",
    "PLATE_PROVINCES",
    "PROVINCES",
    "Check",
    "ResidentIdInfo",
    "ValidationFailed",
    "check_email",
    "check_mobile",
    "check_name",
    "check_phone",
    "check_plate",
    "check_postcode",
    "check_resident_id",
    "check_text",
    "check_vin",
    "future_date",
    "normalize_plate",
    "normalize_vin",
    "parse_amount",
    "parse_km",
    "phone_digits",
    "resident_id_info",
    "values_or_raise",
]


@dataclass(frozen=True)
class Check:
    """Outcome of one field check.

    ``value`` is the normalised text to store; it is also set when there is only a
    warning, and ``None`` when the field is empty or has an error.
    """

    value: str | None
    error: Msg | None = None
    warning: Msg | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class ResidentIdInfo:
    """What a valid resident ID number tells about its holder."""

    number: str
    birth_date: datetime.date
    sex: Literal["M", "F"]
    province_code: str
    province: str


class ValidationFailed(Exception):
    """Raised by services: field name -> Msg for every bad field at once.

    All errors travel together so a form can mark every bad field in one pass instead of
    making the user fix them one save attempt at a time.
    """

    def __init__(self, errors: Mapping[str, Msg]) -> None:
        self.errors: dict[str, Msg] = dict(errors)
        # English in the exception text: it is for logs and tracebacks, not for users.
        summary = "; ".join(f"{name}: {msg.text('en')}" for name, msg in self.errors.items())
        super().__init__(summary or "validation failed")


def values_or_raise(checks: Mapping[str, Check]) -> dict[str, str | None]:
    """The normalised values of ``checks``, or :class:`ValidationFailed` with every error."""
    errors = {name: c.error for name, c in checks.items() if c.error is not None}
    if errors:
        raise ValidationFailed(errors)
    return {name: c.value for name, c in checks.items()}


# Resident-ID administrative division codes (GB/T 2260, first two digits): the 31
# mainland provinces plus Taiwan, Hong Kong and Macau.
PROVINCES: Mapping[str, str] = MappingProxyType({
    "11": "北京市", "12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区",
    "21": "辽宁省", "22": "吉林省", "23": "黑龙江省",
    "31": "上海市", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省",
    "36": "江西省", "37": "山东省",
    "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省",
    "45": "广西壮族自治区", "46": "海南省",
    "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省", "54": "西藏自治区",
    "61": "陕西省", "62": "甘肃省", "63": "青海省", "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区",
    "71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区",
})  # fmt: skip

# Residence permits for Taiwan residents (港澳台居民居住证, 2018) carry 18-digit numbers
# starting 83 with the same check character; such buyers register cars like anyone
# else, so the number is accepted although 83 is not a GB/T 2260 province. (Hong Kong
# and Macau permits use 81 and 82, already in PROVINCES.)
_PERMIT_PROVINCES: Mapping[str, str] = MappingProxyType({"83": "台湾省"})

PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"

# ---------------------------------------------------------------------------- helpers

# Chinese input methods often produce full-width forms (１３８, Ａ, ＠, ideographic
# space); they are the same keys to the user, so they are folded to ASCII first.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _halfwidth(raw: str | None) -> str:
    return (raw or "").translate(_FULLWIDTH)


def _missing(required: bool, msg: Msg) -> Check:
    return Check(None, error=msg) if required else Check(None)


def _first_bad(text: str, allowed: str) -> str | None:
    return next((c for c in text if c not in allowed), None)


_DIGITS = "0123456789"

# ----------------------------------------------------------------------------- phones

# Separators people type inside phone numbers: "138 0013 8000", "138-0013-8000",
# "138.0013.8000", "(010) 12345678".
_PHONE_SEPARATORS = re.compile(r"[\s\-.()]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_MOBILE_WITH_86 = re.compile(r"861[3-9][0-9]{9}")


def phone_digits(raw: str) -> str:
    """Digits of a phone number for search and duplicate matching.

    The country code is dropped so "+86 138 0013 8000", "0086 13800138000" and
    "13800138000" all give "13800138000". A bare leading 86 is dropped only when it
    makes a full 13-digit mobile, since shorter digit strings are partial searches.
    """
    text = _halfwidth(raw).strip()
    digits = "".join(c for c in text if c in _DIGITS)
    if text.startswith("+") and digits.startswith("86"):
        return digits[2:]
    if digits.startswith("0086"):
        return digits[4:]
    if _MOBILE_WITH_86.fullmatch(digits):
        return digits[2:]
    return digits


def _mobile_length_error(count: int) -> Msg:
    return Msg(
        "Validation",
        QT_TRANSLATE_NOOP(
            "Validation",
            "The mobile number has {count} digits; a mainland mobile number has 11 "
            "and starts with 13–19.",
        ),
        {"count": count},
    )


def _mobile_prefix_error(digits: str) -> Msg:
    return Msg(
        "Validation",
        QT_TRANSLATE_NOOP(
            "Validation",
            "A mainland mobile number starts with 13–19; this one starts with {prefix}.",
        ),
        {"prefix": digits[:2]},
    )


def _mobile(digits: str) -> Check:
    """Checks a digit string already stripped of its country code as a mobile number."""
    if len(digits) != 11:
        return Check(None, error=_mobile_length_error(len(digits)))
    if not _MOBILE.fullmatch(digits):
        return Check(None, error=_mobile_prefix_error(digits))
    return Check(digits)


def check_mobile(raw: str | None, *, required: bool = False) -> Check:
    """A mainland mobile number, stored as its 11 digits."""
    text = _halfwidth(raw).strip()
    if not text:
        return _missing(
            required,
            Msg("Validation", QT_TRANSLATE_NOOP("Validation", "Please enter a mobile number.")),
        )
    compact = _PHONE_SEPARATORS.sub("", text)
    plus = compact.startswith("+")
    body = compact[1:] if plus else compact
    bad = _first_bad(body, _DIGITS)
    if bad is not None:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "The mobile number contains “{char}”; please enter digits only."
                ),
                {"char": bad},
            ),
        )
    if plus:
        if not body.startswith("86"):
            return Check(
                None,
                error=Msg(
                    "Validation",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Only mainland mobile numbers (+86) can be entered here."
                    ),
                ),
            )
        body = body[2:]
    elif body.startswith("0086"):
        body = body[4:]
    elif _MOBILE_WITH_86.fullmatch(body):
        body = body[2:]
    return _mobile(body)


# Mainland area codes: 010 and 020–029 have two digits after the 0, all others three
# (0755, 0311, ...), so the split is known from the digits alone.
_LOCAL_NUMBER = re.compile(r"[0-9]{7,8}")
_EXTENSION_MARK = re.compile(r"转|分机|ext\.?|x|#", re.IGNORECASE)
_EXTENSION = re.compile(r"[0-9]{1,6}")


def _split_landline(digits: str) -> tuple[str, str]:
    area_len = 3 if digits[1:2] in ("1", "2") else 4
    return digits[:area_len], digits[area_len:]


def _landline_fits(digits: str) -> bool:
    return bool(_LOCAL_NUMBER.fullmatch(_split_landline(digits)[1]))


def _phone_not_recognised() -> Check:
    return Check(
        None,
        error=Msg(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Please enter a mobile number (11 digits starting with 13–19) or a landline "
                "with its area code, e.g. 010-12345678.",
            ),
        ),
    )


def check_phone(raw: str | None, *, required: bool = False) -> Check:
    """A mainland mobile (stored as 11 digits) or landline (stored as "010-12345678").

    A landline extension, typed after 转, 分机, ext, x, # or as a last hyphen group, is
    kept as "010-12345678-123".
    """
    text = _halfwidth(raw).strip()
    if not text:
        return _missing(
            required,
            Msg("Validation", QT_TRANSLATE_NOOP("Validation", "Please enter a phone number.")),
        )

    extension: str | None = None
    mark = _EXTENSION_MARK.search(text)
    if mark is not None:
        extension = _PHONE_SEPARATORS.sub("", text[mark.end() :])
        text = text[: mark.start()]
        if not _EXTENSION.fullmatch(extension):
            return Check(
                None,
                error=Msg(
                    "Validation",
                    QT_TRANSLATE_NOOP("Validation", "The extension must be 1 to 6 digits."),
                ),
            )

    # Hyphens are kept for now: a trailing hyphen group may be the extension.
    compact = re.sub(r"[\s.()]", "", text)
    international = False
    if compact.startswith("+"):
        rest = compact[1:].lstrip("-")
        if not rest.startswith("86"):
            return Check(
                None,
                error=Msg(
                    "Validation",
                    QT_TRANSLATE_NOOP(
                        "Validation", "Only mainland phone numbers (+86) can be entered here."
                    ),
                ),
            )
        compact, international = rest[2:], True
    elif compact.startswith("0086"):
        compact, international = compact[4:], True

    bad = _first_bad(compact, _DIGITS + "-")
    if bad is not None:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "The phone number contains “{char}”; please enter digits only."
                ),
                {"char": bad},
            ),
        )
    groups = [g for g in compact.split("-") if g]
    digits = "".join(groups)
    if not digits:
        return _phone_not_recognised()
    if not international and _MOBILE_WITH_86.fullmatch(digits):
        digits, international = digits[2:], True
    if international and not digits.startswith("0") and not re.match(r"1[3-9]", digits):
        # Written internationally a landline loses its trunk 0: +86 10 12345678 is
        # 010-12345678 at home (10 is the only area code that starts with 1).
        digits = "0" + digits
        groups[0] = "0" + groups[0]

    # Every area code starts with 0, so a number starting with 1 is meant as a mobile.
    if digits[0] == "1":
        return _phone_not_recognised() if extension is not None else _mobile(digits)
    if digits.startswith("00"):
        return _phone_not_recognised()
    if digits[0] != "0":
        if _LOCAL_NUMBER.fullmatch(digits):
            return Check(
                None,
                error=Msg(
                    "Validation",
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Please add the area code in front of the landline number, "
                        "e.g. 010-12345678.",
                    ),
                ),
            )
        return _phone_not_recognised()

    # "010-12345678-123": when the digits only fit without the last hyphen group, that
    # group is the extension.
    if (
        extension is None
        and not _landline_fits(digits)
        and len(groups) >= 3
        and _EXTENSION.fullmatch(groups[-1])
        and _landline_fits("".join(groups[:-1]))
    ):
        extension = groups[-1]
        digits = "".join(groups[:-1])

    area, number = _split_landline(digits)
    if not number:
        return _phone_not_recognised()
    if not _LOCAL_NUMBER.fullmatch(number):
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The landline number after area code {area} has {count} digits; "
                    "it needs 7 or 8.",
                ),
                {"area": area, "count": len(number)},
            ),
        )
    value = area + "-" + number
    if extension is not None:
        value += "-" + extension
    return Check(value)


# ------------------------------------------------------------------------ resident ID

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"  # indexed by the weighted sum mod 11 (ISO 7064 MOD 11-2)


def resident_id_check_char(first17: str) -> str:
    """The last character of an 18-digit resident ID with these first 17 digits (GB 11643)."""
    return _ID_CHECK_CHARS[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def _parse_resident_id(raw: str | None) -> tuple[ResidentIdInfo | None, Msg | None, Msg | None]:
    """(info, error, warning) for a typed resident ID; info is None when empty or bad."""
    # People copy IDs with spaces or hyphens between the groups ("110105 19491231 002X").
    number = re.sub(r"[\s\-]", "", _halfwidth(raw)).replace("x", "X")
    if not number:
        return None, None, None
    chars_error = Msg(
        "Validation",
        QT_TRANSLATE_NOOP(
            "Validation",
            "The resident ID may contain only digits, with X allowed as the last character.",
        ),
    )
    if _first_bad(number, _DIGITS + "X") is not None:
        return None, chars_error, None
    if len(number) not in (15, 18):
        return (
            None,
            Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "The resident ID has {count} characters; it needs 18."
                ),
                {"count": len(number)},
            ),
            None,
        )
    legacy = len(number) == 15
    if "X" in (number if legacy else number[:17]):
        return None, chars_error, None

    code = number[:2]
    province = PROVINCES.get(code) or _PERMIT_PROVINCES.get(code)
    if province is None:
        return (
            None,
            Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The resident ID starts with {code}, which is not a province code; "
                    "please check the first two digits.",
                ),
                {"code": code},
            ),
            None,
        )

    # First-generation 15-digit IDs write the year as YY, all in the 1900s.
    year_text = "19" + number[6:8] if legacy else number[6:10]
    month_text, day_text = (
        (number[8:10], number[10:12]) if legacy else (number[10:12], number[12:14])
    )
    shown = "-".join((year_text, month_text, day_text))
    try:
        birth = datetime.date(int(year_text), int(month_text), int(day_text))
    except ValueError:
        return (
            None,
            Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "The birth date in this resident ID ({date}) is not a real date."
                ),
                {"date": shown},
            ),
            None,
        )
    if birth > datetime.date.today():
        return (
            None,
            Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "The birth date in this resident ID ({date}) is in the future."
                ),
                {"date": shown},
            ),
            None,
        )
    if birth.year < 1900:
        return (
            None,
            Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The birth date in this resident ID ({date}) is before 1900; "
                    "please check the digits.",
                ),
                {"date": shown},
            ),
            None,
        )
    if not legacy and resident_id_check_char(number[:17]) != number[17]:
        return (
            None,
            Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The last character of this resident ID does not match; "
                    "please check each digit.",
                ),
            ),
            None,
        )

    sex_digit = int(number[14] if legacy else number[16])
    info = ResidentIdInfo(
        number=number,
        birth_date=birth,
        sex="M" if sex_digit % 2 else "F",
        province_code=code,
        province=province,
    )
    warning = None
    if legacy:
        # First-generation cards stopped being valid on 2013-01-01; the number is still
        # the person's, so it is kept, but the 18-digit one is better for registration.
        warning = Msg(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "This is an old 15-digit resident ID, which is no longer valid; "
                "please ask for the 18-digit number if possible.",
            ),
        )
    return info, None, warning


def check_resident_id(raw: str | None, *, required: bool = False) -> Check:
    """A mainland resident ID (居民身份证号码): 18 characters, or a legacy 15-digit one."""
    info, error, warning = _parse_resident_id(raw)
    if error is not None:
        return Check(None, error=error)
    if info is None:
        return _missing(
            required,
            Msg(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "Please enter the resident ID number."),
            ),
        )
    return Check(info.number, warning=warning)


def resident_id_info(raw: str) -> ResidentIdInfo | None:
    """Birth date, sex and province from a valid resident ID; None if it is not valid."""
    return _parse_resident_id(raw)[0]


# ----------------------------------------------------------------------------- plates

# Dots of every width people put after the province and city ("粤B·D12345").
_PLATE_NOISE = re.compile(r"[\s·•・･‧⋅∙\-.]")
_PLATE_LETTER = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: they read as 1 and 0
_ORDINARY_SERIAL = re.compile(r"[A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{4}[学警挂港澳领]")
# GA 36-2018 new-energy serials (6 characters). Small cars: D A B C E (battery) or
# F G H J K (other) first, then a letter or digit, then 4 digits; most plates on the road
# use D/F but the other letters are issued where D/F ran out. Large vehicles: 5 digits
# then D or F.
_NEV_SERIAL = re.compile(r"[A-HJK][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]")
_EMBASSY = re.compile(r"使[0-9]{6}")


def normalize_plate(raw: str) -> str:
    """Upper case without spaces, dots or hyphens: "粤b·d 12345" -> "粤BD12345"."""
    return _PLATE_NOISE.sub("", _halfwidth(raw)).upper()


def check_plate(raw: str | None, *, required: bool = False) -> Check:
    """A Chinese licence plate: ordinary (7 characters) or new-energy (8)."""
    plate = normalize_plate(raw or "")
    if not plate:
        return _missing(
            required,
            Msg("Validation", QT_TRANSLATE_NOOP("Validation", "Please enter the plate number.")),
        )
    if plate[0] not in PLATE_PROVINCES:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A plate number starts with a province character such as 京 or 粤; "
                    "“{char}” is not one.",
                ),
                {"char": plate[0]},
            ),
        )
    if plate[0] == "使" and len(plate) > 1 and plate[1] in _DIGITS:
        # Embassy plates have no city letter: 使 and six digits.
        if _EMBASSY.fullmatch(plate):
            return Check(plate)
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "An embassy plate is 使 followed by 6 digits, e.g. 使123456."
                ),
            ),
        )
    if "I" in plate or "O" in plate:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "Plate numbers never use the letters I or O; did you mean 1 or 0?"
                ),
            ),
        )
    if len(plate) not in (7, 8):
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The plate number has {count} characters; it needs 7 "
                    "(or 8 for a new-energy vehicle).",
                ),
                {"count": len(plate)},
            ),
        )
    if plate[1] not in _PLATE_LETTER:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The second character of a plate number is a letter A–Z; “{char}” is not.",
                ),
                {"char": plate[1]},
            ),
        )
    serial = plate[2:]
    if len(plate) == 7:
        if _ORDINARY_SERIAL.fullmatch(serial):
            return Check(plate)
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The plate number {plate} is not in a valid format; an ordinary plate "
                    "looks like 京A12345.",
                ),
                {"plate": plate},
            ),
        )
    if _NEV_SERIAL.fullmatch(serial):
        return Check(plate)
    return Check(
        None,
        error=Msg(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The plate number {plate} is not a valid new-energy plate: a small car has "
                "D or F after the city letter (e.g. 沪AD12345), a large vehicle ends with "
                "D or F (e.g. 苏E12345D).",
            ),
            {"plate": plate},
        ),
    )


# -------------------------------------------------------------------------------- VIN

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
# ISO 3779 transliteration of letters to values: A–H 1–8, J–N 1–5, P 7, R 9, S–Z 2–9
# (I, O and Q never occur in a VIN).
_VIN_VALUES = (
    {str(d): d for d in range(10)}
    | dict(zip("ABCDEFGH", range(1, 9), strict=True))
    | dict(zip("JKLMN", range(1, 6), strict=True))
    | {"P": 7, "R": 9}
    | dict(zip("STUVWXYZ", range(2, 10), strict=True))
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_char(vin: str) -> str:
    """The check digit (9th character) a 17-character VIN should have (ISO 3779)."""
    remainder = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return "X" if remainder == 10 else str(remainder)


def normalize_vin(raw: str) -> str:
    """Upper case without whitespace: "lsv au2180 n2183294" -> "LSVAU2180N2183294"."""
    return re.sub(r"\s", "", _halfwidth(raw)).upper()


def check_vin(raw: str | None, *, required: bool = False) -> Check:
    """A 17-character VIN (车架号). A wrong check digit is only a warning."""
    vin = normalize_vin(raw or "")
    if not vin:
        return _missing(
            required, Msg("Validation", QT_TRANSLATE_NOOP("Validation", "Please enter the VIN."))
        )
    if any(c in "IOQ" for c in vin):
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "VINs never contain the letters I, O or Q; did you mean 1 or 0?"
                ),
            ),
        )
    bad = _first_bad(vin, _VIN_CHARS)
    if bad is not None:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "The VIN contains “{char}”; only letters and digits are allowed."
                ),
                {"char": bad},
            ),
        )
    if len(vin) != 17:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "The VIN has {count} characters; it needs 17."),
                {"count": len(vin)},
            ),
        )
    if vin_check_char(vin) != vin[8]:
        # Not an error: plenty of VINs on real Chinese-market cars fail the check, and
        # refusing them would stop the sale being recorded.
        return Check(
            vin,
            warning=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The 9th character of this VIN does not match its check digit; please "
                    "compare the VIN with the vehicle documents. Some VINs do not use the "
                    "check digit, so it can still be saved.",
                ),
            ),
        )
    return Check(vin)


# --------------------------------------------------------------------------- postcode


def check_postcode(raw: str | None, *, required: bool = False) -> Check:
    """A mainland postcode: 6 digits, kept as text because it may start with 0."""
    code = re.sub(r"\s", "", _halfwidth(raw))
    if not code:
        return _missing(
            required,
            Msg("Validation", QT_TRANSLATE_NOOP("Validation", "Please enter the postcode.")),
        )
    if _first_bad(code, _DIGITS) is not None:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "A postcode has only digits, e.g. 100000."),
            ),
        )
    if len(code) != 6:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "The postcode has {count} digits; it needs 6."),
                {"count": len(code)},
            ),
        )
    return Check(code)


# ------------------------------------------------------------------------------ email

# Characters RFC 5322 does not allow unquoted in a local part, plus controls. Quoted
# local parts are legal but no customer has one, and they would only hide typos.
_EMAIL_LOCAL = re.compile(
    r'[^\s@()<>\[\]:;,\\"\x00-\x1f\x7f.]+(?:\.[^\s@()<>\[\]:;,\\"\x00-\x1f\x7f.]+)*'
)
# Labels of letters/digits (any script, for internationalised domains) and inner
# hyphens; the top-level domain is letters only.
_EMAIL_DOMAIN = re.compile(r"(?:[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?\.)+[^\W\d_]{2,63}")


def check_email(raw: str | None, *, required: bool = False) -> Check:
    """An email address, stored trimmed with the domain in lower case."""
    # A Chinese input method types "。" for the dot; the user meant ".".
    text = _halfwidth(raw).replace("。", ".").strip()
    if not text:
        return _missing(
            required,
            Msg("Validation", QT_TRANSLATE_NOOP("Validation", "Please enter an email address.")),
        )
    if any(c.isspace() for c in text):
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "An email address cannot contain spaces."),
            ),
        )
    if text.count("@") != 1:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "An email address needs one @ between the name and the domain, "
                    "e.g. name@example.com.",
                ),
            ),
        )
    local, domain = text.split("@")
    domain = domain.lower()
    if len(text) > 254:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The email address is too long; it can have at most 254 characters.",
                ),
            ),
        )
    if len(local) > 64 or not _EMAIL_LOCAL.fullmatch(local):
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "The part before @ in the email address is not valid."
                ),
            ),
        )
    if not _EMAIL_DOMAIN.fullmatch(domain):
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The part after @ ({domain}) is not a valid domain, e.g. qq.com or 163.com.",
                ),
                {"domain": domain},
            ),
        )
    return Check(local + "@" + domain)


# ------------------------------------------------------------------------------- name

_NAME_MAX = 40
# ``\d`` on purpose here: digits of any script make a name just as wrong.
_LOOKS_LIKE_NUMBER = re.compile(r"[\d\s+\-().]*\d[\d\s+\-().]*")


def check_name(raw: str | None, *, required: bool = True) -> Check:
    """A person's or company's name, trimmed, with runs of whitespace made one space."""
    name = " ".join((raw or "").split())
    if not name:
        return _missing(
            required, Msg("Validation", QT_TRANSLATE_NOOP("Validation", "Please enter a name."))
        )
    # Controls other than whitespace (already collapsed) come from pasted data; NUL in
    # particular is refused by PostgreSQL text columns.
    if any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in name):
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The name contains an invisible control character; please retype it.",
                ),
            ),
        )
    if _LOOKS_LIKE_NUMBER.fullmatch(name):
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "A name cannot be only digits; was a phone number typed into the name field?",
                ),
            ),
        )
    if len(name) > _NAME_MAX:
        return Check(
            None,
            error=Msg(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation", "The name has {count} characters; at most {limit} are allowed."
                ),
                {"count": len(name), "limit": _NAME_MAX},
            ),
        )
    return Check(name)


# ---------------------------------------------------------------- text, dates, numbers

#: Odometers above this are typing errors (no car in a showroom's life reaches it).
MAX_KM = 2_000_000
#: Amounts in yuan must stay below this (the columns hold 10 digits, two of them decimals).
MAX_AMOUNT = Decimal("100000000")


def _v(source: str, **params: object) -> Msg:
    return Msg("Validation", source, params)


def check_text(raw: str | None, limit: int, *, multiline: bool = False) -> Check:
    """Free text for a column of ``limit`` characters, trimmed; on one line (``multiline``
    False) runs of whitespace become one space, while notes keep their line breaks."""
    text = (raw or "") if multiline else " ".join((raw or "").split())
    text = text.strip()
    if not text:
        return Check(None)
    if len(text) > limit:
        return Check(
            None,
            error=_v(
                QT_TRANSLATE_NOOP(
                    "Validation", "This has {count} characters; at most {limit} fit."
                ),
                count=len(text),
                limit=limit,
            ),
        )
    return Check(text)


def future_date(day: datetime.date | None, today: datetime.date) -> Msg | None:
    """The error for a date after ``today`` (a service, purchase or birthday to come)."""
    if day is not None and day > today:
        return _v(QT_TRANSLATE_NOOP("Validation", "This date is in the future."))
    return None


def parse_km(raw: str | int | None, limit: int = MAX_KM) -> tuple[int | None, Msg | None]:
    """An odometer reading typed as a whole number ("12,500" too); ``(None, None)`` when
    empty, ``(None, error)`` when not a plausible number of kilometres."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, None
    if isinstance(raw, int):
        number = raw
    else:
        text = re.sub(r"[\s,，]", "", raw)
        if not text.isascii() or not text.isdigit():
            return None, _v(
                QT_TRANSLATE_NOOP(
                    "Validation", "Please enter the kilometres as a whole number, e.g. 12500."
                )
            )
        number = int(text)
    if number < 0 or number > limit:
        return None, _v(
            QT_TRANSLATE_NOOP("Validation", "{km} km cannot be right; please check the odometer."),
            km=f"{number:,}",
        )
    return number, None


def parse_amount(raw: str | Decimal | None) -> tuple[Decimal | None, Msg | None]:
    """An amount in yuan ("1,280.50", "¥680" too); empty is 0; ``(None, error)`` when it is
    not a number, negative, too large or has more than two decimals."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Decimal(0), None
    try:
        text = re.sub(r"[\s,，¥￥]", "", raw) if isinstance(raw, str) else raw
        amount = Decimal(text)
    except InvalidOperation:
        return None, _v(
            QT_TRANSLATE_NOOP("Validation", "Please enter the amount in yuan, e.g. 680.50.")
        )
    if not amount.is_finite() or amount < 0 or amount >= MAX_AMOUNT:
        return None, _v(
            QT_TRANSLATE_NOOP("Validation", "The amount must be between 0 and 99,999,999.99 yuan.")
        )
    if amount != amount.quantize(Decimal("0.01")):
        return None, _v(QT_TRANSLATE_NOOP("Validation", "The amount has more than two decimals."))
    return amount, None
