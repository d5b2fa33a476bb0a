"""``showroom import --list`` and ``showroom import --revert ID``."""

from __future__ import annotations

import argparse
import sys

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, translate
from showroom.services.context import Actor
from showroom.services.permissions import Permission, PermissionDenied, require

from .revert import RevertError, kind_name, list_imports, revert_import, status_name


def _(source: str) -> str:
    return translate("CommandLine", source)


def revert_command(db: Database, actor: Actor, args: argparse.Namespace) -> int:
    """The list, or the revert, as ``actor`` (the user signed in)."""
    if args.revert is None:
        try:  # the list names files and who imported them: the import page's
            require(actor, Permission.IMPORT)
        except PermissionDenied as exc:
            print(exc.msg.text(), file=sys.stderr)
            return 2
        return _list(db)

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        result = revert_import(db, actor, args.revert, progress=progress)
    except (RevertError, PermissionDenied) as exc:
        print(exc.msg.text(), file=sys.stderr)
        return 2
    print(file=sys.stderr)
    print(result.summary.text())
    for kept in result.kept:
        print(f"{kept.row}\t{kept.entity}\t{kept.entity_id}\t{kept.reason.text()}")
    return 0


def _list(db: Database) -> int:
    imports = list_imports(db)
    if not imports:
        print(_(QT_TRANSLATE_NOOP("CommandLine", "No imports yet.")))
        return 0
    header = [
        _(QT_TRANSLATE_NOOP("CommandLine", "ID")),
        _(QT_TRANSLATE_NOOP("CommandLine", "When")),
        _(QT_TRANSLATE_NOOP("CommandLine", "Who")),
        _(QT_TRANSLATE_NOOP("CommandLine", "File")),
        _(QT_TRANSLATE_NOOP("CommandLine", "Kind")),
        _(QT_TRANSLATE_NOOP("CommandLine", "Added")),
        _(QT_TRANSLATE_NOOP("CommandLine", "Updated")),
        _(QT_TRANSLATE_NOOP("CommandLine", "Rejected")),
        _(QT_TRANSLATE_NOOP("CommandLine", "Status")),
    ]
    print("\t".join(header))
    for item in imports:
        print("\t".join(str(v) for v in (
            item.id, item.at.strftime("%Y-%m-%d %H:%M"), item.user, item.file_name,
            kind_name(item.kind),
            item.rows_created, item.rows_updated, item.rows_rejected, status_name(item.status),
        )))  # fmt: skip
    return 0
