"""Maintenance due prediction for hand-built vehicles (docs/ARCHITECTURE.md §6)."""

from __future__ import annotations

import datetime as dt

import pytest

from showroom.rules.maintenance import (
    DueReason,
    Intervals,
    Reading,
    add_months,
    km_per_day,
    predict,
)

D = dt.date
DEFAULTS = Intervals()


def _predict(delivered=None, readings=(), maintenances=(), intervals=DEFAULTS, default=40):
    return predict(
        delivered_on=delivered,
        readings=list(readings),
        maintenances=list(maintenances),
        intervals=intervals,
        default_km_per_day=default,
    )


def test_first_maintenance_by_time_for_a_gentle_driver() -> None:
    # 20 km/day: 5,000 km would take 250 days, so the 3 months come first.
    p = _predict(D(2024, 1, 10), [Reading(D(2024, 1, 10), 10), Reading(D(2024, 2, 9), 610)])
    assert p is not None
    assert p.first and p.reason == DueReason.TIME
    assert p.due_on == D(2024, 4, 10)
    assert p.km_per_day == pytest.approx(20.0)
    assert p.explain(D(2024, 3, 1)).text("en") == "Due by time"


def test_first_maintenance_by_mileage() -> None:
    # 80 km/day from delivery: 5,000 km after 62.5 days, before the 3 months.
    p = _predict(D(2024, 1, 1), [Reading(D(2024, 1, 1), 0), Reading(D(2024, 1, 31), 2400)])
    assert p is not None and p.reason == DueReason.KM
    assert p.due_on == D(2024, 1, 31) + dt.timedelta(days=32)  # (5000 - 2400) / 80 = 32.5
    assert p.km_on(D(2024, 2, 10)) == 3200
    assert p.explain(D(2024, 2, 10)).text("en") == "Due by mileage, ~3,200 km now"


def test_fast_driver_after_a_maintenance() -> None:
    # 250 km/day (a ride-hailing car): 5,000 km in 20 days after the last maintenance.
    readings = [Reading(D(2024, 1, 1), 0), Reading(D(2024, 5, 1), 30_250)]
    p = _predict(D(2024, 1, 1), readings, maintenances=[(D(2024, 5, 1), 30_250)])
    assert p is not None and not p.first
    assert p.km_per_day == pytest.approx(250.0)
    assert (p.reason, p.due_on, p.target_km) == (DueReason.KM, D(2024, 5, 21), 35_250)


def test_vehicle_that_never_came_back_stays_overdue() -> None:
    # Delivered, one reading on the day, never seen again: due at 3 months, long past.
    p = _predict(D(2022, 6, 15), [Reading(D(2022, 6, 15), 8)])
    assert p is not None and p.default_pace and p.km_per_day == 40
    assert p.due_on == D(2022, 9, 15) and p.reason == DueReason.TIME
    assert p.due_on < D(2024, 1, 1)
    # The odometer keeps rising at the default pace in the explanation.
    assert p.km_on(D(2022, 7, 15)) == 8 + 30 * 40


def test_vehicle_just_serviced_starts_a_new_interval() -> None:
    today = D(2024, 6, 1)
    readings = [Reading(D(2023, 6, 1), 0), Reading(D(2023, 9, 1), 2760), Reading(today, 10_980)]
    p = _predict(D(2023, 6, 1), readings, maintenances=[(D(2023, 9, 1), 2760), (today, None)])
    assert p is not None and not p.first
    assert p.basis_on == today and p.basis_km == 10_980  # odometer taken from that day's reading
    # 30 km/day → 5,000 km in 166 days, just before the 6 months (183 days).
    assert p.km_per_day == pytest.approx(30.0)
    assert (p.reason, p.due_on) == (DueReason.KM, today + dt.timedelta(days=166))


def test_one_reading_uses_the_store_default() -> None:
    p = _predict(D(2024, 1, 1), [Reading(D(2024, 2, 1), 1500)], default=100)
    assert p is not None and p.default_pace and p.km_per_day == 100
    # From the reading: 3,500 km more at 100 km/day = 35 days.
    assert (p.reason, p.due_on) == (DueReason.KM, D(2024, 3, 7))


def test_intervals_per_model() -> None:
    long_life = Intervals(first_km=7500, first_months=6, km=10_000, months=12)
    p = _predict(
        D(2024, 1, 1), [Reading(D(2024, 1, 1), 0), Reading(D(2024, 3, 1), 600)], intervals=long_life
    )
    assert p is not None and (p.reason, p.due_on) == (DueReason.TIME, D(2024, 7, 1))
    slow = [Reading(D(2024, 1, 1), 0), Reading(D(2024, 7, 1), 1820)]  # 10 km/day
    later = _predict(D(2024, 1, 1), slow, maintenances=[(D(2024, 7, 1), 1820)], intervals=long_life)
    assert later is not None and (later.reason, later.due_on) == (DueReason.TIME, D(2025, 7, 1))


def test_bought_elsewhere_runs_from_its_first_reading() -> None:
    p = _predict(None, [Reading(D(2024, 1, 1), 40_000)])
    assert p is not None and not p.first and p.due_on == D(2024, 5, 5)  # 5,000 km / 40 = 125 days
    assert _predict(None, []) is None


def test_falling_odometer_gives_no_pace() -> None:
    pace, default = km_per_day([Reading(D(2024, 1, 1), 9000), Reading(D(2024, 2, 1), 900)], 35)
    assert (pace, default) == (35.0, True)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2024, 11, 30), 3, D(2025, 2, 28)),
        (D(2024, 5, 15), 6, D(2024, 11, 15)),
        (D(2024, 8, 1), 12, D(2025, 8, 1)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_explanation_in_chinese() -> None:
    p = _predict(D(2024, 1, 1), [Reading(D(2024, 1, 1), 0), Reading(D(2024, 1, 31), 2400)])
    assert p is not None
    assert p.explain(D(2024, 2, 10)).text("zh_CN") == "按里程到期，当前约 3,200 公里"
