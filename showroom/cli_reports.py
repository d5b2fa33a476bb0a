"""``showroom report daily|monthly|funnel``: the reports as files, for scheduled jobs.

    showroom report daily --date 2026-11-20 --pdf out.pdf --xlsx out.xlsx
    showroom report monthly --month 2026-11 --pdf month.pdf
    showroom report funnel --from 2026-01-01 --to 2026-11-30 --consultant bob --pdf f.pdf
    showroom --db postgresql+psycopg://… report daily --xlsx today.xlsx   (today)

The report is made as the user signed in (``--user``, the password from
``$SHOWROOM_PASSWORD`` for a scheduled job: :mod:`showroom.cli_sign_in`), with that
user's permissions and masking, and each file written is audited.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from showroom.i18n import QT_TRANSLATE_NOOP, Msg, translate

if TYPE_CHECKING:
    from showroom.db import Database
    from showroom.services.context import Actor
    from showroom.sheets.base import Sheet


def _(source: str) -> str:
    return translate("CommandLine", source)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _(QT_TRANSLATE_NOOP("CommandLine", "expected a date like 2026-11-20"))
        ) from None


def _month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(
            _(QT_TRANSLATE_NOOP("CommandLine", "expected a month like 2026-11"))
        ) from None


def add_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> None:
    """The report commands; ``common`` holds the global options (--db, --lang, --user)."""
    report = commands.add_parser(
        "report",
        parents=[common],
        help=_(
            QT_TRANSLATE_NOOP(
                "CommandLine", "write the daily or monthly report or the funnel as PDF/Excel"
            )
        ),
    )
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    daily = kinds.add_parser(
        "daily",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "the daily business report")),
    )
    daily.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "the report day (default: today)")),
    )  # fmt: skip
    monthly = kinds.add_parser(
        "monthly",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "the month, one row per day")),
    )
    monthly.add_argument(
        "--month", type=_month, metavar="YYYY-MM",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "the month (default: this month)")),
    )  # fmt: skip
    funnel = kinds.add_parser(
        "funnel",
        parents=[common],
        help=_(QT_TRANSLATE_NOOP("CommandLine", "the sales funnel of a period")),
    )
    funnel.add_argument(
        "--from", dest="start", type=_date, metavar="YYYY-MM-DD",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "first day (default: the 1st of this month)")),
    )  # fmt: skip
    funnel.add_argument(
        "--to", dest="end", type=_date, metavar="YYYY-MM-DD",
        help=_(QT_TRANSLATE_NOOP("CommandLine", "last day (default: today)")),
    )  # fmt: skip
    for parser in (monthly, funnel):
        parser.add_argument(
            "--consultant", metavar="USER",
            help=_(QT_TRANSLATE_NOOP("CommandLine", "only this consultant's figures "
                                     "(user name, display name or id)")),
        )  # fmt: skip
    for parser in (daily, monthly, funnel):
        parser.add_argument("--pdf", metavar="FILE.pdf")
        parser.add_argument("--xlsx", metavar="FILE.xlsx")


def _print_msg(msg: Msg) -> None:
    print(msg.text(), file=sys.stderr)


def run(db: Database, actor: Actor, args: argparse.Namespace) -> int:
    """Writes the report as ``actor``, the user signed in."""
    from sqlalchemy import select

    from showroom.errors import UserError
    from showroom.models import User
    from showroom.sheets.base import Format
    from showroom.sheets.export import export

    def user_id(who: str) -> int | None:
        """A consultant by user name, then display name, then id: what a scheduler knows."""
        with db.reader() as session:
            for where in (User.username == who, User.display_name == who):
                found = session.scalars(select(User.id).where(where).order_by(User.id)).first()
                if found is not None:
                    return found
            if who.isdigit() and session.get(User, int(who)) is not None:
                return int(who)
            return None

    if not (args.pdf or args.xlsx):
        print(_(QT_TRANSLATE_NOOP("CommandLine", "Give --pdf and/or --xlsx.")), file=sys.stderr)
        return 2
    try:
        consultant = None
        if getattr(args, "consultant", None):
            consultant = user_id(args.consultant)
            if consultant is None:
                print(
                    _(QT_TRANSLATE_NOOP("CommandLine", "No active user {user}.")).format(
                        user=args.consultant
                    ),
                    file=sys.stderr,
                )
                return 1
        sheet = _sheet(args, consultant)
        for fmt, path in ((Format.PDF, args.pdf), (Format.XLSX, args.xlsx)):
            if path:
                export(db, actor, sheet, fmt, path)
    except UserError as exc:  # a refusal, a file in use: said in the user's language
        _print_msg(exc.msg)
        return 1
    for path in (args.pdf, args.xlsx):
        if path:
            print(path)
    return 0


def _sheet(args: argparse.Namespace, consultant: int | None) -> Sheet:
    """The sheet the arguments name, with today's defaults."""
    today = dt.date.today()
    if args.report == "daily":
        from showroom.sheets.daily_report import DailyReportSheet

        return DailyReportSheet(args.date or today)
    if args.report == "funnel":
        from showroom.sheets.funnel import FunnelSheet

        start, end = args.start or today.replace(day=1), args.end or today
        return FunnelSheet(min(start, end), max(start, end), consultant)
    from showroom.sheets.monthly_report import MonthlyReportSheet

    return MonthlyReportSheet(args.month or today, consultant)
