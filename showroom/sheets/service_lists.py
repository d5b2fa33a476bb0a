"""The service advisor's lists as sheets: the maintenance-due list and the call sheet.

The same :class:`SheetSpec` feeds the Excel export and the PDF printout. The printout is
a call sheet to work on paper: blank columns for the outcome, the mileage told and the
next step, special customers highlighted, overdue rows marked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from showroom.db import Database
from showroom.exports import Column, ColumnKind, RowStyle, SheetSpec
from showroom.exports.columns import Text
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import MarkKind
from showroom.rules.classes import mark_badges
from showroom.rules.loyalty import loyalty_label
from showroom.services.call_scripts import kind_name
from showroom.services.context import Actor
from showroom.services.service_lists import (
    BirthdayRow,
    CallRow,
    DueRow,
    DueWindow,
    ListFilter,
    RenewalRow,
    birthdays,
    care_calls_today,
    due_list,
    renewals,
)

from .base import Content, Sheet, Table

CTX = "ServiceSheet"


def _m(source: str) -> Msg:
    return Msg(CTX, source)


class ServiceList(StrEnum):
    DUE = "due"
    CALLS = "calls"
    RENEWALS = "renewals"
    BIRTHDAYS = "birthdays"


TITLES = {
    ServiceList.DUE: _m(QT_TRANSLATE_NOOP("ServiceSheet", "Maintenance due list")),
    ServiceList.CALLS: _m(QT_TRANSLATE_NOOP("ServiceSheet", "Care calls due")),
    ServiceList.RENEWALS: _m(QT_TRANSLATE_NOOP("ServiceSheet", "Insurance renewals")),
    ServiceList.BIRTHDAYS: _m(QT_TRANSLATE_NOOP("ServiceSheet", "Birthday greetings")),
}
WINDOWS = {
    DueWindow.DAYS_7: _m(QT_TRANSLATE_NOOP("ServiceSheet", "Next 7 days")),
    DueWindow.DAYS_14: _m(QT_TRANSLATE_NOOP("ServiceSheet", "Next 14 days")),
    DueWindow.DAYS_30: _m(QT_TRANSLATE_NOOP("ServiceSheet", "Next 30 days")),
    DueWindow.OVERDUE: _m(QT_TRANSLATE_NOOP("ServiceSheet", "Overdue")),
}
SEARCH = _m(QT_TRANSLATE_NOOP("ServiceSheet", "Search"))
LOYALTY = _m(QT_TRANSLATE_NOOP("ServiceSheet", "Loyalty"))
MARK = _m(QT_TRANSLATE_NOOP("ServiceSheet", "Mark"))
AS_OF = _m(QT_TRANSLATE_NOOP("ServiceSheet", "As of {date}"))

_CUSTOMER = Column("customer", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Customer")), width=10)
_PHONE = Column("phone", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Phone")), width=12.5)
_PLATE = Column("plate", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Plate")), width=9.5)
_MODEL = Column("model", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Model")), width=7)
_LOYALTY = Column("loyalty", LOYALTY, width=9)
_MARKS = Column("marks", MARK, width=8)
# Left blank for the advisor's pen.
_PAPER = (
    Column("outcome", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Outcome")), width=9),
    Column("km_told", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Km told")), width=7),
    Column("next_step", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Next step")), width=14),
)

COLUMNS: dict[ServiceList, tuple[Column, ...]] = {
    ServiceList.DUE: (
        _CUSTOMER,
        _PHONE,
        _PLATE,
        _MODEL,
        Column(
            "last_service",
            _m(QT_TRANSLATE_NOOP("ServiceSheet", "Last service")),
            ColumnKind.DATE,
            10,
        ),
        Column("km_now", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Km now (est.)")), ColumnKind.INT, 8),
        Column("due_on", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Due")), ColumnKind.DATE, 10),
        Column("why", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Why")), width=16),
        _LOYALTY,
        _MARKS,
        *_PAPER,
    ),
    ServiceList.CALLS: (
        Column("kind", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Call")), width=12),
        _CUSTOMER,
        _PHONE,
        _PLATE,
        _MODEL,
        Column("due_on", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Due")), ColumnKind.DATE, 10),
        Column("latest_on", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Latest")), ColumnKind.DATE, 10),
        Column("assignee", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Assigned to")), width=8),
        _MARKS,
        *_PAPER,
    ),
    ServiceList.RENEWALS: (
        _CUSTOMER,
        _PHONE,
        _PLATE,
        _MODEL,
        Column("insurer", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Insurer")), width=12),
        Column(
            "due_on", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Renewal date")), ColumnKind.DATE, 10
        ),
        _LOYALTY,
        _MARKS,
        *_PAPER,
    ),
    ServiceList.BIRTHDAYS: (
        _CUSTOMER,
        _PHONE,
        Column("birthday", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Birthday")), ColumnKind.DATE, 10),
        Column("age", _m(QT_TRANSLATE_NOOP("ServiceSheet", "Age")), ColumnKind.INT, 5),
        _LOYALTY,
        _MARKS,
        *_PAPER,
    ),
}


def _loyalty(code: str | None) -> Msg | None:
    return loyalty_label(code)


def due_cells(row: DueRow, lang: str | None = None) -> tuple[object, ...]:
    return (
        row.customer,
        row.phone,
        row.plate,
        row.model,
        row.last_service_on,
        row.km_now,
        row.due_on,
        row.explanation,
        _loyalty(row.loyalty_class),
        mark_badges(row.marks, lang),
        None,
        None,
        None,
    )


def call_cells(row: CallRow, lang: str | None = None) -> tuple[object, ...]:
    return (
        kind_name(row.kind),
        row.customer,
        row.phone,
        row.plate,
        row.model,
        row.due_on,
        row.latest_on,
        row.assignee,
        mark_badges(row.marks, lang),
        None,
        None,
        None,
    )


def renewal_cells(row: RenewalRow, lang: str | None = None) -> tuple[object, ...]:
    return (
        row.customer,
        row.phone,
        row.plate,
        row.model,
        row.insurer,
        row.due_on,
        _loyalty(row.loyalty_class),
        mark_badges(row.marks, lang),
        None,
        None,
        None,
    )


def birthday_cells(row: BirthdayRow, lang: str | None = None) -> tuple[object, ...]:
    return (
        row.customer,
        row.phone,
        row.next_birthday,
        row.age,
        _loyalty(row.loyalty_class),
        mark_badges(row.marks, lang),
        None,
        None,
        None,
    )


@dataclass(frozen=True)
class ListRequest:
    """Which list, as the screen shows it (window, filter, sort)."""

    kind: ServiceList
    window: DueWindow = DueWindow.DAYS_30
    flt: ListFilter = field(default_factory=ListFilter)
    sort: str | None = None
    descending: bool = False


def fetch_rows(db: Database, actor: Actor, request: ListRequest, today: dt.date) -> list[Any]:
    """Every row of the list (no paging: an export holds what the filter holds)."""
    args: dict[str, Any] = {
        "today": today,
        "flt": request.flt,
        "sort": request.sort,
        "descending": request.descending,
        "limit": None,
    }
    if request.kind is ServiceList.DUE:
        return due_list(db, actor, request.window, **args).rows
    if request.kind is ServiceList.CALLS:
        return care_calls_today(db, actor, **args).rows
    if request.kind is ServiceList.RENEWALS:
        return renewals(db, actor, **args).rows
    return birthdays(db, actor, **args).rows


_CELLS: dict[ServiceList, Callable[[Any, str | None], tuple[object, ...]]] = {
    ServiceList.DUE: due_cells,
    ServiceList.CALLS: call_cells,
    ServiceList.RENEWALS: renewal_cells,
    ServiceList.BIRTHDAYS: birthday_cells,
}


def row_cells(kind: ServiceList, row: Any, lang: str | None = None) -> tuple[object, ...]:
    """A service row as the sheet's cells (the screen shows the same)."""
    return _CELLS[kind](row, lang)


