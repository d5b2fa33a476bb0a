"""Follow-ups, the H→A→O flow, losses, deliveries, the lists and who may see what."""

from __future__ import annotations

import datetime as dt

import pytest
from prospects_support import Staff, add_customer, add_staff, ref_id
from sqlalchemy import func, select

from showroom.db import Database
from showroom.models import (
    CareCall,
    CareCallKind,
    Customer,
    FollowUp,
    LevelChange,
    Order,
    Prospect,
    RefKind,
    Vehicle,
)
from showroom.services.context import Actor
from showroom.services.follow_ups import comment_follow_up, propose_next_date, record_follow_up
from showroom.services.losses import confirm_loss, loss_analysis, record_loss
from showroom.services.orders import record_delivery, record_order
from showroom.services.permissions import PermissionDenied
from showroom.services.prospect_queries import list_prospects, prospect_card, today_list
from showroom.services.prospect_types import ProspectFilter, StatusFilter
from showroom.services.prospects import open_prospect
from showroom.validation import ValidationFailed

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


def _open(db: Database, staff: Staff, who: Actor, level: str, on: dt.date, **kw: object) -> int:
    customer = add_customer(db, **kw)  # type: ignore[arg-type]
    with db.session(who.user_id) as s:
        return open_prospect(
            s, who, customer_id=customer, level_code=level, consultant_id=who.user_id, today=on
        ).id


def _model_id(db: Database) -> int:
    from showroom.models import CarModel

    with db.reader() as s:
        return s.scalars(select(CarModel.id).order_by(CarModel.id)).first()  # type: ignore[return-value]


def test_h_to_a_to_o_flow(db: Database) -> None:
    staff = add_staff(db)
    alice = staff.alice
    pid = _open(db, staff, alice, "H", TODAY - 10 * DAY)
    first = record_follow_up(
        db, alice, pid, method="phone", content="介绍优惠", feedback="还要比较", new_level="A",
        followed_on=TODAY - 8 * DAY,
    )  # fmt: skip
    assert first.level == "A"
    assert first.next_followup_on == TODAY - 4 * DAY  # A: every 4 days, proposed
    # The consultant moves the date: the chosen one is kept.
    chosen = TODAY - 5 * DAY
    second = record_follow_up(
        db, alice, pid, method="visit", content="到店看车", new_level="A",
        followed_on=TODAY - 6 * DAY, next_date=chosen,
    )  # fmt: skip
    assert second.next_followup_on == chosen
    order = record_order(
        db, alice, pid, ordered_on=TODAY - 5 * DAY, model_id=_model_id(db), colour="珍珠白",
        price="129,800",
    )  # fmt: skip
    assert order.level == "O"
    with db.reader() as s:
        p = s.get(Prospect, pid)
        assert p is not None
        assert (p.level, p.status, p.closed_on, p.next_followup_on) == (
            "O", "ordered", TODAY - 5 * DAY, None,
        )  # fmt: skip
        assert p.last_followup_on == TODAY - 6 * DAY
        o = s.get(Order, order.order_id)
        assert o is not None and o.price == 129800 and o.colour == "珍珠白"
        history = s.execute(
            select(LevelChange.from_level, LevelChange.to_level, LevelChange.changed_by_id)
            .where(LevelChange.prospect_id == pid)
            .order_by(LevelChange.id)
        ).all()
        assert history == [
            (None, "H", alice.user_id),
            ("H", "A", alice.user_id),
            ("A", "O", alice.user_id),
        ]
        rows = s.scalars(
            select(FollowUp).where(FollowUp.prospect_id == pid).order_by(FollowUp.id)
        ).all()
        assert [(r.level_before, r.level_after) for r in rows] == [("H", "A"), ("A", "A")]
    card = prospect_card(db, alice, pid)
    assert [c.to_level for c in card.level_history] == ["H", "A", "O"]
    assert card.level_history[1].changed_by == "李丽"
    assert [f.content for f in card.follow_ups] == ["介绍优惠", "到店看车"]
    assert card.orders[0].colour == "珍珠白"
    # A closed prospect takes no more follow-ups.
    with pytest.raises(ValidationFailed) as failed:
        record_follow_up(db, alice, pid, method="phone", content="x", new_level="H")
    assert "prospect" in failed.value.errors


