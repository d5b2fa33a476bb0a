"""The visitor log's services: logging, dedupe by phone, referrals, prospects, listing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from showroom.db import Database
from showroom.models import (
    Customer,
    LevelChange,
    Prospect,
    RefItem,
    RefKind,
    Role,
    User,
    Visit,
    VisitKind,
)
from showroom.services.context import Actor
from showroom.services.permissions import PermissionDenied
from showroom.services.visits import (
    ValidationFailed,
    VisitFilter,
    VisitInput,
    VisitRow,
    list_visits,
    log_visit,
    lookup_returning,
    open_log,
    record_departure,
    visit_choices,
)

NOW = dt.datetime(2026, 5, 6, 15, 0)
TODAY = NOW.date()


@pytest.fixture
def staff(db: Database) -> dict[str, Actor]:
    actors = {}
    with db.session() as session:
        for username, name, role in (
            ("wang", "王顾问", Role.CONSULTANT),
            ("li", "李顾问", Role.CONSULTANT),
            ("desk", "前台小周", Role.RECEPTION),
            ("boss", "赵经理", Role.MANAGER),
        ):
            user = User(username=username, display_name=name, role=role)
            session.add(user)
            session.flush()
            actors[username] = Actor(user.id, username, name, role)
    return actors


@pytest.fixture
def sources(db: Database) -> dict[str, int]:
    with db.reader() as session:
        rows = session.execute(
            select(RefItem.code, RefItem.id).where(RefItem.kind == RefKind.SOURCE)
        )
        return {code: ref_id for code, ref_id in rows}


def _walk_in(staff: dict[str, Actor], sources: dict[str, int], **kwargs: object) -> VisitInput:
    values: dict[str, object] = {
        "arrived_at": NOW - dt.timedelta(minutes=30),
        "visitor_name": "张伟",
        "sex": "M",
        "phone": "138 1234 5678",
        "party_size": 2,
        "source_id": sources["internet"],
        "consultant_id": staff["wang"].user_id,
    }
    values.update(kwargs)
    return VisitInput(**values)  # type: ignore[arg-type]


def _count(db: Database, model: type) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_new_visitor_with_a_phone_becomes_a_customer_on_a_first_visit(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    logged = log_visit(db, staff["desk"], _walk_in(staff, sources), now=NOW)
    assert logged.created_customer and logged.is_first_visit
    with db.reader() as session:
        visit = session.get(Visit, logged.visit_id)
        customer = session.get(Customer, logged.customer_id)
    assert visit is not None and customer is not None
    assert visit.phone == "13812345678" and visit.contact_left and visit.party_size == 2
    assert visit.visit_date == TODAY and visit.kind == VisitKind.WALK_IN
    assert customer.name == "张伟" and customer.mobile == "13812345678"
    assert customer.name_initials == "zw" and customer.mobile_tail == "5678"
    assert customer.consultant_id == staff["wang"].user_id
    assert customer.last_visit_at == visit.arrived_at


def test_the_same_phone_never_creates_a_second_customer_and_the_visit_is_a_repeat(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    first = log_visit(db, staff["desk"], _walk_in(staff, sources), now=NOW)
    again = log_visit(
        db,
        staff["desk"],
        _walk_in(
            staff,
            sources,
            visitor_name="",
            phone="+86 138-1234-5678",
            arrived_at=NOW - dt.timedelta(minutes=5),
        ),
        now=NOW,
    )
    assert again.customer_id == first.customer_id
    assert not again.created_customer and not again.is_first_visit
    assert _count(db, Customer) == 1
    with db.reader() as session:
        visit = session.get(Visit, again.visit_id)
    assert visit is not None and visit.visitor_name == "张伟" and not visit.is_first_visit


def test_an_anonymous_guest_is_logged_without_a_customer(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    logged = log_visit(
        db, staff["desk"], _walk_in(staff, sources, phone=None, visitor_name="王先生"), now=NOW
    )
    assert logged.customer_id is None and logged.is_first_visit
    assert _count(db, Customer) == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"phone": "1381234567"}, "phone"),  # 10 digits
        ({"departed_at": NOW - dt.timedelta(hours=2)}, "departed_at"),  # before arrival
        ({"arrived_at": NOW + dt.timedelta(days=1)}, "arrived_at"),  # future
        ({"departed_at": NOW + dt.timedelta(hours=1)}, "departed_at"),  # future
        ({"consultant_id": None}, "consultant_id"),  # reception is no consultant
        ({"arrived_at": None}, "arrived_at"),
        ({"source_id": None}, "source_id"),
        ({"visitor_name": ""}, "visitor_name"),  # a new contact needs a name
        ({"party_size": 0}, "party_size"),
        ({"level_given": "O"}, "level_given"),  # ordered is no level a visitor is given
        ({"phone": None, "level_given": "A"}, "level_given"),  # a prospect needs contact
        ({"kind": "letter"}, "kind"),
        ({"sex": "X"}, "sex"),
        ({"purchase_type": "lease"}, "purchase_type"),
        ({"notes": "x" * 1001}, "notes"),
    ],
)
def test_bad_input_gets_a_message_at_its_field_and_saves_nothing(
    db: Database,
    staff: dict[str, Actor],
    sources: dict[str, int],
    change: dict[str, object],
    field: str,
) -> None:
    with pytest.raises(ValidationFailed) as failed:
        log_visit(db, staff["desk"], _walk_in(staff, sources, **change), now=NOW)
    assert field in failed.value.errors
    assert failed.value.errors[field].text("zh_CN") != failed.value.errors[field].text("en")
    assert _count(db, Visit) == 0 and _count(db, Customer) == 0


def test_every_bad_field_is_reported_at_once(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    data = _walk_in(staff, sources, phone="123", consultant_id=None, source_id=None)
    with pytest.raises(ValidationFailed) as failed:
        log_visit(db, staff["desk"], data, now=NOW)
    assert set(failed.value.errors) == {"phone", "consultant_id", "source_id"}


def test_the_consultant_defaults_to_a_consultant_actor(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    logged = log_visit(db, staff["li"], _walk_in(staff, sources, consultant_id=None), now=NOW)
    with db.reader() as session:
        visit = session.get(Visit, logged.visit_id)
    assert visit is not None and visit.consultant_id == staff["li"].user_id


def test_only_active_consultants_take_visitors(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    with pytest.raises(ValidationFailed) as failed:
        log_visit(
            db, staff["desk"], _walk_in(staff, sources, consultant_id=staff["desk"].user_id),
            now=NOW,
        )  # fmt: skip
    assert set(failed.value.errors) == {"consultant_id"}


def test_a_referral_names_the_referrer_and_keeps_their_count(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    old = log_visit(
        db, staff["desk"], _walk_in(staff, sources, visitor_name="老李", phone="13900001111"),
        now=NOW,
    )  # fmt: skip
    with pytest.raises(ValidationFailed) as failed:
        log_visit(db, staff["desk"], _walk_in(staff, sources, source_id=sources["referral"]))
    assert set(failed.value.errors) == {"referrer_id"}

    referred = _walk_in(staff, sources, source_id=sources["referral"], referrer_id=old.customer_id)
    new = log_visit(db, staff["desk"], referred, now=NOW)
    # The same person back again is not a second referral.
    log_visit(db, staff["desk"], referred, now=NOW)
    log_visit(
        db, staff["desk"], _walk_in(staff, sources, visitor_name="小陈", phone="13700002222",
                                     source_id=sources["referral"], referrer_id=old.customer_id),
        now=NOW,
    )  # fmt: skip
    with db.reader() as session:
        referrer = session.get(Customer, old.customer_id)
        customer = session.get(Customer, new.customer_id)
        visit = session.get(Visit, new.visit_id)
    assert referrer is not None and referrer.referral_count == 2
    assert customer is not None and customer.referred_by_id == old.customer_id
    assert visit is not None and visit.referrer_id == old.customer_id

    with pytest.raises(ValidationFailed) as failed:
        log_visit(
            db, staff["desk"], _walk_in(staff, sources, visitor_name="老李", phone="13900001111",
                                         source_id=sources["referral"],
                                         referrer_id=old.customer_id),
            now=NOW,
        )  # fmt: skip
    assert set(failed.value.errors) == {"referrer_id"}


def test_a_graded_visitor_becomes_a_prospect_with_its_first_level_change(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    logged = log_visit(db, staff["desk"], _walk_in(staff, sources, level_given="A"), now=NOW)
    assert logged.created_prospect and logged.prospect_id is not None
    with db.reader() as session:
        prospect = session.get(Prospect, logged.prospect_id)
        changes = session.scalars(select(LevelChange)).all()
    assert prospect is not None and prospect.level == "A" and prospect.status == "open"
    assert prospect.customer_id == logged.customer_id
    assert prospect.consultant_id == staff["wang"].user_id
    assert prospect.next_followup_on == TODAY + dt.timedelta(days=4)  # A: every 4 days
    assert [(c.from_level, c.to_level) for c in changes] == [(None, "A")]
    with db.reader() as session:
        visit = session.get(Visit, logged.visit_id)
    assert visit is not None and visit.prospect_id == prospect.id and visit.level_given == "A"

    # Back again and graded hotter: the same card, re-graded, no second prospect.
    again = log_visit(db, staff["desk"], _walk_in(staff, sources, level_given="H"), now=NOW)
    assert again.prospect_id == logged.prospect_id and not again.created_prospect
    without = log_visit(db, staff["desk"], _walk_in(staff, sources), now=NOW)
    assert without.prospect_id == logged.prospect_id
    with db.reader() as session:
        prospect = session.get(Prospect, logged.prospect_id)
        changes = session.scalars(select(LevelChange).order_by(LevelChange.id)).all()
    assert prospect is not None and prospect.level == "H"
    assert [(c.from_level, c.to_level) for c in changes] == [(None, "A"), ("A", "H")]
    assert _count(db, Prospect) == 1


def test_departure_is_recorded_once_and_not_before_arrival(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    logged = log_visit(db, staff["desk"], _walk_in(staff, sources), now=NOW)
    with pytest.raises(ValidationFailed) as failed:
        record_departure(db, staff["desk"], logged.visit_id, NOW - dt.timedelta(hours=1), now=NOW)
    assert set(failed.value.errors) == {"departed_at"}
    row = record_departure(db, staff["desk"], logged.visit_id, now=NOW)
    assert row.departed_at == NOW and row.duration == dt.timedelta(minutes=30)
    with pytest.raises(ValidationFailed):
        record_departure(db, staff["desk"], logged.visit_id, now=NOW)


def test_the_row_statement_selects_the_fields_of_visit_row_in_order() -> None:
    from dataclasses import fields

    from showroom.services.visit_queries import _row_columns

    names = [column.key for column in _row_columns("zh_CN")]
    assert names == [f.name for f in fields(VisitRow)]


def test_the_log_filters_and_sorts_in_sql(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    desk = staff["desk"]
    log_visit(db, desk, _walk_in(staff, sources, arrived_at=NOW - dt.timedelta(hours=3)), now=NOW)
    log_visit(
        db, desk, _walk_in(staff, sources, visitor_name="李娜", phone="13600003333",
                           kind=VisitKind.CALL, consultant_id=staff["li"].user_id,
                           arrived_at=NOW - dt.timedelta(hours=1), level_given="B",
                           departed_at=NOW - dt.timedelta(minutes=50)),
        now=NOW,
    )  # fmt: skip
    log_visit(db, desk, _walk_in(staff, sources, arrived_at=NOW - dt.timedelta(days=1)), now=NOW)

    day = list_visits(db, desk, VisitFilter.day(TODAY), lang="zh_CN").rows
    assert [r.visitor_name for r in day] == ["张伟", "李娜"]
    assert day[0].source_name == "网络" and day[0].consultant_name == "王顾问"
    assert day[0].phone == "138****5678"  # reception sees masked phones
    assert day[0].in_showroom(TODAY) and not day[1].in_showroom(TODAY)
    assert day[1].duration == dt.timedelta(minutes=10)

    boss = list_visits(db, staff["boss"], VisitFilter.day(TODAY)).rows
    assert boss[0].phone == "13812345678"

    def names(**kwargs: object) -> list[str | None]:
        flt = VisitFilter(start=TODAY - dt.timedelta(days=1), end=TODAY, **kwargs)  # type: ignore[arg-type]
        return [r.visitor_name for r in list_visits(db, desk, flt).rows]

    assert names() == ["张伟", "张伟", "李娜"]
    assert names(kind=VisitKind.CALL) == ["李娜"]
    assert names(consultant_id=staff["li"].user_id) == ["李娜"]
    assert names(first=False) == ["张伟"]  # yesterday's, logged after today's first visit
    assert names(first=True) == ["张伟", "李娜"]
    assert names(level="B") == ["李娜"]
    assert names(level="") == ["张伟", "张伟"]
    assert names(order="kind") == ["李娜", "张伟", "张伟"]
    assert names(order="arrived_at", descending=True) == ["李娜", "张伟", "张伟"]
    assert names(order="departed_at") == ["李娜", "张伟", "张伟"]  # empty departures last
    both_days = VisitFilter(TODAY - dt.timedelta(days=1), TODAY)
    page = list_visits(db, desk, both_days, limit=2)
    assert page.truncated and len(page.rows) == 2
    rest = list_visits(db, desk, both_days, limit=2, offset=2)
    assert [r.visitor_name for r in rest.rows] == ["李娜"] and not rest.truncated

    log = open_log(db, desk, both_days, today=TODAY, page_size=2)
    assert log.more and log.total == 3 and log.rows == page.rows
    assert log.in_showroom == 1  # today's walk-in without a departure; not yesterday's
    later = open_log(db, desk, both_days, today=TODAY + dt.timedelta(days=5), page_size=9)
    assert (later.more, later.total, later.in_showroom, len(later.rows)) == (False, 3, 0, 3)


def test_lookup_finds_a_returning_visitor_with_visits_consultant_and_level(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    log_visit(db, staff["desk"], _walk_in(staff, sources, level_given="B"), now=NOW)
    for query in ("13812345678", "5678", "张伟", "zw", "zhangwei"):
        found = lookup_returning(db, query, actor=staff["desk"])
        assert [v.name for v in found] == ["张伟"], query
    visitor = lookup_returning(db, "138 1234 5678", actor=staff["desk"])[0]
    assert visitor.exact_phone and visitor.mobile == "138****5678"
    assert visitor.level == "B" and visitor.consultant_name == "王顾问"
    assert visitor.visit_count == 1 and len(visitor.last_visits) == 1
    assert visitor.last_visits[0].consultant_name == "王顾问"
    assert lookup_returning(db, "13900000000") == []


def test_roles_without_the_visitor_log_may_not_log(
    db: Database, staff: dict[str, Actor], sources: dict[str, int]
) -> None:
    advisor = Actor(staff["desk"].user_id, "x", "x", Role.SERVICE_ADVISOR)
    with pytest.raises(PermissionDenied):
        log_visit(db, advisor, _walk_in(staff, sources), now=NOW)
    with pytest.raises(PermissionDenied):
        list_visits(db, advisor, VisitFilter.day(TODAY))
    assert _count(db, Visit) == 0


def test_choices_list_consultants_sources_and_gradable_levels(
    db: Database, staff: dict[str, Actor]
) -> None:
    choices = visit_choices(db, lang="zh_CN")
    assert [c.name for c in choices.consultants] == ["李顾问", "王顾问", "赵经理"]
    assert [c.key for c in choices.levels] == ["H", "A", "B", "C"]
    assert "老客户介绍" in [s.name for s in choices.sources]
    assert len(choices.referral_source_ids) == 1
