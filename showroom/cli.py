"""The command line: the same services the windows use, for scripts and scheduled jobs."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from showroom.i18n import QT_TRANSLATE_NOOP, set_language, translate

if TYPE_CHECKING:
    from showroom.db import Database
    from showroom.services.context import Actor


def _(source: str) -> str:
    return translate("CommandLine", source)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    set_language_from_argv(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        prog="showroom",
        description=_(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Showroom: visitor log, prospects, customer cards and reports for a car "
                "dealership. Without a command, the desktop program starts.",
            )
        ),
    )
    _add_global_options(parser, default=None)
    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, default=argparse.SUPPRESS)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "start on a demo store (generated on first use if the store is empty)",
            )
        ),
    )
    parser.add_argument("--benchmark-startup", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "fill an empty store with demo data")),
    )
    demo.add_argument("--customers", type=int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=20261123)

    search = commands.add_parser(
        "search",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "find customers by phone, plate, name or pinyin")),
    )
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)

    upkeep = commands.add_parser(
        "upkeep",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "recompute customer classes and insurance "
                                 "renewal dates (once a day; the program also does it)")),
    )  # fmt: skip
    upkeep.add_argument(
        "--force", action="store_true",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "run even if it already ran today")),
    )  # fmt: skip

    commands.add_parser(
        "migrate",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "bring the database to this version's schema")),
    )

    importing = commands.add_parser(
        "import",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "import customers, vehicles, visits, "
                                 "prospects or service records from Excel or CSV")),
    )  # fmt: skip
    importing.add_argument("file", metavar="FILE", nargs="?")
    importing.add_argument(
        "--kind", choices=["customers", "vehicles", "visits", "prospects", "services"],
    )  # fmt: skip
    importing.add_argument(
        "--list", action="store_true", dest="list_imports",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "list the recent imports")),
    )  # fmt: skip
    importing.add_argument(
        "--revert", metavar="ID", type=int,
        help=_(QT_TRANSLATE_NOOP("CommandLine", "revert import ID: remove what it added, "
                                 "restore what it changed")),
    )  # fmt: skip
    importing.add_argument(
        "--sheet", metavar="NAME",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "sheet to import (default: the first)")),
    )  # fmt: skip
    importing.add_argument(
        "--policy", choices=["fill", "overwrite", "skip"], default="fill",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "for records already in the database: fill "
                                 "in empty fields (default), overwrite them, or skip them")),
    )  # fmt: skip
    importing.add_argument(
        "--report", metavar="OUT.xlsx",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "write the rows not imported, and why, to "
                                 "this workbook")),
    )  # fmt: skip
    from showroom.cli_trust import add_commands as add_trust_commands

    add_trust_commands(commands, common)
    from showroom.cli_reports import add_commands as add_report_commands

    add_report_commands(commands, common)
    return parser


def _add_global_options(parser: argparse.ArgumentParser, default: object) -> None:
    """--db, --lang and --user, accepted before the command and after it: the main parser
    holds the defaults, each command's copy is suppressed unless given (so an option given
    before the command is not overwritten by the command's empty default)."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help=_(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "database URL, e.g. postgresql+psycopg://user@server/showroom "
                "(default: $SHOWROOM_DB_URL, else a SQLite file in your data folder)",
            )
        ),
    )
    parser.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        default=default,
        help=_(QT_TRANSLATE_NOOP("CommandLine", "language of the program (default zh_CN)")),
    )
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        default=default,
        help=_(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "sign in as this user (the password is asked, or read from $SHOWROOM_PASSWORD)",
            )
        ),
    )


def set_language_from_argv(argv: list[str]) -> None:
    # --help text is produced while parsing, so the language must be known before.
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])


def run_command(args: argparse.Namespace) -> int:
    from showroom.config import resolve_db_url
    from showroom.db import DatabaseTooNew
    from showroom.services.store import open_store

    if args.lang:
        set_language(args.lang)
    url = resolve_db_url(args.db)
    try:
        from showroom.backup import folder_for_url

        db = open_store(url, backup_dir=folder_for_url(url))
    except DatabaseTooNew as exc:
        print(exc.msg.text(), file=sys.stderr)
        return 2
    try:
        return _run_signed_in(db, args)
    finally:
        db.dispose()


