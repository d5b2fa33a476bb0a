"""Prospects (潜在客户跟踪表): level, follow-ups, level history, test drives, orders, losses."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Editable, Timestamped, intpk, user_fk


class ProspectStatus(StrEnum):
    OPEN = "open"
    ORDERED = "ordered"  # O
    LOST = "lost"  # F 战败


class Payment(StrEnum):
    CASH = "cash"
    LOAN = "loan"


class FollowUpMethod(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    MESSAGE = "message"  # SMS / WeChat
    HOME_VISIT = "home_visit"


class Prospect(Editable, Base):
    __tablename__ = "prospects"
    __table_args__ = (
        # "My follow-ups today": open prospects of one consultant by next date.
        Index("ix_prospects_consultant_status_next", "consultant_id", "status", "next_followup_on"),
        Index("ix_prospects_status_next", "status", "next_followup_on"),
        Index("ix_prospects_customer", "customer_id"),
        Index("ix_prospects_created", "created_on"),
        Index("ix_prospects_level", "level"),
    )

    id: Mapped[intpk]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    consultant_id: Mapped[int | None] = user_fk()
    created_on: Mapped[dt.date] = mapped_column(Date)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("ref_items.id"))
    referrer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    intended_model_id: Mapped[int | None] = mapped_column(ForeignKey("car_models.id"))
    intended_colour: Mapped[str | None] = mapped_column(String(40))
    budget: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    payment: Mapped[str | None] = mapped_column(String(8))
    purchase_type: Mapped[str | None] = mapped_column(String(12))
    #: Competitor models considered, free text as customers say them ("雅阁, 凯美瑞").
    competitors: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(4))
    status: Mapped[str] = mapped_column(String(8), default=ProspectStatus.OPEN)
    next_followup_on: Mapped[dt.date | None] = mapped_column(Date)
    last_followup_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class LevelChange(Base):
    """Every level change (the upgrade chart and time-in-stage): append-only."""

    __tablename__ = "level_changes"
    __table_args__ = (Index("ix_level_changes_prospect_at", "prospect_id", "changed_at"),)

    id: Mapped[intpk]
    prospect_id: Mapped[int] = mapped_column(ForeignKey("prospects.id"))
    from_level: Mapped[str | None] = mapped_column(String(4))
    to_level: Mapped[str] = mapped_column(String(4))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    changed_by_id: Mapped[int | None] = user_fk()
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_ups.id"))


class FollowUp(Editable, Base):
    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_prospect_date", "prospect_id", "followed_on"),
        Index("ix_follow_ups_consultant_date", "consultant_id", "followed_on"),
        Index("ix_follow_ups_date", "followed_on"),
    )

    id: Mapped[intpk]
    prospect_id: Mapped[int] = mapped_column(ForeignKey("prospects.id"))
    consultant_id: Mapped[int | None] = user_fk()
    followed_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(12))
    content: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str | None] = mapped_column(Text)
    level_before: Mapped[str | None] = mapped_column(String(4))
    level_after: Mapped[str] = mapped_column(String(4))
    next_followup_on: Mapped[dt.date | None] = mapped_column(Date)
    manager_comment: Mapped[str | None] = mapped_column(Text)
    manager_comment_by_id: Mapped[int | None] = user_fk()
    manager_comment_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class TestDrive(Timestamped, Base):
    __tablename__ = "test_drives"
    __table_args__ = (
        Index("ix_test_drives_date", "driven_on"),
        Index("ix_test_drives_consultant_date", "consultant_id", "driven_on"),
    )
    __test__ = False  # not a pytest test class, despite the name

    id: Mapped[intpk]
    prospect_id: Mapped[int | None] = mapped_column(ForeignKey("prospects.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    consultant_id: Mapped[int | None] = user_fk()
    model_id: Mapped[int | None] = mapped_column(ForeignKey("car_models.id"))
    driven_on: Mapped[dt.date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class OrderStatus(StrEnum):
    OPEN = "open"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class Order(Editable, Base):
    """An order (O) and, once delivered, its delivery."""

    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_ordered_on", "ordered_on"),
        Index("ix_orders_delivered_on", "delivered_on"),
        Index("ix_orders_consultant_ordered", "consultant_id", "ordered_on"),
        Index("ix_orders_customer", "customer_id"),
    )

    id: Mapped[intpk]
    prospect_id: Mapped[int | None] = mapped_column(ForeignKey("prospects.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    consultant_id: Mapped[int | None] = user_fk()
    ordered_on: Mapped[dt.date] = mapped_column(Date)
    model_id: Mapped[int | None] = mapped_column(ForeignKey("car_models.id"))
    colour: Mapped[str | None] = mapped_column(String(40))
    price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    payment: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(10), default=OrderStatus.OPEN)
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    cancelled_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class Loss(Editable, Base):
    """战败: why a prospect was lost, from the store's reason list plus free text."""

    __tablename__ = "losses"
    __table_args__ = (
        Index("ix_losses_lost_on", "lost_on"),
        Index("ix_losses_reason", "reason_id"),
    )

    id: Mapped[intpk]
    prospect_id: Mapped[int] = mapped_column(ForeignKey("prospects.id"), index=True)
    consultant_id: Mapped[int | None] = user_fk()
    lost_on: Mapped[dt.date] = mapped_column(Date)
    reason_id: Mapped[int] = mapped_column(ForeignKey("ref_items.id"))
    competitor: Mapped[str | None] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)
    #: The manager confirmed the reason (loss-clarity rate).
    confirmed_by_id: Mapped[int | None] = user_fk()
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SalesTarget(Editable, Base):
    """A consultant's targets for one month (the daily report's target columns)."""

    __tablename__ = "sales_targets"
    __table_args__ = (Index("ix_sales_targets_month_user", "month", "consultant_id", unique=True),)

    id: Mapped[intpk]
    #: First day of the month.
    month: Mapped[dt.date] = mapped_column(Date)
    consultant_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    walk_ins: Mapped[int] = mapped_column(Integer, default=0)
    prospects: Mapped[int] = mapped_column(Integer, default=0)
    test_drives: Mapped[int] = mapped_column(Integer, default=0)
    orders: Mapped[int] = mapped_column(Integer, default=0)
    deliveries: Mapped[int] = mapped_column(Integer, default=0)
