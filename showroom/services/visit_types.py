"""Plain values the visitor-log services take and return (no ORM objects leave the core)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from showroom.models import VisitKind


@dataclass(frozen=True)
class VisitInput:
    """One row of the visitor log as the receptionist typed it.

    ``phone`` is the raw text (normalised by the service). ``customer_id`` is set when the
    receptionist linked a returning visitor; a phone that belongs to a customer links by
    itself, so the same phone never creates a second customer. ``consultant_id`` may be
    left empty when the actor is a consultant (they take the visitor themselves).
    """

    arrived_at: dt.datetime | None
    kind: str = VisitKind.WALK_IN
    departed_at: dt.datetime | None = None
    visitor_name: str | None = None
    sex: str | None = None
    phone: str | None = None
    party_size: int = 1
    customer_id: int | None = None
    source_id: int | None = None
    referrer_id: int | None = None
    intended_model_id: int | None = None
    intended_colour: str | None = None
    purchase_type: str | None = None
    level_given: str | None = None
    test_drive: bool = False
    consultant_id: int | None = None
    notes: str | None = None


@dataclass(frozen=True)
class LoggedVisit:
    """What saving a visit did."""

    visit_id: int
    customer_id: int | None
    #: A customer record was created for this visitor (a new contact, 留档).
    created_customer: bool
    is_first_visit: bool
    #: The prospect the visit belongs to (created now when the consultant graded a new one).
    prospect_id: int | None
    created_prospect: bool


@dataclass(frozen=True)
class VisitFilter:
    """Which rows of the log to show, and in which order.

    ``start``/``end`` are inclusive dates. ``first`` is True for first visits only, False
    for repeat visits only. ``level`` is a level code, or ``""`` for rows without a level.
    ``order`` is a key of ``SORT_KEYS`` (a column of the sheet).
    """

    start: dt.date
    end: dt.date
    consultant_id: int | None = None
    kind: str | None = None
    source_id: int | None = None
    first: bool | None = None
    level: str | None = None
    order: str = "arrived_at"
    descending: bool = False

    @classmethod
    def day(cls, day: dt.date, **kwargs: object) -> VisitFilter:
        return cls(start=day, end=day, **kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One row of the visitor log, ready for the table, the workbook and the PDF.

    Names are in the language asked for; ``phone`` is masked for roles that do not see
    personal data in full.
    """

    id: int
    visit_date: dt.date
    kind: str
    arrived_at: dt.datetime
    departed_at: dt.datetime | None
    visitor_name: str | None
    sex: str | None
    phone: str | None
    party_size: int
    is_first_visit: bool
    source_name: str | None
    referrer_name: str | None
    model_name: str | None
    intended_colour: str | None
    purchase_type: str | None
    level_given: str | None
    test_drive: bool
    contact_left: bool
    consultant_id: int | None
    consultant_name: str | None
    customer_id: int | None
    prospect_id: int | None
    notes: str | None

    @property
    def duration(self) -> dt.timedelta | None:
        if self.departed_at is None:
            return None
        return self.departed_at - self.arrived_at

    def in_showroom(self, today: dt.date) -> bool:
        """A walk-in of ``today`` whose departure is not recorded yet."""
        return (
            self.kind == VisitKind.WALK_IN and self.departed_at is None and self.visit_date == today
        )


@dataclass(frozen=True)
class VisitPage:
    """Rows of a filter, and whether there were more than the limit asked for."""

    rows: list[VisitRow]
    truncated: bool = False


@dataclass(frozen=True)
class VisitLog:
    """The log as a page opens it: the first rows and the figures over all of them."""

    rows: list[VisitRow]
    #: More rows follow the first page (fetched with ``list_visits(offset=…)``).
    more: bool
    total: int
    #: Walk-ins of today (within the filter) whose departure is not recorded yet.
    in_showroom: int


@dataclass(frozen=True)
class PastVisit:
    arrived_at: dt.datetime
    kind: str
    consultant_name: str | None
    level_given: str | None


@dataclass(frozen=True)
class ReturningVisitor:
    """A customer the typed text found, with what reception needs to greet them."""

    customer_id: int
    name: str
    sex: str | None
    #: Masked unless the actor sees personal data in full.
    mobile: str | None
    plates: tuple[str, ...]
    marks: tuple[str, ...]
    consultant_id: int | None
    consultant_name: str | None
    #: The open prospect's level and consultant (None when there is no open prospect).
    prospect_id: int | None
    level: str | None
    visit_count: int
    last_visits: tuple[PastVisit, ...] = ()
    matched_on: str = ""
    #: The text was this customer's complete mobile number: saving links them anyway.
    exact_phone: bool = False


@dataclass(frozen=True)
class Choice:
    """An entry of a pick list: id or code, and the name to show."""

    key: int | str
    name: str


@dataclass(frozen=True)
class VisitChoices:
    """The pick lists of the entry form and the filters, in the language asked for."""

    consultants: list[Choice] = field(default_factory=list)
    sources: list[Choice] = field(default_factory=list)
    #: Source ids whose channel is "referred by a customer" (a referrer must be picked).
    referral_source_ids: frozenset[int] = frozenset()
    models: list[Choice] = field(default_factory=list)
    colours: list[str] = field(default_factory=list)
    #: Levels a consultant may give a visitor (H/A/B/C: not the closing O/F).
    levels: list[Choice] = field(default_factory=list)
    #: The source a returning customer's visit takes by default (the store's setting).
    returning_source_id: int | None = None
    #: The fields an anonymous guest must have (the store's setting).
    guest_required: frozenset[str] = frozenset({"source_id"})


@dataclass(frozen=True)
class VisitEdit:
    """A logged visit as the form reopens it for correction: the values as typed
    (``VisitInput``), the names the form shows for the links, and the version the save
    must still find (another workstation's save in between is refused)."""

    visit_id: int
    version: int
    data: VisitInput
    customer_name: str | None = None
    referrer_name: str | None = None
    #: The row's stored columns when the form loaded it: a save conflicts only on the
    #: fields both this form and another save changed since.
    columns: Mapping[str, Any] = field(default_factory=dict)
