"""The visitor log: opening a day and a month, the lookup while typing, the 100k export.

Each operation goes through the calls the page makes (``list_visits`` with the page's
row limit, ``lookup_returning`` per pause in typing). The export runs in a child
process, so its peak memory is the export's own and not the benchmark's; the peaks of
the timed export runs are kept for ``export_peak_mb``, so the export is not run twice.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func, select

from showroom.db import Database
from showroom.models import Customer, Role, User, Visit
from showroom.services.context import Actor

from .memory import peak_mb
from .ops import REPO_ROOT, Case, Context, operation, timed_ms

#: Rows of the export operation (docs/ARCHITECTURE.md §9).
EXPORT_ROWS = 100_000
#: Rows the page reads at a time (ui.visitor_log_page.PAGE_SIZE).
PAGE = 500
#: Customers whose mobiles are typed in the lookup, spread over the id range.
LOOKUP_PEOPLE = 6
EXPORT_TIMEOUT_S = 600

#: Peak memory (MB) of each export run so far, consumed by ``export_peak_mb``.
_peaks: list[float] = []


def _actor(db: Database, role: Role) -> Actor | None:
    with db.reader() as s:
        user = s.scalars(select(User).where(User.role == role).order_by(User.id).limit(1)).first()
    return Actor(user.id, user.username, user.display_name, Role(user.role)) if user else None


def _busiest_consultant(db: Database, start: dt.date, end: dt.date) -> int | None:
    with db.reader() as s:
        return s.scalar(
            select(Visit.consultant_id)
            .where(Visit.visit_date.between(start, end), Visit.consultant_id.is_not(None))
            .group_by(Visit.consultant_id)
            .order_by(func.count().desc())
            .limit(1)
        )


def _list_cases(ctx: Context, start: dt.date, end: dt.date) -> list[Case]:
    """What the page does on opening: ``open_log`` (first page, total, still here)."""
    from showroom.services.visits import VisitFilter, open_log

    actor = _actor(ctx.db, Role.RECEPTION) or _actor(ctx.db, Role.ADMIN)
    if actor is None:
        return []
    filters = {
        "all": VisitFilter(start=start, end=end),
        "by_consultant": VisitFilter(
            start=start, end=end, consultant_id=_busiest_consultant(ctx.db, start, end)
        ),
        "sorted_by_name": VisitFilter(start=start, end=end, order="visitor_name"),
    }
    return [
        Case(
            kind,
            timed_ms(
                lambda f=flt: open_log(ctx.db, actor, f, today=ctx.store.today, page_size=PAGE)
            ),
        )
        for kind, flt in filters.items()
    ]


@operation("visitor_day_ms", budget=100, unit="ms")
def day_cases(ctx: Context) -> list[Case]:
    today = ctx.store.today
    return _list_cases(ctx, today, today)


@operation("visitor_month_ms", budget=100, unit="ms")
def month_cases(ctx: Context) -> list[Case]:
    today = ctx.store.today
    return _list_cases(ctx, today - dt.timedelta(days=30), today)


@operation("visitor_lookup_ms", budget=100, unit="ms")
def lookup_cases(ctx: Context) -> list[Case]:
    """A mobile typed in pauses: its first 3, 7 and all 11 digits; and the last four."""
    from showroom.services.visits import lookup_returning

    actor = _actor(ctx.db, Role.RECEPTION)
    with ctx.db.reader() as s:
        low, high = s.execute(select(func.min(Customer.id), func.max(Customer.id))).one()
        if low is None:
            return []
        step = max(1, (high - low) // LOOKUP_PEOPLE)
        mobiles = s.scalars(
            select(Customer.mobile)
            .where(Customer.id.in_(range(low + step // 2, high + 1, step)))
            .where(Customer.mobile.is_not(None))
            .limit(LOOKUP_PEOPLE)
        ).all()
    cases = []
    for mobile in mobiles:
        for kind, typed in (
            ("3_digits", mobile[:3]),
            ("7_digits", mobile[:7]),
            ("full", mobile),
            ("tail", mobile[-4:]),
        ):
            cases.append(
                Case(kind, timed_ms(lambda t=typed: lookup_returning(ctx.db, t, actor=actor)))
            )
    return cases


@operation("export_visits_100k_s", budget=10, unit="s")
def export_cases(ctx: Context) -> list[Case]:
    def run() -> float | None:
        result = _export_in_child(ctx.store.url, ctx.store.today)
        if result is None:
            return None
        _peaks.append(result["peak_mb"])
        return result["seconds"]

    return [Case("xlsx", run)]


@operation("export_peak_mb", budget=300, unit="MB")
def peak_cases(ctx: Context) -> list[Case]:
    def run() -> float | None:
        if _peaks:
            return _peaks.pop(0)
        result = _export_in_child(ctx.store.url, ctx.store.today)
        return result["peak_mb"] if result else None

    return [Case("xlsx", run)]


def _export_in_child(url: str, today: dt.date) -> dict[str, float] | None:
    process = subprocess.run(
        [sys.executable, "-m", "bench.ops_visits", url, today.isoformat()],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=EXPORT_TIMEOUT_S,
    )
    if process.returncode != 0:
        print(process.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(process.stdout.strip().splitlines()[-1])


def _peak_rss_mb() -> float:
    return peak_mb()  # the child's own (bench/memory.py says why not ru_maxrss)


def export_visits(url: str, today: dt.date, path: Path, rows: int = EXPORT_ROWS) -> int:
    """``rows`` visit rows of the store, newest days last, through the visitor-log sheet
    into a workbook, by the export layer's workbook writer. A store with fewer visits
    repeats them (the sheet's rows, cycled), so the size is the same."""
    from showroom.services.visits import VisitFilter
    from showroom.sheets.base import printout_for
    from showroom.sheets.export import write_content_xlsx
    from showroom.sheets.visits import VisitsSheet

    db = Database(url)
    actor = _actor(db, Role.MANAGER) or _actor(db, Role.ADMIN)
    assert actor is not None
    printout = printout_for(db, actor)
    content = VisitsSheet(VisitFilter(start=dt.date(1900, 1, 1), end=today), today).content(
        db, actor, printout.lang
    )
    table = content.tables[0]
    cells: Iterable[object] = table.rows
    if (table.count or 0) < rows:
        cells = itertools.cycle(list(cells))
    table.rows, table.count = itertools.islice(cells, rows), rows
    return write_content_xlsx(path, content, printout)


def main(argv: list[str]) -> None:
    url, today = argv[0], dt.date.fromisoformat(argv[1])
    # The whole child process's peak (interpreter, libraries and the export) is reported:
    # that is what the workstation must have free. The export streams, so nearly all of
    # it is the program itself.
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        written = export_visits(url, today, Path(folder) / "visits.xlsx")
        seconds = time.perf_counter() - started
    assert written == EXPORT_ROWS, written
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_rss_mb()}))


if __name__ == "__main__":
    main(sys.argv[1:])
