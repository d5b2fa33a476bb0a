"""Backups of the SQLite store: taken online, rotated, verified before any restore.

* :func:`backup_now` copies the live database with SQLite's online backup API — a
  consistent snapshot even while the program writes (WAL pages included) — into a
  temporary file that is renamed into place only when complete.
* :func:`auto_backup` runs on the first start of each day: one ``daily`` backup per day.
  :func:`rotate` keeps the newest 14 daily backups plus the oldest backup of each of the
  last 12 months (grandfather-father-son without extra copies). Manual backups are kept
  (the newest 20), the copies taken before a migration or a restore are not touched.
* :func:`restore` verifies the file (SQLite's integrity check, a Showroom schema this
  program knows) *before* touching anything, takes a safety backup of the current
  database, then copies the backup into the live file with the same backup API.

A PostgreSQL store is backed up on the server (``pg_dump``); these functions refuse it with
a message saying so.

Backing up on request, restoring and naming the folder are the administrator's
(``Permission.BACKUP``), checked here and not only by hiding the settings tab: a restore
rolls the whole store back. The daily :func:`auto_backup` runs for whoever starts the
program first, as the store's own safety net.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from showroom.config import data_dir
from showroom.db import Database
from showroom.errors import UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.services.context import Actor
from showroom.services.permissions import Permission, require

CTX = "Backup"
FOLDER_SETTING = "backup_folder"
KEEP_DAILY = 14
KEEP_MONTHLY = 12
KEEP_MANUAL = 20
#: Pages copied per step: small enough to report progress and let writers in between.
_STEP_PAGES = 1024

_NAME = re.compile(r"^showroom-(daily|manual|before-restore)-(\d{8}-\d{6})\.db$")

Progress = Callable[[int, int], object]


class BackupError(UserError):
    pass


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # daily / manual / before-restore
    taken_at: dt.datetime
    size: int


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    revision: str
    customers: int
    users: int


def _error(source: str, **params: object) -> BackupError:
    return BackupError(Msg(CTX, source, params))


def sqlite_file(db: Database) -> Path:
    """The live database file, or :class:`BackupError` for a server database."""
    if not db.is_sqlite:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Backup",
                "This store runs on a database server: back it up on the server "
                "(for PostgreSQL with pg_dump).",
            )
        )
    name = db.engine.url.database
    if not name or name == ":memory:":
        raise _error(QT_TRANSLATE_NOOP("Backup", "This database is not stored in a file."))
    return Path(name)


# --- the folder ----------------------------------------------------------------------------
def default_folder() -> Path:
    return data_dir() / "backups"


def backup_folder(db: Database) -> Path:
    """The folder named in the settings, else ``backups`` in the data folder."""
    from showroom.models import Setting

    try:
        with db.reader() as session:
            setting = session.get(Setting, FOLDER_SETTING)
    except Exception:  # a damaged store must still be restorable: use the default
        setting = None
    value = setting.value if setting is not None else None
    return Path(value) if isinstance(value, str) and value.strip() else default_folder()


def folder_for_url(url: str) -> Path:
    """The configured folder, read before the store is opened (and migrated): the copy
    taken before a migration goes where the settings say backups go."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
        name = parsed.database if parsed.get_backend_name() == "sqlite" else None
        if name and Path(name).is_file():
            with contextlib.closing(sqlite3.connect(f"file:{name}?mode=ro", uri=True)) as conn:
                row = conn.execute(
                    "SELECT value FROM settings WHERE key = ?", (FOLDER_SETTING,)
                ).fetchone()
            value = json.loads(row[0]) if row else None
            if isinstance(value, str) and value.strip():
                return Path(value)
    except (sqlite3.Error, ValueError, TypeError):
        pass  # no settings table yet, or an unreadable file: the default folder
    return default_folder()


def set_backup_folder(db: Database, actor: Actor, folder: Path | None) -> None:
    """Name the folder (``None`` returns to the default); it must be writable."""
    from showroom.models import Setting

    require(actor, Permission.BACKUP)

    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".showroom-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise _error(
                QT_TRANSLATE_NOOP("Backup", "Cannot write to the folder {folder}: {error}"),
                folder=str(folder),
                error=exc.strerror or str(exc),
            ) from exc
    with db.session(actor.user_id) as session:
        setting = session.get(Setting, FOLDER_SETTING)
        value = str(folder) if folder is not None else ""
        if setting is None:
            session.add(Setting(key=FOLDER_SETTING, value=value))
        else:
            setting.value = value


# --- taking a backup -----------------------------------------------------------------------
def _copy(source: Path, target: Path, progress: Progress | None) -> None:
    """Online copy ``source`` → ``target`` (atomic: a partial file never has the name)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            src.backup(dest, pages=_STEP_PAGES, progress=step)
            # A backup is one self-contained file: no WAL beside it.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        src.close()
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    digest = file_digest(partial)
    os.replace(partial, target)
    _write_checksum(target, digest)


# --- checksums -----------------------------------------------------------------------------
# SQLite's integrity check finds broken b-trees, not altered contents: a backup whose pages
# were changed on disk (a failing stick, a sync tool) would restore silently. Each backup
# has its SHA-256 beside it, in the format ``sha256sum -c`` reads.
CHECKSUM_SUFFIX = ".sha256"
_SQLITE_HEADER = b"SQLite format 3\x00"


def checksum_path(backup: Path) -> Path:
    return backup.with_name(backup.name + CHECKSUM_SUFFIX)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_checksum(backup: Path, digest: str) -> None:
    sidecar = checksum_path(backup)
    partial = sidecar.with_name(sidecar.name + ".partial")
    partial.write_text(f"{digest}  {backup.name}\n", encoding="ascii")
    os.replace(partial, sidecar)


def _recorded_checksum(backup: Path) -> str | None:
    sidecar = checksum_path(backup)
    try:
        return sidecar.read_text(encoding="ascii").split()[0].lower()
    except (OSError, IndexError, UnicodeDecodeError):
        return None


def backup_now(
    db: Database,
    actor: Actor,
    folder: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Back up the live database into ``folder`` (default: the configured one), on request."""
    require(actor, Permission.BACKUP)
    return _take(db, folder, "manual", progress)


