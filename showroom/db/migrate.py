"""Bring the user's database to the program's schema at start-up.

A database newer than the program is refused (an older program would corrupt it); a
SQLite file that needs migrating is copied first, so a failed migration loses nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.pool import NullPool

from showroom.errors import UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg

from .engine import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

log = logging.getLogger(__name__)


class DatabaseTooNew(UserError, RuntimeError):
    """The schema is newer than this program; ``revision`` is the database's."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            Msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "This database was written by a newer version of Showroom (schema "
                    "{revision}). Please update the program on this workstation.",
                ),
                {"revision": revision},
            )
        )


if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration is needed: it costs a fifth of a second,
# and on every ordinary start the schema is already current.


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


_REVISION = re.compile(r"^revision(?::\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision[^=]*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


def declared_head() -> str | None:
    """The newest revision as the migration files declare it, read without Alembic;
    None when the files do not name exactly one head (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if found := _REVISION.search(source):
            revisions.add(found.group(1))
        if found := _DOWN.search(source):
            parents.add(found.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, read with one plain query."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _backup_sqlite(db: Database, backup_dir: Path, revision: str) -> Path | None:
    database = db.engine.url.database
    if not database or database == ":memory:" or not Path(database).exists():
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"before-migration-{revision}-{stamp}.db"
    # The online backup API copies a consistent snapshot even with WAL pages pending.
    with sqlite3.connect(database) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    return target


class MigrationFailed(UserError):
    """A schema update failed; the store is as it was before (rolled back or restored)."""


def _failed(error: Exception, restored_from: Path | None) -> MigrationFailed:
    if restored_from is not None:
        source = QT_TRANSLATE_NOOP(
            "Database",
            "The database could not be brought up to date ({error}). Nothing was lost: the "
            "store was put back as it was from the copy taken just before ({copy}). Please "
            "tell your administrator.",
        )
        return MigrationFailed(Msg("Database", source, {"error": error, "copy": restored_from}))
    source = QT_TRANSLATE_NOOP(
        "Database",
        "The database could not be brought up to date ({error}). The update was undone and "
        "the store is as it was. Please tell your administrator.",
    )
    return MigrationFailed(Msg("Database", source, {"error": error}))


def _transactional_sqlite(url: str) -> Engine:
    """An engine on which SQLite's DDL is transactional, for the migration alone.

    Python's sqlite3 module opens transactions only before data changes, so an ALTER or a
    CREATE ran outside any transaction and survived a failing step: the columns stayed,
    the revision did not move, and every later start failed on "duplicate column". With
    the driver's own transaction handling off and an explicit BEGIN, the whole upgrade
    commits or rolls back as one (the recipe in SQLAlchemy's pysqlite notes).
    """
    engine = create_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # Off while migrating (as Alembic advises for SQLite): a batch step copies a table
        # and drops the old one, which the rows of other tables still reference. The keys
        # are checked as a whole before the commit instead (``_check_foreign_keys``).
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _check_foreign_keys(conn: Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchmany(3)
    if broken:
        raise RuntimeError(f"the migrated store has broken references: {broken}")


def _restore_sqlite(db: Database, copy: Path) -> None:
    """Put the copy taken before the migration back in place of the store."""
    database = db.engine.url.database
    assert database
    db.engine.dispose()
    with sqlite3.connect(copy) as source, sqlite3.connect(database) as dest:
        source.backup(dest)


def upgrade(db: Database, backup_dir: Path | None = None) -> bool:
    """Migrate ``db`` to the newest schema. Returns True when anything was applied.

    All revisions run in one transaction: a failing one leaves the store as it was, and a
    SQLite store is then also put back from the copy taken just before (which undoes even
    what a transaction cannot). Either way :class:`MigrationFailed` says what happened.
    """
    head = declared_head()
    if head is not None:
        with db.engine.connect() as conn:
            if stored_revision(conn) == head:
                return False
    head = head_revision()
    with db.engine.connect() as conn:
        current = current_revision(conn)
    if current == head:
        return False
    if current is not None and current not in _known_revisions():
        raise DatabaseTooNew(current)
    copy = None
    if current is not None and db.is_sqlite and backup_dir is not None:
        copy = _backup_sqlite(db, backup_dir, current)
    from alembic import command

    cfg = alembic_config()
    engine = _transactional_sqlite(db.url) if db.is_sqlite else db.engine
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if db.is_sqlite:
                _check_foreign_keys(conn)
    except Exception as exc:
        log.exception("migration from %s to %s failed", current, head)
        if copy is not None:
            # The transaction undid the revisions' own steps; the copy also undoes anything
            # a step did outside it (a revision that commits, a file-level change).
            _restore_sqlite(db, copy)
            raise _failed(exc, copy) from exc
        raise _failed(exc, None) from exc
    finally:
        if engine is not db.engine:
            engine.dispose()
    return True
