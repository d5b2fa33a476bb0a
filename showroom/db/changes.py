"""What a write changed, told to every open screen — here and on other workstations.

See docs/ARCHITECTURE.md, "How a change reaches every screen". In short:

* **Capture.** While :meth:`Database.session` runs a write, a :class:`ChangeSet` is the
  current one (a context variable of the writing thread). An engine hook sees every SQL
  statement on its way to the driver and records the table of each INSERT, UPDATE and
  DELETE — ORM flushes, Core statements and raw bulk SQL alike, so no service can forget
  to say what it wrote. A flush hook adds the ids of the ORM rows involved.
* **Publish.** After the commit, the database's :class:`ChangeFeed` hands the frozen
  :class:`Changes` to its subscribers (the GUI's change hub), in the committing thread.
* **Other workstations.** Inside the same transaction the write leaves a trace: on
  PostgreSQL a ``NOTIFY`` (delivered at commit, dropped on rollback); on SQLite a row of
  ``change_log`` (SQLite has one writer at a time, so sequence order is commit order). A
  :class:`ChangeWatcher` thread listens (PostgreSQL) or reads the rows past the last one
  seen (SQLite, once a second — a primary-key range read), skips its own handle's writes,
  and publishes the rest as remote changes.

Kinds are table names (``visits``, ``prospects``, …): stable, and what a screen shows.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, delete, event, func, insert, inspect, select, text
from sqlalchemy.orm import Session, UOWTransaction

from showroom.models import ChangeLogEntry

if TYPE_CHECKING:
    from .engine import Database

log = logging.getLogger(__name__)

#: The PostgreSQL channel every workstation of a store listens on.
CHANNEL = "showroom_changes"
#: Tables whose writes are bookkeeping of this mechanism or of migrations, not news.
_NOT_NEWS = frozenset({"change_log", "alembic_version"})
#: How often a SQLite watcher looks, and a PostgreSQL listener wakes to check for stop (s).
WATCH_INTERVAL = 1.0
#: SQLite keeps this many change rows; a watcher more than that far behind refreshes all.
_KEEP_ROWS = 2000
#: A watcher that has lost its database retries after this many seconds, doubling to the cap.
_RETRY_FIRST, _RETRY_CAP = 0.5, 30.0

_DML = re.compile(
    r"\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+[\"`\[]?(\w+)", re.IGNORECASE
)


@dataclass(frozen=True)
class Changes:
    """Which kinds of record a committed write (or several) touched, with ids where known.

    ``everything`` stands for "assume all changed" (a watcher that fell too far behind).
    """

    kinds: frozenset[str]
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)
    remote: bool = False
    everything: bool = False

    def touches(self, kinds: Iterable[str]) -> bool:
        return self.everything or not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: str) -> frozenset[int]:
        return self.ids.get(kind, frozenset())

    def __or__(self, other: Changes) -> Changes:
        ids = {k: self.ids_of(k) | other.ids_of(k) for k in set(self.ids) | set(other.ids)}
        return Changes(
            self.kinds | other.kinds,
            ids,
            remote=self.remote and other.remote,
            everything=self.everything or other.everything,
        )


def kinds(*models: type) -> frozenset[str]:
    """The change kinds of these model classes: ``kinds(Visit, Customer)``."""
    return frozenset(model.__tablename__ for model in models)  # type: ignore[attr-defined]


EVERYTHING = Changes(frozenset(), everything=True, remote=True)


class ChangeSet:
    """What the write in progress has touched so far (mutable, one per transaction)."""

    def __init__(self) -> None:
        self.tables: dict[str, set[int]] = {}

    def __bool__(self) -> bool:
        return bool(self.tables)

    def add(self, table: str, row_id: int | None = None) -> None:
        ids = self.tables.setdefault(table, set())
        if row_id is not None:
            ids.add(row_id)

    def freeze(self) -> Changes:
        return Changes(
            frozenset(self.tables), {k: frozenset(v) for k, v in self.tables.items() if v}
        )


_current: ContextVar[ChangeSet | None] = ContextVar("showroom_changes", default=None)


@contextlib.contextmanager
def collecting() -> Iterator[ChangeSet]:
    """Make a fresh :class:`ChangeSet` the current one for the duration (nests)."""
    changes = ChangeSet()
    token = _current.set(changes)
    try:
        yield changes
    finally:
        _current.reset(token)


@event.listens_for(Engine, "before_cursor_execute")
def _tap(
    _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
) -> None:
    changes = _current.get()
    if changes is None:
        return
    found = _DML.match(statement)
    if found:
        table = found.group(1).lower()
        if table not in _NOT_NEWS:
            changes.add(table)


@event.listens_for(Session, "after_flush")
def _flushed_ids(session: Session, _ctx: UOWTransaction) -> None:
    changes = _current.get()
    if changes is None:
        return
    for obj in chain(session.new, session.dirty, session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table is None:
            continue
        key = inspect(type(obj)).primary_key_from_instance(obj)
        changes.add(table, key[0] if len(key) == 1 and isinstance(key[0], int) else None)


Subscriber = Callable[[Changes], None]


class ChangeFeed:
    """One database handle's announcements: subscribe to hear of every committed write."""

    def __init__(self, db: Database) -> None:
        self._db = db
        #: Names this handle's writes, so its own watcher does not announce them twice.
        self.origin = f"{os.getpid()}.{uuid.uuid4().hex[:12]}"
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self._watcher: ChangeWatcher | None = None

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber(changes)`` after every write; returns the unsubscribe call.

        The call comes from the thread that committed (a worker, the watcher): a GUI
        subscriber must hand it over to its own thread (``ui/operations.py`` does).
        """
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(changes)
            except Exception:  # one broken screen must not stop the others hearing
                log.exception("change subscriber failed")

    def record(self, session: Session, changes: ChangeSet) -> None:
        """Leave the write's trace for other workstations, inside its own transaction."""
        kinds = sorted(changes.tables)
        if self._db.is_sqlite:
            seq = session.execute(
                insert(ChangeLogEntry).values(origin=self.origin, kinds=",".join(kinds)[:2000])
            ).inserted_primary_key[0]
            if seq and seq % 500 == 0:
                old = ChangeLogEntry.seq <= seq - _KEEP_ROWS
                session.execute(delete(ChangeLogEntry).where(old))
        else:
            payload = json.dumps({"o": self.origin, "k": kinds}, separators=(",", ":"))
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANNEL, "payload": payload[:7900]},
            )

    def watch(self, interval: float = WATCH_INTERVAL) -> threading.Event:
        """Start hearing other workstations' writes (once; a daemon thread). Returns the
        event that is set once the watcher listens."""
        if self._watcher is None:
            self._watcher = ChangeWatcher(self._db, self, interval)
            self._watcher.start()
        return self._watcher.listening

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None