def sheet_for(request: ListRequest, today: dt.date) -> SheetSpec:
    filters: list[tuple[Text, Text]] = []
    if request.flt.text.strip():
        filters.append((SEARCH, request.flt.text.strip()))
    if request.flt.loyalty_class:
        filters.append(
            (LOYALTY, loyalty_label(request.flt.loyalty_class) or request.flt.loyalty_class)
        )
    if request.flt.mark:
        filters.append((MARK, mark_badges(request.flt.mark)))
    subtitle: Text = Msg(CTX, AS_OF.source, {"date": today.isoformat()})
    if request.kind is ServiceList.DUE:
        subtitle = Msg(
            CTX,
            QT_TRANSLATE_NOOP("ServiceSheet", "{window}, as of {date}"),
            {"window": _Text(WINDOWS[request.window]), "date": today.isoformat()},
        )
    return SheetSpec(
        TITLES[request.kind], COLUMNS[request.kind], filters=filters, subtitle=subtitle
    )


class _Text:
    """A message used as a parameter of another: translated in the current language."""

    def __init__(self, msg: Msg) -> None:
        self.msg = msg

    def __format__(self, spec: str) -> str:
        return format(self.msg.text(), spec)


def row_style(kind: ServiceList, today: dt.date) -> Callable[[Sequence[object]], RowStyle | None]:
    due_column = {ServiceList.DUE: 6, ServiceList.CALLS: 6}.get(kind)
    marks_column = [c.key for c in COLUMNS[kind]].index("marks")
    difficult = mark_badges([MarkKind.DIFFICULT])

    def style(cells: Sequence[object]) -> RowStyle | None:
        marks = str(cells[marks_column] or "")
        if difficult and difficult in marks:
            return RowStyle.WARNING
        due = cells[due_column] if due_column is not None else None
        if isinstance(due, dt.date) and due < today:
            return RowStyle.WARNING
        return RowStyle.HIGHLIGHT if marks else None

    return style


@dataclass(frozen=True)
class ServiceListSheet(Sheet):
    """A service list as the screen shows it, every row (no paging), as of ``today``."""

    entity = "service_list"
    request: ListRequest
    today: dt.date | None = None

    @property
    def title(self) -> Msg:  # type: ignore[override]
        return TITLES[self.request.kind]

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        request, today = self.request, self.today or dt.date.today()
        cells = _CELLS[request.kind]
        rows = [cells(r, lang) for r in fetch_rows(db, actor, request, today)]
        table = Table(
            sheet_for(request, today), rows, row_style=row_style(request.kind, today),
            count=len(rows), font_size=8,
        )  # fmt: skip
        return Content([table], detail={"list": str(request.kind), "window": str(request.window)})
