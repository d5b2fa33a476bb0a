"""The database handle: one engine per program, one session per use case."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from showroom.config import display_url

from .changes import ChangeFeed, collecting


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers on other workstations/threads continue while one writes; foreign
    # keys are off by default in SQLite; NORMAL sync is durable in WAL mode across crashes
    # of the program (only an OS crash may lose the last transaction).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _make_engine(url: str, **kwargs: Any) -> Engine:
    if is_sqlite(url):
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


class Database:
    """Owns the engine; hands out sessions that commit on success and roll back on error."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = _make_engine(url, **engine_kwargs)
        # Objects stay usable after commit: services return plain data, the UI never lazy-loads.
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        #: Every committed write is announced here (see ``showroom/db/changes.py``).
        self.changes = ChangeFeed(self)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        """The URL without a password, for the status bar."""
        return display_url(self.url) or self.url

    @contextmanager
    def session(self, user_id: int | None = None) -> Iterator[Session]:
        """One transaction: everything inside is saved together or not at all.

        ``user_id`` attributes the writes to a signed-in user in the audit trail.
        """
        with collecting() as changes:
            with self._sessions() as session, session.begin():
                session.info["user_id"] = user_id
                yield session
                session.flush()  # the last pending rows, so the change set is complete
                if changes:
                    self.changes.record(session, changes)
            if changes:
                self.changes.publish(changes.freeze())

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only session (nothing is committed)."""
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.changes.stop()
        self.engine.dispose()
