"""Configurable reference lists and store settings.

Everything a store may name differently lives here rather than in code: information
sources, car models and their maintenance intervals, colours, loss reasons, competitor
models, service types, prospect level rules, membership thresholds, call scripts.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Editable, intpk, str20, str80


class RefKind(StrEnum):
    SOURCE = "source"  # 信息来源
    COLOUR = "colour"
    LOSS_REASON = "loss_reason"  # 战败原因
    COMPETITOR = "competitor"  # 竞品车型
    SERVICE_TYPE = "service_type"  # 首保/保养/索赔/…
    FOLLOWUP_METHOD = "followup_method"
    COMPLAINT_CATEGORY = "complaint_category"
    OCCUPATION = "occupation"


class RefItem(Editable, Base):
    """One entry of a configurable list, named in both languages."""

    __tablename__ = "ref_items"
    __table_args__ = (UniqueConstraint("kind", "code"),)

    id: Mapped[intpk]
    kind: Mapped[str20] = mapped_column(index=True)
    code: Mapped[str] = mapped_column(String(40))
    name_zh: Mapped[str80]
    name_en: Mapped[str80]
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Marks entries with a meaning the rules use
    #: (e.g. source "referral", service "first_maintenance").
    system: Mapped[bool] = mapped_column(Boolean, default=False)


class CarModel(Editable, Base):
    """A model the store sells or services, with its maintenance intervals."""

    __tablename__ = "car_models"
    __table_args__ = (UniqueConstraint("brand", "name"),)

    id: Mapped[intpk]
    brand: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str | None] = mapped_column(String(60))
    seats: Mapped[int] = mapped_column(Integer, default=5)
    guide_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    first_maintenance_km: Mapped[int] = mapped_column(Integer, default=5000)
    first_maintenance_months: Mapped[int] = mapped_column(Integer, default=3)
    maintenance_km: Mapped[int] = mapped_column(Integer, default=5000)
    maintenance_months: Mapped[int] = mapped_column(Integer, default=6)
    sold_here: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LevelRule(Editable, Base):
    """A prospect level (有望客户级别): H/A/B/C plus the closing states O and F."""

    __tablename__ = "level_rules"

    id: Mapped[intpk]
    code: Mapped[str] = mapped_column(String(4), unique=True)
    name_zh: Mapped[str80]
    name_en: Mapped[str80]
    #: Expected to order within this many days (None for O/F).
    horizon_days: Mapped[int | None] = mapped_column(Integer)
    #: Follow up every this many days (None for O/F: no more follow-ups).
    followup_days: Mapped[int | None] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_order: Mapped[bool] = mapped_column(Boolean, default=False)
    is_lost: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MembershipRule(Editable, Base):
    """Membership level reached with at least this spend and at most this loyalty class."""

    __tablename__ = "membership_rules"

    id: Mapped[intpk]
    code: Mapped[str20] = mapped_column(unique=True)
    name_zh: Mapped[str80]
    name_en: Mapped[str80]
    min_spend: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    #: Loyalty classes are ranked 1 (came every time) … 5 (missed more than four).
    max_loyalty_rank: Mapped[int] = mapped_column(Integer, default=5)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class CallScript(Editable, Base):
    """A call script (话术) template with ``{placeholders}``, one per kind and language."""

    __tablename__ = "call_scripts"
    __table_args__ = (UniqueConstraint("kind", "lang"),)

    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(30))
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str80]
    body: Mapped[str] = mapped_column(Text)


class Setting(Editable, Base):
    """A store-wide setting: store name, default km/day, value-class cut-offs, …"""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
