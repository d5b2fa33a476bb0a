"""``showroom users …``, ``showroom backup`` and ``showroom restore`` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import sign_in_as

from main import main
from showroom.db import Database
from showroom.services import auth


def _run(db: Database, *argv: str) -> int:
    return main(["--db", db.url, "--lang", "en", *argv])


def test_users_are_managed_from_the_command_line_by_an_administrator(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SHOWROOM_NEW_PASSWORD", "admin-secret")
    assert _run(sqlite_db, "users", "setup-admin") == 0
    monkeypatch.setenv("SHOWROOM_PASSWORD", "admin-secret")
    monkeypatch.setenv("SHOWROOM_NEW_PASSWORD", "consultant-1")
    assert _run(sqlite_db, "users", "add", "wang", "--name", "王强", "--role", "consultant") == 2
    assert "--user" in capsys.readouterr().err  # no one to act as: nothing done
    assert _run(sqlite_db, "--user", "admin", "users", "add", "wang", "--name", "王强",
                "--role", "consultant") == 0  # fmt: skip
    assert auth.sign_in(sqlite_db, "wang", "consultant-1").role == "consultant"
    assert _run(sqlite_db, "users", "--as", "admin", "role", "wang", "manager") == 0
    assert _run(sqlite_db, "users", "deactivate", "wang", "--user", "admin") == 0
    capsys.readouterr()
    assert _run(sqlite_db, "users", "list", "--user", "admin") == 0
    out = capsys.readouterr().out
    assert "wang\t王强\tmanager\tinactive" in out

    # A wrong administrator password changes nothing.
    monkeypatch.setenv("SHOWROOM_PASSWORD", "guess")
    assert _run(sqlite_db, "--user", "admin", "users", "activate", "wang") == 2
    assert "Wrong user name or password" in capsys.readouterr().err
    # Nor may a non-administrator manage accounts.
    monkeypatch.setenv("SHOWROOM_PASSWORD", "admin-secret")
    monkeypatch.setenv("SHOWROOM_NEW_PASSWORD", "reception-1")
    assert _run(sqlite_db, "--user", "admin", "users", "add", "li", "--name", "李娜",
                "--role", "reception") == 0  # fmt: skip
    monkeypatch.setenv("SHOWROOM_PASSWORD", "reception-1")
    assert _run(sqlite_db, "users", "--as", "li", "list") == 1
    assert "does not allow you to manage users" in capsys.readouterr().err


def test_backup_and_restore_from_the_command_line(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    user = sign_in_as(sqlite_db, monkeypatch)
    folder = tmp_path / "backups"
    assert _run(sqlite_db, *user, "backup", "--folder", str(folder)) == 0
    (saved,) = folder.glob("showroom-manual-*.db")
    assert str(saved) in capsys.readouterr().out
    assert _run(sqlite_db, "restore", str(saved), *user) == 0
    assert "Restored" in capsys.readouterr().out
    bad = tmp_path / "bad.db"
    bad.write_text("nope")
    assert _run(sqlite_db, "restore", str(bad), *user) == 1
    assert "not a Showroom database" in capsys.readouterr().err
