"""``showroom import FILE --kind …``: the wizard's import for scripts and large files."""

from __future__ import annotations

import argparse
import sys

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, translate
from showroom.services.context import Actor
from showroom.services.permissions import PermissionDenied

from .engine import ImportOptions, run_import
from .reading import ImportFileError

#: Issues printed on the terminal; the rest are in the report workbook.
SHOWN_ISSUES = 20


def _(source: str) -> str:
    return translate("CommandLine", source)


def import_command(db: Database, actor: Actor, args: argparse.Namespace) -> int:
    """Imports as ``actor`` (the user signed in); 0: everything imported; 1: some rows were
    not (see the report); 2: nothing was."""
    if getattr(args, "list_imports", False) or getattr(args, "revert", None) is not None:
        from .revert_command import revert_command

        return revert_command(db, actor, args)
    if not args.file or not args.kind:
        print(_(QT_TRANSLATE_NOOP("CommandLine", "Give the file to import and its --kind.")),
              file=sys.stderr)  # fmt: skip
        return 2
    options = ImportOptions(args.kind, policy=args.policy, sheet=args.sheet)

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        result = run_import(db, actor, args.file, options, progress=progress)
    except ImportFileError as exc:
        print(exc.msg.text(), file=sys.stderr)
        return 2
    except PermissionDenied as exc:
        print(exc.msg.text(), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(file=sys.stderr)
        print(_(QT_TRANSLATE_NOOP("CommandLine", "Stopped. The rows saved so far are kept; "
                                  "run the same import again to add the rest.")),
              file=sys.stderr)  # fmt: skip
        return 2
    print(file=sys.stderr)
    print(result.summary.text())
    serious = [i for i in result.issues if i.severity != "note"]
    for issue in serious[:SHOWN_ISSUES]:
        print(f"{issue.row}\t{issue.column}\t{issue.value}\t{issue.reason.text()}")
    if len(serious) > SHOWN_ISSUES:
        print(_(QT_TRANSLATE_NOOP("CommandLine", "… and {count} more.")).format(
            count=len(serious) - SHOWN_ISSUES))  # fmt: skip
    if args.report:
        from showroom.sheets.export import export
        from showroom.sheets.import_report import ImportReportSheet

        sheet = ImportReportSheet(tuple(result.issues), result.file_name, result.kind)
        export(db, actor, sheet, "xlsx", args.report)
        print(_(QT_TRANSLATE_NOOP("CommandLine", "Report written to {path}.")).format(
            path=args.report))  # fmt: skip
    return 1 if result.rejected else 0
