"""The daily and monthly reports on a store built by hand: every figure checked."""

from __future__ import annotations

import datetime as dt

import pytest
from report_store import DAY, EXPECTED, NOVEMBER, TARGETS, YESTERDAY, build_report_store

from showroom.db import Database
from showroom.reports import DailyReport, Figures, daily_report, monthly_report
from showroom.reports.daily import ReportLine
from showroom.reports.figures import COUNTS
from showroom.services.permissions import PermissionDenied
from showroom.services.targets import TARGET_FIELDS


def _line(report: DailyReport, name: str) -> ReportLine:
    if name == "total":
        return report.total
    if name == "(none)":
        return next(line for line in report.lines if line.consultant_id is None)
    return next(line for line in report.lines if line.consultant == name)


def _assert_figures(figures: Figures, expected: tuple[tuple[int, ...], dict[str, int]]) -> None:
    counts, levels = expected
    assert tuple(getattr(figures, name) for name in COUNTS) == counts
    assert {k: v for k, v in figures.new_prospects.items() if v} == levels


def test_every_figure_of_the_day_and_month_to_date(db: Database) -> None:
    staff = build_report_store(db)
    report = daily_report(db, staff.manager, DAY)
    assert report.whole_store and report.levels == ("H", "A", "B", "C")
    assert report.month_start == NOVEMBER
    names = [str(line.consultant) if line.consultant_id else "(none)" for line in report.lines]
    assert names == ["陈静", "李丽", "张伟", "(none)"]  # pinyin order
    for name, periods in EXPECTED.items():
        line = _line(report, name)
        _assert_figures(line.day, periods["day"])
        _assert_figures(line.month, periods["month"])


def test_rates_and_target_attainment(db: Database) -> None:
    staff = build_report_store(db)
    report = daily_report(db, staff.manager, DAY)
    alice = _line(report, "李丽")
    # Day: 3 walk-ins + 1 call, 2 contacts, 2 test drives, 1 order.
    assert alice.day.capture_rate == pytest.approx(2 / 4)
    assert alice.day.test_drive_rate == pytest.approx(2 / 3)
    assert alice.day.closing_rate == pytest.approx(1 / 3)
    # Month: 5 walk-ins + 2 calls, 4 contacts, 3 test drives, 2 orders.
    assert alice.month.capture_rate == pytest.approx(4 / 7)
    assert alice.month.test_drive_rate == pytest.approx(3 / 5)
    assert alice.month.closing_rate == pytest.approx(2 / 5)
    assert tuple(getattr(alice.targets, n) for n in TARGET_FIELDS) == TARGETS["李丽"]
    assert [alice.attainment(n) for n in TARGET_FIELDS] == pytest.approx(
        [5 / 40, 3 / 20, 3 / 10, 2 / 8, 1 / 6]
    )
    bob = _line(report, "张伟")
    assert bob.attainment("walk_ins") is None  # no target set: no rate, not 0%
    assert bob.attainment("orders") == pytest.approx(1 / 5)
    assert bob.attainment("deliveries") == 0
    assert bob.day.closing_rate == 0
    carol = _line(report, "陈静")
    assert carol.day.capture_rate is None and carol.attainment("orders") is None
    store = report.total
    assert store.is_total
    assert tuple(getattr(store.targets, n) for n in TARGET_FIELDS) == (40, 20, 10, 13, 10)
    assert store.attainment("orders") == pytest.approx(3 / 13)
    assert store.month.capture_rate == pytest.approx(7 / 12)
    assert store.month.closing_rate == pytest.approx(3 / 9)


def test_the_day_before_is_its_own_report(db: Database) -> None:
    staff = build_report_store(db)
    report = daily_report(db, staff.manager, YESTERDAY)
    alice = _line(report, "李丽")
    _assert_figures(alice.day, ((2, 0, 1, 2, 1, 1, 0, 0, 0), {"A": 1}))
    # The order of 5 November is in the month to date, its delivery (20th) is not yet.
    _assert_figures(alice.month, ((2, 0, 1, 2, 1, 1, 1, 0, 0), {"A": 1}))


def test_a_consultant_sees_only_their_own_line(db: Database) -> None:
    staff = build_report_store(db)
    report = daily_report(db, staff.bob, DAY)
    assert not report.whole_store
    assert [line.consultant for line in report.lines] == ["张伟"]
    _assert_figures(report.total.month, EXPECTED["张伟"]["month"])
    assert report.total.targets.orders == 5


def test_reception_may_view_but_service_roles_are_checked(db: Database) -> None:
    from showroom.models import Role
    from showroom.services.context import Actor

    build_report_store(db)
    nobody = Actor(999, "ghost", "ghost", "guest")  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        daily_report(db, nobody, DAY)
    desk = Actor(998, "desk", "前台", Role.RECEPTION)
    assert daily_report(db, desk, DAY).lines == ()  # no figures of their own


def test_an_empty_store_reports_zeros(db: Database, actor) -> None:  # type: ignore[no-untyped-def]
    report = daily_report(db, actor, DAY)
    assert report.lines == ()
    assert report.total.month == Figures() and report.total.day.closing_rate is None


def test_monthly_report_has_every_day(db: Database) -> None:
    staff = build_report_store(db)
    month = monthly_report(db, staff.manager, dt.date(2026, 11, 15))
    assert month.month == NOVEMBER
    assert [day for day, _ in month.days] == [NOVEMBER + dt.timedelta(days=i) for i in range(30)]
    by_day = dict(month.days)
    _assert_figures(by_day[DAY], EXPECTED["total"]["day"])
    _assert_figures(by_day[dt.date(2026, 11, 5)], ((0,) * 6 + (1, 0, 0), {}))
    _assert_figures(by_day[dt.date(2026, 11, 21)], ((1, 0, 0, 1, 0, 0, 0, 0, 0), {}))
    assert by_day[dt.date(2026, 11, 1)] == Figures()
    # The whole month: the month to date plus the 21st's walk-in that left contact details.
    counts, levels = EXPECTED["total"]["month"]
    _assert_figures(month.total, ((8, *counts[1:3], 8, *counts[4:]), levels))
    assert month.targets.orders == 13
    assert month.attainment("orders") == pytest.approx(3 / 13)


def test_monthly_report_for_one_consultant(db: Database) -> None:
    staff = build_report_store(db)
    month = monthly_report(db, staff.manager, NOVEMBER, consultant_id=staff.bob.user_id)
    assert month.consultant == "张伟"
    _assert_figures(month.total, EXPECTED["张伟"]["month"])
    assert month.targets.orders == 5
    # A consultant asking for someone else's month gets their own.
    own = monthly_report(db, staff.bob, NOVEMBER, consultant_id=staff.alice.user_id)
    assert own.consultant_id == staff.bob.user_id


def test_a_month_of_31_days_and_february() -> None:
    from showroom.services.targets import month_end, month_start

    assert month_end(dt.date(2026, 12, 5)) == dt.date(2026, 12, 31)
    assert month_end(dt.date(2028, 2, 1)) == dt.date(2028, 2, 29)
    assert month_start(dt.date(2026, 2, 28)) == dt.date(2026, 2, 1)
