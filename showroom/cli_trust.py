"""Command-line backup, restore and user management (``showroom backup|restore|users``).

Each runs as the user signed in by :mod:`showroom.cli_sign_in` (``--user NAME``, the
password from ``$SHOWROOM_PASSWORD`` or asked without echo; ``users --as NAME`` is the
older spelling of ``--user``); the services refuse whoever may not. A new password comes
from ``$SHOWROOM_NEW_PASSWORD`` or is asked twice. ``users setup-admin`` alone runs
without a sign-in: it gives the first administrator a password.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from showroom.i18n import QT_TRANSLATE_NOOP, Msg, translate

if TYPE_CHECKING:
    from showroom.db import Database
    from showroom.services.context import Actor

CTX = "CommandLine"
NEW_PASSWORD_ENV = "SHOWROOM_NEW_PASSWORD"
COMMANDS = ("backup", "restore", "users")


def _(source: str) -> str:
    return translate(CTX, source)


def add_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> None:
    """The commands; ``common`` holds the global options each command accepts too."""
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "back up the database now (SQLite)")),
    )
    backup.add_argument(
        "--folder",
        type=Path,
        help=_(
            QT_TRANSLATE_NOOP("CommandLine", "folder for the backup (default: from the settings)")
        ),
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=_(
            QT_TRANSLATE_NOOP(
                "CommandLine", "replace the database by a backup, after checking the backup"
            )
        ),
    )
    restore.add_argument("file", type=Path)

    users = commands.add_parser(
        "users",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "list and manage user accounts")),
    )
    users.add_argument("--as", dest="user", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    actions.add_parser(
        "list", parents=[common], help=_(QT_TRANSLATE_NOOP("CommandLine", "list the accounts"))
    )
    add = actions.add_parser(
        "add", parents=[common], help=_(QT_TRANSLATE_NOOP("CommandLine", "create an account"))
    )
    add.add_argument("username")
    add.add_argument("--name", required=True, help=_(QT_TRANSLATE_NOOP("CommandLine", "full name")))
    add.add_argument(
        "--role",
        required=True,
        choices=["admin", "manager", "consultant", "reception", "service_advisor"],
    )
    for action, help_text in (
        ("deactivate", QT_TRANSLATE_NOOP("CommandLine", "stop an account from signing in")),
        ("activate", QT_TRANSLATE_NOOP("CommandLine", "let a deactivated account sign in again")),
        ("reset-password", QT_TRANSLATE_NOOP("CommandLine", "set a new password for an account")),
    ):
        actions.add_parser(action, parents=[common], help=_(help_text)).add_argument("username")
    role = actions.add_parser(
        "role",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "change an account's role")),
    )
    role.add_argument("username")
    role.add_argument(
        "role", choices=["admin", "manager", "consultant", "reception", "service_advisor"]
    )
    actions.add_parser(
        "setup-admin",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "first start: set the administrator's password")),
    )


def _print_msg(msg: Msg) -> None:
    print(msg.text(), file=sys.stderr)


def run(db: Database, actor: Actor | None, args: argparse.Namespace) -> int:
    """``actor`` is the signed-in user (``None`` only for ``users setup-admin``)."""
    from showroom.errors import UserError
    from showroom.validation import ValidationFailed

    try:
        if args.command == "users" and args.users_command == "setup-admin":
            return _setup_admin(db)
        assert actor is not None
        if args.command == "backup":
            return _backup(db, actor, args.folder)
        if args.command == "restore":
            return _restore(db, actor, args.file)
        return _users(db, actor, args)
    except UserError as exc:
        _print_msg(exc.msg)
    except ValidationFailed as exc:
        for field, msg in exc.errors.items():
            print(f"{field}: {msg.text()}", file=sys.stderr)
    return 1


def _backup(db: Database, actor: Actor, folder: Path | None) -> int:
    from showroom.backup import backup_now

    path = backup_now(db, actor, folder)
    print(_(QT_TRANSLATE_NOOP("CommandLine", "Backed up to {file}")).format(file=path))
    return 0


def _restore(db: Database, actor: Actor, file: Path) -> int:
    from showroom.backup import restore, verify_backup
    from showroom.services.permissions import Permission, require

    require(actor, Permission.BACKUP)  # refused before the file is even read
    check = verify_backup(file)
    print(
        _(QT_TRANSLATE_NOOP("CommandLine", "{file}: sound, {customers} customers.")).format(
            file=file, customers=check.customers
        )
    )
    safety = restore(db, actor, file)
    print(
        _(
            QT_TRANSLATE_NOOP("CommandLine", "Restored. The database as it was is kept in {file}")
        ).format(file=safety)
    )
    return 0


def _ask(prompt: str, env: str, twice: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    first = getpass.getpass(prompt)
    if twice and getpass.getpass(_(QT_TRANSLATE_NOOP("CommandLine", "Again: "))) != first:
        print(_(QT_TRANSLATE_NOOP("CommandLine", "The passwords differ.")), file=sys.stderr)
        raise SystemExit(1)
    return first


def _new_password() -> str:
    return _ask(_(QT_TRANSLATE_NOOP("CommandLine", "New password: ")), NEW_PASSWORD_ENV, twice=True)


def _setup_admin(db: Database) -> int:
    from showroom.services import auth

    actor = auth.set_up_administrator(db, _new_password())
    print(
        _(QT_TRANSLATE_NOOP("CommandLine", "{user} can sign in now.")).format(user=actor.username)
    )
    return 0


def _users(db: Database, admin: Actor, args: argparse.Namespace) -> int:
    from showroom.models import Role
    from showroom.services import auth

    def user_id(name: str) -> int:
        for row in auth.list_users(db, admin):
            if row.username.lower() == name.lower():
                return row.id
        print(
            _(QT_TRANSLATE_NOOP("CommandLine", "No account {user}.")).format(user=name),
            file=sys.stderr,
        )
        raise SystemExit(1)

    command: str = args.users_command
    if command == "list":
        for row in auth.list_users(db, admin):
            state = "active" if row.active else "inactive"
            print(f"{row.username}\t{row.display_name}\t{row.role}\t{state}")
        return 0
    actions: dict[str, Callable[[], object]] = {
        "add": lambda: auth.create_user(
            db,
            admin,
            args.username,
            args.name,
            Role(args.role),
            _new_password(),
        ),
        "deactivate": lambda: auth.set_active(db, admin, user_id(args.username), False),
        "activate": lambda: auth.set_active(db, admin, user_id(args.username), True),
        "reset-password": lambda: auth.reset_password(
            db,
            admin,
            user_id(args.username),
            _new_password(),
        ),
        "role": lambda: auth.change_role(db, admin, user_id(args.username), Role(args.role)),
    }
    actions[command]()
    print(_(QT_TRANSLATE_NOOP("CommandLine", "Done.")))
    return 0
