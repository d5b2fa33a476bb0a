"""The audit trail as a workbook: the managers' filtered audit view, every row of it.

The rows are :func:`showroom.services.audit_log.iter_audit`'s (personal data masked as
on screen), streamed in batches; the export of the trail is itself recorded in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from showroom.db import Database
from showroom.exports import Column, ColumnKind, SheetSpec
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.services.audit_log import AuditFilter, count_audit, filter_lines, iter_audit
from showroom.services.context import Actor
from showroom.services.permissions import Permission

from .base import Content, Format, Sheet, Table

CTX = "AuditLog"


def _m(source: str) -> Msg:
    return Msg(CTX, source)


TITLE = _m(QT_TRANSLATE_NOOP("AuditLog", "Audit trail"))
COLUMNS = (
    Column("at", _m(QT_TRANSLATE_NOOP("AuditLog", "Time")), ColumnKind.DATETIME, 18),
    Column("user", _m(QT_TRANSLATE_NOOP("AuditLog", "User")), width=12),
    Column("action_text", _m(QT_TRANSLATE_NOOP("AuditLog", "Action")), width=12),
    Column("entity", _m(QT_TRANSLATE_NOOP("AuditLog", "Record type")), width=14),
    Column("entity_id", _m(QT_TRANSLATE_NOOP("AuditLog", "Record")), ColumnKind.INT, 9),
    Column("details", _m(QT_TRANSLATE_NOOP("AuditLog", "Changes")), width=70),
    Column("workstation", _m(QT_TRANSLATE_NOOP("AuditLog", "Workstation")), width=16),
)


@dataclass(frozen=True)
class AuditLogSheet(Sheet):
    """The audit view of ``flt``; taking it out needs the audit view's right too."""

    entity = "audit_log"
    title = TITLE
    permissions = (Permission.AUDIT_VIEW, Permission.EXPORT)
    formats = (Format.XLSX,)
    flt: AuditFilter

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        rows = (
            {
                "at": r.at,
                "user": r.user,
                "action_text": r.action_text,
                "entity": r.entity,
                "entity_id": r.entity_id,
                "details": r.summary(),
                "workstation": r.workstation,
            }
            for r in iter_audit(db, actor, self.flt)
        )
        spec = SheetSpec(TITLE, COLUMNS, filters=filter_lines(self.flt))
        return Content([Table(spec, rows, count=count_audit(db, actor, self.flt))])
