"""``gui_stall_ms``: the longest time the GUI thread is busy in the front-desk flow.

Measured in a child process (``bench/gui_flow.py``) that drives a real offscreen main
window with a heartbeat timer; see that module for the flow. A SQLite store is copied
first, so the visit the flow saves does not change the cached store; a server store gets
one more visit per run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

from showroom.models import Customer

from .ops import REPO_ROOT, Case, Context, operation

FLOW_TIMEOUT_S = 180


@operation("gui_stall_ms", budget=50, unit="ms")
def gui_stall_cases(ctx: Context) -> list[Case]:
    with ctx.db.reader() as session:
        mobile = session.scalar(
            select(Customer.mobile)
            .where(Customer.mobile.is_not(None), Customer.deleted_at.is_(None))
            .order_by(Customer.id.desc())
            .limit(1)
        )
    if not mobile:
        return []
    return [Case("front desk", lambda: _run_flow(ctx, mobile))]


def _run_flow(ctx: Context, mobile: str) -> float | None:
    with tempfile.TemporaryDirectory(prefix="showroom-bench-gui-") as folder:
        url = ctx.store.url
        if ctx.store.path is not None:
            copy = Path(folder) / "store.db"
            shutil.copyfile(ctx.store.path, copy)
            url = f"sqlite:///{copy}"
        done = subprocess.run(
            [sys.executable, "-m", "bench.gui_flow", url, mobile],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=FLOW_TIMEOUT_S,
            env=_env(folder),
        )
    for line in done.stdout.splitlines():
        if line.startswith("STALL "):
            return float(line.split()[1])
    print(f"gui_stall_ms: the flow failed: {done.stderr.strip()[-500:]}", file=sys.stderr)
    return None


def _env(folder: str) -> dict[str, str]:
    import os

    # A data folder of the run's own: the window's settings and logs stay out of the user's.
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", SHOWROOM_DATA_DIR=folder)
