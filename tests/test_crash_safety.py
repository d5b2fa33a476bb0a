"""A writer killed mid-batch (SIGKILL, no clean-up of any kind) leaves the SQLite store
consistent, with every transaction it had committed present and nothing half-written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from showroom.db import Database
from showroom.models import AuditEntry, Customer

# The writer: batches of 50 customers, one transaction each; after each commit it prints
# the batch number, so the test knows exactly what was committed when it pulls the plug.
WRITER = r"""
import sys
from showroom.db import Database
from showroom.models import Customer

db = Database(sys.argv[1])
batch = 0
while True:
    batch += 1
    with db.session() as session:
        for i in range(50):
            session.add(Customer(name=f"crash-{batch}-{i}", notes="x" * 500))
    print(batch, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_killed_writer_leaves_every_committed_batch_and_a_sound_file(
    sqlite_db: Database, tmp_path: Path
) -> None:
    sqlite_db.dispose()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    root = Path(__file__).resolve().parent.parent
    writer = subprocess.Popen(
        [sys.executable, str(script), sqlite_db.url],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    committed = 0
    try:
        for line in writer.stdout:
            committed = int(line)
            if committed >= 40:
                break
    finally:
        # Mid-batch: the writer is already inside its next transaction by now.
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    assert committed >= 40

    db = Database(sqlite_db.url)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        with db.reader() as session:
            names = set(session.scalars(select(Customer.name).where(Customer.name.like("crash-%"))))
            audited = session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "create", AuditEntry.entity == "customers")
            )
        for batch in range(1, committed + 1):
            assert {f"crash-{batch}-{i}" for i in range(50)} <= names, batch
        # Whole batches only (the one being written when killed is all there or all gone).
        assert len(names) % 50 == 0
        assert len(names) // 50 in (committed, committed + 1)
        # Each customer's audit row committed with it.
        assert audited == len(names)
    finally:
        db.dispose()