#: Commands that work on an empty store before anyone can sign in (no account has a
#: password yet: there is no user to sign in as). Once one can, they sign in like the rest.
_BEFORE_ANY_ACCOUNT = frozenset({"demo", "migrate"})


def _run_signed_in(db: Database, args: argparse.Namespace) -> int:
    from showroom.cli_sign_in import NOT_SIGNED_IN, signed_in
    from showroom.services.auth import anyone_can_sign_in

    if args.command == "users" and args.users_command == "setup-admin":
        from showroom.cli_trust import run as run_trust

        return run_trust(db, None, args)  # the first start: there is no one to sign in as
    actor: Actor | None = None
    if args.command not in _BEFORE_ANY_ACCOUNT or anyone_can_sign_in(db):
        actor = signed_in(db, args.user)
        if actor is None:
            return NOT_SIGNED_IN
    if args.command == "demo":
        return _demo(db, actor, args.customers, args.seed)
    if args.command == "migrate":
        # The schema was brought up when the store was opened (as the window does before
        # its sign-in: signing in reads the new columns); the command only confirms it.
        print(_(QT_TRANSLATE_NOOP("CommandLine", "The database is up to date.")))
        return 0
    assert actor is not None
    if args.command == "search":
        return _search(db, actor, args.query, args.limit)
    if args.command in ("backup", "restore", "users"):
        from showroom.cli_trust import run as run_trust

        return run_trust(db, actor, args)
    if args.command == "import":
        from showroom.importers.command import import_command

        return import_command(db, actor, args)
    if args.command == "report":
        from showroom.cli_reports import run as run_report

        return run_report(db, actor, args)
    if args.command == "upkeep":
        return _upkeep(db, args.force)
    return 2


def _upkeep(db: Database, force: bool) -> int:
    from showroom.services.daily_upkeep import run_daily_upkeep

    result = run_daily_upkeep(db, force=force)
    if not result.ran:
        print(_(QT_TRANSLATE_NOOP("CommandLine", "The upkeep already ran today.")))
        return 0
    print(
        _(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Upkeep done: {customers} customers, {vehicles} insurance dates moved "
                "in {seconds} s.",
            )
        ).format(
            customers=result.customers, vehicles=result.vehicles, seconds=f"{result.seconds:.1f}"
        )
    )
    return 0


def _demo(db: Database, actor: Actor | None, customers: int, seed: int) -> int:
    from showroom.demo import generate_demo
    from showroom.errors import UserError
    from showroom.services.permissions import Permission, require

    if actor is not None:  # a store with accounts: filling it is the administrator's
        try:
            require(actor, Permission.SETTINGS_MANAGE)
        except UserError as exc:
            print(exc.msg.text(), file=sys.stderr)
            return 1
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r{done * 100 // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)

    try:
        summary = generate_demo(db, customers, seed=seed, progress=progress)
    except ValueError as exc:
        print(f"\n{exc}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    print(
        _(
            QT_TRANSLATE_NOOP(
                "CommandLine", "Demo store ready: {customers} customers in {seconds} s."
            )
        ).format(customers=summary.customers, seconds=f"{time.perf_counter() - started:.1f}")
    )
    return 0


def _search(db: Database, actor: Actor, query: str, limit: int) -> int:
    from showroom.errors import UserError
    from showroom.services.search import search_customers_as

    try:  # the service masks the mobiles the actor's role does not see in full
        hits = search_customers_as(db, actor, query, limit=limit)
    except UserError as exc:
        print(exc.msg.text(), file=sys.stderr)
        return 1
    for hit in hits:
        plates = " ".join(hit.plates)
        print(f"{hit.id}\t{hit.name}\t{hit.mobile or ''}\t{plates}\t{hit.matched_on}")
    if not hits:
        print(_(QT_TRANSLATE_NOOP("CommandLine", "No customer found.")), file=sys.stderr)
        return 1
    return 0
