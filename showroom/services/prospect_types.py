"""Plain values the prospect services return and take (no ORM objects leave the services)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class StatusFilter(StrEnum):
    OPEN = "open"
    ORDERED = "ordered"
    LOST = "lost"
    ALL = "all"


@dataclass(frozen=True)
class ProspectFilter:
    """The filters of the prospect lists. ``due_by`` makes it the today list."""

    consultant_id: int | None = None
    level: str | None = None
    source_id: int | None = None
    model_id: int | None = None
    status: StatusFilter = StatusFilter.OPEN
    overdue_only: bool = False
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    #: Only prospects due on or before this day (today's list: due today or overdue).
    due_by: dt.date | None = None


@dataclass(frozen=True)
class ProspectRow:
    id: int
    customer_id: int
    customer_name: str
    phone: str | None
    #: Special-customer marks of the customer (fleet, VIP, difficult), comma-separated codes.
    marks: str
    level: str
    level_rank: int
    status: str
    consultant_id: int | None
    consultant_name: str | None
    source: str | None
    model: str | None
    created_on: dt.date
    next_followup_on: dt.date | None
    last_followup_on: dt.date | None
    last_content: str | None
    #: Days past the next follow-up date (0: not overdue).
    overdue_days: int
    #: Who received the customer on a visit since the last follow-up, when another
    #: consultant than this prospect's (the owner's today list flags it).
    visited_by: str | None = None

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


@dataclass(frozen=True)
class ProspectPage:
    rows: list[ProspectRow]
    #: Rows matching the filter (all pages).
    total: int
    #: Matching rows per level code, ignoring the level filter (the counts bar).
    level_counts: dict[str, int] = field(default_factory=dict)
    #: Matching rows that are overdue.
    overdue: int = 0


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    followed_on: dt.date
    method: str
    content: str
    feedback: str | None
    level_before: str | None
    level_after: str
    next_followup_on: dt.date | None
    consultant_name: str | None
    manager_comment: str | None
    manager_comment_by: str | None
    version: int
    #: What was said is hidden from this reader (``content`` empty; services/privacy.py).
    private: bool = False


@dataclass(frozen=True)
class LevelChangeRow:
    changed_at: dt.datetime
    from_level: str | None
    to_level: str
    changed_by: str | None


@dataclass(frozen=True)
class OrderRow:
    id: int
    ordered_on: dt.date
    model: str | None
    colour: str | None
    price: Decimal | None
    status: str
    delivered_on: dt.date | None
    vehicle_id: int | None


@dataclass(frozen=True)
class LossRow:
    lost_on: dt.date
    reason: str
    competitor: str | None
    note: str | None
    confirmed: bool


@dataclass(frozen=True)
class VisitLink:
    id: int
    visit_date: dt.date
    kind: str
    test_drive: bool


@dataclass(frozen=True)
class VehicleLink:
    id: int
    plate: str | None
    vin: str | None
    model: str | None
    delivered_on: dt.date | None


@dataclass(frozen=True)
class ProspectCard:
    """The tracking sheet of one prospect: header, follow-up rows, level history, links."""

    id: int
    version: int
    customer_id: int
    customer_name: str
    phone: str | None
    marks: str
    created_on: dt.date
    source: str | None
    model_id: int | None
    model: str | None
    colour: str | None
    budget: Decimal | None
    payment: str | None
    purchase_type: str | None
    competitors: list[str]
    level: str
    level_name: str
    status: str
    consultant_id: int | None
    consultant_name: str | None
    next_followup_on: dt.date | None
    last_followup_on: dt.date | None
    closed_on: dt.date | None
    notes: str | None
    overdue_days: int
    follow_ups: list[FollowUpRow]
    level_history: list[LevelChangeRow]
    orders: list[OrderRow]
    loss: LossRow | None
    visits: list[VisitLink]
    vehicles: list[VehicleLink]
    test_drives: int
