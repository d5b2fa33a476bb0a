"""The once-a-day store-wide upkeep of derived columns that change with the calendar.

Two derived caches move although nobody types anything:

* a vehicle's insurance renewal date rolls on to the next anniversary once the old one is
  long past (``vehicles.insurance_due_on``);
* customers' loyalty classes (a maintenance becomes "missed" as days pass) and value
  classes (ranked by spend against every other customer: one customer's service visit
  moves the others' ranks, but only that customer is re-ranked at the visit).

:func:`run_daily_upkeep` recomputes them unless it already ran today. It is started in the
background when the desktop program starts and from ``showroom upkeep`` (a store may
schedule it), so no server job has to be remembered (docs/ARCHITECTURE.md §7).

The date of the last run is written at the END, in its own transaction: a run that is
interrupted (the program closed, an error) is repeated at the next start. Two workstations
starting at the same moment may both run it; that is accepted on purpose — both
recomputations derive the same values from the same records, every write is idempotent,
and each step is one short transaction, so the worst case is the work done twice.

The next-maintenance due date is not refreshed here: it is predicted from readings and
services only (not from today's date) and is refreshed whenever one of those is saved.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.models import Vehicle

from . import customer_classes
from .due_cache import INSURANCE_GRACE_DAYS, insurance_due
from .store_settings import get_setting, set_setting

#: Setting holding the ISO date of the last complete upkeep run.
LAST_RUN_KEY = "last_upkeep_on"

#: ``progress(done, total)`` over the customers; returning ``False`` stops the run.
Progress = Callable[[int, int], bool | None]

_vehicles = Vehicle.__table__
_ROLL = (
    update(_vehicles)
    .where(_vehicles.c.id == bindparam("vid"))
    .values(insurance_due_on=bindparam("ins"))
)


@dataclass(frozen=True)
class UpkeepResult:
    #: False when it had already run today (nothing was done).
    ran: bool
    #: Vehicles whose insurance renewal date moved.
    vehicles: int = 0
    #: Live customers recomputed.
    customers: int = 0
    seconds: float = 0.0


def last_run_on(db: Database) -> dt.date | None:
    with db.reader() as session:
        value = get_setting(session, LAST_RUN_KEY)
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def roll_insurance_dates(session: Session, today: dt.date) -> int:
    """Move stale insurance renewal dates on to the policy's next anniversary.

    Only the vehicles whose cached date fell out of the renewal window (or was never
    filled) are read — an index range on ``insurance_due_on`` — so a daily run touches
    the few policies that passed their date since yesterday, not the whole fleet.
    """
    edge = today - dt.timedelta(days=INSURANCE_GRACE_DAYS)
    rows = [
        {"vid": vehicle_id, "ins": insurance_due(policy_on, today)}
        for vehicle_id, policy_on in session.execute(
            select(Vehicle.id, Vehicle.insurance_policy_on).where(
                Vehicle.deleted_at.is_(None),
                Vehicle.insurance_policy_on.is_not(None),
                or_(Vehicle.insurance_due_on.is_(None), Vehicle.insurance_due_on < edge),
            )
        )
    ]
    if rows:
        # A Core UPDATE, like the due cache: no version bump, no audit row per vehicle.
        session.execute(_ROLL, rows)
    return len(rows)


def run_daily_upkeep(
    db: Database,
    today: dt.date | None = None,
    progress: Progress | None = None,
    *,
    force: bool = False,
    user_id: int | None = None,
) -> UpkeepResult:
    """Run the store-wide upkeep unless it already ran ``today`` (or ``force``)."""
    today = today or dt.date.today()
    if not force and last_run_on(db) == today:
        return UpkeepResult(ran=False)
    started = time.perf_counter()
    with db.session(user_id) as session:
        vehicles = roll_insurance_dates(session, today)

    stopped = False

    def relay(done: int, total: int) -> bool | None:
        nonlocal stopped
        if progress is not None and progress(done, total) is False:
            stopped = True
            return False
        return None

    customers = customer_classes.recompute_all(db, user_id=user_id, today=today, progress=relay)
    if stopped:
        # Rolled back: not marked as done, so the next start runs it again.
        return UpkeepResult(ran=False, vehicles=vehicles)
    with db.session(user_id) as session:
        set_setting(session, LAST_RUN_KEY, today.isoformat())
    return UpkeepResult(
        ran=True, vehicles=vehicles, customers=customers, seconds=time.perf_counter() - started
    )
