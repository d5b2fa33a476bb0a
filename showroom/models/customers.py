"""Customers (客户信息卡): the fixed information, consent, special marks and derived classes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Editable, Timestamped, intpk, str80, str200, user_fk


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class MarkKind(StrEnum):
    FLEET = "fleet"  # 大客户
    VIP = "vip"
    DIFFICULT = "difficult"  # 黑色客户


class LoyaltyClass(StrEnum):
    """忠诚度类别, ranked 1–5 by missed maintenance visits since the first."""

    EVERY_TIME = "L1"
    MISSED_ONE = "L2"
    MISSED_TWO = "L3"
    MISSED_THREE_FOUR = "L4"
    MISSED_MORE = "L5"


class ValueClass(StrEnum):
    PLATINUM = "platinum"
    GOLD = "gold"
    IRON = "iron"
    LEAD = "lead"


#: The customers the one-per-mobile rule covers (the partial unique index's condition).
LIVE_MOBILE = text(
    "mobile IS NOT NULL AND deleted_at IS NULL AND merged_into_id IS NULL "
    "AND NOT duplicate_mobile"
)


class Customer(Editable, Base):
    __tablename__ = "customers"
    __table_args__ = (
        # Global search: every lookup the reception desk makes is an indexed prefix/equality.
        Index("ix_customers_mobile", "mobile"),
        # One live customer per mobile, guaranteed by the database: two workstations saving
        # the same new phone at the same moment cannot make two customers (the second save
        # finds the first one's record; see services/visits.py).
        Index(
            "uq_customers_live_mobile",
            "mobile",
            unique=True,
            sqlite_where=LIVE_MOBILE,
            postgresql_where=LIVE_MOBILE,
        ),
        Index("ix_customers_mobile_tail", "mobile_tail"),
        Index("ix_customers_home_phone", "home_phone"),
        Index("ix_customers_office_phone", "office_phone"),
        Index("ix_customers_name", "name"),
        Index("ix_customers_name_pinyin", "name_pinyin"),
        Index("ix_customers_name_initials", "name_initials"),
        Index("ix_customers_resident_id", "resident_id"),
        Index("ix_customers_consultant", "consultant_id"),
        Index("ix_customers_birthday_md", "birthday_md"),
        Index("ix_customers_value_class", "value_class"),
        Index("ix_customers_loyalty_class", "loyalty_class"),
        Index("ix_customers_membership", "membership_level"),
        Index("ix_customers_referred_by", "referred_by_id"),
    )

    id: Mapped[intpk]
    name: Mapped[str80]
    #: Full pinyin without tones or spaces ("zhangsan") and initials ("zs"), kept for search.
    name_pinyin: Mapped[str] = mapped_column(String(160), default="")
    name_initials: Mapped[str] = mapped_column(String(40), default="")
    sex: Mapped[str | None] = mapped_column(String(1))
    resident_id: Mapped[str | None] = mapped_column(String(18))
    occupation: Mapped[str | None] = mapped_column(String(60))
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    #: "MM-DD" of the birthday, so the greeting-call list is an index range, not a scan.
    birthday_md: Mapped[str | None] = mapped_column(String(5))
    home_address: Mapped[str | None] = mapped_column(String(200))
    home_postcode: Mapped[str | None] = mapped_column(String(6))
    work_address: Mapped[str | None] = mapped_column(String(200))
    work_postcode: Mapped[str | None] = mapped_column(String(6))
    company: Mapped[str | None] = mapped_column(String(120))
    #: Normalised: 11 digits, no +86, no separators.
    mobile: Mapped[str | None] = mapped_column(String(20))
    #: Last four digits of the mobile: receptionists often search by "尾号".
    mobile_tail: Mapped[str | None] = mapped_column(String(4))
    home_phone: Mapped[str | None] = mapped_column(String(24))
    office_phone: Mapped[str | None] = mapped_column(String(24))
    email: Mapped[str | None] = mapped_column(String(120))
    fax: Mapped[str | None] = mapped_column(String(24))
    wechat: Mapped[str | None] = mapped_column(String(60))
    hobbies: Mapped[str | None] = mapped_column(Text)
    preferred_contact: Mapped[str | None] = mapped_column(String(20))
    preferred_contact_time: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)

    source_id: Mapped[int | None] = mapped_column(ForeignKey("ref_items.id"))
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    consultant_id: Mapped[int | None] = user_fk()
    service_advisor_id: Mapped[int | None] = user_fk()

    # PIPL consent, recorded separately with dates; history in ``consent_events``.
    consent_sales: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_sales_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    consent_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_marketing_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: Set when a deletion request anonymised the person; counts stay, identity goes.
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    # Derived values, recomputed by the services whenever their inputs change, stored so
    # lists can filter and sort on them in SQL. Never typed in.
    cumulative_spend: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0))
    loyalty_class: Mapped[str | None] = mapped_column(String(4))
    membership_level: Mapped[str | None] = mapped_column(String(20))
    value_class: Mapped[str | None] = mapped_column(String(10))
    #: 基盘客户: owns a vehicle bought or serviced here.
    is_base: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    referral_count: Mapped[int] = mapped_column(Integer, default=0)
    #: Special marks as a compact flag string ("fleet,vip"), mirrored from ``customer_marks``
    #: so every list can show the badge without a join.
    marks: Mapped[str] = mapped_column(String(40), default="")
    last_visit_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_service_on: Mapped[dt.date | None] = mapped_column(Date)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    #: A live customer whose mobile another live customer already had when the rule "one
    #: customer per mobile" came in (or when a merge was undone): left out of the unique
    #: index until the two are merged, and found by the merge dialog meanwhile.
    duplicate_mobile: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), nullable=False
    )


class CustomerMark(Timestamped, Base):
    """A special mark (fleet / VIP / difficult) with who set it, when and why."""

    __tablename__ = "customer_marks"
    __table_args__ = (Index("ix_customer_marks_kind_active", "kind", "cleared_at"),)

    id: Mapped[intpk]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str200]
    cleared_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cleared_by_id: Mapped[int | None] = user_fk()
    cleared_reason: Mapped[str | None] = mapped_column(String(200))


class ConsentEvent(Timestamped, Base):
    """Every grant or withdrawal of consent, kept for proof (PIPL)."""

    __tablename__ = "consent_events"

    id: Mapped[intpk]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    #: "sales" or "marketing".
    purpose: Mapped[str] = mapped_column(String(12))
    granted: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(String(200))


class CustomerMerge(Timestamped, Base):
    """A merge of two records of one person, with what moved, so it can be undone."""

    __tablename__ = "customer_merges"

    id: Mapped[intpk]
    survivor_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    #: {"table": [row ids moved], "fields": {field: [old, new]}} — what undo needs.
    moved: Mapped[dict[str, Any]] = mapped_column(default=dict)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by_id: Mapped[int | None] = user_fk()


__all__ = [
    "ConsentEvent",
    "Customer",
    "CustomerMark",
    "CustomerMerge",
    "LoyaltyClass",
    "MarkKind",
    "Sex",
    "ValueClass",
]
