"""Reading the visitor log: the day's/range's rows, the returning-visitor lookup, pick lists.

Filtering and sorting happen in SQL on indexed columns (``ix_visits_date``,
``ix_visits_consultant_date``, ``ix_visits_customer``); one statement with outer joins
gives finished rows, so a month of the log is one query, not one per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, aliased

from showroom.db import Database
from showroom.i18n import current_language
from showroom.masking import phone_for
from showroom.models import (
    CarModel,
    Customer,
    LevelRule,
    Prospect,
    ProspectStatus,
    RefItem,
    RefKind,
    Role,
    User,
    Visit,
    VisitKind,
)

from .context import Actor
from .permissions import Permission, require
from .search import search_customers
from .store_settings import get_setting
from .usage import UsageKind, by_usage, choice_usage
from .visit_types import (
    Choice,
    PastVisit,
    ReturningVisitor,
    VisitChoices,
    VisitEdit,
    VisitFilter,
    VisitInput,
    VisitLog,
    VisitPage,
    VisitRow,
)

#: The source channel whose visitors name the customer who sent them (defaults.SOURCES).
REFERRAL_SOURCE = "referral"
#: Roles that take visitors (the consultant column of the sheet).
CONSULTANT_ROLES = (Role.CONSULTANT, Role.MANAGER)
#: Past visits shown for a returning visitor.
LAST_VISITS = 3

_Referrer = aliased(Customer, name="referrer")
_Consultant = aliased(User, name="consultant")

#: Sheet column → what SQL sorts it by (the id breaks ties, so the order is stable).
SORT_KEYS: dict[str, Any] = {
    "visit_date": Visit.arrived_at,
    "arrived_at": Visit.arrived_at,
    "departed_at": Visit.departed_at,
    "duration": Visit.departed_at - Visit.arrived_at,
    "kind": Visit.kind,
    "visitor_name": Visit.visitor_name,
    "sex": Visit.sex,
    "phone": Visit.phone,
    "party_size": Visit.party_size,
    "is_first_visit": Visit.is_first_visit,
    "first_repeat": Visit.is_first_visit,
    "source_name": RefItem.name_zh,
    "referrer_name": _Referrer.name,
    "model_name": CarModel.name,
    "intended_colour": Visit.intended_colour,
    "purchase_type": Visit.purchase_type,
    "level_given": Visit.level_given,
    "test_drive": Visit.test_drive,
    "contact_left": Visit.contact_left,
    "consultant_name": _Consultant.display_name,
    "notes": Visit.notes,
}


def _row_columns(lang: str) -> list[Any]:
    """The row's columns, in the order of :class:`VisitRow`'s fields."""
    english = lang == "en"
    return [
        Visit.id,
        Visit.visit_date,
        Visit.kind,
        Visit.arrived_at,
        Visit.departed_at,
        Visit.visitor_name,
        Visit.sex,
        Visit.phone,
        Visit.party_size,
        Visit.is_first_visit,
        (RefItem.name_en if english else RefItem.name_zh).label("source_name"),
        _Referrer.name.label("referrer_name"),
        (func.coalesce(CarModel.name_en, CarModel.name) if english else CarModel.name).label(
            "model_name"
        ),
        Visit.intended_colour,
        Visit.purchase_type,
        Visit.level_given,
        Visit.test_drive,
        Visit.contact_left,
        Visit.consultant_id,
        _Consultant.display_name.label("consultant_name"),
        Visit.customer_id,
        Visit.prospect_id,
        Visit.notes,
    ]


def _rows_statement(lang: str) -> Select[Any]:
    return (
        select(*_row_columns(lang))
        .outerjoin(RefItem, RefItem.id == Visit.source_id)
        .outerjoin(_Referrer, _Referrer.id == Visit.referrer_id)
        .outerjoin(CarModel, CarModel.id == Visit.intended_model_id)
        .outerjoin(_Consultant, _Consultant.id == Visit.consultant_id)
    )


def _conditions(flt: VisitFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [
        Visit.visit_date >= flt.start,
        Visit.visit_date <= flt.end,
        Visit.deleted_at.is_(None),
    ]
    if flt.consultant_id is not None:
        where.append(Visit.consultant_id == flt.consultant_id)
    if flt.kind:
        where.append(Visit.kind == flt.kind)
    if flt.source_id is not None:
        where.append(Visit.source_id == flt.source_id)
    if flt.first is not None:
        where.append(Visit.is_first_visit == flt.first)
    if flt.level is not None:
        where.append(
            Visit.level_given.is_(None) if flt.level == "" else Visit.level_given == flt.level
        )
    return where


def _filtered(flt: VisitFilter, lang: str) -> Select[Any]:
    sort = SORT_KEYS.get(flt.order, Visit.arrived_at)
    if lang == "en" and flt.order == "source_name":
        sort = RefItem.name_en
    elif lang == "en" and flt.order == "model_name":
        sort = func.coalesce(CarModel.name_en, CarModel.name)
    direction = sort.desc() if flt.descending else sort.asc()
    tie = Visit.id.desc() if flt.descending else Visit.id.asc()
    # NULLs last either way: an empty departure or level belongs at the end of a sorted list.
    return _rows_statement(lang).where(*_conditions(flt)).order_by(direction.nulls_last(), tie)


def _to_row(actor: Actor, r: Any) -> VisitRow:
    # The statement selects the fields in VisitRow's order (``_row_columns``): positional
    # construction keeps a month of rows cheap; only the phone is masked on the way.
    values = list(r)
    values[_PHONE] = phone_for(actor, values[_PHONE])
    return VisitRow(*values)


_PHONE = 7


def list_visits(
    db: Database,
    actor: Actor,
    flt: VisitFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    lang: str | None = None,
) -> VisitPage:
    """The log's rows for ``flt`` from ``offset``, at most ``limit`` (``truncated`` says
    there are more after them)."""
    require(actor, Permission.VISITS_VIEW)
    with db.reader() as session:
        return _page(session, actor, flt, limit, offset, lang or current_language())


def _page(
    session: Session, actor: Actor, flt: VisitFilter, limit: int | None, offset: int, lang: str
) -> VisitPage:
    stmt = _filtered(flt, lang)
    if limit is not None:
        stmt = stmt.limit(limit + 1)
    if offset:
        stmt = stmt.offset(offset)
    rows = [_to_row(actor, r) for r in session.execute(stmt)]
    truncated = limit is not None and len(rows) > limit
    return VisitPage(rows[:limit] if truncated else rows, truncated)


def open_log(
    db: Database,
    actor: Actor,
    flt: VisitFilter,
    *,
    today: dt.date,
    page_size: int,
    lang: str | None = None,
) -> VisitLog:
    """What the page shows on opening: the first rows, how many there are in all, and
    how many visitors of ``today`` within the filter are still in the showroom.

    Later rows come with ``list_visits(offset=…)`` as the table scrolls, so a year opens
    as fast as a day.
    """
    require(actor, Permission.VISITS_VIEW)
    with db.reader() as session:
        page = _page(session, actor, flt, page_size, 0, lang or current_language())
        total = len(page.rows)
        if page.truncated:
            total = (
                session.scalar(select(func.count()).select_from(Visit).where(*_conditions(flt)))
                or 0
            )
        present = 0
        if flt.start <= today <= flt.end:
            present = (
                session.scalar(
                    select(func.count())
                    .select_from(Visit)
                    .where(
                        *_conditions(replace(flt, start=today, end=today)),
                        Visit.kind == VisitKind.WALK_IN,
                        Visit.departed_at.is_(None),
                    )
                )
                or 0
            )
    return VisitLog(page.rows, page.truncated, total, present)


def count_visits(db: Database, flt: VisitFilter) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(Visit).where(*_conditions(flt))) or 0


def iter_visits(
    db: Database, actor: Actor, flt: VisitFilter, *, lang: str | None = None, batch: int = 2000
) -> Iterator[VisitRow]:
    """Every row of ``flt`` streamed from the database cursor, for exports of any size."""
    require(actor, Permission.VISITS_VIEW)
    lang = lang or current_language()
    with db.reader() as session:
        result = session.execute(_filtered(flt, lang).execution_options(yield_per=batch))
        for r in result:
            yield _to_row(actor, r)


def get_visit(db: Database, actor: Actor, visit_id: int, *, lang: str | None = None) -> VisitRow:
    require(actor, Permission.VISITS_VIEW)
    with db.reader() as session:
        r = session.execute(
            _rows_statement(lang or current_language()).where(Visit.id == visit_id)
        ).one()
    return _to_row(actor, r)


def visit_for_edit(session: Session, visit: Visit) -> VisitEdit:
    """The stored values of ``visit`` as the entry form edits them (the phone in full:
    only someone allowed to correct the row gets here, and they typed it)."""
    names = dict(
        session.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_([i for i in (visit.customer_id, visit.referrer_id) if i])
            )
        ).all()
    )
    data = VisitInput(
        arrived_at=visit.arrived_at,
        kind=visit.kind,
        departed_at=visit.departed_at,
        visitor_name=visit.visitor_name,
        sex=visit.sex,
        phone=visit.phone,
        party_size=visit.party_size,
        customer_id=visit.customer_id,
        source_id=visit.source_id,
        referrer_id=visit.referrer_id,
        intended_model_id=visit.intended_model_id,
        intended_colour=visit.intended_colour,
        purchase_type=visit.purchase_type,
        level_given=visit.level_given,
        test_drive=visit.test_drive,
        consultant_id=visit.consultant_id,
        notes=visit.notes,
    )
    return VisitEdit(
        visit.id,
        visit.version,
        data,
        customer_name=names.get(visit.customer_id) if visit.customer_id else None,
        referrer_name=names.get(visit.referrer_id) if visit.referrer_id else None,
        columns={column.key: getattr(visit, column.key) for column in Visit.__table__.columns},
    )


# ------------------------------------------------------------------- returning visitor


def lookup_returning(
    db: Database, text: str, *, actor: Actor | None = None, limit: int = 5
) -> list[ReturningVisitor]:
    """Customers the typed text finds (phone, its last four digits, part of a name, a plate,
    pinyin), each with their last visits, consultant and open prospect's level."""
    if actor is not None:
        require(actor, Permission.VISITS_VIEW)
    hits = search_customers(db, text, limit=limit)
    if not hits:
        return []
    ids = [hit.id for hit in hits]
    typed_digits = "".join(ch for ch in text if ch.isdigit())
    with db.reader() as session:
        consultants = {
            cid: consultant_id
            for cid, consultant_id in session.execute(
                select(Customer.id, Customer.consultant_id).where(Customer.id.in_(ids))
            )
        }
        past, counts = _past_visits(session, ids)
        prospects = _open_prospects(session, ids)
    found = []
    for hit in hits:
        prospect = prospects.get(hit.id)
        found.append(
            ReturningVisitor(
                customer_id=hit.id,
                name=hit.name,
                sex=hit.sex,
                mobile=phone_for(actor, hit.mobile) if actor is not None else hit.mobile,
                plates=hit.plates,
                marks=hit.marks,
                consultant_id=prospect[2] if prospect and prospect[2] else consultants.get(hit.id),
                consultant_name=prospect[3] if prospect and prospect[3] else hit.consultant,
                prospect_id=prospect[0] if prospect else None,
                level=prospect[1] if prospect else None,
                visit_count=counts.get(hit.id, 0),
                last_visits=tuple(past.get(hit.id, ())),
                matched_on=str(hit.matched_on),
                exact_phone=bool(hit.mobile) and typed_digits.endswith(hit.mobile or "-"),
            )
        )
    # A complete phone number that is someone's mobile is the answer, whatever else matched.
    found.sort(key=lambda v: not v.exact_phone)
    return found