def test_follow_up_reports_every_bad_field(db: Database) -> None:
    staff = add_staff(db)
    pid = _open(db, staff, staff.alice, "B", TODAY)
    with pytest.raises(ValidationFailed) as failed:
        record_follow_up(
            db, staff.alice, pid, method="fax", content="  ", new_level="O",
            next_date=TODAY - DAY,
        )  # fmt: skip
    assert set(failed.value.errors) == {"method", "content", "level", "next_date"}
    with pytest.raises(ValidationFailed) as failed:
        record_follow_up(db, staff.alice, pid, method="phone", content="x", new_level="F")
    assert set(failed.value.errors) == {"level"}
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp)) == 0


def test_propose_next_date_follows_level(db: Database) -> None:
    wed = dt.date(2024, 5, 8)
    assert propose_next_date(db, "H", wed) == dt.date(2024, 5, 10)
    assert propose_next_date(db, "C", wed) == dt.date(2024, 5, 23)
    assert propose_next_date(db, "O", wed) is None


def test_loss_requires_a_reason(db: Database) -> None:
    staff = add_staff(db)
    pid = _open(db, staff, staff.bob, "C", TODAY - 20 * DAY)
    with pytest.raises(ValidationFailed) as failed:
        record_loss(db, staff.bob, pid, reason_id=None, note="不买了")
    assert set(failed.value.errors) == {"reason"}
    colour = ref_id(db, RefKind.COLOUR, "white")
    with pytest.raises(ValidationFailed) as failed:
        record_loss(db, staff.bob, pid, reason_id=colour)  # not a loss reason
    assert set(failed.value.errors) == {"reason"}
    with db.reader() as s:
        p = s.get(Prospect, pid)
        assert p is not None and p.status == "open" and p.level == "C"
    reason = ref_id(db, RefKind.LOSS_REASON, "competitor")
    lost = record_loss(
        db, staff.bob, pid, reason_id=reason, competitor="丰田凯美瑞", note="价格更低",
        lost_on=TODAY - DAY,
    )  # fmt: skip
    assert lost.level == "F"
    with db.reader() as s:
        p = s.get(Prospect, pid)
        assert p is not None and (p.status, p.level, p.next_followup_on) == ("lost", "F", None)
    card = prospect_card(db, staff.bob, pid, lang="zh_CN")
    assert card.loss is not None and card.loss.reason == "购买竞品" and not card.loss.confirmed
    with pytest.raises(PermissionDenied):
        confirm_loss(db, staff.bob, pid)
    confirm_loss(db, staff.manager, pid)
    assert prospect_card(db, staff.manager, pid).loss.confirmed  # type: ignore[union-attr]


def test_loss_analysis_by_reason_competitor_consultant(db: Database) -> None:
    staff = add_staff(db)
    price = ref_id(db, RefKind.LOSS_REASON, "price")
    rival = ref_id(db, RefKind.LOSS_REASON, "competitor")
    plan = [
        (staff.alice, price, None),
        (staff.alice, rival, "本田雅阁"),
        (staff.bob, rival, "本田雅阁"),
        (staff.bob, rival, "丰田凯美瑞"),
    ]
    for i, (who, reason, competitor) in enumerate(plan):
        pid = _open(db, staff, who, "B", TODAY - 30 * DAY, mobile=f"1390000000{i}")
        record_loss(db, who, pid, reason_id=reason, competitor=competitor, lost_on=TODAY - 2 * DAY)
    old = _open(db, staff, staff.bob, "B", TODAY - 300 * DAY, mobile="13911111111")
    record_loss(db, staff.bob, old, reason_id=price, lost_on=TODAY - 200 * DAY)  # outside

    result = loss_analysis(db, staff.manager, TODAY - 30 * DAY, TODAY, lang="zh_CN")
    assert result.total == 4 and result.confirmed == 0
    assert [(r.name, r.count) for r in result.by_reason] == [("购买竞品", 3), ("价格因素", 1)]
    assert result.by_reason[0].share == 0.75
    assert [(r.name, r.count) for r in result.by_competitor] == [("本田雅阁", 2), ("丰田凯美瑞", 1)]
    assert sorted((r.name, r.count) for r in result.by_consultant) == [("张伟", 2), ("李丽", 2)]
    # A consultant's analysis is their own, whatever they ask for.
    own = loss_analysis(db, staff.alice, TODAY - 30 * DAY, TODAY, consultant_id=staff.bob.user_id)
    assert own.total == 2 and [r.name for r in own.by_consultant] == ["李丽"]