class ChangeWatcher(threading.Thread):
    """Reads other handles' writes from the database and publishes them as remote."""

    def __init__(self, db: Database, feed: ChangeFeed, interval: float) -> None:
        super().__init__(name="showroom-change-watcher", daemon=True)
        self._db = db
        self._feed = feed
        self._interval = interval
        self._stopping = threading.Event()
        #: Set once the watcher is listening: writes committed after that are heard.
        self.listening = threading.Event()

    def stop(self) -> None:
        self._stopping.set()

    def run(self) -> None:
        retry = _RETRY_FIRST
        while not self._stopping.is_set():
            try:
                if self._db.is_sqlite:
                    self._poll_sqlite()
                else:
                    self._listen_postgres()
                retry = _RETRY_FIRST
            except Exception as exc:  # the server is away, the file is locked: try again
                log.info("change watcher: %s; retrying in %.1f s", exc, retry)
                self._stopping.wait(retry)
                retry = min(retry * 2, _RETRY_CAP)

    def _poll_sqlite(self) -> None:
        with self._db.engine.connect() as conn:
            last = conn.execute(select(func.max(ChangeLogEntry.seq))).scalar() or 0
        self.listening.set()
        while not self._stopping.wait(self._interval):
            with self._db.engine.connect() as conn:
                rows = conn.execute(
                    select(ChangeLogEntry.seq, ChangeLogEntry.origin, ChangeLogEntry.kinds)
                    .where(ChangeLogEntry.seq > last)
                    .order_by(ChangeLogEntry.seq)
                ).all()
            if not rows:
                continue
            # Rows this watcher never saw were pruned: it cannot know what they touched.
            behind = last > 0 and rows[0].seq - last > _KEEP_ROWS
            last = rows[-1].seq
            if behind:
                self._feed.publish(EVERYTHING)
                continue
            mine = self._feed.origin
            kinds = {k for row in rows if row.origin != mine for k in row.kinds.split(",")}
            if kinds:
                self._feed.publish(Changes(frozenset(kinds), remote=True))

    def _listen_postgres(self) -> None:
        import psycopg

        url = self._db.engine.url.set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.listening.set()
            while not self._stopping.is_set():
                kinds: set[str] = set()
                for note in conn.notifies(timeout=self._interval):
                    try:
                        payload = json.loads(note.payload)
                    except ValueError:
                        continue
                    if payload.get("o") != self._feed.origin:
                        kinds.update(payload.get("k", ()))
                if kinds:
                    self._feed.publish(Changes(frozenset(kinds), remote=True))
