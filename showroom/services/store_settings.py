"""Reading the store's settings (the ``settings`` table) with a fallback to the defaults."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from showroom.defaults import DEFAULT_SETTINGS
from showroom.models import Setting


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """The stored value of ``key``; else the seeded default; else ``default``."""
    row = session.get(Setting, key)
    if row is not None and row.value is not None:
        return row.value
    return DEFAULT_SETTINGS.get(key, default)


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
