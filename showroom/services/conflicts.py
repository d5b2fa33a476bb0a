"""Two workstations editing the same record: the second save is refused, never lost silently.

Every editable row carries a version counter (``showroom.models.base.Versioned``). A form
keeps the version and the values it loaded; a service saves through :func:`save_edit`
(or :func:`apply_edit` inside its own transaction, wrapped in :func:`stale_guard`)::

    new_version = save_edit(
        db, actor, Customer, customer_id,
        version=form.version, original=form.loaded, changes={"occupation": "教师"},
    )

When someone else saved the row in between, only the fields *both* changed to different
values conflict (ARCHITECTURE.md §7): their other changes are kept and mine applied on top. A real
clash raises :class:`EditConflict` with, per field, original / theirs / mine, who saved
and when, and a translatable message for the form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from showroom.db import Database
from showroom.errors import UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg, translate
from showroom.labels import FIELD_LABELS
from showroom.models import AuditEntry, User
from showroom.models.base import Versioned

from .context import Actor

CTX = "Conflicts"
_NOT_GIVEN = object()

M = TypeVar("M", bound=Versioned)


@dataclass(frozen=True)
class FieldConflict:
    field: str
    original: Any
    theirs: Any
    mine: Any


class RecordGone(UserError):
    """The record was deleted (or never existed) while the user was editing it."""


class EditConflict(UserError):
    """Someone else saved the same fields first; nothing of this save was written."""

    def __init__(
        self,
        entity: str,
        entity_id: int,
        conflicts: tuple[FieldConflict, ...],
        changed_by: str | None,
        changed_at: dt.datetime | None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.conflicts = conflicts
        self.changed_by = changed_by
        self.changed_at = changed_at
        msg = _ConflictMsg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Conflicts",
                "{user} saved this record at {time} while you were editing it, so your "
                "changes were not saved. Fields changed by both:\n{fields}\n"
                "Reopen the record to see the current values, then make your change again.",
            ),
            {
                "user": changed_by or "?",
                "time": changed_at.strftime("%Y-%m-%d %H:%M") if changed_at else "?",
            },
            conflicts=conflicts,
            labels=dict(labels or {}),
            entity=entity,
        )
        super().__init__(msg)

    @property
    def fields(self) -> list[str]:
        return [c.field for c in self.conflicts]


@dataclass(frozen=True)
class _ConflictMsg(Msg):
    """The conflict message with one line per field, all in the language asked for."""

    conflicts: tuple[FieldConflict, ...] = ()
    labels: Mapping[str, str] = dataclasses.field(default_factory=dict)
    #: The table, whose field words (``showroom.labels.FIELD_LABELS``) name the fields.
    entity: str = ""

    def _field(self, field: str, lang: str | None) -> str:
        if field in self.labels:
            return self.labels[field]
        family = FIELD_LABELS.get(self.entity)
        return family.text(field, lang) if family is not None else field

    def text(self, lang: str | None = None) -> str:
        line = translate(
            CTX,
            QT_TRANSLATE_NOOP(
                "Conflicts", "{field}: mine “{mine}”, theirs “{theirs}”, before both “{before}”"
            ),
            lang,
        )
        lines = "\n".join(
            "• "
            + line.format(
                field=self._field(c.field, lang),
                theirs=_shown(c.theirs, lang),
                mine=_shown(c.mine, lang),
                before=_shown(c.original, lang),
            )
            for c in self.conflicts
        )
        return translate(self.context, self.source, lang).format(**self.params, fields=lines)


def _shown(value: Any, lang: str | None) -> str:
    if value is None or value == "":
        return translate(CTX, QT_TRANSLATE_NOOP("Conflicts", "(empty)"), lang)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _last_change(session: Session, entity: str, entity_id: int) -> tuple[str | None, Any]:
    row = session.execute(
        select(User.display_name, AuditEntry.at)
        .select_from(AuditEntry)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(
            AuditEntry.entity == entity,
            AuditEntry.entity_id == entity_id,
            AuditEntry.action.in_(("create", "update", "delete", "restore")),
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else (None, None)


def _clashes(
    current: Any, original: Mapping[str, Any] | None, changes: Mapping[str, Any]
) -> tuple[FieldConflict, ...]:
    found = []
    for field, mine in changes.items():
        theirs = getattr(current, field)
        before = original.get(field, _NOT_GIVEN) if original is not None else _NOT_GIVEN
        if theirs == mine:
            continue  # both made the same change: nothing to choose
        if before is not _NOT_GIVEN and theirs == before:
            continue  # they did not touch this field
        found.append(FieldConflict(field, None if before is _NOT_GIVEN else before, theirs, mine))
    return tuple(found)


def _gone(obj: Any) -> bool:
    return obj is None or getattr(obj, "deleted_at", None) is not None


def _gone_error() -> RecordGone:
    return RecordGone(
        Msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Conflicts", "This record was deleted by someone else while you were editing it."
            ),
        )
    )


def apply_edit(
    session: Session,
    obj: Versioned,
    *,
    version: int,
    changes: Mapping[str, Any],
    original: Mapping[str, Any] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    """Set ``changes`` on ``obj`` unless someone else changed the same fields since
    ``version`` (the version the form loaded). Without ``original`` every field of
    ``changes`` whose stored value differs from mine counts as changed by them."""
    if _gone(obj):
        raise _gone_error()
    if obj.version != version:
        clashes = _clashes(obj, original, changes)
        if clashes:
            entity = type(obj).__tablename__  # type: ignore[attr-defined]
            entity_id = obj.id  # type: ignore[attr-defined]
            who, when = _last_change(session, entity, entity_id)
            raise EditConflict(entity, entity_id, clashes, who, when, labels)
    for field, value in changes.items():
        setattr(obj, field, value)


@contextmanager
def stale_guard(
    db: Database,
    model: type[Versioned],
    row_id: int,
    changes: Mapping[str, Any],
    original: Mapping[str, Any] | None = None,
    labels: Mapping[str, str] | None = None,
) -> Iterator[None]:
    """Turn a ``StaleDataError`` (another save between this one's read and its write)
    into an :class:`EditConflict` that says what the other save changed."""
    try:
        yield
    except StaleDataError:
        with db.reader() as session:
            current = session.get(model, row_id)
            if _gone(current):
                raise _gone_error() from None
            entity = model.__tablename__  # type: ignore[attr-defined]
            who, when = _last_change(session, entity, row_id)
            clashes = _clashes(current, original, changes) or tuple(
                FieldConflict(f, (original or {}).get(f), getattr(current, f), v)
                for f, v in changes.items()
            )
        raise EditConflict(entity, row_id, clashes, who, when, labels) from None


def save_edit(
    db: Database,
    actor: Actor,
    model: type[M],
    row_id: int,
    *,
    version: int,
    changes: Mapping[str, Any],
    original: Mapping[str, Any] | None = None,
    labels: Mapping[str, str] | None = None,
) -> int:
    """Save ``changes`` to one row in one transaction; returns the row's new version.

    The caller has already checked permissions and validated ``changes``.
    """
    with (
        stale_guard(db, model, row_id, changes, original, labels),
        db.session(actor.user_id) as session,
    ):
        obj = session.get(model, row_id)
        if obj is None:
            raise _gone_error()
        apply_edit(session, obj, version=version, changes=changes, original=original, labels=labels)
        session.flush()
        return obj.version
