"""Bring the user's database to the program's schema at start-up.

A database newer than the program is refused (an older program would corrupt it); a
SQLite file that needs migrating is copied first, so a failed migration loses nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from showroom.errors import UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg

from .engine import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


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


def upgrade(db: Database, backup_dir: Path | None = None) -> bool:
    """Migrate ``db`` to the newest schema. Returns True when anything was applied."""
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
    if current is not None and db.is_sqlite and backup_dir is not None:
        _backup_sqlite(db, backup_dir, current)
    from alembic import command

    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
