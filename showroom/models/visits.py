"""The visitor log (展厅来店/来电登记表): one row per walk-in or call."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Editable, intpk, user_fk


class VisitKind(StrEnum):
    WALK_IN = "walk_in"  # 来店
    CALL = "call"  # 来电


class PurchaseType(StrEnum):
    FIRST = "first"  # 首购
    ADDITIONAL = "additional"  # 增购
    REPLACEMENT = "replacement"  # 换购 / 置换


class Visit(Editable, Base):
    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_date", "visit_date"),
        Index("ix_visits_consultant_date", "consultant_id", "visit_date"),
        Index("ix_visits_customer", "customer_id"),
        Index("ix_visits_phone", "phone"),
    )

    id: Mapped[intpk]
    visit_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10), default=VisitKind.WALK_IN)
    arrived_at: Mapped[dt.datetime] = mapped_column(DateTime)
    #: Empty while the visitor is still in the showroom.
    departed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: An anonymous guest ("not left contact") has no customer until linked later.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    visitor_name: Mapped[str | None] = mapped_column(String(80))
    sex: Mapped[str | None] = mapped_column(String(1))
    phone: Mapped[str | None] = mapped_column(String(20))
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    #: Derived from the phone's/customer's history when logged: first visit or repeat.
    is_first_visit: Mapped[bool] = mapped_column(Boolean, default=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("ref_items.id"))
    referrer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    intended_model_id: Mapped[int | None] = mapped_column(ForeignKey("car_models.id"))
    intended_colour: Mapped[str | None] = mapped_column(String(40))
    purchase_type: Mapped[str | None] = mapped_column(String(12))
    level_given: Mapped[str | None] = mapped_column(String(4))
    test_drive: Mapped[bool] = mapped_column(Boolean, default=False)
    #: 留档: the visitor left contact details.
    contact_left: Mapped[bool] = mapped_column(Boolean, default=False)
    consultant_id: Mapped[int | None] = user_fk()
    prospect_id: Mapped[int | None] = mapped_column(ForeignKey("prospects.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    #: When a later link of an anonymous guest to a customer was made (audited).
    linked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
