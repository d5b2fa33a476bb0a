"""Monthly sales targets: set by a manager, validated, audited, read by the reports."""

from __future__ import annotations

import datetime as dt

import pytest
from report_store import NOVEMBER, build_report_store
from sqlalchemy import select

from showroom.db import Database
from showroom.models import AuditEntry, SalesTarget
from showroom.reports import daily_report
from showroom.services.permissions import PermissionDenied
from showroom.services.targets import MAX_TARGET, get_targets, set_targets
from showroom.validation import ValidationFailed


def test_manager_sets_targets_and_the_report_uses_them(db: Database) -> None:
    staff = build_report_store(db)
    saved = set_targets(
        db, staff.manager, dt.date(2026, 12, 17), staff.carol.user_id, orders=7, walk_ins="60"
    )
    assert (saved.month, saved.orders, saved.walk_ins, saved.deliveries) == (
        dt.date(2026, 12, 1), 7, 60, 0,
    )  # fmt: skip
    # Only the given fields change on a second save.
    again = set_targets(db, staff.manager, dt.date(2026, 12, 1), staff.carol.user_id, deliveries=3)
    assert (again.orders, again.deliveries) == (7, 3)
    december = {t.consultant: t for t in get_targets(db, staff.manager, dt.date(2026, 12, 31))}
    assert set(december) == {"李丽", "张伟", "陈静"}
    assert december["陈静"].orders == 7 and not december["李丽"].is_set
    report = daily_report(db, staff.manager, dt.date(2026, 12, 2))
    assert report.total.targets.orders == 7
    with db.reader() as s:
        rows = s.scalars(select(SalesTarget).where(SalesTarget.month == dt.date(2026, 12, 1)))
        assert len(rows.all()) == 1
        audit = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "sales_targets").order_by(AuditEntry.id)
        ).all()
    assert [a.action for a in audit][-2:] == ["create", "update"]
    assert audit[-1].user_id == staff.manager.user_id
    assert audit[-1].changes["deliveries"] == [0, 3]


def test_a_consultant_reads_only_their_own_targets_and_may_not_set_them(db: Database) -> None:
    staff = build_report_store(db)
    own = get_targets(db, staff.alice, NOVEMBER)
    assert [(t.consultant, t.orders) for t in own] == [("李丽", 8)]
    with pytest.raises(PermissionDenied) as refused:
        set_targets(db, staff.alice, NOVEMBER, staff.alice.user_id, orders=100)
    assert "销售目标" in refused.value.msg.text("zh_CN")
    assert get_targets(db, staff.alice, NOVEMBER)[0].orders == 8


def test_bad_values_are_reported_per_field_and_nothing_is_saved(db: Database) -> None:
    staff = build_report_store(db)
    with pytest.raises(ValidationFailed) as failed:
        set_targets(
            db, staff.manager, NOVEMBER, staff.carol.user_id,
            orders=-1, walk_ins="十", deliveries=MAX_TARGET + 1, prospects=4,
        )  # fmt: skip
    assert set(failed.value.errors) == {"orders", "walk_ins", "deliveries"}
    assert failed.value.errors["orders"].text("zh_CN") == "请输入 0 到 100000 之间的整数。"
    assert failed.value.errors["orders"].text("en") == "Enter a whole number from 0 to 100000."
    carol = next(t for t in get_targets(db, staff.manager, NOVEMBER) if t.consultant == "陈静")
    assert not carol.is_set
    with pytest.raises(ValidationFailed) as unknown:
        set_targets(db, staff.manager, NOVEMBER, 99_999, orders=1)
    assert set(unknown.value.errors) == {"consultant"}
    with pytest.raises(TypeError):
        set_targets(db, staff.manager, NOVEMBER, staff.carol.user_id, revenue=1)
