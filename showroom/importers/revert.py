"""Undoing an import: what it created goes, what it changed gets its old values back.

Everything an import wrote is in its :class:`~showroom.models.ImportedRow` rows: the
records each row created (its own and those it brought in, such as the customer a visit
row named) and, for records it updated, their values before. A revert works through them
in one transaction, so it either happens whole or not at all:

* created records are soft-deleted, children before parents (level changes and mileage
  readings, which cannot be hidden, are removed);
* updated records get their old values back;
* but anyone's later work wins: a record changed (or given new records of its own) after
  the import is kept as it is and reported, never overwritten — "later" means after the
  import's own audit entry, read from the audit trail;
* the derived columns of the customers and vehicles touched are recomputed by the same
  service functions the importer calls; the import is marked reverted and audited.

A reverted import no longer counts for the importer's "already imported" check, so the
same file imported again brings its rows back.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.db.audit import record as audit_record
from showroom.errors import Cancelled, UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.labels import IMPORT_STATUS
from showroom.models import AuditEntry, Base, ImportBatch, ImportedRow, User
from showroom.services.context import Actor
from showroom.services.customer_factory import refresh_derived
from showroom.services.permissions import Permission, PermissionDenied, require

from .messages import KIND_NAMES, msg

#: ``progress(done, total)``; returning ``False`` cancels (nothing is changed).
Progress = Callable[[int, int], bool | None]

#: Ids per ``IN (…)`` list: well under SQLite's and PostgreSQL's parameter limits.
CHUNK = 500


class RevertError(UserError):
    """The import cannot be reverted (unknown, already reverted, still running)."""


@dataclass
class KeptRecord:
    """A record the revert left alone because someone worked on it after the import."""

    row: int
    entity: str
    entity_id: int
    reason: Msg


@dataclass
class RevertResult:
    batch_id: int
    #: Records the import created that are now deleted.
    deleted: int = 0
    #: Records the import updated that have their old values back.
    restored: int = 0
    kept: list[KeptRecord] = field(default_factory=list)

    @property
    def summary(self) -> Msg:
        return msg(
            QT_TRANSLATE_NOOP(
                "Import",
                "Import reverted: {deleted} records removed, {restored} restored, "
                "{kept} changed since and kept.",
            ),
            deleted=self.deleted,
            restored=self.restored,
            kept=len(self.kept),
        )


CHANGED_SINCE = msg(QT_TRANSLATE_NOOP("Import", "Changed since the import; kept."))
USED_SINCE = msg(QT_TRANSLATE_NOOP("Import", "Has newer records of its own; kept."))
DELETED_SINCE = msg(QT_TRANSLATE_NOOP("Import", "Deleted since the import."))
MANAGERS_ONLY = msg(QT_TRANSLATE_NOOP("Import", "Only a manager can revert an import."))


def _not_found(batch_id: int) -> Msg:
    return msg(QT_TRANSLATE_NOOP("Import", "There is no import number {id}."), id=batch_id)


def _already(batch_id: int) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Import", "Import number {id} has already been reverted."), id=batch_id
    )


def _running(batch_id: int) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Import", "Import number {id} is still running; it cannot be "
                          "reverted yet."),
        id=batch_id,
    )  # fmt: skip


# ---------------------------------------------------------------------------- listing


def status_name(status: str) -> str:
    """An import's status in the user's language (the history list, ``--list``)."""
    return IMPORT_STATUS.text(status)


def kind_name(kind: str) -> str:
    name = KIND_NAMES.get(kind)
    return name.text() if name is not None else kind


#: The statuses :func:`revert_import` refuses.
UNREVERTIBLE = frozenset({"running", "reverted"})


@dataclass(frozen=True)
class ImportInfo:
    """One import as the history lists it."""

    id: int
    at: dt.datetime
    user: str
    file_name: str
    kind: str
    status: str
    rows_created: int
    rows_updated: int
    rows_rejected: int
    reverted_at: dt.datetime | None

    @property
    def revertible(self) -> bool:
        """Whether it can be reverted now: every import but one still running (an
        interrupted one included) or one reverted already — the rule :func:`revert_import`
        applies."""
        return self.status not in UNREVERTIBLE

    @property
    def reverted(self) -> bool:
        return self.status == "reverted"


def list_imports(db: Database, limit: int = 100) -> list[ImportInfo]:
    """The latest imports, newest first."""
    with db.reader() as session:
        rows = session.execute(
            select(ImportBatch, User.display_name)
            .outerjoin(User, User.id == ImportBatch.created_by_id)
            .order_by(ImportBatch.id.desc())
            .limit(limit)
        ).all()
        return [
            ImportInfo(
                b.id,
                b.created_at,
                name or "",
                b.file_name,
                b.kind,
                b.status,
                b.rows_created,
                b.rows_updated,
                b.rows_rejected,
                b.reverted_at,
            )
            for b, name in rows
        ]


# ---------------------------------------------------------------------------- reverting


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _tables() -> dict[str, Table]:
    return {t.name: t for t in Base.metadata.sorted_tables}


def _model(table: Table) -> Any:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    raise LookupError(table.name)  # pragma: no cover - every table is mapped


def _check(actor: Actor) -> None:
    require(actor, Permission.IMPORT)
    require(actor, Permission.DELETE)
    if not actor.is_manager:
        raise PermissionDenied(MANAGERS_ONLY, Permission.IMPORT)


def revert_import(
    db: Database, actor: Actor, batch_id: int, progress: Progress | None = None
) -> RevertResult:
    """Reverts import ``batch_id`` (see the module docstring); raises :class:`RevertError`
    when it cannot be, :class:`~showroom.errors.Cancelled` when ``progress`` said stop."""
    _check(actor)
    today = dt.date.today()
    with db.session(actor.user_id) as session:
        batch = session.get(ImportBatch, batch_id, with_for_update=True)
        if batch is None:
            raise RevertError(_not_found(batch_id))
        if batch.status == "reverted":
            raise RevertError(_already(batch_id))
        if batch.status == "running":
            raise RevertError(_running(batch_id))
        run = _Revert(session, batch, progress)
        run.run(today)
        batch.status = "reverted"
        batch.reverted_at = dt.datetime.now()
        batch.reverted_by_id = actor.user_id
        result = run.result
        audit_record(
            session, "revert_import", "import_batches", batch_id, file=batch.file_name,
            kind=batch.kind, deleted=result.deleted, restored=result.restored,
            kept=[[k.entity, k.entity_id] for k in result.kept],
        )  # fmt: skip
    return result


class _Revert:
    def __init__(self, session: Session, batch: ImportBatch, progress: Progress | None) -> None:
        self.session = session
        self.batch = batch
        self.progress = progress
        self.result = RevertResult(batch.id)
        self.rows = session.scalars(
            select(ImportedRow)
            .where(ImportedRow.batch_id == batch.id, ImportedRow.action.in_(("create", "update")))
            .order_by(ImportedRow.id)
        ).all()
        self.done = 0
        self.total = len(self.rows)
        self.touched_customers: set[int] = set()
        self.touched_vehicles: set[int] = set()

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise Cancelled

    def run(self, today: dt.date) -> None:
        if self.progress is not None and self.progress(0, self.total) is False:
            raise Cancelled
        later = self._later_changes()
        self._delete_created(later)
        self._restore_updated(later)
        self._refresh(today)

    # --- what happened since ----------------------------------------------------------
    def _later_changes(self) -> dict[tuple[str, int], set[str] | None]:
        """(entity, id) → fields changed after the import (None: deleted since)."""
        mark = self.session.scalar(
            select(func.max(AuditEntry.id)).where(
                AuditEntry.action == "import",
                AuditEntry.entity == "import_batches",
                AuditEntry.entity_id == self.batch.id,
            )
        )
        if mark is None:  # an import always ends with its audit row; be safe regardless
            mark = 0
        by_entity: dict[str, list[int]] = defaultdict(list)
        for row in self.rows:
            by_entity[row.entity].append(row.entity_id)
        later: dict[tuple[str, int], set[str] | None] = {}
        for entity, ids in by_entity.items():
            for chunk in _chunks(sorted(set(ids))):
                for entity_id, action, changes in self.session.execute(
                    select(AuditEntry.entity_id, AuditEntry.action, AuditEntry.changes)
                    .where(AuditEntry.id > mark, AuditEntry.entity == entity,
                           AuditEntry.entity_id.in_(chunk),
                           AuditEntry.action.in_(("update", "delete", "restore")))
                    .order_by(AuditEntry.id)
                ):  # fmt: skip
                    key = (entity, entity_id)
                    if action == "delete":
                        later[key] = None
                    elif key not in later or later[key] is not None:
                        fields = later.get(key) or set()
                        later[key] = fields | set(changes or {})
        return later

    def _keep(self, row: ImportedRow, reason: Msg) -> None:
        self.result.kept.append(KeptRecord(row.row_number, row.entity, row.entity_id, reason))

    # --- created records --------------------------------------------------------------
    def _delete_created(self, later: dict[tuple[str, int], set[str] | None]) -> None:
        created: dict[str, dict[int, ImportedRow]] = defaultdict(dict)
        for row in self.rows:
            if row.action == "create":
                created[row.entity][row.entity_id] = row
        tables = _tables()
        going: dict[str, set[int]] = {}
        now = dt.datetime.now()
        # Children first: when a parent's turn comes, which of its children go is known,
        # so a customer with a visit someone added later is kept.
        for table in reversed(Base.metadata.sorted_tables):
            rows = created.pop(table.name, None)
            if not rows:
                continue
            ids = set()
            for entity_id, row in rows.items():
                changes = later.get((table.name, entity_id), set())
                if changes is None:
                    self._keep(row, DELETED_SINCE)
                elif changes:
                    self._keep(row, CHANGED_SINCE)
                else:
                    ids.add(entity_id)
            used = self._used_elsewhere(table, ids, going, tables)
            for entity_id in sorted(used):
                self._keep(rows[entity_id], USED_SINCE)
            ids -= used
            going[table.name] = ids
            self._remove(table, sorted(ids), now)
        for rows in created.values():  # pragma: no cover - a table missing from the metadata
            raise RuntimeError(f"cannot revert records of {sorted(rows)}")

    def _used_elsewhere(
        self, table: Table, ids: set[int], going: dict[str, set[int]], tables: dict[str, Table]
    ) -> set[int]:
        """Ids of ``table`` that live records (not going with this revert) refer to."""
        used: set[int] = set()
        if not ids:
            return used
        for child in tables.values():
            for fk in child.foreign_keys:
                if fk.column.table is not table or fk.parent.name.endswith("_by_id"):
                    continue
                leaving = going.get(child.name, set())
                for chunk in _chunks(sorted(ids)):
                    condition = [fk.parent.in_(chunk)]
                    if "deleted_at" in child.c:
                        condition.append(child.c.deleted_at.is_(None))
                    for child_id, parent_id in self.session.execute(
                        select(child.c.id, fk.parent).where(*condition)
                    ):
                        if child_id not in leaving:
                            used.add(parent_id)
        return used

    def _remove(self, table: Table, ids: Sequence[int], now: dt.datetime) -> None:
        model = _model(table)
        user_id = self.session.info.get("user_id")
        for chunk in _chunks(ids):
            for obj in self.session.scalars(select(model).where(model.id.in_(chunk))):
                self._touch_parents(obj)
                if hasattr(obj, "deleted_at"):
                    obj.deleted_at = now
                    obj.deleted_by_id = user_id
                else:  # level changes, mileage readings: no soft deletion; they go
                    self.session.delete(obj)
            self.session.flush()
            self.result.deleted += len(chunk)
            self.step(len(chunk))

    def _touch_parents(self, obj: Any) -> None:
        customer_id = getattr(obj, "customer_id", None)
        if customer_id is not None:
            self.touched_customers.add(customer_id)
        vehicle_id = getattr(obj, "vehicle_id", None)
        if vehicle_id is not None:
            self.touched_vehicles.add(vehicle_id)

    # --- updated records --------------------------------------------------------------
    def _restore_updated(self, later: dict[tuple[str, int], set[str] | None]) -> None:
        tables = _tables()
        for row in self.rows:
            if row.action != "update":
                continue
            before = row.before or {}
            changes = later.get((row.entity, row.entity_id), set())
            if changes is None:
                self._keep(row, DELETED_SINCE)
            elif changes & set(before):
                self._keep(row, CHANGED_SINCE)
            else:
                table = tables[row.entity]
                obj = self.session.get(_model(table), row.entity_id)
                if obj is None:  # pragma: no cover - rows are never purged under an import
                    self._keep(row, DELETED_SINCE)
                else:
                    for attr, value in before.items():
                        setattr(obj, attr, _stored(table, attr, value))
                    if table.name == "customers":
                        refresh_derived(obj)
                        self.touched_customers.add(obj.id)
                    elif table.name == "vehicles":
                        self.touched_vehicles.add(obj.id)
                        self.touched_customers.add(obj.customer_id)
                    else:
                        self._touch_parents(obj)
                    self.result.restored += 1
            self.step()
        self.session.flush()

    # --- derived columns --------------------------------------------------------------
    def _refresh(self, today: dt.date) -> None:
        """As the importer does after each batch (kinds.Handler.after_save)."""
        from showroom.models import Customer, Vehicle
        from showroom.services.customer_classes import refresh_customers
        from showroom.services.due_cache import refresh_vehicle

        live_vehicles = self._live(Vehicle, self.touched_vehicles)
        for vehicle_id in sorted(live_vehicles):
            refresh_vehicle(self.session, vehicle_id, today)
        live_customers = self._live(Customer, self.touched_customers)
        refresh_customers(self.session, sorted(live_customers), today)

    def _live(self, model: Any, ids: set[int]) -> set[int]:
        live: set[int] = set()
        for chunk in _chunks(sorted(ids)):
            live.update(self.session.scalars(
                select(model.id).where(model.id.in_(chunk), model.deleted_at.is_(None))
            ))  # fmt: skip
        return live


def _stored(table: Table, attr: str, value: Any) -> Any:
    """A ``before`` value (as JSON kept it) back in the column's Python type."""
    if value is None or attr not in table.c:
        return value
    column_type = table.c[attr].type
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return value
    if python_type is dt.datetime and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if python_type is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if python_type is Decimal and not isinstance(value, Decimal):
        return Decimal(str(value))
    return value
