"""Reading the audit trail: one record's history, the managers' audit view, its export.

The trail itself is written by :mod:`showroom.db.audit` (every saved change) and by
:func:`showroom.db.audit.record` (sign-ins, exports, prints, reveals). Here it is read:

* :func:`history` — a record's story, for whoever may see the record;
* :func:`search_audit` / :func:`count_audit` — the audit view (``AUDIT_VIEW``), filtered
  by period, user, kind of record, record and action, paged in SQL;
* :func:`iter_audit` and :func:`filter_lines` — the whole filtered view, for its export
  (``showroom.sheets.audit_log``).

Phone numbers and resident IDs inside the recorded values are masked for roles that do
not see them in full, exactly as in the lists: the trail must not leak what the card hides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, select

from showroom.db import Database
from showroom.db.audit import record
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.labels import AUDIT_ACTION
from showroom.masking import mask_phone, mask_resident_id, sees_full_personal_data
from showroom.models import AuditEntry, Base, User

from .context import Actor
from .permissions import Permission, require, require_owner

CTX = "AuditLog"

#: Recorded fields holding personal data, and how each is masked.
PERSONAL_FIELDS: Mapping[str, Callable[[str | None], str | None]] = {
    "mobile": mask_phone,
    "phone": mask_phone,
    "home_phone": mask_phone,
    "office_phone": mask_phone,
    "fax": mask_phone,
    "resident_id": mask_resident_id,
}

#: Who may read a record's history: the permission to see that kind of record, and for
#: owned records the column naming the owner plus the permission to see everyone's.
_VIEW: Mapping[str, Permission] = {
    "customers": Permission.CUSTOMERS_VIEW,
    "vehicles": Permission.CUSTOMERS_VIEW,
    "visits": Permission.VISITS_VIEW,
    "prospects": Permission.PROSPECTS_VIEW,
    "follow_ups": Permission.PROSPECTS_VIEW,
    "test_drives": Permission.PROSPECTS_VIEW,
    "orders": Permission.PROSPECTS_VIEW,
    "losses": Permission.PROSPECTS_VIEW,
    "service_records": Permission.AFTERSALES_VIEW,
    "care_calls": Permission.AFTERSALES_VIEW,
    "complaints": Permission.AFTERSALES_VIEW,
    "users": Permission.USERS_MANAGE,
    "settings": Permission.SETTINGS_MANAGE,
}
_OWNER: Mapping[str, tuple[str, Permission]] = {
    "prospects": ("consultant_id", Permission.PROSPECTS_ALL),
    "follow_ups": ("consultant_id", Permission.PROSPECTS_ALL),
    "test_drives": ("consultant_id", Permission.PROSPECTS_ALL),
    "orders": ("consultant_id", Permission.PROSPECTS_ALL),
}

#: The actions' words, for the audit view and its filter (showroom.labels').
ACTIONS = AUDIT_ACTION


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    user_id: int | None
    user: str
    action: str
    entity: str
    entity_id: int | None
    changes: Mapping[str, Any]
    workstation: str

    @property
    def action_text(self) -> str:
        return ACTIONS.text(self.action)

    def summary(self) -> str:
        """The changes on one line: ``field: old → new; …`` (or the created values)."""
        parts = []
        for name, value in self.changes.items():
            if isinstance(value, list) and len(value) == 2:
                parts.append(f"{name}: {_text(value[0])} → {_text(value[1])}")
            else:
                parts.append(f"{name}: {_text(value)}")
        return "; ".join(parts)


def _text(value: Any) -> str:
    return "∅" if value is None or value == "" else str(value)


@dataclass(frozen=True)
class AuditFilter:
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    user_id: int | None = None
    entity: str | None = None
    entity_id: int | None = None
    actions: tuple[str, ...] = field(default_factory=tuple)


def _masked(actor: Actor, changes: Mapping[str, Any]) -> dict[str, Any]:
    if sees_full_personal_data(actor):
        return dict(changes)
    out: dict[str, Any] = {}
    for name, value in changes.items():
        mask = PERSONAL_FIELDS.get(name)
        if mask is None:
            out[name] = value
        elif isinstance(value, list):
            out[name] = [mask(v) if isinstance(v, str) else v for v in value]
        else:
            out[name] = mask(value) if isinstance(value, str) else value
    return out


def _rows(actor: Actor, result: Any) -> list[AuditRow]:
    return [
        AuditRow(
            id=e.id,
            at=e.at,
            user_id=e.user_id,
            user=name or "",
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            changes=_masked(actor, e.changes or {}),
            workstation=e.workstation or "",
        )
        for e, name in result
    ]


def _base() -> Select[Any]:
    return select(AuditEntry, User.display_name).outerjoin(User, User.id == AuditEntry.user_id)


def history(db: Database, actor: Actor, entity: str, entity_id: int) -> list[AuditRow]:
    """Everything that happened to one record, oldest first — kept after soft deletion."""
    require(actor, _VIEW.get(entity, Permission.AUDIT_VIEW))
    with db.reader() as session:
        owner = _OWNER.get(entity)
        if owner is not None and entity in Base.metadata.tables:
            table = Base.metadata.tables[entity]
            owner_id = session.scalar(select(table.c[owner[0]]).where(table.c.id == entity_id))
            require_owner(actor, owner_id, owner[1])
        result = session.execute(
            _base()
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id)
        )
        return _rows(actor, result)


def _filtered(stmt: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.since is not None:
        stmt = stmt.where(AuditEntry.at >= dt.datetime.combine(flt.since, dt.time()))
    if flt.until is not None:
        end = dt.datetime.combine(flt.until + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(AuditEntry.at < end)
    if flt.user_id is not None:
        stmt = stmt.where(AuditEntry.user_id == flt.user_id)
    if flt.entity:
        stmt = stmt.where(AuditEntry.entity == flt.entity)
    if flt.entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == flt.entity_id)
    if flt.actions:
        stmt = stmt.where(AuditEntry.action.in_(flt.actions))
    return stmt


def search_audit(
    db: Database, actor: Actor, flt: AuditFilter, limit: int = 200, offset: int = 0
) -> list[AuditRow]:
    """The audit view: newest first, one page of ``limit`` rows."""
    require(actor, Permission.AUDIT_VIEW)
    stmt = _filtered(_base(), flt).order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
    with db.reader() as session:
        return _rows(actor, session.execute(stmt))


def count_audit(db: Database, actor: Actor, flt: AuditFilter) -> int:
    require(actor, Permission.AUDIT_VIEW)
    stmt = _filtered(select(func.count()).select_from(AuditEntry), flt)
    with db.reader() as session:
        return int(session.scalar(stmt) or 0)


def audit_users(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Everyone who may appear in the trail (id, name), for the view's user filter."""
    require(actor, Permission.AUDIT_VIEW)
    with db.reader() as session:
        return [
            (uid, name)
            for uid, name in session.execute(
                select(User.id, User.display_name).order_by(User.display_name)
            )
        ]


