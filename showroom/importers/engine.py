"""Running an import: batches of rows, each saved in its own transaction and recorded.

An import is an :class:`~showroom.models.ImportBatch`; every row that created, updated or
matched a record leaves an :class:`~showroom.models.ImportedRow` with the fingerprint of
its values, written in the same transaction as the record itself. So:

* an import stopped half-way (cancel, crash, power cut) leaves whole batches saved and
  recorded, and its batch record says how far it got — never a silent half;
* importing the same rows again finds their fingerprints and adds nothing, so running a
  stopped import again simply completes it;
* rows that were rejected are not recorded: fixed in the file, they go in next time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from showroom.db import Database
from showroom.db.audit import record as audit_record
from showroom.models import ImportBatch, ImportedRow
from showroom.services.context import Actor
from showroom.services.permissions import Permission, require

from . import messages as m
from .fields import FIELDS, POLICIES, REQUIRED, field_of
from .kinds import HANDLERS, Outcome, RunContext
from .parsing import Issue, Lookups, ParsedRow, RowParser
from .reading import ImportFileError, Layout, Rows, layout_at, layout_of, open_rows
from .records import Pending, ref_id

#: ``progress(done, total)``; returning ``False`` stops the import after the current batch.
Progress = Callable[[int, int], bool | None]

BATCH_ROWS = 500


@dataclass
class ImportOptions:
    kind: str
    policy: str = "fill"
    sheet: str | None = None
    #: 1-based header row; detected when None.
    header_row: int | None = None
    #: column index → field key; guessed from the headers when None.
    mapping: dict[int, str] | None = None
    batch_rows: int = BATCH_ROWS
    #: "Today" for future-date warnings and default dates (tests fix it).
    today: dt.date | None = None

    def __post_init__(self) -> None:
        if self.kind not in FIELDS:
            raise ValueError(f"unknown import kind {self.kind!r}")
        if self.policy not in POLICIES:
            raise ValueError(f"unknown duplicate policy {self.policy!r}")


@dataclass
class ImportResult:
    batch_id: int
    kind: str
    file_name: str
    status: str = "running"  # done / cancelled / failed
    rows: int = 0
    created: int = 0
    updated: int = 0
    #: Matched an existing record and changed nothing (policy skip, or nothing new).
    skipped: int = 0
    #: Recognised by fingerprint as imported before.
    already: int = 0
    rejected: int = 0
    issues: list[Issue] = field(default_factory=list)
    #: row number → (action, record id) for every row that reached a record.
    landed: dict[int, tuple[str, int]] = field(default_factory=dict)

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def summary(self) -> m.Msg:
        return m.summary(self.created, self.updated, self.skipped, self.already, self.rejected)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def resolve_layout(
    opened: Rows, options: ImportOptions, db: Database | None = None
) -> tuple[Layout, dict[int, str]]:
    """The header row and the mapping: as given, else as last used for a file with the
    same columns (``db``), else guessed from the header names."""
    if options.header_row is None:
        layout = layout_of(opened, options.kind)
    else:
        layout = layout_at(opened, options.kind, options.header_row)
    mapping = options.mapping
    if mapping is None and db is not None:
        mapping = remembered_mapping(db, options.kind, layout.headers)
    mapping = dict(mapping) if mapping is not None else layout.mapping
    check_mapping(options.kind, mapping)
    return layout, mapping


#: Earlier imports searched for a file with the same columns.
REMEMBERED_BATCHES = 50


def remembered_mapping(db: Database, kind: str, headers: list[str]) -> dict[int, str] | None:
    """The mapping of the latest import of ``kind`` from a sheet with exactly these
    column names: a store imports the same layout every month and maps it once."""
    with db.reader() as session:
        batches = session.scalars(
            select(ImportBatch.mapping)
            .where(ImportBatch.kind == kind, ImportBatch.status.in_(("done", "cancelled")))
            .order_by(ImportBatch.id.desc())
            .limit(REMEMBERED_BATCHES)
        )
        for mapping in batches:
            if mapping.get("headers") == headers and mapping.get("columns"):
                fields = {spec.key for spec in FIELDS[kind]}
                remembered = {int(c): key for c, key in mapping["columns"].items()}
                if set(remembered.values()) <= fields:
                    return remembered
    return None


def check_mapping(kind: str, mapping: dict[int, str]) -> None:
    mapped = set(mapping.values())
    missing = [
        " / ".join(field_of(kind, key).label.text() for key in group)
        for group in REQUIRED[kind]
        if not mapped & set(group)
    ]
    if missing:
        raise ImportFileError(m.required_unmapped("; ".join(missing)))


#: This machine, as an import batch records it.
WORKSTATION = socket.gethostname()[:80]
#: A "running" import from another machine that has saved nothing for this long is taken
#: for interrupted (a live import saves a batch every few seconds).
STALE_AFTER = dt.timedelta(minutes=30)


def _process_alive(pid: int) -> bool:
    if os.name != "posix":  # no harmless probe elsewhere: only the age rule applies
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def mark_interrupted(db: Database, now: dt.datetime | None = None) -> list[int]:
    """Imports left "running" by a process that is gone become "interrupted" (at start-up):
    their saved batches stay, and they can be reverted, or the file imported again to
    complete them (rows already in are recognised and not added twice)."""
    now = now or dt.datetime.now()
    with db.reader() as session:
        running = session.execute(
            select(
                ImportBatch.id, ImportBatch.workstation, ImportBatch.pid,
                ImportBatch.created_at, ImportBatch.updated_at,
            ).where(ImportBatch.status == "running")
        ).all()  # fmt: skip
    gone = [
        row.id
        for row in running
        if (row.workstation == WORKSTATION and row.pid is not None and row.pid != os.getpid()
            and not _process_alive(row.pid))
        or now - (row.updated_at or row.created_at) > STALE_AFTER
    ]  # fmt: skip
    if gone:
        with db.session() as session:
            for batch in session.scalars(
                select(ImportBatch).where(ImportBatch.id.in_(gone), ImportBatch.status == "running")
            ):
                batch.status = "interrupted"
                batch.finished_at = now
    return gone


def run_import(
    db: Database,
    actor: Actor,
    path: str | Path,
    options: ImportOptions,
    progress: Progress | None = None,
) -> ImportResult:
    """Imports ``path``; see the module docstring for what a stop leaves behind."""
    require(actor, Permission.IMPORT)
    path = Path(path)
    with open_rows(path, options.sheet) as opened:
        layout, mapping = resolve_layout(opened, options, db)
        run = _Run(db, actor, options, path, layout, mapping)
        try:
            stopped = run.read(opened, progress)
        except BaseException:
            run.finish("failed")
            raise
    run.finish("cancelled" if stopped else "done")
    return run.result


class _Run:
    def __init__(
        self, db: Database, actor: Actor, options: ImportOptions, path: Path, layout: Layout,
        mapping: dict[int, str],
    ) -> None:  # fmt: skip
        self.db = db
        self.actor = actor
        self.options = options
        self.layout = layout
        today = options.today or dt.date.today()
        with db.reader() as session:
            lookups = Lookups.load(session)
        self.parser = RowParser(options.kind, mapping, layout.headers, lookups, today)
        self.handler = HANDLERS[options.kind](
            RunContext(options.policy, actor.user_id, lookups, today)
        )
        self.entity = self.handler.entity
        #: fingerprint → first row with it in this file
        self.seen: dict[str, int] = {}
        with db.session(actor.user_id) as session:
            batch = ImportBatch(
                kind=options.kind,
                file_name=path.name[:260],
                file_sha256=file_sha256(path),
                mode=options.policy,
                mapping={
                    "sheet": layout.sheet,
                    "header_row": layout.header_row,
                    "headers": layout.headers,
                    "columns": {str(c): key for c, key in mapping.items()},
                },
                status="running",
                workstation=WORKSTATION,
                pid=os.getpid(),
            )
            session.add(batch)
            session.flush()
            batch_id = batch.id
        self.result = ImportResult(batch_id, options.kind, path.name)

    def read(self, opened: Rows, progress: Progress | None) -> bool:
        """Reads and imports every row; True when stopped by ``progress``."""
        header_row = self.layout.header_row
        total = max((opened.total or 0) - header_row, 0)
        if progress is not None and progress(0, total) is False:
            return True
        chunk: list[ParsedRow] = []
        done = 0
        for number, raw in opened.rows:
            if number <= header_row:
                continue
            done = number - header_row
            row = self.parser.parse(number, raw)
            if row is None:
                continue
            chunk.append(row)
            if len(chunk) >= self.options.batch_rows:
                self.save(chunk)
                chunk = []
                if progress is not None and progress(done, max(total, done)) is False:
                    return True
        if chunk:
            self.save(chunk)
        if progress is not None:
            progress(done, done)
        return False

    def save(self, rows: Sequence[ParsedRow]) -> None:
        result = self.result
        result.rows += len(rows)
        invalid = sum(1 for row in rows if row.rejected)
        repeated = 0
        good: list[ParsedRow] = []
        fingerprints: dict[int, str] = {}
        for row in rows:
            if row.rejected:
                continue
            fingerprint = row.fingerprint(self.options.kind)
            first = self.seen.get(fingerprint)
            if first is not None:
                row.issue(next(iter(row.values), ""), m.same_as_row(first), "note")
                repeated += 1
                continue
            self.seen[fingerprint] = row.number
            fingerprints[row.number] = fingerprint
            good.append(row)
        outcomes: list[tuple[ParsedRow, Outcome]] = []
        counts = {"create": 0, "update": 0, "skip": 0, "reject": 0}
        already = 0
        with self.db.session(self.actor.user_id) as session, session.no_autoflush:
            known = set()
            if fingerprints:
                known = set(session.scalars(
                    select(ImportedRow.fingerprint)
                    .join(ImportBatch, ImportBatch.id == ImportedRow.batch_id)
                    .where(ImportedRow.entity == self.entity,
                           ImportedRow.fingerprint.in_(set(fingerprints.values())),
                           ImportBatch.status != "reverted")
                ))  # fmt: skip
            fresh = [r for r in good if fingerprints[r.number] not in known]
            already = len(good) - len(fresh)
            pending = Pending(session, self.actor.user_id)
            self.handler.ctx.pending = pending
            self.handler.prefetch(session, fresh)
            #: Records a row created besides its own (the customer a visit row brought
            #: in, a level change, a mileage reading): recorded too, so a revert finds them.
            extras: list[tuple[int, Any]] = []
            for row in fresh:
                start = len(pending.new)
                outcome = self.handler.apply(session, row)
                counts[outcome.action] += 1
                outcomes.append((row, outcome))
                extras += [(row.number, obj) for obj, _links in pending.new[start:]
                           if obj is not outcome.record]  # fmt: skip
            pending.flush()
            self.handler.after_save(session)
            records = [
                {
                    "batch_id": result.batch_id,
                    "row_number": row.number,
                    "entity": self.entity,
                    "entity_id": ref_id(outcome.record),
                    "action": outcome.action,
                    "before": outcome.before,
                    "fingerprint": fingerprints[row.number],
                }
                for row, outcome in outcomes
                if outcome.action != "reject"
            ]
            records += [
                {"batch_id": result.batch_id, "row_number": number,
                 "entity": obj.__tablename__, "entity_id": obj.id, "action": "create",
                 "before": None, "fingerprint": None}
                for number, obj in extras
            ]  # fmt: skip
            if records:
                session.execute(insert(ImportedRow), records)
            batch = session.get(ImportBatch, result.batch_id)
            assert batch is not None
            batch.rows_total += len(rows)
            batch.rows_created += counts["create"]
            batch.rows_updated += counts["update"]
            batch.rows_skipped += counts["skip"] + already + repeated
            batch.rows_rejected += invalid + counts["reject"]
        self.handler.end_batch()
        result.created += counts["create"]
        result.updated += counts["update"]
        result.skipped += counts["skip"] + repeated
        result.already += already
        result.rejected += invalid + counts["reject"]
        for row, outcome in outcomes:
            if outcome.action != "reject":
                record_id = ref_id(outcome.record)
                assert record_id is not None
                result.landed[row.number] = (outcome.action, record_id)
        for row in rows:
            result.issues.extend(row.issues)

    def finish(self, status: str) -> None:
        result = self.result
        result.status = status
        with self.db.session(self.actor.user_id) as session:
            batch = session.get(ImportBatch, result.batch_id)
            assert batch is not None
            batch.status = status
            batch.finished_at = dt.datetime.now()
            audit_record(
                session, "import", "import_batches", result.batch_id,
                kind=result.kind, file=result.file_name, status=status, policy=batch.mode,
                rows=result.rows, created=result.created, updated=result.updated,
                skipped=result.skipped, already=result.already, rejected=result.rejected,
            )  # fmt: skip
