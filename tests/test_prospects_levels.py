"""The level rule: next follow-up date for every level, weekends, overdue detection."""

from __future__ import annotations

import datetime as dt

import pytest

from showroom.defaults import LEVELS
from showroom.rules.levels import days_overdue, is_due, is_overdue, next_follow_up

WED = dt.date(2024, 5, 8)  # a Wednesday
THU = dt.date(2024, 5, 9)
FRI = dt.date(2024, 5, 10)
INTERVALS = {code: every for code, _zh, _en, _h, every, _o, _l in LEVELS}


class Rule:
    def __init__(self, days: int | None) -> None:
        self.followup_days = days


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("H", dt.date(2024, 5, 10)),
        ("A", dt.date(2024, 5, 12)),  # a Sunday: an ordinary day by default
        ("B", dt.date(2024, 5, 15)),
        ("C", dt.date(2024, 5, 23)),
        ("O", None),
        ("F", None),
    ],
)
def test_default_levels_propose_their_interval(code: str, expected: dt.date | None) -> None:
    assert next_follow_up(Rule(INTERVALS[code]), WED, {}) == expected
    assert next_follow_up(INTERVALS[code], WED) == expected


@pytest.mark.parametrize(
    ("code", "start", "expected"),
    [
        ("H", THU, dt.date(2024, 5, 13)),  # Saturday → Monday
        ("H", FRI, dt.date(2024, 5, 13)),  # Sunday → Monday
        ("H", WED, dt.date(2024, 5, 10)),  # Friday stays
        ("A", WED, dt.date(2024, 5, 13)),  # Sunday → Monday
        ("A", FRI, dt.date(2024, 5, 14)),  # Tuesday stays
        ("B", dt.date(2024, 5, 11), dt.date(2024, 5, 20)),  # Saturday + 7 → Monday
        ("C", WED, dt.date(2024, 5, 23)),  # Thursday stays
        ("O", WED, None),
    ],
)
def test_skip_weekends_moves_to_monday(code: str, start: dt.date, expected: dt.date | None) -> None:
    settings = {"followups_skip_weekends": True}
    assert next_follow_up(Rule(INTERVALS[code]), start, settings) == expected
    assert next_follow_up(INTERVALS[code], start, True) == expected


def test_weekends_are_ordinary_days_unless_set() -> None:
    assert next_follow_up(2, THU, {"followups_skip_weekends": False}) == dt.date(2024, 5, 11)
    assert next_follow_up(2, THU, None) == dt.date(2024, 5, 11)


def test_store_interval_is_used() -> None:
    assert next_follow_up(Rule(1), WED) == THU
    assert next_follow_up(Rule(0), WED) is None


def test_overdue_and_due() -> None:
    assert not is_overdue(WED, WED)
    assert is_due(WED, WED)
    assert is_overdue(WED, THU)
    assert days_overdue(WED, FRI) == 2
    assert days_overdue(FRI, WED) == 0
    assert not is_due(FRI, WED)
    assert not is_overdue(None, FRI)
    assert not is_due(None, FRI)