def audit_entities(db: Database, actor: Actor) -> list[str]:
    require(actor, Permission.AUDIT_VIEW)
    with db.reader() as session:
        return list(
            session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))
        )


def iter_audit(
    db: Database, actor: Actor, flt: AuditFilter, batch: int = 2000
) -> Iterator[AuditRow]:
    """Every row of the filtered view, newest first, read ``batch`` at a time (constant
    memory for the export; checked again here, so no caller can skip it)."""
    require(actor, Permission.AUDIT_VIEW)
    last_id: int | None = None
    while True:
        stmt = _filtered(_base(), flt).order_by(AuditEntry.id.desc()).limit(batch)
        if last_id is not None:
            stmt = stmt.where(AuditEntry.id < last_id)
        with db.reader() as session:
            rows = _rows(actor, session.execute(stmt))
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id


def filter_lines(flt: AuditFilter) -> list[tuple[Msg, str]]:
    lines: list[tuple[Msg, str]] = []
    if flt.since or flt.until:
        lines.append(
            (
                Msg(CTX, QT_TRANSLATE_NOOP("AuditLog", "Period")),
                f"{flt.since or '…'} – {flt.until or '…'}",
            )
        )
    if flt.user_id is not None:
        lines.append((Msg(CTX, QT_TRANSLATE_NOOP("AuditLog", "User")), str(flt.user_id)))
    if flt.entity:
        lines.append((Msg(CTX, QT_TRANSLATE_NOOP("AuditLog", "Record type")), flt.entity))
    if flt.actions:
        lines.append((Msg(CTX, QT_TRANSLATE_NOOP("AuditLog", "Action")), ", ".join(flt.actions)))
    return lines


def reveal(
    db: Database, actor: Actor, model: type[Any], row_id: int, field_name: str
) -> str | None:
    """The full value of one masked field, recorded in the trail as a ``reveal``."""
    require(actor, Permission.REVEAL_PERSONAL_DATA)
    if field_name not in PERSONAL_FIELDS:
        raise ValueError(field_name)
    with db.session(actor.user_id) as session:
        obj = session.get(model, row_id)
        if obj is None:
            return None
        owner = _OWNER.get(model.__tablename__)
        if owner is not None:
            require_owner(actor, getattr(obj, owner[0]), owner[1])
        record(session, "reveal", model.__tablename__, row_id, field=field_name)
        return getattr(obj, field_name)
