"""The command line: the same services the windows use, for scripts and scheduled jobs."""

from __future__ import annotations

import argparse
import sys
import time

from showroom.i18n import QT_TRANSLATE_NOOP, set_language, translate


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
    parser.add_argument(
        "--db",
        metavar="URL",
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
        help=_(QT_TRANSLATE_NOOP("CommandLine", "language of the program (default zh_CN)")),
    )
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
        "demo", help=_(QT_TRANSLATE_NOOP("CommandLine", "fill an empty store with demo data"))
    )
    demo.add_argument("--customers", type=int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=20261123)

    search = commands.add_parser(
        "search",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "find customers by phone, plate, name or pinyin")),
    )
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)

    upkeep = commands.add_parser(
        "upkeep",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "recompute customer classes and insurance "
                                 "renewal dates (once a day; the program also does it)")),
    )  # fmt: skip
    upkeep.add_argument(
        "--force", action="store_true",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "run even if it already ran today")),
    )  # fmt: skip

    commands.add_parser(
        "migrate",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "bring the database to this version's schema")),
    )

    importing = commands.add_parser(
        "import",
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

    add_trust_commands(commands)
    from showroom.cli_reports import add_commands as add_report_commands

    add_report_commands(commands)
    return parser


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
        if args.command == "demo":
            return _demo(db, args.customers, args.seed)
        if args.command == "search":
            return _search(db, args.query, args.limit)
        if args.command in ("backup", "restore", "users"):
            from showroom.cli_trust import run as run_trust

            return run_trust(db, args)
        if args.command == "import":
            from showroom.importers.command import import_command

            return import_command(db, args)
        if args.command == "report":
            from showroom.cli_reports import run as run_report

            return run_report(db, args)
        if args.command == "upkeep":
            return _upkeep(db, args.force)
        if args.command == "migrate":
            print(_(QT_TRANSLATE_NOOP("CommandLine", "The database is up to date.")))
            return 0
    finally:
        db.dispose()
    return 2


def _upkeep(db: object, force: bool) -> int:
    from showroom.services.daily_upkeep import run_daily_upkeep

    result = run_daily_upkeep(db, force=force)  # type: ignore[arg-type]
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


def _demo(db: object, customers: int, seed: int) -> int:
    from showroom.demo import generate_demo

    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r{done * 100 // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)

    try:
        summary = generate_demo(db, customers, seed=seed, progress=progress)  # type: ignore[arg-type]
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


def _search(db: object, query: str, limit: int) -> int:
    from showroom.services.search import search_customers

    hits = search_customers(db, query, limit=limit)  # type: ignore[arg-type]
    for hit in hits:
        plates = " ".join(hit.plates)
        print(f"{hit.id}\t{hit.name}\t{hit.mobile or ''}\t{plates}\t{hit.matched_on}")
    if not hits:
        print(_(QT_TRANSLATE_NOOP("CommandLine", "No customer found.")), file=sys.stderr)
        return 1
    return 0
