"""Migrations: a new database reaches the head schema, matching the models exactly, and a
database from a newer program is refused without being touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from showroom.db import Database, DatabaseTooNew, current_revision, head_revision, upgrade
from showroom.models import Base
from showroom.services.store import open_store


def test_fresh_database_matches_models(db: Database) -> None:
    with db.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_upgrade_is_idempotent(db: Database) -> None:
    assert upgrade(db) is False


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_every_lookup_column_is_indexed(sqlite_db: Database) -> None:
    indexed: dict[str, set[str]] = {}
    inspector = inspect(sqlite_db.engine)
    for table in ("customers", "vehicles", "visits", "prospects", "follow_ups"):
        indexed[table] = {
            ix["column_names"][0] for ix in inspector.get_indexes(table) if ix["column_names"]
        }
    assert {"mobile", "mobile_tail", "name", "name_pinyin", "name_initials", "resident_id"} <= (
        indexed["customers"]
    )
    assert {"plate", "plate_tail", "vin", "customer_id"} <= indexed["vehicles"]
    assert {"visit_date", "consultant_id", "phone", "customer_id"} <= indexed["visits"]
    assert {"consultant_id", "status", "customer_id", "created_on"} <= indexed["prospects"]
    assert {"prospect_id", "consultant_id", "followed_on"} <= indexed["follow_ups"]


def test_database_from_newer_program_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.db'}"
    db = open_store(url, backup_dir=None)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    with pytest.raises(DatabaseTooNew) as caught:
        upgrade(db, backup_dir=tmp_path / "backups")
    assert "ffff_from_the_future" in caught.value.msg.text("en")
    assert not (tmp_path / "backups").exists()
    with db.engine.connect() as conn:
        assert current_revision(conn) == "ffff_from_the_future"
    db.dispose()


def test_seeding_is_idempotent_and_complete(db: Database) -> None:
    from sqlalchemy import func, select

    from showroom.defaults import seed_reference_data
    from showroom.models import CarModel, LevelRule, RefItem, User

    with db.session() as session:
        assert seed_reference_data(session) is False
        levels = session.scalars(select(LevelRule.code).order_by(LevelRule.sort_order)).all()
        assert levels == ["H", "A", "B", "C", "O", "F"]
        intervals = dict(session.execute(select(LevelRule.code, LevelRule.followup_days)).all())
        assert intervals == {"H": 2, "A": 4, "B": 7, "C": 15, "O": None, "F": None}
        kinds = set(session.scalars(select(RefItem.kind).distinct()))
        assert {"source", "colour", "loss_reason", "service_type", "competitor"} <= kinds
        assert session.scalar(select(func.count()).select_from(CarModel)) > 0
        assert session.scalar(select(User.username)) == "admin"


def test_the_fast_start_up_check_reads_the_same_head_as_alembic() -> None:
    from showroom.db.migrate import declared_head, head_revision

    assert declared_head() == head_revision()
