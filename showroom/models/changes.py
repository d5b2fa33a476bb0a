"""The change log: how one workstation learns that another one wrote (SQLite stores).

Every committed write on a SQLite store adds one row naming the tables it touched; the
other workstations' watchers read the rows past the last one they saw. PostgreSQL stores
use LISTEN/NOTIFY instead and leave this table empty (see ``showroom/db/changes.py``).
Rows are pruned as they age: only a recent window is ever read.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, intpk


class ChangeLogEntry(Base):
    __tablename__ = "change_log"

    seq: Mapped[intpk]
    #: The writing ``Database`` handle, so a watcher skips the writes it announced itself.
    origin: Mapped[str] = mapped_column(String(40))
    #: The touched tables, comma-separated.
    kinds: Mapped[str] = mapped_column(String(2000))