def test_delivery_creates_vehicle_and_two_care_calls(db: Database) -> None:
    staff = add_staff(db)
    pid = _open(db, staff, staff.alice, "H", TODAY - 20 * DAY)
    order = record_order(
        db, staff.alice, pid, ordered_on=TODAY - 15 * DAY, model_id=_model_id(db),
        colour="曜石黑", price=119900,
    )  # fmt: skip
    delivered_on = TODAY - 3 * DAY
    with pytest.raises(ValidationFailed) as failed:
        record_delivery(db, staff.alice, order.order_id, delivered_on=delivered_on, vin="BAD")
    assert "vin" in failed.value.errors
    done = record_delivery(
        db, staff.alice, order.order_id, delivered_on=delivered_on, plate="粤B12345",
    )  # fmt: skip
    assert len(done.care_call_ids) == 2
    with db.reader() as s:
        o = s.get(Order, order.order_id)
        assert o is not None and (o.status, o.delivered_on, o.vehicle_id) == (
            "delivered", delivered_on, done.vehicle_id,
        )  # fmt: skip
        v = s.get(Vehicle, done.vehicle_id)
        p = s.get(Prospect, pid)
        assert v is not None and p is not None
        assert (v.customer_id, v.plate, v.colour, v.delivered_on, v.sold_here) == (
            p.customer_id, "粤B12345", "曜石黑", delivered_on, True,
        )  # fmt: skip
        customer = s.get(Customer, p.customer_id)
        assert customer is not None and customer.is_base
        # The first-maintenance clock starts at delivery: the due list sees the car at once.
        assert v.next_maintenance_due is not None and v.next_maintenance_due > delivered_on
        calls = s.scalars(
            select(CareCall).where(CareCall.vehicle_id == v.id).order_by(CareCall.due_on)
        ).all()
        assert [(c.kind, c.due_on, c.latest_on) for c in calls] == [
            (CareCallKind.DELIVERY_FOLLOWUP, delivered_on + 2 * DAY, delivered_on + 3 * DAY),
            (CareCallKind.FIRST_MAINTENANCE, delivered_on + 60 * DAY, delivered_on + 75 * DAY),
        ]
    card = prospect_card(db, staff.alice, pid)
    assert [v.plate for v in card.vehicles] == ["粤B12345"]
    # An order is delivered once.
    with pytest.raises(ValidationFailed) as failed:
        record_delivery(db, staff.alice, order.order_id, delivered_on=TODAY)
    assert "order" in failed.value.errors


def test_today_list_overdue_first_then_hottest(db: Database) -> None:
    staff = add_staff(db)
    alice = staff.alice
    # Opened so that the next dates are: H due today, C overdue 5 days, B overdue 1 day,
    # A due in the future, H overdue 1 day.
    h_today = _open(db, staff, alice, "H", TODAY - 2 * DAY, mobile="13800000001")
    c_late = _open(db, staff, alice, "C", TODAY - 20 * DAY, mobile="13800000002")
    b_late = _open(db, staff, alice, "B", TODAY - 8 * DAY, mobile="13800000003")
    _open(db, staff, alice, "A", TODAY, mobile="13800000004")
    h_late = _open(db, staff, alice, "H", TODAY - 3 * DAY, mobile="13800000005")
    record_follow_up(
        db, alice, b_late, method="phone", content="客户出差", new_level="B",
        followed_on=TODAY - 8 * DAY,
    )  # fmt: skip
    _open(db, staff, staff.bob, "H", TODAY - 5 * DAY, mobile="13800000006")  # Bob's

    page = today_list(db, alice, today=TODAY)
    assert [r.id for r in page.rows] == [h_late, b_late, c_late, h_today]
    assert [r.overdue_days for r in page.rows] == [1, 1, 5, 0]
    assert page.rows[1].last_content == "客户出差"
    assert page.rows[0].phone == "13800000005"  # own prospect: the number in full
    assert page.total == 4 and page.overdue == 3
    assert page.level_counts == {"H": 2, "B": 1, "C": 1}
    # The manager's list holds every consultant's due prospects.
    assert today_list(db, staff.manager, today=TODAY).total == 5


