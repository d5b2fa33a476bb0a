"""Declarative base and the mixins every table shares.

* Constraint names follow a fixed convention so Alembic can alter them on SQLite (batch
  mode recreates tables and needs names to find constraints again).
* ``Versioned`` gives editable rows a version counter: SQLAlchemy adds
  ``WHERE version = :old`` to every UPDATE, so a stale save from another workstation raises
  ``StaleDataError`` instead of silently overwriting.
* ``SoftDeleted`` rows are never removed by a normal user; lists filter ``deleted_at``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, ClassVar

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, MetaData, Numeric, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Reusable column types: one place says how long a name is or how money is stored.
intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
str20 = Annotated[str, mapped_column(String(20))]
str40 = Annotated[str, mapped_column(String(40))]
str80 = Annotated[str, mapped_column(String(80))]
str200 = Annotated[str, mapped_column(String(200))]
money = Annotated[Decimal, mapped_column(Numeric(12, 2))]
Timestamp = Annotated[dt.datetime, mapped_column(DateTime(timezone=False))]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


def user_fk(nullable: bool = True, index: bool = False) -> Any:
    """A reference to the user who did something (kept even if the user is deactivated)."""
    return mapped_column(ForeignKey("users.id"), nullable=nullable, index=index)


class Timestamped:
    """Creation and change times plus who made them (the audit trail holds the detail)."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=dt.datetime.now, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, onupdate=dt.datetime.now)

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id"), nullable=True)


class SoftDeleted:
    """Rows are hidden, not removed; the audit trail says who hid them and why."""

    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)

    @declared_attr
    def deleted_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("users.id"), nullable=True)


class Versioned:
    """Optimistic locking: every UPDATE checks and bumps ``version``."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}  # type: ignore[attr-defined]


class Editable(Timestamped, SoftDeleted, Versioned):
    """What every row a person edits carries."""
