"""Signing in on the command line, the same way the window does (one helper for every command).

The user comes from ``--user NAME`` (asked on a terminal when not given), the password
from ``$SHOWROOM_PASSWORD`` (scheduled jobs) or asked without echo. The command then acts
as that user: that user's permissions, that user's masking, that user's name in the audit
trail. When the sign-in cannot happen — no user, no password, a wrong one, a locked or
deactivated account — the command says why and ends with :data:`NOT_SIGNED_IN`.
"""

from __future__ import annotations

import getpass
import os
import sys

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, translate
from showroom.services.context import Actor

PASSWORD_ENV = "SHOWROOM_PASSWORD"
#: The exit code of a command that could not sign in (as for a wrong usage: nothing ran).
NOT_SIGNED_IN = 2


def _(source: str) -> str:
    return translate("CommandLine", source)


class NotSignedIn(Exception):
    """The sign-in did not happen; ``str(exc)`` says why, in the user's language."""


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _username(given: str | None) -> str:
    if given:
        return given
    if _interactive():
        name = input(_(QT_TRANSLATE_NOOP("CommandLine", "User: "))).strip()
        if name:
            return name
    raise NotSignedIn(
        _(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Sign in first: give --user NAME (the password is asked, or read from "
                "$SHOWROOM_PASSWORD).",
            )
        )
    )


def _password() -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value is not None:
        return value
    if _interactive():
        return getpass.getpass(_(QT_TRANSLATE_NOOP("CommandLine", "Password: ")))
    raise NotSignedIn(
        _(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "No password: set $SHOWROOM_PASSWORD or run the command in a terminal.",
            )
        )
    )


def sign_in(db: Database, username: str | None) -> Actor:
    """The signed-in actor, or :class:`NotSignedIn` (every failed attempt is audited and
    counts toward the account's lock, exactly as in the window)."""
    from showroom.services import auth

    name = _username(username)
    try:
        return auth.sign_in(db, name, _password())
    except auth.SignInFailed as exc:
        raise NotSignedIn(exc.msg.text()) from exc


def signed_in(db: Database, username: str | None) -> Actor | None:
    """:func:`sign_in`, with the reason printed on stderr and ``None`` when it failed."""
    try:
        return sign_in(db, username)
    except NotSignedIn as exc:
        print(exc, file=sys.stderr)
        return None
