"""Every saved change to an editable row becomes one audit row, automatically.

Hooked on the ORM flush, so no service can forget it: creates record their values,
updates the fields that changed (old → new), soft deletions show as a change of
``deleted_at``. The rows go in with a Core INSERT on the same connection, inside the same
transaction as the change itself: the change and its audit commit or roll back together.
"""

from __future__ import annotations

import datetime as dt
import socket
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from showroom.models import AuditEntry
from showroom.models.base import Versioned

_SKIP = {"created_at", "updated_at", "version", "created_by_id"}
#: Recorded as changed, never with their values (a password hash must not leak via the trail).
_SECRET = {"password_hash"}
_HIDDEN = "***"
_WORKSTATION = socket.gethostname()[:80]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _created(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: _HIDDEN if attr.key in _SECRET else _plain(attr.value)
        for attr in state.attrs
        if attr.key not in _SKIP and attr.value is not None and not _is_relationship(obj, attr.key)
    }


def _is_relationship(obj: Any, key: str) -> bool:
    return key in inspect(type(obj)).relationships


def _changed(obj: Any) -> dict[str, list[Any]]:
    changes: dict[str, list[Any]] = {}
    for attr in inspect(obj).attrs:
        if attr.key in _SKIP or _is_relationship(obj, attr.key):
            continue
        hist = attr.load_history()
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                if attr.key in _SECRET:
                    changes[attr.key] = [_HIDDEN if old else None, _HIDDEN]
                else:
                    changes[attr.key] = [_plain(old), _plain(new)]
    return changes


def _entity_id(obj: Any) -> int | None:
    # The identity key is not assigned yet inside after_flush; the primary key value is.
    key = inspect(type(obj)).primary_key_from_instance(obj)
    if len(key) == 1 and isinstance(key[0], int):
        return key[0]
    return None


@event.listens_for(Session, "before_flush")
def _stamp_creator(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    user_id = session.info.get("user_id")
    for obj in session.new:
        if hasattr(obj, "created_by_id") and obj.created_by_id is None:
            obj.created_by_id = user_id


@event.listens_for(Session, "after_flush")
def _write_audit(session: Session, _ctx: UOWTransaction) -> None:
    user_id = session.info.get("user_id")
    now = dt.datetime.now()
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, Versioned):
            rows.append(_row(now, user_id, "create", obj, _created(obj)))
    for obj in session.dirty:
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            changes = _changed(obj)
            if changes:
                action = "update"
                if "deleted_at" in changes:
                    action = "delete" if changes["deleted_at"][1] else "restore"
                rows.append(_row(now, user_id, action, obj, changes))
    for obj in session.deleted:
        if isinstance(obj, Versioned):
            rows.append(_row(now, user_id, "purge", obj, {}))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def _row(
    now: dt.datetime, user_id: int | None, action: str, obj: Any, changes: dict[str, Any]
) -> dict[str, Any]:
    return {
        "at": now,
        "user_id": user_id,
        "action": action,
        "entity": type(obj).__tablename__,
        "entity_id": _entity_id(obj),
        "changes": changes,
        "workstation": _WORKSTATION,
    }


def record(
    session: Session, action: str, entity: str, entity_id: int | None, **detail: Any
) -> None:
    """An audit row for something that is not a row change (sign-in, export, merge, import)."""
    session.connection().execute(
        insert(AuditEntry),
        [
            {
                "at": dt.datetime.now(),
                "user_id": session.info.get("user_id"),
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "changes": {k: _plain(v) for k, v in detail.items()},
                "workstation": _WORKSTATION,
            }
        ],
    )
