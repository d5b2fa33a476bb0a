"""A demo store (filled by ``showroom.demo``) is marked as such, and its staff accounts share
one password, so whoever tries the program can sign in as any of them.

A real store never has the mark: the sign-in dialog shows the shared password only where
:func:`demo_password` answers one.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from showroom.db import Database

from .auth import hash_password
from .store_settings import get_setting, set_setting

#: Every generated staff account's password (it meets the rules of ``password_problem``).
DEMO_PASSWORD = "demo1234"
#: The setting that marks a store as generated demo data.
DEMO_STORE_SETTING = "demo_store"


def demo_password_hash() -> str:
    """The stored form of :data:`DEMO_PASSWORD` (hashed once per demo: hashing is slow)."""
    return hash_password(DEMO_PASSWORD)


def mark_demo_store(session: Session) -> None:
    set_setting(session, DEMO_STORE_SETTING, True)


def is_demo_store(db: Database) -> bool:
    with db.reader() as session:
        return get_setting(session, DEMO_STORE_SETTING) is True


def demo_password(db: Database) -> str | None:
    """The staff accounts' shared password when the store is a demo store, else None."""
    return DEMO_PASSWORD if is_demo_store(db) else None
