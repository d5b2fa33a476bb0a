"""Many workstations at the same moment, as real separate processes: the same new phones
logged everywhere at once make one customer each; simultaneous visits of one customer all
save. On SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from showroom.db import Database
from showroom.models import Customer, RefItem, RefKind, Role, User, Visit

ROOT = Path(__file__).resolve().parent.parent
WORKER_TIMEOUT_S = 120

# One workstation: waits for the start signal (a file), then logs a visit for each phone.
_WORKER = r"""
import datetime as dt, json, sys, time
from pathlib import Path
from showroom.db import Database
from showroom.services.context import Actor
from showroom.models import Role
from showroom.services.visits import VisitInput, log_visit

url, gate, spec = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])
db = Database(url)
desk = Actor(spec["desk"], "desk", "前台", Role.RECEPTION)
print("ready", flush=True)
while not gate.exists():
    time.sleep(0.005)
saved = 0
for n, phone in enumerate(spec["phones"]):
    data = VisitInput(
        arrived_at=dt.datetime.fromisoformat(spec["at"]) + dt.timedelta(seconds=n),
        visitor_name="客" + phone[-4:], phone=phone, source_id=spec["source"],
        consultant_id=spec["consultant"],
    )
    log_visit(db, desk, data, now=dt.datetime.fromisoformat(spec["at"]) + dt.timedelta(hours=1))
    saved += 1
print("saved", saved, flush=True)
"""


def _staff(db: Database) -> dict[str, int]:
    with db.session() as session:
        desk = User(username="desk", display_name="前台", role=Role.RECEPTION)
        wang = User(username="wang", display_name="王强", role=Role.CONSULTANT)
        session.add_all([desk, wang])
        session.flush()
        source = session.scalars(
            select(RefItem.id).where(RefItem.kind == RefKind.SOURCE).order_by(RefItem.id)
        ).first()
        return {"desk": desk.id, "consultant": wang.id, "source": source}


def _run(db: Database, tmp_path: Path, phone_lists: list[list[str]]) -> None:
    staff = _staff(db)
    gate = tmp_path / "go"
    at = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=1)
    workers = [
        subprocess.Popen(
            [
                sys.executable, "-c", _WORKER, db.url, str(gate),
                json.dumps({**staff, "phones": phones, "at": at.isoformat()}),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for phones in phone_lists
    ]
    for worker in workers:  # every workstation has started and waits at the gate
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    gate.touch()  # all save at the same moment
    for worker in workers:
        out, err = worker.communicate(timeout=WORKER_TIMEOUT_S)
        assert worker.returncode == 0, err[-2000:]
        assert out.strip() == f"saved {len(phone_lists[0])}"


def _count(db: Database, model: type, *where: object) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_eight_workstations_logging_the_same_new_phones_make_one_customer_each(
    db: Database, tmp_path: Path
) -> None:
    phones = [f"1391234{n:04d}" for n in range(20)]
    _run(db, tmp_path, [phones] * 8)
    assert _count(db, Customer) == 20
    assert _count(db, Visit) == 160
    # Each phone's first visit is counted once, whichever workstation won the race.
    assert _count(db, Visit, Visit.is_first_visit.is_(True)) == 20
    with db.reader() as session:
        linked = session.scalar(select(func.count()).where(Visit.customer_id.is_(None)))
    assert linked == 0


def test_four_workstations_logging_one_customer_at_once_save_every_visit(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        session.add(Customer(name="张三", mobile="13812345678", mobile_tail="5678"))
    _run(db, tmp_path, [["13812345678"] * 10] * 4)
    assert _count(db, Customer) == 1
    assert _count(db, Visit) == 40
    with db.reader() as session:
        customer = session.scalars(select(Customer)).one()
        last = session.scalar(select(func.max(Visit.arrived_at)))
    assert customer.last_visit_at == last  # the newest of all, whoever saved last