def test_all_prospects_filters_and_counts(db: Database) -> None:
    staff = add_staff(db)
    a1 = _open(db, staff, staff.alice, "H", TODAY - 40 * DAY, mobile="13800000001")
    a2 = _open(db, staff, staff.alice, "B", TODAY - 3 * DAY, mobile="13800000002")
    b1 = _open(db, staff, staff.bob, "B", TODAY - 1 * DAY, mobile="13800000003")
    page = list_prospects(db, staff.manager, ProspectFilter(), today=TODAY)
    assert [r.id for r in page.rows] == [b1, a2, a1]  # newest first
    assert page.level_counts == {"H": 1, "B": 2} and page.total == 3 and page.overdue == 1
    assert page.rows[0].phone == "13800000003"  # the manager sees numbers in full
    by_level = list_prospects(db, staff.manager, ProspectFilter(level="B"), today=TODAY)
    assert {r.id for r in by_level.rows} == {a2, b1} and by_level.total == 2
    assert by_level.level_counts == {"H": 1, "B": 2}  # the counts bar ignores the level filter
    late = list_prospects(db, staff.manager, ProspectFilter(overdue_only=True), today=TODAY)
    assert [r.id for r in late.rows] == [a1] and late.rows[0].overdue
    period = ProspectFilter(created_from=TODAY - 5 * DAY, created_to=TODAY - 2 * DAY)
    assert [r.id for r in list_prospects(db, staff.manager, period, today=TODAY).rows] == [a2]
    mine = list_prospects(db, staff.bob, ProspectFilter(), today=TODAY)
    assert [r.id for r in mine.rows] == [b1]
    reason = ref_id(db, RefKind.LOSS_REASON, "price")
    record_loss(db, staff.alice, a1, reason_id=reason)
    lost = list_prospects(db, staff.manager, ProspectFilter(status=StatusFilter.LOST), today=TODAY)
    assert [r.id for r in lost.rows] == [a1] and not lost.rows[0].overdue
    paged = list_prospects(
        db, staff.manager, ProspectFilter(status=StatusFilter.ALL), limit=2, offset=2
    )
    assert [r.id for r in paged.rows] == [a1] and paged.total == 3


def test_consultant_cannot_read_or_touch_another_consultants_prospect(db: Database) -> None:
    staff = add_staff(db)
    bobs = _open(db, staff, staff.bob, "A", TODAY)
    with pytest.raises(PermissionDenied):
        prospect_card(db, staff.alice, bobs)
    with pytest.raises(PermissionDenied):
        record_follow_up(db, staff.alice, bobs, method="phone", content="x", new_level="H")
    with pytest.raises(PermissionDenied):
        list_prospects(db, staff.alice, ProspectFilter(consultant_id=staff.bob.user_id))
    with pytest.raises(PermissionDenied):
        today_list(db, staff.alice, consultant_id=staff.bob.user_id)
    with pytest.raises(PermissionDenied):
        record_loss(db, staff.alice, bobs, reason_id=ref_id(db, RefKind.LOSS_REASON, "price"))
    assert prospect_card(db, staff.manager, bobs).consultant_name == "张伟"


def test_manager_comments_on_follow_ups(db: Database) -> None:
    staff = add_staff(db)
    pid = _open(db, staff, staff.alice, "A", TODAY - 2 * DAY)
    fu = record_follow_up(db, staff.alice, pid, method="message", content="发送报价", new_level="H")
    with pytest.raises(PermissionDenied):
        comment_follow_up(db, staff.alice, fu.follow_up_id, "自己批示")
    comment_follow_up(db, staff.manager, fu.follow_up_id, "  尽快邀约试驾 ")
    row = prospect_card(db, staff.alice, pid).follow_ups[0]
    assert (row.manager_comment, row.manager_comment_by) == ("尽快邀约试驾", "王经理")
