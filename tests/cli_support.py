"""Signing in on the command line in tests: a password for an account, given the way a
scheduled job gives it ($SHOWROOM_PASSWORD)."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from showroom.cli_sign_in import PASSWORD_ENV
from showroom.db import Database
from showroom.models import User
from showroom.services.auth import hash_password

CLI_PASSWORD = "command-line-1"


def sign_in_as(db: Database, monkeypatch: pytest.MonkeyPatch, username: str = "admin") -> list[str]:
    """Give ``username`` the test password and put it in the environment; returns the
    ``--user`` arguments to add to a command line."""
    with db.session() as session:
        changed = session.execute(
            update(User)
            .where(User.username == username)
            .values(password_hash=hash_password(CLI_PASSWORD))
        )
        assert changed.rowcount == 1, username  # type: ignore[attr-defined]
    monkeypatch.setenv(PASSWORD_ENV, CLI_PASSWORD)
    return ["--user", username]
