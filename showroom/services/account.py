"""A signed-in session follows its account: demoted or deactivated, it loses the rights
at its next action.

The window's :class:`~showroom.services.context.Actor` carries an :class:`AccountWatch`.
Every permission check asks it for the account's current role (``require`` and
``allowed`` in :mod:`.permissions`). That costs nothing while nobody touches the users
table: the watch hears every write through the database's change feed (this window's
and, through the watcher, other workstations'), and only after a write to ``users``
reads the one row again. A deactivated account has no role, so every service refuses.
"""

from __future__ import annotations

import dataclasses
import threading

from showroom.db import Database
from showroom.db.changes import Changes
from showroom.models import Role, User

from .context import Actor


class AccountWatch:
    def __init__(self, db: Database, user_id: int, role: Role) -> None:
        self._db = db
        self._user_id = user_id
        self._role: Role | None = role
        self._stale = False
        self._lock = threading.Lock()
        self._unsubscribe = db.changes.subscribe(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches({User.__tablename__}):
            return
        ids = changes.ids_of(User.__tablename__)
        if changes.everything or not ids or self._user_id in ids:
            self._stale = True

    def role(self) -> Role | None:
        """The account's role now; ``None`` once it is deactivated or deleted."""
        if self._stale:
            with self._lock:
                if self._stale:
                    self._stale = False
                    with self._db.reader() as session:
                        user = session.get(User, self._user_id)
                    live = user is not None and user.active and user.deleted_at is None
                    self._role = Role(user.role) if live and user is not None else None
        return self._role

    def close(self) -> None:
        self._unsubscribe()


def idle_lock_minutes(db: Database) -> int:
    """The store's idle-lock time in minutes (0: the window never locks itself)."""
    from .store_settings import get_setting

    with db.reader() as session:
        value = get_setting(session, "idle_lock_minutes", 15)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 15


def live_actor(db: Database, actor: Actor) -> Actor:
    """``actor`` whose rights follow the account from now on (for a window's session)."""
    return dataclasses.replace(actor, account=AccountWatch(db, actor.user_id, actor.role))
