"""Online backups of the SQLite store: round trip, daily automatic backup, rotation,
verification before restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Table, select

from showroom import backup
from showroom.db import Database
from showroom.demo import generate_demo
from showroom.models import Base, Customer
from showroom.services.context import Actor
from showroom.services.store import default_actor


def _admin(db: Database) -> Actor:
    return default_actor(db)  # the seeded administrator


def _dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in primary-key order."""
    rows: dict[str, list[tuple[object, ...]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            assert isinstance(table, Table)
            order = list(table.primary_key.columns)
            rows[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*order))]
    return rows


def test_backup_then_restore_gives_back_every_row(sqlite_db: Database, tmp_path: Path) -> None:
    generate_demo(sqlite_db, 40, seed=7)
    before = _dump(sqlite_db)
    assert len(before["customers"]) == 40
    folder = tmp_path / "backups"
    saved = backup.backup_now(sqlite_db, _admin(sqlite_db), folder)
    assert backup.verify_backup(saved).customers == 40

    # Life goes on after the backup: new and changed rows …
    with sqlite_db.session() as session:
        first = session.scalars(select(Customer).order_by(Customer.id)).first()
        assert first is not None
        first.occupation = "changed after the backup"
        session.add(Customer(name="新客户"))
    assert _dump(sqlite_db) != before

    # … and the restore brings the database back to the backup, row for row.
    backup.set_backup_folder(sqlite_db, _admin(sqlite_db), folder)
    before["settings"] = _dump(sqlite_db)["settings"]  # the folder setting itself is newer
    safety = backup.restore(sqlite_db, _admin(sqlite_db), saved)
    after = _dump(sqlite_db)
    after["settings"] = before["settings"]
    assert after == before
    assert safety.exists() and safety.parent == folder
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_backup_is_a_single_self_contained_file(sqlite_db: Database, tmp_path: Path) -> None:
    # Pending WAL pages are part of the snapshot: write without checkpointing first.
    with sqlite_db.session() as session:
        session.add(Customer(name="只在WAL里"))
    saved = backup.backup_now(sqlite_db, _admin(sqlite_db), tmp_path)
    assert not Path(f"{saved}-wal").exists()
    assert backup.verify_backup(saved).customers == 1
    assert not list(tmp_path.glob("*.partial"))


