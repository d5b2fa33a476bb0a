"""Command-line backup, restore and user management (``showroom backup|restore|users``).

User management signs in as an administrator first: ``--as NAME`` (default ``admin``),
the password from ``$SHOWROOM_PASSWORD`` or asked without echo. A new password comes from
``$SHOWROOM_NEW_PASSWORD`` or is asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from showroom.i18n import QT_TRANSLATE_NOOP, Msg, translate

CTX = "CommandLine"
PASSWORD_ENV = "SHOWROOM_PASSWORD"
NEW_PASSWORD_ENV = "SHOWROOM_NEW_PASSWORD"
COMMANDS = ("backup", "restore", "users")


def _(source: str) -> str:
    return translate(CTX, source)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup",
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
        help=_(
            QT_TRANSLATE_NOOP(
                "CommandLine", "replace the database by a backup, after checking the backup"
            )
        ),
    )
    restore.add_argument("file", type=Path)

    users = commands.add_parser(
        "users", help=_(QT_TRANSLATE_NOOP("CommandLine", "list and manage user accounts"))
    )
    users.add_argument(
        "--as",
        dest="as_user",
        default="admin",
        metavar="NAME",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "administrator to sign in as (default admin)")),
    )
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    actions.add_parser("list", help=_(QT_TRANSLATE_NOOP("CommandLine", "list the accounts")))
    add = actions.add_parser("add", help=_(QT_TRANSLATE_NOOP("CommandLine", "create an account")))
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
        actions.add_parser(action, help=_(help_text)).add_argument("username")
    role = actions.add_parser(
        "role", help=_(QT_TRANSLATE_NOOP("CommandLine", "change an account's role"))
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


def run(db: object, args: argparse.Namespace) -> int:
    from showroom.errors import UserError
    from showroom.validation import ValidationFailed

    try:
        if args.command == "backup":
            return _backup(db, args.folder)
        if args.command == "restore":
            return _restore(db, args.file)
        return _users(db, args)
    except UserError as exc:
        _print_msg(exc.msg)
    except ValidationFailed as exc:
        for field, msg in exc.errors.items():
            print(f"{field}: {msg.text()}", file=sys.stderr)
    return 1


def _backup(db: object, folder: Path | None) -> int:
    from showroom.backup import backup_now

    path = backup_now(db, folder)  # type: ignore[arg-type]
    print(_(QT_TRANSLATE_NOOP("CommandLine", "Backed up to {file}")).format(file=path))
    return 0


def _restore(db: object, file: Path) -> int:
    from showroom.backup import restore, verify_backup

    check = verify_backup(file)
    print(
        _(QT_TRANSLATE_NOOP("CommandLine", "{file}: sound, {customers} customers.")).format(
            file=file, customers=check.customers
        )
    )
    safety = restore(db, file)  # type: ignore[arg-type]
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


def _users(db: object, args: argparse.Namespace) -> int:
    from showroom.models import Role
    from showroom.services import auth

    if args.users_command == "setup-admin":
        actor = auth.set_up_administrator(db, _new_password())  # type: ignore[arg-type]
        print(
            _(QT_TRANSLATE_NOOP("CommandLine", "{user} can sign in now.")).format(
                user=actor.username
            )
        )
        return 0
    password = _ask(_(QT_TRANSLATE_NOOP("CommandLine", "Password: ")), PASSWORD_ENV)
    admin = auth.sign_in(db, args.as_user, password)  # type: ignore[arg-type]

    def user_id(name: str) -> int:
        for row in auth.list_users(db, admin):  # type: ignore[arg-type]
            if row.username.lower() == name.lower():
                return row.id
        print(
            _(QT_TRANSLATE_NOOP("CommandLine", "No account {user}.")).format(user=name),
            file=sys.stderr,
        )
        raise SystemExit(1)

    command: str = args.users_command
    if command == "list":
        for row in auth.list_users(db, admin):  # type: ignore[arg-type]
            state = "active" if row.active else "inactive"
            print(f"{row.username}\t{row.display_name}\t{row.role}\t{state}")
        return 0
    actions: dict[str, Callable[[], object]] = {
        "add": lambda: auth.create_user(
            db,  # type: ignore[arg-type]
            admin,
            args.username,
            args.name,
            Role(args.role),
            _new_password(),
        ),
        "deactivate": lambda: auth.set_active(db, admin, user_id(args.username), False),  # type: ignore[arg-type]
        "activate": lambda: auth.set_active(db, admin, user_id(args.username), True),  # type: ignore[arg-type]
        "reset-password": lambda: auth.reset_password(
            db,  # type: ignore[arg-type]
            admin,
            user_id(args.username),
            _new_password(),
        ),
        "role": lambda: auth.change_role(db, admin, user_id(args.username), Role(args.role)),  # type: ignore[arg-type]
    }
    actions[command]()
    print(_(QT_TRANSLATE_NOOP("CommandLine", "Done.")))
    return 0
