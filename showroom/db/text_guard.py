"""One boundary for text on its way into the database: control characters never land.

Text reaches the tables from forms, imports, the command line and pasted data. A NUL
(U+0000) is refused by PostgreSQL's text columns — a save crashed there while SQLite
stored it — and other control characters are invisible garbage in any sheet. Every ORM
write passes through this flush hook, so the rule is the same on both databases and for
every writer: control characters are removed, except the line breaks and tabs of free
text. (Names are stricter: :func:`showroom.validation.check_name` refuses them with a
message, and a name must show at least one visible character.)
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, UOWTransaction

#: C0 controls but tab, line feed and carriage return; DEL and the C1 controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """``value`` without control characters (tab and line breaks kept)."""
    return _CONTROLS.sub("", value)


_text_columns_of: dict[Any, list[str]] = {}


def _text_columns(mapper: Any) -> list[str]:
    cached = _text_columns_of.get(mapper)
    if cached is None:
        cached = _text_columns_of[mapper] = [
            attr.key
            for attr in mapper.column_attrs
            if any(isinstance(column.type, String) for column in attr.columns)
        ]
    return cached


@event.listens_for(Session, "before_flush")
def _clean_text_columns(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    for obj in chain(session.new, session.dirty):
        mapper = inspect(obj).mapper
        for key in _text_columns(mapper):
            value = getattr(obj, key, None)
            if isinstance(value, str) and _CONTROLS.search(value):
                setattr(obj, key, clean_text(value))
