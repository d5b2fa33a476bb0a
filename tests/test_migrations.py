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


_FAILING = '''"""a deliberately failing revision (tests only)"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("test_only", sa.String(10)))
    op.create_table("test_only_table", sa.Column("id", sa.Integer(), primary_key=True))
    {escape}
    raise RuntimeError("deliberately failing step")


def downgrade() -> None:
    pass
'''


def _with_failing_revision(tmp_path: Path, escape: str) -> Path:
    import shutil

    import showroom.db.migrate as migrate

    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    source = _FAILING.format(head=head_revision(), escape=escape)
    (folder / "versions" / "9999_fails.py").write_text(source, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "escape",
    [
        "pass",
        # A step that commits on its own: only the copy taken before can undo it.
        'op.get_bind().exec_driver_sql("COMMIT"); op.get_bind().exec_driver_sql("BEGIN")',
    ],
)
def test_a_failing_migration_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, escape: str
) -> None:
    import showroom.db.migrate as migrate
    from showroom.services.context import Actor
    from showroom.services.customers import CustomerInput, create_customer
    from showroom.services.store import default_actor

    url = f"sqlite:///{tmp_path / 'store.db'}"
    db = open_store(url, backup_dir=None)
    actor: Actor = default_actor(db)
    create_customer(db, actor, CustomerInput(name="张三", mobile="13812345678"))
    before = head_revision()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _with_failing_revision(tmp_path, escape))
    with pytest.raises(migrate.MigrationFailed) as failed:
        upgrade(db, backup_dir=tmp_path / "backups")
    assert "deliberately failing step" in failed.value.msg.text("en")
    db.dispose()

    monkeypatch.undo()  # the program's own migrations again: the store opens as before
    db = open_store(url, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        assert current_revision(conn) == before
        assert "test_only" not in {c["name"] for c in inspect(conn).get_columns("customers")}
        assert not inspect(conn).has_table("test_only_table")
        assert conn.execute(text("SELECT name FROM customers")).scalars().all() == ["张三"]
    db.dispose()
    assert list((tmp_path / "backups").glob("before-migration-*.db"))


def test_existing_duplicate_mobiles_are_flagged_for_merging_not_a_failed_migration(
    tmp_path: Path,
) -> None:
    from alembic import command

    from showroom.db.migrate import alembic_config

    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = alembic_config()
    with db.engine.begin() as conn:  # a store from before one customer per mobile
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        for name in ("张三", "张三丰", "李四"):
            mobile = "13912345678" if name != "李四" else "13700000000"
            conn.execute(
                text("INSERT INTO customers (name, name_pinyin, name_initials, mobile, version, "
                     "is_base, referral_count, marks, consent_sales, consent_marketing, "
                     "cumulative_spend) VALUES (:n, '', '', :m, 1, false, 0, '', true, false, 0)"),
                {"n": name, "m": mobile},
            )  # fmt: skip
    assert upgrade(db) is True
    with db.engine.connect() as conn:
        flags = conn.execute(
            text("SELECT name, duplicate_mobile FROM customers ORDER BY id")
        ).all()
    assert [(n, bool(f)) for n, f in flags] == [("张三", False), ("张三丰", True), ("李四", False)]
    db.dispose()


def test_a_store_with_records_migrates_from_the_first_revision(tmp_path: Path) -> None:
    """Every revision on a store that has rows referencing each other (an empty database
    hides a step that copies and drops a referenced table)."""
    from alembic import command

    from showroom.db.migrate import alembic_config

    db = Database(f"sqlite:///{tmp_path / 'first.db'}")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text(
            "INSERT INTO customers (id, name, name_pinyin, name_initials, mobile, version, "
            "is_base, referral_count, marks, consent_sales, consent_marketing, cumulative_spend) "
            "VALUES (1, '张三', 'zhangsan', 'zs', '13912345678', 1, false, 0, '', true, false, 0)"
        ))
        conn.execute(text(
            "INSERT INTO visits (visit_date, kind, arrived_at, customer_id, party_size, "
            "is_first_visit, test_drive, contact_left, version) "
            "VALUES ('2026-11-03', 'walk_in', '2026-11-03 10:00:00', 1, 1, true, false, true, 1)"
        ))
        conn.execute(text(
            "INSERT INTO import_batches (id, kind, file_name, file_sha256, mode, mapping, "
            "rows_total, rows_created, rows_updated, rows_skipped, rows_rejected, status) "
            "VALUES (1, 'customers', 'a.csv', '00', 'fill', '{}', 1, 1, 0, 0, 0, 'done')"
        ))
        conn.execute(text(
            "INSERT INTO imported_rows (batch_id, row_number, entity, entity_id, action) "
            "VALUES (1, 2, 'customers', 1, 'create')"
        ))  # fmt: skip
    assert upgrade(db, backup_dir=tmp_path / "backups") is True
    with db.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert conn.execute(text("SELECT count(*) FROM visits")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM imported_rows")).scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    db.dispose()
