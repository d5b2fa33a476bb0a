"""``frontdesk_keys[...]``: keys the front desk needs, counted in the real window.

One child process (``bench/frontdesk_flow.py``) drives an offscreen main window on a copy
of the store with key events only and checks each stored visit; its counts are the same
every run, so it runs once per benchmark run. The returning customer is a recent visitor
(the typical returning walk-in) whom the lookup lists first for their last four digits —
when another customer comes first, Down takes one more key per place.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

from showroom.models import Customer
from showroom.services.visits import lookup_returning

from .ops import REPO_ROOT, Case, Context, operation

#: flow → budget (keys), in the order the table shows them.
BUDGETS = {"last_four": 8, "full_phone": 15, "guest": 5, "call": 8, "departure": 3}
FLOW_TIMEOUT_S = 300
_CANDIDATES = 50


def _returning_mobiles(ctx: Context) -> tuple[str, str] | None:
    """Two recent visitors' mobiles: one the lookup lists first for its last four digits,
    and another for the full number."""
    with ctx.db.reader() as session:
        mobiles = session.scalars(
            select(Customer.mobile)
            .where(Customer.mobile.is_not(None), Customer.deleted_at.is_(None))
            .order_by(Customer.last_visit_at.desc().nulls_last())
            .limit(_CANDIDATES)
        ).all()
    for mobile in mobiles:
        found = lookup_returning(ctx.db, mobile[-4:])
        if found and found[0].mobile == mobile:
            other = next((m for m in mobiles if m != mobile), None)
            return (mobile, other) if other else None
    return None


@functools.cache
def _counts(url: str, path: str | None, tail: str, full: str) -> dict[str, float | None]:
    with tempfile.TemporaryDirectory(prefix="showroom-bench-keys-") as folder:
        if path is not None:
            copy = Path(folder) / "store.db"
            shutil.copyfile(path, copy)
            url = f"sqlite:///{copy}"
        done = subprocess.run(
            [sys.executable, "-m", "bench.frontdesk_flow", url, tail, full],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=FLOW_TIMEOUT_S,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen", SHOWROOM_DATA_DIR=folder),
        )
    counts: dict[str, float | None] = {}
    for line in done.stdout.splitlines():
        if line.startswith("KEYS "):
            _, flow, keys, verdict = line.split(maxsplit=3)
            counts[flow] = float(keys) if verdict == "ok" else None
            if verdict != "ok":
                print(f"frontdesk_keys[{flow}]: {verdict}", file=sys.stderr)
    if not counts:
        print(f"frontdesk_keys: the flow failed: {done.stderr.strip()[-500:]}", file=sys.stderr)
    return counts


def _register(flow: str, budget: int) -> None:
    @operation(f"frontdesk_keys[{flow}]", budget=budget, unit="keys")
    def cases(ctx: Context) -> list[Case]:
        mobiles = _returning_mobiles(ctx)
        if mobiles is None:
            return []
        path = str(ctx.store.path) if ctx.store.path else None

        def run() -> float | None:
            return _counts(ctx.store.url, path, *mobiles).get(flow)

        return [Case(flow, run)]


for _flow, _budget in BUDGETS.items():
    _register(_flow, _budget)