def _take(
    db: Database,
    folder: Path | None,
    kind: str,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Back up the live database into ``folder`` (default: the configured one)."""
    source = sqlite_file(db)
    folder = folder if folder is not None else backup_folder(db)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"showroom-{kind}-{stamp}.db"
    try:
        _copy(source, target, progress)
    except (OSError, sqlite3.Error) as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Backup", "The backup to {folder} failed: {error}"),
            folder=str(folder),
            error=str(exc),
        ) from exc
    return target


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                taken = dt.datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
                found.append(BackupFile(path, match.group(1), taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(folder: Path) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted."""
    backups = list_backups(folder)
    daily = [b for b in backups if b.kind == "daily"]
    keep = {b.path for b in daily[:KEEP_DAILY]}
    # The oldest daily backup of each month stands for that month.
    first_of_month: dict[tuple[int, int], BackupFile] = {}
    for b in daily:  # newest first, so the last one seen per month is the oldest
        first_of_month[(b.taken_at.year, b.taken_at.month)] = b
    months = sorted(first_of_month, reverse=True)[:KEEP_MONTHLY]
    keep |= {first_of_month[m].path for m in months}
    keep |= {b.path for b in [b for b in backups if b.kind == "manual"][:KEEP_MANUAL]}
    keep |= {b.path for b in backups if b.kind == "before-restore"}
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):  # a locked file goes next time
                b.path.unlink()
                removed.append(b.path)
                checksum_path(b.path).unlink(missing_ok=True)
    return removed


def auto_backup(db: Database, today: dt.datetime | None = None) -> Path | None:
    """The first start of a day backs up and rotates; later starts do nothing.

    Returns the new backup, or ``None`` (already done today, or not a SQLite file).
    """
    if not db.is_sqlite:
        return None
    now = today or dt.datetime.now()
    folder = backup_folder(db)
    if any(b.kind == "daily" and b.taken_at.date() == now.date() for b in list_backups(folder)):
        return None
    path = _take(db, folder, "daily", now=now)
    rotate(folder)
    return path


# --- checking and restoring ----------------------------------------------------------------
def verify_backup(path: Path) -> BackupCheck:
    """Open the file read-only and prove it is a sound Showroom database this program
    can use; :class:`BackupError` says what is wrong otherwise."""
    from showroom.db.migrate import _known_revisions

    if not path.is_file():
        raise _error(QT_TRANSLATE_NOOP("Backup", "The file {file} does not exist."), file=str(path))
    recorded = _recorded_checksum(path)
    if recorded is not None and recorded != file_digest(path):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Backup",
                "The file {file} is damaged: it is not the file the backup wrote (its checksum "
                "differs: changed or cut short since).",
            ),
            file=path.name,
        )
    with open(path, "rb") as fh:
        is_sqlite = fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise _error(
                    QT_TRANSLATE_NOOP("Backup", "The file {file} is damaged: {detail}"),
                    file=path.name,
                    detail="; ".join(str(r[0]) for r in result[:3]),
                )
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "customers", "users"} <= tables:
                raise _error(
                    QT_TRANSLATE_NOOP("Backup", "The file {file} is not a Showroom database."),
                    file=path.name,
                )
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
            users = conn.execute("SELECT count(*) FROM users").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_sqlite:  # a database file that cannot be read through: cut short or broken
            raise _error(
                QT_TRANSLATE_NOOP("Backup", "The file {file} is damaged: {detail}"),
                file=path.name,
                detail=str(exc),
            ) from exc
        raise _error(
            QT_TRANSLATE_NOOP("Backup", "The file {file} is not a Showroom database."),
            file=path.name,
        ) from exc
    if revision is None or revision[0] not in _known_revisions():
        raise _error(
            QT_TRANSLATE_NOOP(
                "Backup", "The file {file} was written by a newer version of Showroom."
            ),
            file=path.name,
        )
    return BackupCheck(path, revision[0], int(customers), int(users))


def restore(db: Database, actor: Actor, path: Path, progress: Progress | None = None) -> Path:
    """Replace the live database by the backup at ``path``; returns the safety backup of
    what was there before. Nothing is replaced unless the file verifies."""
    from showroom.db import upgrade

    require(actor, Permission.BACKUP)

    target = sqlite_file(db)
    verify_backup(path)
    folder = backup_folder(db)
    try:
        safety = _take(db, folder, "before-restore")
    except BackupError:
        # The live file may be too damaged to read page by page: keep its bytes as they are.
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        safety = folder / f"showroom-before-restore-{stamp}.db"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(target, safety)
    db.dispose()  # this program's pooled connections must not hold the old pages
    try:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(target, timeout=10)
            try:
                src.backup(
                    dest,
                    pages=_STEP_PAGES,
                    progress=(lambda _s, left, total: progress(total - left, total))
                    if progress
                    else None,
                )
                dest.execute("PRAGMA journal_mode=WAL")
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Backup", "The restore failed ({error}); the database before it is saved as {file}."
            ),
            error=str(exc),
            file=str(safety),
        ) from exc
    # An older backup is brought up to this program's schema straight away.
    upgrade(db, folder)
    return safety