def _past_visits(
    session: Session, ids: list[int]
) -> tuple[dict[int, list[PastVisit]], dict[int, int]]:
    ranked = (
        select(
            Visit.customer_id,
            Visit.arrived_at,
            Visit.kind,
            Visit.level_given,
            Visit.consultant_id,
            func.row_number()
            .over(partition_by=Visit.customer_id, order_by=Visit.arrived_at.desc())
            .label("rank"),
            func.count().over(partition_by=Visit.customer_id).label("total"),
        )
        .where(Visit.customer_id.in_(ids), Visit.deleted_at.is_(None))
        .subquery()
    )
    rows = session.execute(
        select(ranked, User.display_name)
        .outerjoin(User, User.id == ranked.c.consultant_id)
        .where(ranked.c.rank <= LAST_VISITS)
        .order_by(ranked.c.customer_id, ranked.c.rank)
    )
    past: dict[int, list[PastVisit]] = {}
    counts: dict[int, int] = {}
    for r in rows:
        past.setdefault(r.customer_id, []).append(
            PastVisit(r.arrived_at, r.kind, r.display_name, r.level_given)
        )
        counts[r.customer_id] = r.total
    return past, counts


def _open_prospects(
    session: Session, ids: list[int]
) -> dict[int, tuple[int, str, int | None, str | None]]:
    rows = session.execute(
        select(
            Prospect.customer_id,
            Prospect.id,
            Prospect.level,
            Prospect.consultant_id,
            User.display_name,
        )
        .outerjoin(User, User.id == Prospect.consultant_id)
        .where(
            Prospect.customer_id.in_(ids),
            Prospect.status == ProspectStatus.OPEN,
            Prospect.deleted_at.is_(None),
        )
        .order_by(Prospect.created_on)
    )
    # The latest open prospect wins (there is normally only one).
    return {r.customer_id: (r.id, r.level, r.consultant_id, r.display_name) for r in rows}


