"""An import killed half-way (SIGKILL: a crash, a closed laptop lid) is marked interrupted
at the next start, keeps its whole batches, and can be reverted — or completed by importing
the same file again, with no row added twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from showroom.db import Database
from showroom.importers import ImportOptions, run_import
from showroom.importers.engine import mark_interrupted
from showroom.importers.revert import revert_import
from showroom.models import Customer, ImportBatch
from showroom.services.context import Actor

ROOT = Path(__file__).resolve().parent.parent
ROWS = 3000

_IMPORTER = r"""
import sys
from showroom.db import Database
from showroom.importers import ImportOptions, run_import
from showroom.services.store import default_actor

db = Database(sys.argv[1])
def progress(done, total):
    print(done, flush=True)
    return True
run_import(db, default_actor(db), sys.argv[2], ImportOptions("customers", batch_rows=100),
           progress=progress)
print("finished", flush=True)
"""


def _customers(db: Database) -> int:
    with db.reader() as s:
        live = select(func.count()).select_from(Customer).where(Customer.deleted_at.is_(None))
        return s.scalar(live) or 0


def _status(db: Database) -> list[str]:
    with db.reader() as s:
        return list(s.scalars(select(ImportBatch.status).order_by(ImportBatch.id)))


@pytest.fixture
def killed_import(db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "customers.csv"
    lines = ["姓名,手机"] + [f"客户{i},139{i:08d}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    importer = subprocess.Popen(
        [sys.executable, "-c", _IMPORTER, db.url, str(path)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert importer.stdout is not None
    try:
        for line in importer.stdout:
            if line.strip().isdigit() and int(line) >= 300:  # some batches are in
                break
            assert line.strip() != "finished", "the import ended before it could be killed"
    finally:
        os.kill(importer.pid, signal.SIGKILL)
        importer.wait(timeout=30)
    return path


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_killed_import_is_interrupted_and_can_be_reverted(
    db: Database, actor: Actor, killed_import: Path
) -> None:
    saved = _customers(db)
    assert 0 < saved < ROWS and saved % 100 == 0  # whole batches only
    assert _status(db) == ["running"]
    (batch_id,) = mark_interrupted(db)  # what the next start does
    assert _status(db) == ["interrupted"]
    result = revert_import(db, actor, batch_id)
    assert result.deleted == saved and _customers(db) == 0
    assert _status(db) == ["reverted"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_killed_import_is_completed_by_importing_the_file_again(
    db: Database, actor: Actor, killed_import: Path
) -> None:
    saved = _customers(db)
    mark_interrupted(db)
    again = run_import(db, actor, killed_import, ImportOptions("customers"))
    assert again.created == ROWS - saved and again.already == saved
    assert _customers(db) == ROWS
    assert _status(db) == ["interrupted", "done"]


def test_a_running_import_of_a_live_process_is_left_alone(db: Database, actor: Actor) -> None:
    with db.session() as session:
        session.add(
            ImportBatch(
                kind="customers", file_name="x.csv", file_sha256="0" * 64, mode="fill",
                status="running", workstation="elsewhere", pid=1,
            )
        )  # fmt: skip
    assert mark_interrupted(db) == []  # another machine, recently active: may be running
    assert _status(db) == ["running"]


def test_the_history_offers_to_revert_an_interrupted_import_not_a_running_one() -> None:
    import datetime as dt

    from showroom.importers.revert import ImportInfo

    def info(status: str) -> ImportInfo:
        return ImportInfo(1, dt.datetime(2026, 12, 4), "admin", "a.csv", "customers", status,
                          1, 0, 0, None)  # fmt: skip

    assert info("interrupted").revertible and info("done").revertible
    assert not info("running").revertible and not info("reverted").revertible