def test_a_damaged_or_foreign_file_is_refused_before_anything_is_replaced(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as session:
        session.add(Customer(name="留下"))
    backup.set_backup_folder(sqlite_db, _admin(sqlite_db), tmp_path / "b")
    before = _dump(sqlite_db)

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    good = backup.backup_now(sqlite_db, _admin(sqlite_db), tmp_path)
    damaged = tmp_path / "damaged.db"
    data = bytearray(good.read_bytes())
    page = 4096
    data[page * 2 : page * 4] = b"\xff" * (page * 2)  # overwrite b-tree pages
    damaged.write_bytes(bytes(data))

    for bad, words in [
        (garbage, "not a Showroom database"),
        (foreign, "not a Showroom database"),
        (damaged, "damaged"),
        (tmp_path / "missing.db", "does not exist"),
    ]:
        with pytest.raises(backup.BackupError) as caught:
            backup.restore(sqlite_db, _admin(sqlite_db), bad)
        assert words in caught.value.msg.text("en"), bad
    assert _dump(sqlite_db) == before
    assert not list((tmp_path / "b").glob("showroom-before-restore-*"))


def test_first_start_of_the_day_backs_up_once(sqlite_db: Database, tmp_path: Path) -> None:
    backup.set_backup_folder(sqlite_db, _admin(sqlite_db), tmp_path)
    morning = dt.datetime(2026, 11, 23, 8, 30)
    first = backup.auto_backup(sqlite_db, morning)
    assert first is not None and first.parent == tmp_path
    assert backup.auto_backup(sqlite_db, morning.replace(hour=14)) is None
    assert backup.auto_backup(sqlite_db, morning + dt.timedelta(days=1)) is not None
    assert [b.kind for b in backup.list_backups(tmp_path)] == ["daily", "daily"]


def test_rotation_keeps_14_daily_and_12_monthly(tmp_path: Path) -> None:
    start = dt.datetime(2025, 1, 1, 9, 0)
    for day in range(700):  # nearly two years of daily backups
        stamp = (start + dt.timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
        (tmp_path / f"showroom-daily-{stamp}.db").write_bytes(b"x")
    (tmp_path / "showroom-before-restore-20250101-000000.db").write_bytes(b"x")
    (tmp_path / "before-migration-0001-20250101-000000.db").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not ours")

    backup.rotate(tmp_path)

    kept = backup.list_backups(tmp_path)
    daily = sorted(b.taken_at for b in kept if b.kind == "daily")
    newest = start + dt.timedelta(days=699)
    assert daily[-14:] == [newest - dt.timedelta(days=d) for d in range(13, -1, -1)]
    monthly = daily[:-14]
    assert all(d.day == 1 for d in monthly)
    assert len({(d.year, d.month) for d in daily}) == 12
    assert (tmp_path / "showroom-before-restore-20250101-000000.db").exists()
    assert (tmp_path / "before-migration-0001-20250101-000000.db").exists()
    assert (tmp_path / "notes.txt").exists()


def test_a_folder_that_cannot_be_written_is_refused(sqlite_db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(backup.BackupError) as caught:
        backup.set_backup_folder(sqlite_db, _admin(sqlite_db), blocker / "sub")
    assert "Cannot write" in caught.value.msg.text("en")
    assert backup.backup_folder(sqlite_db) == backup.default_folder()


def test_a_server_database_is_backed_up_on_the_server(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("about PostgreSQL stores")
    with pytest.raises(backup.BackupError) as caught:
        backup.backup_now(db, _admin(db))
    assert "pg_dump" in caught.value.msg.text("en")
    assert backup.auto_backup(db) is None


def test_the_copy_before_a_migration_goes_to_the_configured_folder(
    sqlite_db: Database, tmp_path: Path
) -> None:
    assert backup.folder_for_url(sqlite_db.url) == backup.default_folder()
    backup.set_backup_folder(sqlite_db, _admin(sqlite_db), tmp_path / "chosen")
    assert backup.folder_for_url(sqlite_db.url) == tmp_path / "chosen"
    assert backup.folder_for_url(f"sqlite:///{tmp_path / 'new.db'}") == backup.default_folder()
    assert backup.folder_for_url("postgresql+psycopg://u@h/db") == backup.default_folder()


def test_each_backup_has_its_checksum_beside_it(sqlite_db: Database, tmp_path: Path) -> None:
    import hashlib

    saved = backup.backup_now(sqlite_db, _admin(sqlite_db), tmp_path)
    digest, name = backup.checksum_path(saved).read_text(encoding="ascii").split()
    assert name == saved.name
    assert digest == hashlib.sha256(saved.read_bytes()).hexdigest()
    assert [b.path for b in backup.list_backups(tmp_path)] == [saved]  # not listed itself


@pytest.mark.parametrize("keep_checksum", [True, False])
def test_a_truncated_backup_is_called_damaged(
    sqlite_db: Database, tmp_path: Path, keep_checksum: bool
) -> None:
    with sqlite_db.session() as session:
        session.add_all(Customer(name=f"客户{i}", notes="备注" * 200) for i in range(300))
    saved = backup.backup_now(sqlite_db, _admin(sqlite_db), tmp_path / "b")
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])  # a copy cut short (a full disk, a lost stick)
    if not keep_checksum:
        backup.checksum_path(saved).unlink()
    with pytest.raises(backup.BackupError) as caught:
        backup.verify_backup(saved)
    assert "damaged" in caught.value.msg.text("en")
    assert "not a Showroom database" not in caught.value.msg.text("en")


def test_altered_contents_that_sqlite_cannot_see_are_caught_by_the_checksum(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as session:
        session.add(Customer(name="王五", notes="VIP-ABCDEFGH"))
    saved = backup.backup_now(sqlite_db, _admin(sqlite_db), tmp_path)
    data = saved.read_bytes()
    assert b"VIP-ABCDEFGH" in data  # the customer's row (and its audit entry)
    saved.write_bytes(data.replace(b"VIP-ABCDEFGH", b"VIP-XXXXXXXX"))  # same length: sound b-tree
    with sqlite3.connect(saved) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with pytest.raises(backup.BackupError) as caught:
        backup.restore(sqlite_db, _admin(sqlite_db), saved)
    assert "damaged" in caught.value.msg.text("en") and "checksum" in caught.value.msg.text("en")


def test_rotation_removes_the_checksums_with_their_backups(
    sqlite_db: Database, tmp_path: Path
) -> None:
    import datetime as dt

    start = dt.datetime(2026, 1, 1, 8, 0)
    folder = tmp_path / "b"
    for day in range(20):
        backup._take(sqlite_db, folder, "daily", now=start + dt.timedelta(days=day))
    backup.rotate(folder)
    backups = {p.name for p in folder.glob("*.db")}
    sidecars = {p.name.removesuffix(".sha256") for p in folder.glob("*.sha256")}
    assert sidecars == backups and len(backups) < 20