# --------------------------------------------------------------------------- pick lists


def visit_choices(db: Database, *, lang: str | None = None, by_usage: bool = False) -> VisitChoices:
    """Consultants, sources, models, colours and levels for the form and the filters.

    ``by_usage`` puts the sources, models and consultants of the last 90 days' visits
    first, most used first (an entry form wants that; a filter keeps the fixed order).
    """
    english = (lang or current_language()) == "en"
    with db.reader() as session:
        consultants = [
            Choice(uid, name)
            for uid, name in session.execute(
                select(User.id, User.display_name)
                .where(
                    User.role.in_(CONSULTANT_ROLES),
                    User.active.is_(True),
                    User.deleted_at.is_(None),
                )
                # Consultants first: they take most visitors; managers after them.
                .order_by(User.role != Role.CONSULTANT, User.display_name)
            )
        ]
        refs = session.execute(
            select(RefItem.id, RefItem.kind, RefItem.code, RefItem.name_zh, RefItem.name_en)
            .where(
                RefItem.kind.in_((RefKind.SOURCE, RefKind.COLOUR)),
                RefItem.active.is_(True),
                RefItem.deleted_at.is_(None),
            )
            .order_by(RefItem.sort_order, RefItem.id)
        ).all()
        models = [
            Choice(mid, (name_en or name) if english else name)
            for mid, name, name_en in session.execute(
                select(CarModel.id, CarModel.name, CarModel.name_en)
                .where(CarModel.active.is_(True), CarModel.deleted_at.is_(None))
                .order_by(CarModel.brand, CarModel.id)
            )
        ]
        levels = [
            Choice(code, name_en if english else name_zh)
            for code, name_zh, name_en in session.execute(
                select(LevelRule.code, LevelRule.name_zh, LevelRule.name_en)
                .where(*_gradable_levels())
                .order_by(LevelRule.sort_order, LevelRule.id)
            )
        ]
        returning = get_setting(session, "returning_source")
        guest_required = frozenset(get_setting(session, "guest_required") or ())
    sources = [r for r in refs if r.kind == RefKind.SOURCE]
    choices = VisitChoices(
        returning_source_id=next((r.id for r in sources if r.code == returning), None),
        guest_required=guest_required,
        consultants=consultants,
        sources=[Choice(r.id, r.name_en if english else r.name_zh) for r in sources],
        referral_source_ids=frozenset(r.id for r in sources if r.code == REFERRAL_SOURCE),
        models=models,
        colours=[r.name_en if english else r.name_zh for r in refs if r.kind == RefKind.COLOUR],
        levels=levels,
    )
    return _by_usage(db, choices) if by_usage else choices


def _by_usage(db: Database, choices: VisitChoices) -> VisitChoices:
    return replace(
        choices,
        consultants=by_usage(choices.consultants, choice_usage(db, UsageKind.CONSULTANT)),
        sources=by_usage(choices.sources, choice_usage(db, UsageKind.SOURCE)),
        models=by_usage(choices.models, choice_usage(db, UsageKind.MODEL)),
    )


def _gradable_levels() -> list[ColumnElement[bool]]:
    return [
        LevelRule.active.is_(True),
        LevelRule.deleted_at.is_(None),
        LevelRule.is_order.is_(False),
        LevelRule.is_lost.is_(False),
    ]


def gradable_level(session: Session, code: str) -> LevelRule | None:
    """The level rule a visitor may be given (H/A/B/C by default), or None."""
    return session.scalars(
        select(LevelRule).where(LevelRule.code == code, *_gradable_levels())
    ).first()
