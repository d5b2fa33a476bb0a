"""The service advisor's morning lists: maintenance due, care calls, renewals, birthdays.

Every list is one SQL query over indexed cached columns (``vehicles.next_maintenance_due``,
``insurance_due_on``, ``customers.birthday_md``, ``care_calls (due_on, done_at)``), paged
and sorted in the database, so a 120,000-vehicle store opens its 30-day list as fast as a
small one. Only the rows of the page being shown are touched in Python (predicted
odometer, explanation, masking).

Customers who withdrew their consent to contact, anonymised and merged-away customers and
soft-deleted rows never appear (docs/ARCHITECTURE.md §6, PIPL).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from showroom.db import Database
from showroom.db.changes import kinds
from showroom.i18n import Msg
from showroom.masking import phone_for
from showroom.models import (
    MAINTENANCE_TYPES,
    CareCall,
    CarModel,
    Complaint,
    ConsentEvent,
    Customer,
    CustomerMark,
    MileageReading,
    Order,
    ServiceRecord,
    User,
    Vehicle,
)
from showroom.rules.maintenance import Reading, explain, predicted_km

from .complaints import complaint_counts
from .context import Actor
from .permissions import Permission, allowed, owner_scope, require
from .store_settings import get_setting

T = TypeVar("T")

#: The records the service lists and the due summary are computed from: a write to any
#: of them may change a list (the screens watch these kinds; see docs/ARCHITECTURE.md).
SOURCES = kinds(
    Vehicle, MileageReading, ServiceRecord, CareCall, Complaint, Customer, CustomerMark,
    ConsentEvent, Order, User,
)  # fmt: skip

#: How far back the "overdue" list reaches: after a year a missed maintenance counts as
#: lost and the customer as lapsing (docs/ARCHITECTURE.md §6), which is another list's business.
OVERDUE_DAYS = 365
BIRTHDAY_DAYS = 7
CALL_LOOKBACK_DAYS = 90
PAGE = 500


class DueWindow(StrEnum):
    DAYS_7 = "7"
    DAYS_14 = "14"
    DAYS_30 = "30"
    OVERDUE = "overdue"

    def bounds(self, today: dt.date) -> tuple[dt.date, dt.date]:
        """Inclusive date range of ``next_maintenance_due`` this window shows."""
        if self is DueWindow.OVERDUE:
            return today - dt.timedelta(days=OVERDUE_DAYS), today - dt.timedelta(days=1)
        return today, today + dt.timedelta(days=int(self.value))


@dataclass(frozen=True)
class ListFilter:
    """What the advisor narrowed a list to; every field optional."""

    text: str = ""  # part of the name, plate or phone
    advisor_id: int | None = None
    loyalty_class: str | None = None
    mark: str | None = None
    model_id: int | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    #: ``None`` when the caller did not ask for the count (the due list's screen shows its
    #: rows at once and gets the counts of every window from :func:`due_counts` after).
    total: int | None


@dataclass(frozen=True)
class DueRow:
    vehicle_id: int
    customer_id: int
    customer: str
    phone: str | None
    plate: str | None
    model: str | None
    last_service_on: dt.date | None
    km_now: int | None
    due_on: dt.date
    reason: str | None
    km_per_day: float | None
    loyalty_class: str | None
    value_class: str | None
    marks: tuple[str, ...]
    advisor: str | None
    explanation: Msg = field(compare=False)

    def days_left(self, today: dt.date) -> int:
        return (self.due_on - today).days


@dataclass(frozen=True)
class CallRow:
    call_id: int
    kind: str
    customer_id: int
    customer: str
    phone: str | None
    vehicle_id: int | None
    plate: str | None
    model: str | None
    due_on: dt.date
    latest_on: dt.date | None
    assignee: str | None
    loyalty_class: str | None
    marks: tuple[str, ...]

    def late(self, today: dt.date) -> bool:
        return today > (self.latest_on or self.due_on)


@dataclass(frozen=True)
class RenewalRow:
    vehicle_id: int
    customer_id: int
    customer: str
    phone: str | None
    plate: str | None
    model: str | None
    insurer: str | None
    due_on: dt.date
    loyalty_class: str | None
    marks: tuple[str, ...]


@dataclass(frozen=True)
class BirthdayRow:
    customer_id: int
    customer: str
    phone: str | None
    birthday: dt.date | None
    next_birthday: dt.date
    loyalty_class: str | None
    value_class: str | None
    marks: tuple[str, ...]

    @property
    def age(self) -> int | None:
        return self.next_birthday.year - self.birthday.year if self.birthday else None


def _marks(value: str | None) -> tuple[str, ...]:
    return tuple(m for m in (value or "").split(",") if m)


def _model_name() -> ColumnElement[Any]:
    return CarModel.name


def _row(cls: type[T], actor: Actor, columns: Mapping[str, Any], **extra: Any) -> T:
    """A list row from result columns labelled by the row's fields.

    The stored mobile becomes the ``phone`` the actor may see and the marks are split;
    ``extra`` gives the fields computed in Python.
    """
    values = dict(columns)
    values["phone"] = phone_for(actor, values.pop("mobile"))
    values["marks"] = _marks(values["marks"])
    return cls(**values, **extra)


# ----------------------------------------------------------------------------- filters


def _contactable(stmt: Select[Any]) -> Select[Any]:
    return stmt.where(
        Customer.deleted_at.is_(None),
        Customer.merged_into_id.is_(None),
        Customer.anonymised_at.is_(None),
        Customer.consent_sales.is_(True),
    )


def _scoped(stmt: Select[Any], actor: Actor, owner: ColumnElement[Any]) -> Select[Any]:
    """An advisor without the all-lists right sees their own rows and unassigned ones."""
    mine = owner_scope(actor, Permission.AFTERSALES_ALL)
    if mine is not None:
        stmt = stmt.where(or_(owner == mine, owner.is_(None)))
    return stmt


def _filtered(stmt: Select[Any], flt: ListFilter, with_vehicle: bool = True) -> Select[Any]:
    text = flt.text.strip()
    if text:
        terms = [
            Customer.name.contains(text, autoescape=True),
            Customer.mobile.contains(text, autoescape=True),
        ]
        if with_vehicle:
            terms.append(Vehicle.plate.contains(text.upper(), autoescape=True))
        stmt = stmt.where(or_(*terms))
    if flt.advisor_id is not None:
        stmt = stmt.where(Customer.service_advisor_id == flt.advisor_id)
    if flt.loyalty_class:
        stmt = stmt.where(Customer.loyalty_class == flt.loyalty_class)
    if flt.mark:
        stmt = stmt.where(Customer.marks.contains(flt.mark, autoescape=True))
    if flt.model_id is not None and with_vehicle:
        stmt = stmt.where(Vehicle.model_id == flt.model_id)
    return stmt


def _page(
    session: Session,
    stmt: Select[Any],
    order: Sequence[ColumnElement[Any]],
    limit: int | None,
    offset: int,
    count: bool = True,
) -> tuple[list[Any], int | None]:
    total = None
    if count:
        total = (
            session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        )
    stmt = stmt.order_by(*order)
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    return list(session.execute(stmt)), total


def _sort(
    columns: dict[str, ColumnElement[Any]], key: str | None, default: str, descending: bool
) -> list[ColumnElement[Any]]:
    column = columns.get(key or default, columns[default])
    tie = columns["_id"]
    return [column.desc(), tie] if descending else [column.asc(), tie]


# --------------------------------------------------------------------------- due list

_Advisor = aliased(User)
_LastReading = aliased(MileageReading)


def _due_stmt(today: dt.date, window: DueWindow, actor: Actor, flt: ListFilter) -> Select[Any]:
    first, last = window.bounds(today)
    latest_reading = (
        select(MileageReading.id)
        .where(MileageReading.vehicle_id == Vehicle.id)
        .order_by(MileageReading.read_on.desc(), MileageReading.id.desc())
        .limit(1)
        .correlate(Vehicle)
        .scalar_subquery()
    )
    last_service = (
        select(func.max(ServiceRecord.service_date))
        .where(
            ServiceRecord.vehicle_id == Vehicle.id,
            ServiceRecord.service_type.in_([str(t) for t in MAINTENANCE_TYPES]),
            ServiceRecord.deleted_at.is_(None),
        )
        .correlate(Vehicle)
        .scalar_subquery()
        .label("last_service_on")
    )
    stmt = (
        select(
            Vehicle.id,
            Vehicle.customer_id,
            Customer.name,
            Customer.mobile,
            Vehicle.plate,
            _model_name().label("model"),
            last_service,
            _LastReading.read_on,
            _LastReading.km,
            Vehicle.next_maintenance_due,
            Vehicle.next_maintenance_reason,
            Vehicle.km_per_day,
            Customer.loyalty_class,
            Customer.value_class,
            Customer.marks,
            _Advisor.display_name,
            Vehicle.delivered_on,
        )
        .join(Customer, Customer.id == Vehicle.customer_id)
        .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
        .outerjoin(_LastReading, _LastReading.id == latest_reading)
        .outerjoin(_Advisor, _Advisor.id == Customer.service_advisor_id)
        .where(
            Vehicle.next_maintenance_due.between(first, last),
            Vehicle.deleted_at.is_(None),
        )
    )
    stmt = _scoped(_contactable(stmt), actor, Customer.service_advisor_id)
    return _filtered(stmt, flt)


_DUE_SORT: dict[str, ColumnElement[Any]] = {
    "due_on": Vehicle.next_maintenance_due,
    "customer": Customer.name_pinyin,
    "plate": Vehicle.plate,
    "model": CarModel.name,
    "loyalty_class": Customer.loyalty_class,
    "km_per_day": Vehicle.km_per_day,
    "_id": Vehicle.id,
}


def due_list(
    db: Database,
    actor: Actor,
    window: DueWindow,
    *,
    today: dt.date | None = None,
    flt: ListFilter = ListFilter(),
    sort: str | None = None,
    descending: bool = False,
    limit: int | None = PAGE,
    offset: int = 0,
    count: bool = True,
) -> Page[DueRow]:
    """Vehicles whose maintenance falls due in ``window``, soonest (or most overdue) first.

    ``count=False`` skips the total: on a large store counting the window costs more than
    the page itself, so the screen shows the rows first and asks :func:`due_counts` after.
    """
    require(actor, Permission.AFTERSALES_VIEW)
    today = today or dt.date.today()
    stmt = _due_stmt(today, window, actor, flt)
    with db.reader() as session:
        found, total = _page(
            session, stmt, _sort(_DUE_SORT, sort, "due_on", descending), limit, offset, count
        )
        default_pace = float(get_setting(session, "default_km_per_day", 40))
    return Page([_due_row(actor, r, today, default_pace) for r in found], total)


def _due_row(actor: Actor, r: Any, today: dt.date, default_pace: float) -> DueRow:
    (
        vehicle_id,
        customer_id,
        name,
        mobile,
        plate,
        model,
        last_service,
        read_on,
        read_km,
        due_on,
        reason,
        pace,
        loyalty,
        value,
        marks,
        advisor,
        delivered_on,
    ) = r
    km_now: int | None = None
    if read_on is not None:
        km_now = predicted_km(
            Reading(read_on, read_km), read_on, read_km, pace or default_pace, today
        )
    elif delivered_on is not None:
        km_now = predicted_km(None, delivered_on, 0, pace or default_pace, today)
    return DueRow(
        vehicle_id=vehicle_id,
        customer_id=customer_id,
        customer=name,
        phone=phone_for(actor, mobile),
        plate=plate,
        model=model,
        last_service_on=last_service,
        km_now=km_now,
        due_on=due_on,
        reason=reason,
        km_per_day=pace,
        loyalty_class=loyalty,
        value_class=value,
        marks=_marks(marks),
        advisor=advisor,
        explanation=explain(reason, km_now),
    )


def due_counts(
    db: Database, actor: Actor, *, today: dt.date | None = None, flt: ListFilter = ListFilter()
) -> dict[DueWindow, int]:
    """How many vehicles each window holds (one query over the widest range)."""
    require(actor, Permission.AFTERSALES_VIEW)
    today = today or dt.date.today()
    due = Vehicle.next_maintenance_due
    first, _ = DueWindow.OVERDUE.bounds(today)
    _, last = DueWindow.DAYS_30.bounds(today)
    columns = [
        func.sum(case((due.between(*w.bounds(today)), 1), else_=0)).label(w.name) for w in DueWindow
    ]
    stmt = (
        select(*columns)
        .select_from(Vehicle)
        .join(Customer, Customer.id == Vehicle.customer_id)
        .where(due.between(first, last), Vehicle.deleted_at.is_(None))
    )
    stmt = _filtered(_scoped(_contactable(stmt), actor, Customer.service_advisor_id), flt)
    with db.reader() as session:
        row = session.execute(stmt).one()
    return {w: int(row[i] or 0) for i, w in enumerate(DueWindow)}


# ------------------------------------------------------------------------- care calls

_CALL_SORT: dict[str, ColumnElement[Any]] = {
    "due_on": CareCall.due_on,
    "customer": Customer.name_pinyin,
    "kind": CareCall.kind,
    "plate": Vehicle.plate,
    "_id": CareCall.id,
}


def _calls_stmt(today: dt.date, actor: Actor, flt: ListFilter) -> Select[Any]:
    stmt = (
        select(
            CareCall.id.label("call_id"),
            CareCall.kind,
            CareCall.customer_id,
            Customer.name.label("customer"),
            Customer.mobile,
            CareCall.vehicle_id,
            Vehicle.plate,
            _model_name().label("model"),
            CareCall.due_on,
            CareCall.latest_on,
            _Advisor.display_name.label("assignee"),
            Customer.loyalty_class,
            Customer.marks,
        )
        .join(Customer, Customer.id == CareCall.customer_id)
        .outerjoin(Vehicle, Vehicle.id == CareCall.vehicle_id)
        .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
        .outerjoin(_Advisor, _Advisor.id == CareCall.assignee_id)
        # Open calls due by today, late ones included. A call still not made three months
        # after its date has lost its point (a day-3 call in month four) and drops off;
        # the bound also keeps the (due_on, done_at) index scan short.
        .where(
            CareCall.due_on >= today - dt.timedelta(days=CALL_LOOKBACK_DAYS),
            CareCall.done_at.is_(None),
            CareCall.due_on <= today,
            CareCall.deleted_at.is_(None),
        )
    )
    return _filtered(_scoped(_contactable(stmt), actor, CareCall.assignee_id), flt)


def care_calls_today(
    db: Database,
    actor: Actor,
    *,
    today: dt.date | None = None,
    flt: ListFilter = ListFilter(),
    sort: str | None = None,
    descending: bool = False,
    limit: int | None = PAGE,
    offset: int = 0,
) -> Page[CallRow]:
    """Open care calls due today or earlier, the most overdue first."""
    require(actor, Permission.AFTERSALES_VIEW)
    today = today or dt.date.today()
    stmt = _calls_stmt(today, actor, flt)
    with db.reader() as session:
        found, total = _page(
            session, stmt, _sort(_CALL_SORT, sort, "due_on", descending), limit, offset
        )
    return Page([_row(CallRow, actor, r._mapping) for r in found], total)


# --------------------------------------------------------------------------- renewals

_RENEWAL_SORT: dict[str, ColumnElement[Any]] = {
    "due_on": Vehicle.insurance_due_on,
    "customer": Customer.name_pinyin,
    "plate": Vehicle.plate,
    "insurer": Vehicle.insurer,
    "_id": Vehicle.id,
}


def renewals(
    db: Database,
    actor: Actor,
    *,
    today: dt.date | None = None,
    days_ahead: int | None = None,
    flt: ListFilter = ListFilter(),
    sort: str | None = None,
    descending: bool = False,
    limit: int | None = PAGE,
    offset: int = 0,
) -> Page[RenewalRow]:
    """Insurance policies whose yearly renewal comes up within ``days_ahead`` (setting)."""
    require(actor, Permission.AFTERSALES_VIEW)
    today = today or dt.date.today()
    with db.reader() as session:
        ahead = days_ahead or int(get_setting(session, "insurance_call_days_ahead", 60))
        stmt = (
            select(
                Vehicle.id.label("vehicle_id"),
                Vehicle.customer_id,
                Customer.name.label("customer"),
                Customer.mobile,
                Vehicle.plate,
                _model_name().label("model"),
                Vehicle.insurer,
                Vehicle.insurance_due_on.label("due_on"),
                Customer.loyalty_class,
                Customer.marks,
            )
            .join(Customer, Customer.id == Vehicle.customer_id)
            .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
            .where(
                Vehicle.insurance_due_on.between(today, today + dt.timedelta(days=ahead)),
                Vehicle.deleted_at.is_(None),
            )
        )
        stmt = _filtered(_scoped(_contactable(stmt), actor, Customer.service_advisor_id), flt)
        found, total = _page(
            session, stmt, _sort(_RENEWAL_SORT, sort, "due_on", descending), limit, offset
        )
    return Page([_row(RenewalRow, actor, r._mapping) for r in found], total)


# -------------------------------------------------------------------------- birthdays


def birthday_days(today: dt.date, days: int) -> dict[str, dt.date]:
    """``"MM-DD"`` → the date it falls on, for today and the next ``days - 1`` days.

    In a year without 29 February, people born on it are greeted on the 28th.
    """
    found: dict[str, dt.date] = {}
    for offset in range(days):
        day = today + dt.timedelta(days=offset)
        found[day.strftime("%m-%d")] = day
        if day.month == 2 and day.day == 28 and (day + dt.timedelta(days=1)).month == 3:
            found["02-29"] = day
    return found


def birthdays(
    db: Database,
    actor: Actor,
    *,
    today: dt.date | None = None,
    days: int = BIRTHDAY_DAYS,
    flt: ListFilter = ListFilter(),
    sort: str | None = None,
    descending: bool = False,
    limit: int | None = PAGE,
    offset: int = 0,
) -> Page[BirthdayRow]:
    """Customers whose birthday falls in the next ``days`` days (an IN on an index)."""
    require(actor, Permission.AFTERSALES_VIEW)
    today = today or dt.date.today()
    dates = birthday_days(today, days)
    # Sorting "by date" across a year end: order by the position in the window.
    position = case(
        {md: i for i, md in enumerate(dates)}, value=Customer.birthday_md, else_=literal(len(dates))
    )
    sorts: dict[str, ColumnElement[Any]] = {
        "due_on": position,
        "customer": Customer.name_pinyin,
        "loyalty_class": Customer.loyalty_class,
        "_id": Customer.id,
    }
    stmt = select(
        Customer.id.label("customer_id"),
        Customer.name.label("customer"),
        Customer.mobile,
        Customer.birthday,
        Customer.birthday_md,
        Customer.loyalty_class,
        Customer.value_class,
        Customer.marks,
    ).where(Customer.birthday_md.in_(list(dates)))
    stmt = _filtered(
        _scoped(_contactable(stmt), actor, Customer.service_advisor_id), flt, with_vehicle=False
    )
    with db.reader() as session:
        found, total = _page(session, stmt, _sort(sorts, sort, "due_on", descending), limit, offset)
    return Page([_birthday_row(actor, r, dates) for r in found], total)


def _birthday_row(actor: Actor, r: Any, dates: dict[str, dt.date]) -> BirthdayRow:
    columns = dict(r._mapping)
    return _row(BirthdayRow, actor, columns, next_birthday=dates[columns.pop("birthday_md")])


# ---------------------------------------------------------------------- daily summary


@dataclass(frozen=True)
class DailySummary:
    """What is due today for the signed-in user (the main window's panel)."""

    due_7d: int = 0
    overdue: int = 0
    care_calls: int = 0
    late_calls: int = 0
    renewals: int = 0
    birthdays_today: int = 0
    open_complaints: int = 0
    overdue_complaints: int = 0

    @property
    def is_empty(self) -> bool:
        return not any(vars(self).values())


def daily_summary(db: Database, actor: Actor, now: dt.datetime | None = None) -> DailySummary:
    """Counts for the main window, for what the actor's role works on."""
    now = now or dt.datetime.now()
    today = now.date()
    open_c, overdue_c = complaint_counts(db, actor, now=now)
    if not allowed(actor, Permission.AFTERSALES_VIEW):
        return DailySummary(open_complaints=open_c, overdue_complaints=overdue_c)
    counts = due_counts(db, actor, today=today)
    with db.reader() as session:
        calls = _calls_stmt(today, actor, ListFilter()).subquery()
        n_calls, n_late = session.execute(
            select(
                func.count(),
                func.sum(
                    case((func.coalesce(calls.c.latest_on, calls.c.due_on) < today, 1), else_=0)
                ),
            ).select_from(calls)
        ).one()
    return DailySummary(
        due_7d=counts[DueWindow.DAYS_7],
        overdue=counts[DueWindow.OVERDUE],
        care_calls=int(n_calls or 0),
        late_calls=int(n_late or 0),
        renewals=renewals(db, actor, today=today, limit=0).total or 0,
        birthdays_today=birthdays(db, actor, today=today, days=1, limit=0).total or 0,
        open_complaints=open_c,
        overdue_complaints=overdue_c,
    )


__all__ = [
    "BirthdayRow",
    "CallRow",
    "DailySummary",
    "DueRow",
    "DueWindow",
    "ListFilter",
    "Page",
    "RenewalRow",
    "birthdays",
    "care_calls_today",
    "daily_summary",
    "due_counts",
    "due_list",
    "renewals",
]
