"""The operations the benchmark times, each through the calls its screen makes.

An operation turns the store into a list of cases; a case is one sample, labelled with
its kind (a per-kind row in the table when there are several) and returning the measured
value in the operation's unit, or ``None`` when it cannot be measured here ("n/a").
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from showroom.db import Database
from showroom.models import Customer, Vehicle
from showroom.services.search import search_customers

from .store import BenchStore

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Context:
    store: BenchStore
    db: Database


@dataclass(frozen=True)
class Case:
    kind: str
    run: Callable[[], float | None]


CaseFactory = Callable[[Context], list[Case]]


@dataclass(frozen=True)
class Operation:
    name: str  # fixed by docs/ARCHITECTURE.md §9: never renamed
    budget: float
    unit: str
    cases: CaseFactory


#: Every registered operation; :func:`all_operations` gives them in docs/ARCHITECTURE.md §9's order.
OPERATIONS: list[Operation] = []

#: ARCHITECTURE.md §9's table, in order; operations not named here follow, in registration order.
ORDER = (
    "startup_window_s", "search_ms", "visitor_day_ms", "visitor_month_ms",
    "visitor_lookup_ms", "prospects_today_ms", "prospects_all_ms", "funnel_year_ms",
    "card_open_ms", "customers_filtered_ms", "due_30d_ms", "care_calls_today_ms",
    "daily_report_ms", "daily_report_pdf_ms", "export_visits_100k_s", "export_peak_mb",
    "import_visits_50k_s", "import_peak_mb",
)  # fmt: skip


def all_operations() -> list[Operation]:
    """Import every ``bench/ops_*.py`` (each area registers its own operations there)."""
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.name.startswith("ops_"):
            importlib.import_module(f"{__package__}.{module.name}")
    rank = {name: index for index, name in enumerate(ORDER)}
    return sorted(OPERATIONS, key=lambda op: rank.get(op.name, len(ORDER)))


def operation(name: str, *, budget: float, unit: str) -> Callable[[CaseFactory], CaseFactory]:
    def register(factory: CaseFactory) -> CaseFactory:
        if any(op.name == name for op in OPERATIONS):
            raise ValueError(f"benchmark operation {name!r} registered twice")
        OPERATIONS.append(Operation(name, budget, unit, factory))
        return factory

    return register


def timed_ms(call: Callable[[], object]) -> Callable[[], float]:
    """A case body that runs ``call`` and returns its wall time in milliseconds."""

    def run() -> float:
        started = time.perf_counter()
        call()
        return (time.perf_counter() - started) * 1000

    return run


# ------------------------------------------------------------------------ start-up

#: A window that has not appeared after this long is not going to.
STARTUP_TIMEOUT_S = 60.0


@operation("startup_window_s", budget=1.5, unit="s")
def startup_cases(ctx: Context) -> list[Case]:
    return [Case("window", lambda: startup_seconds(ctx.store.url))]


def startup_seconds(url: str) -> float | None:
    """Wall time from spawning the program to its ``READY`` line; None if it never comes.

    ``main.py --benchmark-startup`` prints ``READY <seconds>`` once its main window is
    shown and idle, then exits; the time measured here also covers the interpreter start
    and imports, which the user waits for too.
    """
    if not (REPO_ROOT / "main.py").exists():
        return None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "main.py", "--db", url, "--benchmark-startup"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        return _wait_ready(process, started)
    finally:
        _stop(process)


def _wait_ready(process: subprocess.Popen[str], started: float) -> float | None:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("READY"):
            return time.perf_counter() - started
        if time.perf_counter() - started > STARTUP_TIMEOUT_S:
            break
    return None


def _stop(process: subprocess.Popen[str]) -> None:
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# -------------------------------------------------------------------------- search

#: Customers whose details become queries, spread over the whole id range.
SEARCH_PEOPLE = 12


@operation("search_ms", budget=50, unit="ms")
def search_cases(ctx: Context) -> list[Case]:
    """What reception types: a full mobile, its last four digits, a plate, the start of a
    name, pinyin initials and full pinyin; each query is one sample."""
    cases = []
    for kind, query in search_queries(ctx.db):
        cases.append(Case(kind, timed_ms(lambda q=query: search_customers(ctx.db, q))))
    return cases


def search_queries(db: Database) -> list[tuple[str, str]]:
    with db.reader() as session:
        low, high = session.execute(select(func.min(Customer.id), func.max(Customer.id))).one()
        if low is None:
            return []
        step = max(1, (high - low) // SEARCH_PEOPLE)
        wanted = list(range(low + step // 2, high + 1, step))[:SEARCH_PEOPLE]
        people = session.execute(
            select(Customer.mobile, Customer.name, Customer.name_initials, Customer.name_pinyin)
            .where(Customer.id.in_(wanted))
            .order_by(Customer.id)
        ).all()
        plates = session.scalars(
            select(Vehicle.plate)
            .where(Vehicle.plate.is_not(None), Vehicle.id % step == 0)
            .order_by(Vehicle.id)
            .limit(SEARCH_PEOPLE)
        ).all()
    queries: list[tuple[str, str]] = []
    for mobile, name, initials, pinyin in people:
        if mobile:
            queries += [("mobile", mobile), ("tail", mobile[-4:])]
        # People type the surname and the first character of the given name.
        queries += [("name", name[:2]), ("initials", initials), ("pinyin", pinyin)]
    queries += [("plate", plate) for plate in plates]
    return queries
