"""Bring the user's database to the program's schema at start-up.

A database newer than the program is refused (an older program would corrupt it); a
SQLite file that needs migrating is copied first, so a failed migration loses nothing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from showroom.i18n import QT_TRANSLATE_NOOP, Msg

from .engine import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class DatabaseTooNew(RuntimeError):
    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.message = Msg(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "This database was written by a newer version of Showroom (schema {revision}). "
                "Please update the program on this workstation.",
            ),
            {"revision": revision},
        )


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _known_revisions() -> set[str]:
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


def upgrade(db: Database, backup_dir: Path | None = None) -> bool:
    """Migrate ``db`` to the newest schema. Returns True when anything was applied."""
    head = head_revision()
    with db.engine.connect() as conn:
        current = current_revision(conn)
    if current == head:
        return False
    if current is not None and current not in _known_revisions():
        raise DatabaseTooNew(current)
    if current is not None and db.is_sqlite and backup_dir is not None:
        _backup_sqlite(db, backup_dir, current)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
