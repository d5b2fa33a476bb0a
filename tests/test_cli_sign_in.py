"""Every command-line command that touches data signs in first, like the window: without
credentials it refuses (exit code 2, a clear message) and does nothing; with them it acts
as that user, with that user's permissions and masking."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import CLI_PASSWORD, sign_in_as
from sqlalchemy import func, select

from main import main
from showroom.cli_sign_in import NOT_SIGNED_IN, PASSWORD_ENV
from showroom.db import Database
from showroom.models import AuditEntry, Customer, ImportBatch, Role, User
from showroom.services.auth import hash_password

MOBILE = "13812345678"
MASKED = "138****5678"


def _run(db: Database, *argv: str) -> int:
    return main(["--db", db.url, "--lang", "en", *argv])


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    sheet = tmp_path / "customers.csv"
    sheet.write_text("姓名,手机\n王五,13900001111\n", encoding="utf-8")
    return {
        "search": ["search", "张三"],
        "backup": ["backup", "--folder", str(tmp_path / "backups")],
        "restore": ["restore", str(tmp_path / "missing.db")],
        "report": ["report", "daily", "--xlsx", str(tmp_path / "day.xlsx")],
        "import": ["import", str(sheet), "--kind", "customers"],
        "import list": ["import", "--list"],
        "import revert": ["import", "--revert", "1"],
        "upkeep": ["upkeep"],
        "users": ["users", "list"],
        "demo": ["demo", "--customers", "5"],
        "migrate": ["migrate"],
    }


@pytest.fixture
def store(sqlite_db: Database) -> Database:
    """A store in use: the administrator has a password, a customer is on file."""
    with sqlite_db.session() as session:
        session.add(Customer(name="张三", mobile=MOBILE, mobile_tail=MOBILE[-4:]))
    return sqlite_db


def _customers(db: Database) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def test_every_command_refuses_to_run_without_signing_in(
    store: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign_in_as(store, monkeypatch)  # an account that could sign in …
    monkeypatch.delenv(PASSWORD_ENV)  # … but no credentials are given
    for name, argv in _commands(tmp_path).items():
        assert _run(store, *argv) == NOT_SIGNED_IN, name
        err = capsys.readouterr().err
        assert "Sign in first: give --user NAME" in err, name
        # A user without a password (none in the environment, no terminal to ask on).
        assert _run(store, *argv, "--user", "admin") == NOT_SIGNED_IN, name
        assert "No password: set $SHOWROOM_PASSWORD" in capsys.readouterr().err, name
    monkeypatch.setenv(PASSWORD_ENV, "a wrong guess")
    assert _run(store, "--user", "admin", "search", "张三") == NOT_SIGNED_IN
    captured = capsys.readouterr()
    assert "Wrong user name or password" in captured.err and MOBILE not in captured.out
    # Nothing ran: no import, no backup, no report file, no demo rows.
    assert _customers(store) == 1
    assert not (tmp_path / "backups").exists() and not (tmp_path / "day.xlsx").exists()


def test_every_command_runs_as_the_user_signed_in(
    store: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user = sign_in_as(store, monkeypatch)
    expected = {"restore": 1}  # no such file: refused (after signing in)
    commands = _commands(tmp_path)
    del commands["demo"]  # the store is not empty (the next test fills an empty one)
    for name, argv in commands.items():
        assert _run(store, *argv, *user) == expected.get(name, 0), name
        captured = capsys.readouterr()
        assert "Sign in first" not in captured.err, name
    assert (tmp_path / "day.xlsx").is_file() and list((tmp_path / "backups").glob("*.db"))
    with store.reader() as session:  # the import, and its revert, as the administrator
        admin_id = session.scalar(select(User.id).where(User.username == "admin"))
        logins = session.scalars(
            select(AuditEntry.user_id).where(AuditEntry.action == "login")
        ).all()
        assert set(logins) == {admin_id}
        batch = session.scalars(select(ImportBatch)).one()
        assert batch.created_by_id == admin_id and batch.reverted_by_id == admin_id


def test_global_options_go_before_or_after_the_command(
    store: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sign_in_as(store, monkeypatch)
    for argv in (
        ["--db", store.url, "--user", "admin", "search", MOBILE],
        ["search", MOBILE, "--db", store.url, "--user", "admin", "--lang", "en"],
        ["--lang", "en", "search", "--user", "admin", MOBILE, "--db", store.url],
    ):
        assert main(argv) == 0, argv
        assert MOBILE in capsys.readouterr().out


def test_search_prints_what_the_users_role_may_see(
    store: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with store.session() as session:
        session.add(
            User(
                username="li",
                display_name="李娜",
                role=Role.RECEPTION,
                password_hash=hash_password(CLI_PASSWORD),
            )
        )
    monkeypatch.setenv(PASSWORD_ENV, CLI_PASSWORD)
    assert _run(store, "--user", "li", "search", MOBILE) == 0
    out = capsys.readouterr().out
    assert MASKED in out and MOBILE not in out
    assert _run(store, "--user", "li", "search", "5678") == 0  # the last four digits too
    out = capsys.readouterr().out
    assert MASKED in out and MOBILE not in out
    sign_in_as(store, monkeypatch)
    assert _run(store, "--user", "admin", "search", MOBILE) == 0
    assert MOBILE in capsys.readouterr().out  # the administrator sees it in full


def test_reception_may_not_back_up_or_restore_from_the_command_line(
    store: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    with store.session() as session:
        session.add(User(username="li", display_name="李娜", role=Role.RECEPTION,
                         password_hash=hash_password(CLI_PASSWORD)))  # fmt: skip
    monkeypatch.setenv(PASSWORD_ENV, CLI_PASSWORD)
    folder = tmp_path / "backups"
    assert _run(store, "--user", "li", "backup", "--folder", str(folder)) == 1
    assert "back up and restore" in capsys.readouterr().err and not folder.exists()
    assert _run(store, "--user", "li", "restore", str(tmp_path / "x.db")) == 1
    assert "back up and restore" in capsys.readouterr().err


def test_an_empty_store_without_any_password_fills_and_migrates_without_signing_in(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The seeded administrator has no password yet: there is no one to sign in as.
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    assert _run(sqlite_db, "migrate") == 0
    assert _run(sqlite_db, "demo", "--customers", "5") == 0
    assert _customers(sqlite_db) == 5
    assert _run(sqlite_db, "search", "张") == NOT_SIGNED_IN  # reading still signs in
