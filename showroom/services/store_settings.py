"""The store's settings (the ``settings`` table), read with a fallback to the defaults.

:func:`get_setting` / :func:`set_setting` work inside a service's own session (the daily
upkeep stamps its run, the due cache its refresh: the program's bookkeeping, not a user's
choice). A user changes a setting through :func:`update_setting`, which requires
``SETTINGS_MANAGE`` (the administrator's) whatever screen or script calls it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.defaults import DEFAULT_SETTINGS
from showroom.models import Setting

from .context import Actor
from .permissions import Permission, require


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


def update_setting(db: Database, actor: Actor, key: str, value: Any) -> None:
    """A user's change to a store setting (audited as the actor's)."""
    require(actor, Permission.SETTINGS_MANAGE)
    with db.session(actor.user_id) as session:
        set_setting(session, key, value)
