"""People who sign in, and what their role lets them do."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Editable, intpk, str40, str80


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"  # 展厅经理 / 总经理
    CONSULTANT = "consultant"  # 销售顾问
    RECEPTION = "reception"  # 前台 / 展厅接待
    SERVICE_ADVISOR = "service_advisor"  # 服务顾问


class User(Editable, Base):
    __tablename__ = "users"

    id: Mapped[intpk]
    username: Mapped[str40] = mapped_column(unique=True)
    display_name: Mapped[str80]
    role: Mapped[str] = mapped_column(String(20), index=True)
    #: argon2 hash; empty means the account cannot sign in until a password is set.
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: Wrong passwords in a row, and when the last attempt was reserved: the sign-in
    #: lockout, counted with one conditional UPDATE so parallel attempts cannot race it
    #: (showroom.services.auth.sign_in).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    failed_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
