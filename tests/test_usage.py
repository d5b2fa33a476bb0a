"""Pick lists of an entry form offer what the store used most in the last 90 days first."""

from __future__ import annotations

import datetime as dt

from prospects_support import add_staff, ref_id

from showroom.db import Database
from showroom.models import RefKind, Visit
from showroom.services.usage import USAGE_DAYS, UsageKind, choice_usage
from showroom.services.visit_queries import visit_choices

TODAY = dt.date.today()


def _visits(db: Database, days_ago: int, count: int, **fields: object) -> None:
    day = TODAY - dt.timedelta(days=days_ago)
    with db.session() as s:
        for _ in range(count):
            s.add(Visit(visit_date=day, arrived_at=dt.datetime.combine(day, dt.time(10)), **fields))


def test_recent_visits_order_the_sources_models_and_consultants(db: Database) -> None:
    staff = add_staff(db)
    plain = visit_choices(db, lang="zh_CN")
    passing = ref_id(db, RefKind.SOURCE, "passing")
    old_customer = ref_id(db, RefKind.SOURCE, "old_customer")
    last_model = plain.models[-1].key
    _visits(db, 3, 3, source_id=old_customer, intended_model_id=last_model,
            consultant_id=staff.bob.user_id)  # fmt: skip
    _visits(db, 10, 2, source_id=passing, consultant_id=staff.alice.user_id)
    # Too old to count, and deleted: neither moves an entry up.
    internet = plain.sources[0].key
    _visits(db, USAGE_DAYS + 5, 9, source_id=plain.sources[-1].key)
    _visits(db, 1, 9, source_id=plain.sources[-2].key, deleted_at=dt.datetime.now())

    assert choice_usage(db, UsageKind.SOURCE) == {old_customer: 3, passing: 2}
    assert choice_usage(db, UsageKind.MODEL) == {last_model: 3}
    assert choice_usage(db, UsageKind.CONSULTANT) == {
        staff.bob.user_id: 3,
        staff.alice.user_id: 2,
    }

    ordered = visit_choices(db, lang="zh_CN", by_usage=True)
    assert [c.key for c in ordered.sources[:3]] == [old_customer, passing, internet]
    # The rest keep their fixed order.
    rest = [c for c in plain.sources if c.key not in (old_customer, passing)]
    assert ordered.sources[2:] == rest
    assert ordered.models[0].key == last_model
    assert [c.key for c in ordered.consultants[:2]] == [staff.bob.user_id, staff.alice.user_id]
    assert sorted(c.key for c in ordered.consultants) == sorted(c.key for c in plain.consultants)

    # Without asking, the order is the fixed one (filters, sheets).
    assert visit_choices(db, lang="zh_CN") == plain
