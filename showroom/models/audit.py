"""The audit trail (append-only) and the record of imports (so an import can be reverted)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, intpk, user_fk


class AuditEntry(Base):
    """One saved change: who, when, what, and the fields that changed (old → new).

    Rows are never updated or deleted, and they do not reference the audited row by a
    foreign key, so the trail outlives soft- or hard-deleted records.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_at", "at"),
        Index("ix_audit_user_at", "user_id", "at"),
    )

    id: Mapped[intpk]
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = user_fk()
    #: create / update / delete / restore / merge / unmerge / import / login / export / …
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    #: {field: [old, new]} for updates; the created values for creates; free detail otherwise.
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    workstation: Mapped[str | None] = mapped_column(String(80))


class ImportBatch(Timestamped, Base):
    __tablename__ = "import_batches"

    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    mode: Mapped[str] = mapped_column(String(16))
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_created: Mapped[int] = mapped_column(Integer, default=0)
    rows_updated: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    #: running / done / cancelled / failed / interrupted / reverted
    status: Mapped[str] = mapped_column(String(12), default="running")
    #: The machine and process running the import: a "running" import whose process is
    #: gone was interrupted (a crash, a closed laptop lid) and can be reverted or re-run.
    workstation: Mapped[str | None] = mapped_column(String(80))
    pid: Mapped[int | None] = mapped_column(Integer)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reverted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reverted_by_id: Mapped[int | None] = user_fk()


class ImportedRow(Base):
    """Which record each imported row created or updated (for revert and re-import)."""

    __tablename__ = "imported_rows"
    __table_args__ = (
        Index("ix_imported_rows_batch", "batch_id"),
        # Re-importing a file looks its rows up here, so the second import adds nothing.
        Index("ix_imported_rows_entity_fingerprint", "entity", "fingerprint"),
    )

    id: Mapped[intpk]
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"))
    row_number: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    before: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    #: Hash of the row's parsed values (kind + fields): the same row imported again is
    #: recognised whichever file, sheet or column order it comes in.
    fingerprint: Mapped[str | None] = mapped_column(String(40))
