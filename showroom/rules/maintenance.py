"""When is a vehicle next due for maintenance, and why (docs/ARCHITECTURE.md §6).

* First maintenance (首保): ``first_km`` km or ``first_months`` months after delivery,
  whichever comes first (defaults 5,000 km / 3 months).
* Later maintenance: ``km`` km or ``months`` months after the last one (5,000 km / 6
  months); all four numbers are configurable per car model.
* Kilometres per day come from the vehicle's own readings (first to last); with fewer
  than two usable readings the store's default km/day is used.

Everything here is plain values in, plain values out, so the same rules serve the
per-vehicle refresh, the bulk refresh, the card and the tests.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from showroom.i18n import QT_TRANSLATE_NOOP, Msg

_CTX = "Maintenance"


class DueReason(StrEnum):
    """What sets the due date (stored in ``vehicles.next_maintenance_reason``)."""

    TIME = "time"
    KM = "km"


@dataclass(frozen=True)
class Intervals:
    """A car model's maintenance intervals."""

    first_km: int = 5000
    first_months: int = 3
    km: int = 5000
    months: int = 6


@dataclass(frozen=True, order=True)
class Reading:
    on: dt.date
    km: int


@dataclass(frozen=True)
class DuePrediction:
    due_on: dt.date
    reason: DueReason
    km_per_day: float
    #: Whether the next one is the first maintenance (首保).
    first: bool
    #: The maintenance (or delivery) the interval runs from, and the odometer there.
    basis_on: dt.date
    basis_km: int
    #: The odometer at the due mileage (basis + interval).
    target_km: int
    #: The latest known reading the projection starts from.
    last_reading: Reading | None
    #: True when km/day is the store default (fewer than two usable readings).
    default_pace: bool

    def km_on(self, day: dt.date) -> int:
        """The predicted odometer on ``day``."""
        return predicted_km(self.last_reading, self.basis_on, self.basis_km, self.km_per_day, day)

    def explain(self, today: dt.date) -> Msg:
        return explain(self.reason, self.km_on(today))


# Cached: the whole-store recomputations call it over a million times on a few thousand
# distinct (day, months) pairs.
@functools.lru_cache(maxsize=65536)
def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's last day (31 Jan + 1 → 29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def km_per_day(readings: Iterable[Reading], default: float) -> tuple[float, bool]:
    """The vehicle's own pace from its first and last readings; ``(pace, used_default)``.

    First-to-last rather than a fit: odometer readings are exact, and the long span
    smooths holidays and trips. A falling odometer (a typing error, a replaced cluster)
    or readings all on one day give no pace, so the store's default is used.
    """
    ordered = sorted(readings, key=lambda r: (r.on, r.km))
    if len(ordered) >= 2:
        first, last = ordered[0], ordered[-1]
        days = (last.on - first.on).days
        if days > 0 and last.km > first.km:
            return (last.km - first.km) / days, False
    return float(default), True


def predicted_km(
    last: Reading | None, basis_on: dt.date, basis_km: int, pace: float, day: dt.date
) -> int:
    """The odometer on ``day``, projected from the latest reading (or the basis)."""
    start = last if last is not None and last.on >= basis_on else Reading(basis_on, basis_km)
    return max(start.km, round(start.km + pace * (day - start.on).days))


def clock_start(
    delivered_on: dt.date | None, purchase_date: dt.date | None, sold_here: bool
) -> dt.date | None:
    """The day the first-maintenance clock starts: the delivery here, or for a car sold
    here before deliveries were recorded (imported history), its purchase date; ``None``
    for a car bought elsewhere."""
    return delivered_on or (purchase_date if sold_here else None)


