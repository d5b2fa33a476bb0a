"""The change feed: every committed write says which tables it touched; a rolled-back one
says nothing; another workstation's writes (here: another process) are heard as remote."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, update

from showroom.db import Database
from showroom.db.changes import Changes, kinds
from showroom.models import Customer, Setting, Visit
from showroom.services.context import Actor
from showroom.services.customers import CustomerInput, create_customer

ROOT = Path(__file__).resolve().parent.parent


class Heard:
    def __init__(self, db: Database) -> None:
        self.changes: list[Changes] = []
        self.arrived = threading.Event()
        db.changes.subscribe(self._on)

    def _on(self, changes: Changes) -> None:
        self.changes.append(changes)
        self.arrived.set()

    def wait(self, seconds: float = 8.0) -> Changes:
        assert self.arrived.wait(seconds), "no change was announced"
        return self.changes[-1]


def test_an_orm_write_names_its_tables_and_ids(db: Database, actor: Actor) -> None:
    heard = Heard(db)
    customer_id = create_customer(db, actor, CustomerInput(name="张三", mobile="13812345678"))
    changes = heard.wait()
    assert {"customers", "audit_log"} <= changes.kinds
    assert customer_id in changes.ids_of("customers")
    assert changes.touches(kinds(Customer)) and not changes.touches(kinds(Visit))
    assert not changes.remote


def test_core_statements_are_heard_and_reads_and_rollbacks_are_not(db: Database) -> None:
    heard = Heard(db)
    with db.reader() as session:
        session.scalars(select(Setting)).all()
    with pytest.raises(RuntimeError), db.session() as session:
        session.execute(update(Setting).values(value=Setting.value))
        raise RuntimeError("the user cancelled")
    assert heard.changes == []
    with db.session() as session:
        session.execute(update(Setting).where(Setting.key == "nothing").values(value="x"))
    assert heard.wait().kinds == {"settings"}


_WRITER = """
import sys
from showroom.db import Database
from showroom.models import Setting
db = Database(sys.argv[1])
with db.session() as session:
    session.add(Setting(key="written-elsewhere", value="1"))
db.dispose()
"""


def test_another_process_write_is_heard_as_remote_and_own_writes_are_not(db: Database) -> None:
    heard = Heard(db)
    assert db.changes.watch(interval=0.2).wait(10)
    try:
        # This handle's own write: announced once, locally, never again by the watcher.
        with db.session() as session:
            session.add(Setting(key="written-here", value="1"))
        assert not heard.wait().remote
        heard.arrived.clear()
        subprocess.run(
            [sys.executable, "-c", _WRITER, db.url], cwd=ROOT, check=True, timeout=60
        )
        changes = heard.wait()
        assert changes.remote and "settings" in changes.kinds
        assert [c.remote for c in heard.changes] == [False, True]
    finally:
        db.changes.stop()
