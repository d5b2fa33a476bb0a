"""Complaints: record → escalate → answer → close, and the 12/24-hour promise clock."""

from __future__ import annotations

import datetime as dt

import pytest

from showroom.db import Database
from showroom.models import Complaint, ComplaintStatus, Role
from showroom.services import complaints as svc
from showroom.services.context import Actor
from showroom.services.permissions import PermissionDenied
from showroom.validation import ValidationFailed

RECEIVED = dt.datetime(2024, 6, 10, 9, 0)
H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)


@pytest.mark.parametrize(
    ("elapsed", "gm_overdue", "answer_overdue"),
    [
        (11 * H + 59 * M, False, False),
        (12 * H, False, False),
        (12 * H + M, True, False),
        (23 * H + 59 * M, True, False),
        (24 * H + M, True, True),
    ],
)
def test_clock_boundaries(elapsed: dt.timedelta, gm_overdue: bool, answer_overdue: bool) -> None:
    c = svc.clock(RECEIVED, now=RECEIVED + elapsed)
    assert (c.gm_overdue, c.answer_overdue) == (gm_overdue, answer_overdue)
    assert c.gm_due == RECEIVED + 12 * H and c.answer_due == RECEIVED + 24 * H


def test_kept_promises_and_closed_complaints_are_not_overdue() -> None:
    later = RECEIVED + 30 * H
    escalated = svc.clock(RECEIVED, now=later, gm_notified_at=RECEIVED + 2 * H)
    assert not escalated.gm_overdue and escalated.answer_overdue
    assert escalated.explain().text("en") == "Customer not answered within 24 hours"
    closed = svc.clock(RECEIVED, now=later, closed_at=RECEIVED + 25 * H)
    assert not closed.overdue and closed.explain() is None


def _open(db: Database, actor: Actor, received: dt.datetime = RECEIVED) -> int:
    return svc.record_complaint(db, actor, content="维修后异响", received_at=received, now=received)


@pytest.mark.parametrize(("elapsed", "overdue"), [(11 * H + 59 * M, 0), (12 * H + M, 1)])
def test_overdue_in_sql_at_11h59_and_12h01(
    db: Database, actor: Actor, elapsed: dt.timedelta, overdue: int
) -> None:
    _open(db, actor)
    now = RECEIVED + elapsed
    assert svc.complaint_counts(db, actor, now=now) == (1, overdue)
    rows, total = svc.complaints(db, actor, svc.ComplaintView.OVERDUE, now=now)
    assert total == overdue and len(rows) == overdue
    (row,), _ = svc.complaints(db, actor, svc.ComplaintView.OPEN, now=now)
    assert row.clock.gm_overdue is bool(overdue) and row.is_open


def test_answer_overdue_in_sql_after_escalation(db: Database, actor: Actor) -> None:
    cid = _open(db, actor)
    svc.escalate(db, actor, cid, at=RECEIVED + 3 * H)
    assert svc.complaint_counts(db, actor, now=RECEIVED + 23 * H + 59 * M) == (1, 0)
    assert svc.complaint_counts(db, actor, now=RECEIVED + 24 * H + M) == (1, 1)


def test_full_life_cycle(db: Database, actor: Actor) -> None:
    cid = _open(db, actor)
    svc.escalate(db, actor, cid, at=RECEIVED + H)
    svc.answer(db, actor, cid, "已安排复检，明天回电", at=RECEIVED + 5 * H)
    svc.close(db, actor, cid, "复检后更换部件，客户满意", at=RECEIVED + 30 * H)
    with db.reader() as s:
        c = s.get(Complaint, cid)
        assert c.status == ComplaintStatus.CLOSED
        assert (c.gm_notified_at, c.answered_at) == (RECEIVED + H, RECEIVED + 5 * H)
    assert svc.complaint_counts(db, actor, now=RECEIVED + 48 * H) == (0, 0)
    rows, _ = svc.complaints(db, actor, svc.ComplaintView.ALL, now=RECEIVED + 48 * H)
    assert [r.status for r in rows] == [ComplaintStatus.CLOSED]
    with pytest.raises(ValidationFailed) as err:
        svc.answer(db, actor, cid, "again")
    assert "complaint" in err.value.errors


def test_bad_input_is_refused_with_field_messages(db: Database, actor: Actor) -> None:
    with pytest.raises(ValidationFailed) as err:
        svc.record_complaint(db, actor, content="  ", received_at=RECEIVED + 2 * H, now=RECEIVED)
    assert set(err.value.errors) == {"content", "received_at"}
    assert err.value.errors["content"].text("en") == "Describe the complaint."
    cid = _open(db, actor)
    with pytest.raises(ValidationFailed) as err:
        svc.answer(db, actor, cid, "")
    assert set(err.value.errors) == {"answer"}
    with pytest.raises(ValidationFailed):
        svc.escalate(db, actor, cid, at=RECEIVED - H)


def test_only_a_manager_closes_an_unanswered_complaint(db: Database, actor: Actor) -> None:
    cid = _open(db, actor)
    advisor = Actor(actor.user_id, "adv", "顾问", Role.SERVICE_ADVISOR)
    with pytest.raises(PermissionDenied):
        svc.close(db, advisor, cid, "客户撤诉")
    svc.close(db, actor, cid, "客户撤诉")  # the admin may
    consultant = Actor(actor.user_id, "c", "销售", Role.CONSULTANT)
    with pytest.raises(PermissionDenied):
        svc.escalate(db, consultant, _open(db, actor))
    assert svc.complaint_counts(db, consultant) == (0, 0)