def due_after(
    basis: Reading,
    *,
    km_step: int,
    months: int,
    pace: float,
    latest: Reading | None = None,
) -> tuple[dt.date, DueReason]:
    """The maintenance after the one at ``basis``: ``months`` later or ``km_step`` further,
    whichever comes first — the one rule every due date comes from (the due list, the
    card, the care calls and the loyalty class).

    The mileage is projected at ``pace`` km/day from ``latest`` (a reading on or after
    the basis) or from the basis itself. The day is rounded *down*: the due date is the
    last whole day on which the projected odometer has not yet passed the interval. That
    is the date the due list has always shown (and the one advisors call on); a reminder
    a day early does no harm, a day late lets the car run past its interval.
    """
    by_time = add_months(basis.on, months)
    start = latest if latest is not None and latest.on >= basis.on else basis
    if pace > 0:
        days = math.floor((basis.km + km_step - start.km) / pace)
        # At the earliest the day after the basis: an odometer already past the target is
        # due at once, and a walk from due date to due date always moves on (a bogus
        # 10,000 km/day would otherwise put every next maintenance on the same day).
        days = max(days, (basis.on - start.on).days + 1)
        if days < (by_time - start.on).days:
            return start.on + dt.timedelta(days=days), DueReason.KM
    return by_time, DueReason.TIME


def predict(
    *,
    delivered_on: dt.date | None,
    readings: Sequence[Reading],
    maintenances: Sequence[Reading | tuple[dt.date, int | None]],
    intervals: Intervals,
    default_km_per_day: float,
) -> DuePrediction | None:
    """The next maintenance of one vehicle, or ``None`` when nothing dates it.

    ``delivered_on`` is the :func:`clock_start`; ``maintenances`` are the dates (and
    odometer, if known) of its first maintenance and maintenance visits here; ``readings``
    every mileage reading (services, calls, …). A vehicle never maintained here since its
    delivery runs from the delivery with the first-maintenance intervals (a service dated
    on or before the delivery belongs to the car's earlier life and does not count, as in
    the loyalty rule); one bought elsewhere and never maintained runs from its first
    reading with the ordinary intervals.
    """
    pace, default_pace = km_per_day(readings, default_km_per_day)
    services = sorted(
        (m if isinstance(m, Reading) else _as_reading(m, readings)) for m in maintenances
    )
    if delivered_on is not None:
        services = [s for s in services if s.on > delivered_on]
    latest_reading = max(readings, key=lambda r: (r.on, r.km), default=None)
    if services:
        basis = services[-1]
        first = False
        km_step, months = intervals.km, intervals.months
    elif delivered_on is not None:
        # A new car leaves the showroom with next to nothing on the clock.
        at_delivery = [r.km for r in readings if r.on <= delivered_on]
        basis = Reading(delivered_on, max(at_delivery, default=0))
        first = True
        km_step, months = intervals.first_km, intervals.first_months
    elif readings:
        basis = min(readings, key=lambda r: (r.on, r.km))
        first = False
        km_step, months = intervals.km, intervals.months
    else:
        return None
    due_on, reason = due_after(
        basis, km_step=km_step, months=months, pace=pace, latest=latest_reading
    )
    return DuePrediction(
        due_on=due_on,
        reason=reason,
        km_per_day=pace,
        first=first,
        basis_on=basis.on,
        basis_km=basis.km,
        target_km=basis.km + km_step,
        last_reading=latest_reading,
        default_pace=default_pace,
    )


def _as_reading(item: tuple[dt.date, int | None], readings: Sequence[Reading]) -> Reading:
    """A service without an odometer takes the reading of that day, else the last before."""
    day, km = item
    if km is not None:
        return Reading(day, km)
    before = [r.km for r in readings if r.on <= day]
    return Reading(day, max(before, default=0))


def explain(reason: str | None, km_now: int | None) -> Msg:
    """The list's "why" column: due by time, or by mileage with the predicted odometer."""
    if reason == DueReason.KM and km_now is not None:
        return Msg(
            _CTX,
            QT_TRANSLATE_NOOP("Maintenance", "Due by mileage, ~{km} km now"),
            {"km": f"{km_now:,}"},
        )
    if reason == DueReason.KM:
        return Msg(_CTX, QT_TRANSLATE_NOOP("Maintenance", "Due by mileage"))
    return Msg(_CTX, QT_TRANSLATE_NOOP("Maintenance", "Due by time"))
