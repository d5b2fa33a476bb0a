"""The derived lookup columns stored beside a customer's or vehicle's own fields.

One function each, used by every writer (forms, imports, the demo generator), so a
search finds a record however it was entered.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from showroom.pinyin import name_keys


def customer_keys(name: str, mobile: str | None, birthday: dt.date | None) -> dict[str, Any]:
    pinyin, initials = name_keys(name)
    return {
        "name_pinyin": pinyin,
        "name_initials": initials,
        "mobile_tail": mobile[-4:] if mobile and len(mobile) >= 4 else None,
        "birthday_md": birthday.strftime("%m-%d") if birthday else None,
    }


def plate_tail(plate: str | None) -> str | None:
    """The plate without its province character ("京A12345" → "A12345")."""
    return plate[1:] if plate and len(plate) > 1 else None
