"""Opening a store's database: migrate, seed the defaults, and describe what is there."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from showroom.config import data_dir
from showroom.db import Database, upgrade
from showroom.defaults import seed_reference_data
from showroom.models import Customer, Role, Setting, User

from .context import Actor


def open_store(url: str, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) the database at ``url``, migrated and seeded."""
    db = Database(url)
    upgrade(db, backup_dir if backup_dir is not None else data_dir() / "backups")
    with db.session() as session:
        seed_reference_data(session)
    from showroom.importers.engine import mark_interrupted

    mark_interrupted(db)
    return db


@dataclass(frozen=True)
class StoreInfo:
    name_zh: str
    name_en: str
    customers: int

    @property
    def is_empty(self) -> bool:
        return self.customers == 0

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_zh


def store_info(db: Database) -> StoreInfo:
    with db.reader() as session:
        names = session.get(Setting, "store_name")
        value = names.value if names and isinstance(names.value, dict) else {}
        customers = session.scalar(
            select(func.count()).select_from(Customer).where(Customer.deleted_at.is_(None))
        )
    return StoreInfo(
        name_zh=str(value.get("zh_CN", "")),
        name_en=str(value.get("en", "")),
        customers=customers or 0,
    )


def default_actor(db: Database) -> Actor:
    """The account a workstation acts as until sign-in exists: the first active admin."""
    with db.reader() as session:
        user = session.scalars(
            select(User)
            .where(User.active.is_(True), User.deleted_at.is_(None))
            .order_by((User.role != Role.ADMIN), User.id)
            .limit(1)
        ).first()
    if user is None:
        raise LookupError("no active user")
    return Actor(user.id, user.username, user.display_name, Role(user.role))
