"""Post-sale care calls (回访/关怀) and complaints with their promise clock."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Editable, intpk, user_fk


class CareCallKind(StrEnum):
    DELIVERY_FOLLOWUP = "delivery"  # day 2–3 after delivery
    FIRST_MAINTENANCE = "first_maint"  # ~2 months, before the 5,000 km first maintenance
    MANAGER_CHECK = "manager"  # day 7 by the manager, where the store's schedule has it
    MAINTENANCE_DUE = "maint_due"
    INSURANCE = "insurance"
    BIRTHDAY = "birthday"
    INSPECTION = "inspection"
    SATISFACTION = "satisfaction"


class CallOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"
    BOOKED = "booked"
    DECLINED = "declined"


class CareCall(Editable, Base):
    """A scheduled call and, once made, its outcome."""

    __tablename__ = "care_calls"
    __table_args__ = (
        Index("ix_care_calls_due_done", "due_on", "done_at"),
        Index("ix_care_calls_assignee_due", "assignee_id", "due_on"),
        Index("ix_care_calls_customer", "customer_id"),
        Index("ix_care_calls_vehicle", "vehicle_id"),
    )

    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(16))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    due_on: Mapped[dt.date] = mapped_column(Date)
    #: The window the call may be made in (day 2–3 → due_on day 2, latest day 3).
    latest_on: Mapped[dt.date | None] = mapped_column(Date)
    assignee_id: Mapped[int | None] = user_fk()
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    caller_id: Mapped[int | None] = user_fk()
    outcome: Mapped[str | None] = mapped_column(String(16))
    mileage_told: Mapped[int | None] = mapped_column(Integer)
    satisfied: Mapped[bool | None] = mapped_column(Boolean)
    will_buy_again: Mapped[bool | None] = mapped_column(Boolean)
    will_recommend: Mapped[bool | None] = mapped_column(Boolean)
    booked_for: Mapped[dt.date | None] = mapped_column(Date)
    next_step: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class ComplaintStatus(StrEnum):
    OPEN = "open"
    ESCALATED = "escalated"
    ANSWERED = "answered"
    CLOSED = "closed"


class Complaint(Editable, Base):
    """A complaint: the general manager must know within 12 h, the customer an answer in 24 h."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_status_received", "status", "received_at"),
        Index("ix_complaints_customer", "customer_id"),
    )

    id: Mapped[intpk]
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    care_call_id: Mapped[int | None] = mapped_column(ForeignKey("care_calls.id"))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(12), default="desk")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("ref_items.id"))
    content: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default=ComplaintStatus.OPEN)
    assignee_id: Mapped[int | None] = user_fk()
    gm_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    answer: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(Text)
