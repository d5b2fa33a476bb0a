"""Loyalty, membership and value classes as pure rules over hand-built histories."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from showroom.models import LoyaltyClass, ValueClass
from showroom.rules.classes import (
    MembershipTier,
    ValueCutoffs,
    cutoffs_at,
    mark_badges,
    membership_level,
    rank_offsets,
    value_class,
    value_shares,
)
from showroom.rules.loyalty import (
    VehicleHistory,
    customer_loyalty,
    loyalty_class,
    loyalty_rank,
    missed_maintenances,
    next_due,
)
from showroom.rules.maintenance import Intervals, add_months

# Time governs at 10 km/day: 5,000 km take 500 days, longer than 3 or 6 months.
PLAN = Intervals(first_km=5000, first_months=3, km=5000, months=6)
SLOW = 10.0
DELIVERED = dt.date(2020, 1, 15)


def _dues(count: int) -> list[dt.date]:
    """The due dates of a car whose owner comes exactly on the day, or not at all."""
    dues = [add_months(DELIVERED, 3)]
    while len(dues) < count:
        dues.append(add_months(dues[-1], 6))
    return dues


def _history(pattern: str) -> tuple[VehicleHistory, dt.date]:
    """``pattern``: one character per expected maintenance, "x" came, "-" missed.

    Returns the history and a "today" after the last one's grace period and before the
    next due date, so every maintenance in the pattern is judged.
    """
    dues = _dues(len(pattern) + 1)
    visits = [due for due, mark in zip(dues, pattern, strict=False) if mark == "x"]
    today = dues[len(pattern) - 1] + dt.timedelta(days=45)
    assert today < dues[len(pattern)]
    return VehicleHistory(DELIVERED, visits, PLAN, SLOW), today


@pytest.mark.parametrize(
    ("pattern", "missed", "expected"),
    [
        ("xxxxxx", 0, LoyaltyClass.EVERY_TIME),
        ("xx-xxx", 1, LoyaltyClass.MISSED_ONE),
        ("-xxxx-", 2, LoyaltyClass.MISSED_TWO),
        ("x-x-x-", 3, LoyaltyClass.MISSED_THREE_FOUR),
        ("--xx--", 4, LoyaltyClass.MISSED_THREE_FOUR),
        ("x-----", 5, LoyaltyClass.MISSED_MORE),
        ("------x", 6, LoyaltyClass.MISSED_MORE),
    ],
)
def test_loyalty_class_of_each_history(pattern: str, missed: int, expected: LoyaltyClass) -> None:
    history, today = _history(pattern)
    assert missed_maintenances(history, today) == missed
    assert customer_loyalty([history], today) == expected


def test_a_visit_within_the_grace_period_counts_and_restarts_the_interval() -> None:
    first_due = add_months(DELIVERED, 3)
    late = first_due + dt.timedelta(days=20)
    history = VehicleHistory(DELIVERED, [late, add_months(late, 6)], PLAN, SLOW)
    assert missed_maintenances(history, add_months(late, 6) + dt.timedelta(days=40)) == 0
    # Forty days late is past the 30-day grace: missed, and the visit serves the next one.
    too_late = first_due + dt.timedelta(days=40)
    history = VehicleHistory(DELIVERED, [too_late], PLAN, SLOW)
    assert missed_maintenances(history, too_late + dt.timedelta(days=10)) == 1


def test_a_due_date_still_in_its_grace_period_is_not_missed_yet() -> None:
    due = add_months(DELIVERED, 3)
    history = VehicleHistory(DELIVERED, [], PLAN, SLOW)
    assert missed_maintenances(history, due + dt.timedelta(days=30)) == 0
    assert missed_maintenances(history, due + dt.timedelta(days=31)) == 1


def test_mileage_sets_the_due_date_for_a_fast_driver() -> None:
    # 100 km/day reaches 5,000 km in 50 days, before 3 months.
    assert next_due(DELIVERED, PLAN, 100.0, first=True) == DELIVERED + dt.timedelta(days=50)
    assert next_due(DELIVERED, PLAN, 10.0, first=True) == add_months(DELIVERED, 3)

    # 30 km/day: 166.7 days, rounded down like the due list (the day before it is passed).
    assert next_due(DELIVERED, PLAN, 30.0, first=False) == DELIVERED + dt.timedelta(days=166)


def test_an_absurd_pace_still_moves_from_due_date_to_due_date() -> None:
    # A mistyped odometer gives 50,000 km/day: every interval is "reached" within the day,
    # yet each maintenance falls at least a day after the one before and the walk ends.
    assert next_due(DELIVERED, PLAN, 50_000.0, first=True) == DELIVERED + dt.timedelta(days=1)
    history = VehicleHistory(DELIVERED, [], PLAN, 50_000.0)
    assert missed_maintenances(history, DELIVERED + dt.timedelta(days=100)) == 69
    no_months = VehicleHistory(DELIVERED, [], Intervals(first_months=0, months=0), SLOW)
    assert missed_maintenances(no_months, DELIVERED + dt.timedelta(days=40)) == 10


def test_a_car_bought_elsewhere_is_judged_from_its_first_maintenance_here() -> None:
    first = dt.date(2022, 3, 1)
    history = VehicleHistory(None, [first], PLAN, SLOW)
    # Nothing expected before the store knew the car; the next is due 6 months later.
    assert missed_maintenances(history, add_months(first, 6) + dt.timedelta(days=31)) == 1
    assert missed_maintenances(VehicleHistory(None, [], PLAN, SLOW), first) is None


def test_the_customer_takes_the_class_of_the_least_attended_vehicle() -> None:
    good, today = _history("xxxx")
    bad = VehicleHistory(DELIVERED, [], PLAN, SLOW)
    assert customer_loyalty([good, bad], today) == LoyaltyClass.MISSED_THREE_FOUR
    assert customer_loyalty([], today) is None


def test_loyalty_ranks() -> None:
    assert [loyalty_rank(c) for c in LoyaltyClass] == [1, 2, 3, 4, 5]
    assert loyalty_rank(None) == 1
    assert loyalty_class(-1) == LoyaltyClass.EVERY_TIME


TIERS = [
    MembershipTier("diamond", Decimal(50000), 2),
    MembershipTier("gold", Decimal(20000), 3),
    MembershipTier("silver", Decimal(5000), 4),
    MembershipTier("regular", Decimal(0), 5),
]


@pytest.mark.parametrize(
    ("spend", "loyalty", "expected"),
    [
        ("50000", "L2", "diamond"),
        ("49999.99", "L1", "gold"),
        ("50000", "L3", "gold"),
        ("20000", "L3", "gold"),
        ("19999.99", "L1", "silver"),
        ("20000", "L4", "silver"),
        ("5000", "L4", "silver"),
        ("4999.99", "L1", "regular"),
        ("900000", "L5", "regular"),
        ("0", None, "regular"),
    ],
)
def test_membership_at_its_thresholds(spend: str, loyalty: str | None, expected: str) -> None:
    assert membership_level(TIERS, Decimal(spend), loyalty, is_base=True) == expected


def test_only_base_customers_are_members() -> None:
    assert membership_level(TIERS, Decimal(90000), "L1", is_base=False) is None
    assert membership_level(TIERS[:1], Decimal(100), "L1", is_base=True) is None


def test_value_class_cutoffs_by_rank() -> None:
    shares = value_shares({"platinum": 0.05, "gold": 0.2})
    assert shares == (0.05, 0.2, 0.5)
    assert rank_offsets(100, shares) == (4, 19, 49)
    assert rank_offsets(1, shares) == (0, 0, 0)
    cut = cutoffs_at([Decimal(9000), Decimal(3000), Decimal(800)])
    assert cut == ValueCutoffs(Decimal(9000), Decimal(3000), Decimal(800))
    assert value_class(Decimal(9000), cut) == ValueClass.PLATINUM
    assert value_class(Decimal("8999.99"), cut) == ValueClass.GOLD
    assert value_class(Decimal(3000), cut) == ValueClass.GOLD
    assert value_class(Decimal("2999.99"), cut) == ValueClass.IRON
    assert value_class(Decimal(800), cut) == ValueClass.IRON
    assert value_class(Decimal("799.99"), cut) == ValueClass.LEAD


def test_nobody_who_spent_nothing_is_valued() -> None:
    cut = cutoffs_at([Decimal(0), None, Decimal(0)])
    assert value_class(Decimal(0), cut) == ValueClass.LEAD
    assert value_class(Decimal("0.01"), cut) == ValueClass.PLATINUM


def test_mark_badges_in_both_languages() -> None:
    assert mark_badges("vip,fleet", "en") == "[VIP][Fleet]"
    assert mark_badges("", "en") == ""
