"""The benchmark's store: generated once per size and version, then reused from disk."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from showroom import demo as demo_module
from showroom.db import Database, head_revision
from showroom.demo import DEFAULT_SEED, DEMO_VERSION, generate_demo
from showroom.services.store import open_store, store_info

#: The default cache folder (git-ignored).
CACHE_DIR = Path(__file__).resolve().parent / ".cache"


@dataclass(frozen=True)
class BenchStore:
    url: str
    path: Path | None  # the SQLite file, None for a server database
    customers: int
    #: The demo's "today": lists of today's work are measured on that day.
    today: dt.date
    #: Seconds the generation took when this run built the store, else None.
    built_seconds: float | None

    @property
    def size_mb(self) -> float | None:
        return self.path.stat().st_size / 1e6 if self.path and self.path.exists() else None


def cache_name(customers: int, seed: int) -> str:
    """Every input that changes the generated data is in the name, so a change rebuilds."""
    return (
        f"showroom-c{customers}-s{seed}-schema{head_revision()}-demo{DEMO_VERSION}"
        f"-{source_fingerprint()}"
    )


def source_fingerprint() -> str:
    """A short hash of the migrations: while the schema is still edited in place (before a
    release), a changed migration must not reuse a stale store. (A change to what the demo
    generates bumps ``DEMO_VERSION``.)"""
    digest = hashlib.sha1()
    package = Path(demo_module.__file__ or "").parent
    for path in sorted((package / "migrations" / "versions").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def sqlite_store(customers: int, cache_dir: Path, seed: int = DEFAULT_SEED) -> BenchStore:
    """The cached SQLite store of this size, generating it first when missing or stale."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    name = cache_name(customers, seed)
    path = cache_dir / f"{name}.db"
    meta_path = cache_dir / f"{name}.json"
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return BenchStore(
            _url(path), path, customers, dt.date.fromisoformat(meta["today"]), built_seconds=None
        )
    _remove_stale(cache_dir, customers, keep=name)
    building = cache_dir / f"{name}.building.db"
    _remove_sqlite_files(building)
    seconds, today, summary = _generate(_url(building), customers, seed)
    meta = {"today": today.isoformat(), "seconds": round(seconds, 1), "rows": summary}
    # Renamed only when complete, so an interrupted build is never mistaken for a store.
    os.replace(building, path)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return BenchStore(_url(path), path, customers, today, built_seconds=seconds)


def server_store(url: str, customers: int, seed: int = DEFAULT_SEED) -> BenchStore:
    """A store on a database server: generated if empty, otherwise used as it is."""
    db = open_store(url, backup_dir=CACHE_DIR / "backups")
    try:
        existing = store_info(db).customers
    finally:
        db.dispose()
    if existing:
        return BenchStore(url, None, existing, dt.date.today(), built_seconds=None)
    seconds, today, _summary = _generate(url, customers, seed)
    return BenchStore(url, None, customers, today, built_seconds=seconds)


def _generate(url: str, customers: int, seed: int) -> tuple[float, dt.date, dict[str, Any]]:
    today = dt.date.today()
    print(f"Generating a demo store of {customers:,} customers …", file=sys.stderr)
    # A fresh file or a store at the current schema is never migrated, so never backed up.
    db = open_store(url, backup_dir=CACHE_DIR / "backups")
    started = time.perf_counter()
    try:
        summary = generate_demo(db, customers, seed=seed, today=today, progress=_progress)
        seconds = time.perf_counter() - started
        if db.is_sqlite:
            # Leave one compact file: the benchmark must not pay for a huge WAL.
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    print(f"\nGenerated {summary.total_rows:,} rows in {seconds:.1f} s.", file=sys.stderr)
    return seconds, today, summary.counts()


def _progress(done: int, total: int) -> None:
    print(f"\r  {done * 100 // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _remove_stale(cache_dir: Path, customers: int, keep: str) -> None:
    """Older versions of the same size are dead weight (hundreds of MB each)."""
    for old in cache_dir.glob(f"showroom-c{customers}-*.db"):
        if not old.name.startswith(keep + "."):
            _remove_sqlite_files(old)
            old.with_suffix(".json").unlink(missing_ok=True)


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_database(store: BenchStore) -> Database:
    return Database(store.url)
