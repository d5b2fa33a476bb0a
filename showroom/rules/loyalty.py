"""Loyalty class (忠诚度类别): did the customer come for each maintenance since the first?

Each vehicle's expected maintenances are walked in order. The first is due from the
delivery here with the first-maintenance intervals (首保); each later one from the visit
that served the previous one with the ordinary intervals — or, when that one was missed,
from the date it was due. A maintenance counts as attended when a maintenance visit falls
on or before its due date plus a grace period (the customer was early or a little late);
it counts as missed once that grace period has passed without one. A due date whose grace
period is still running is neither: the customer may still come. Every due date comes from
the one maintenance rule (:func:`~.maintenance.due_after`), and the maintenance after the
last visit is judged on the vehicle's predicted date — the one the due list and the card
show — so a customer is never "late" by a date no screen showed.

A vehicle bought elsewhere starts at its first maintenance here: the store cannot expect
visits from before it knew the car.

The customer's class is that of their least-attended vehicle, so a fleet that keeps most
cars in order is not buried by the sum of small misses across dozens of vehicles, and a
private owner's second car that stopped coming still shows.

Plain values in, plain values out: the service layer and the demo feed it their rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from showroom.i18n import Msg
from showroom.labels import LOYALTY_CLASS
from showroom.models import LoyaltyClass

from .maintenance import Intervals, Reading, due_after

#: A maintenance up to this many days after its due date still counts as attended.
DEFAULT_GRACE_DAYS = 30


def loyalty_label(code: str | None) -> Msg | None:
    """The class's words (showroom.labels); ``None`` for none or an unknown code."""
    return LOYALTY_CLASS.label(code)


@dataclass(frozen=True)
class VehicleHistory:
    """What the rule needs of one vehicle."""

    #: When its first-maintenance clock started (:func:`~.maintenance.clock_start`);
    #: ``None`` for a vehicle bought elsewhere.
    delivered_on: dt.date | None
    #: Dates of its first-maintenance and maintenance visits here.
    maintenances: Sequence[dt.date]
    intervals: Intervals
    #: Kilometres per day (from its readings, or the store default).
    km_per_day: float
    #: Its predicted next maintenance (``vehicles.next_maintenance_due``, written by
    #: :func:`~.maintenance.predict`): the due date of the maintenance after its last
    #: visit, taken as it is so the class judges the date the due list and the card show.
    #: ``None`` (not computed yet) falls back to :func:`next_due` from the last visit.
    next_due_on: dt.date | None = None


@dataclass(frozen=True)
class Expected:
    """One maintenance the store expected of a vehicle."""

    due_on: dt.date
    #: The maintenance visit that served it; ``None`` when missed or still open.
    attended_on: dt.date | None = None


def next_due(anchor: dt.date, intervals: Intervals, km_per_day: float, *, first: bool) -> dt.date:
    """The maintenance after ``anchor`` by the maintenance rule (:func:`~.maintenance.due_after`),
    without an odometer: the interval's months or kilometres at ``km_per_day``, whichever first."""
    months, km = (
        (intervals.first_months, intervals.first_km) if first else (intervals.months, intervals.km)
    )
    return due_after(Reading(anchor, 0), km_step=km, months=months, pace=km_per_day)[0]


def expected_maintenances(
    history: VehicleHistory, today: dt.date, grace_days: int = DEFAULT_GRACE_DAYS
) -> list[Expected] | None:
    """The vehicle's expected maintenances in order, each with the visit that served it;
    the last is the one still open (its grace period runs past ``today``). ``None`` when
    none was ever expected (bought elsewhere and never maintained here)."""
    grace = dt.timedelta(days=grace_days)
    visits = sorted(set(history.maintenances))
    if history.delivered_on is not None:
        anchor, first = history.delivered_on, True
        visits = [day for day in visits if day > anchor]
    elif visits:
        anchor, first = visits[0], False
        visits = visits[1:]
    else:
        return None

    def due_from(anchor: dt.date, *, first: bool, last: bool) -> dt.date:
        if last and history.next_due_on is not None:
            return history.next_due_on
        return next_due(anchor, history.intervals, history.km_per_day, first=first)

    found: list[Expected] = []
    index = 0
    due = due_from(anchor, first=first, last=not visits)
    while True:
        if index < len(visits) and visits[index] <= due + grace:
            # Attended (early visits count too: the owner came for this maintenance).
            found.append(Expected(due, visits[index]))
            due = due_from(visits[index], first=False, last=index + 1 == len(visits))
            index += 1
            continue
        found.append(Expected(due))
        if due + grace >= today:
            return found
        following = next_due(due, history.intervals, history.km_per_day, first=False)
        due = max(following, due + dt.timedelta(days=1))  # a model set to 0 months still ends


def missed_maintenances(
    history: VehicleHistory, today: dt.date, grace_days: int = DEFAULT_GRACE_DAYS
) -> int | None:
    """How many expected maintenances of one vehicle were missed; ``None`` when none was
    ever expected (bought elsewhere and never maintained here)."""
    expected = expected_maintenances(history, today, grace_days)
    if expected is None:
        return None
    return sum(1 for item in expected[:-1] if item.attended_on is None)


def loyalty_class(missed: int) -> LoyaltyClass:
    if missed <= 0:
        return LoyaltyClass.EVERY_TIME
    if missed == 1:
        return LoyaltyClass.MISSED_ONE
    if missed == 2:
        return LoyaltyClass.MISSED_TWO
    if missed <= 4:
        return LoyaltyClass.MISSED_THREE_FOUR
    return LoyaltyClass.MISSED_MORE


def customer_loyalty(
    vehicles: Iterable[VehicleHistory], today: dt.date, grace_days: int = DEFAULT_GRACE_DAYS
) -> LoyaltyClass | None:
    """The class of the customer's least-attended vehicle; ``None`` when nothing was due."""
    counts = [
        missed
        for vehicle in vehicles
        if (missed := missed_maintenances(vehicle, today, grace_days)) is not None
    ]
    return loyalty_class(max(counts)) if counts else None


def loyalty_rank(code: str | None) -> int:
    """1 (came every time) … 5 (missed more than four); a customer not yet judged is 1."""
    if not code:
        return 1
    return list(LoyaltyClass).index(LoyaltyClass(code)) + 1
