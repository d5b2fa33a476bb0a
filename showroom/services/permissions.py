"""What each role may do, enforced in the services (not only by hiding buttons).

Every service that reads or writes on behalf of a user calls :func:`require` first::

    from showroom.services.permissions import Permission, require, require_owner

    def update_prospect(db, actor, prospect_id, ...):
        require(actor, Permission.PROSPECTS_EDIT)
        with db.session(actor.user_id) as s:
            p = s.get(Prospect, prospect_id)
            require_owner(actor, p.consultant_id, Permission.PROSPECTS_ALL)
            ...

and list queries restrict themselves with :func:`owner_scope`::

    owner = owner_scope(actor, Permission.PROSPECTS_ALL)
    if owner is not None:
        stmt = stmt.where(Prospect.consultant_id == owner)

A refusal raises :class:`PermissionDenied` whose ``msg`` is a translatable :class:`Msg`
the UI shows as is. The API (``Permission``, ``allowed``, ``require``, ``require_owner``,
``owner_scope``, ``PermissionDenied``) is kept small and stable: other areas depend on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from showroom.errors import UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg, translate
from showroom.models import Role

from .context import Actor

CTX = "Permissions"


class Permission(StrEnum):
    # Visitor log (来店/来电登记)
    VISITS_VIEW = "visits.view"
    VISITS_EDIT = "visits.edit"
    # Prospects (有望客户): VIEW/EDIT cover the actor's own prospects; *_ALL everyone's.
    PROSPECTS_VIEW = "prospects.view"
    PROSPECTS_EDIT = "prospects.edit"
    PROSPECTS_ALL = "prospects.all"
    #: Reassign a prospect to another consultant, confirm a loss, comment as manager.
    PROSPECTS_MANAGE = "prospects.manage"
    # Customers and vehicles (客户信息卡)
    CUSTOMERS_VIEW = "customers.view"
    CUSTOMERS_EDIT = "customers.edit"
    #: Merge duplicates, anonymise on a deletion request.
    CUSTOMERS_MERGE = "customers.merge"
    # After-sales (售后服务): service records, due lists, care calls, complaints
    AFTERSALES_VIEW = "aftersales.view"
    AFTERSALES_EDIT = "aftersales.edit"
    #: Work on every advisor's call list, not only the actor's own.
    AFTERSALES_ALL = "aftersales.all"
    # Reports (报表)
    REPORTS_VIEW = "reports.view"
    #: Reports over every consultant (otherwise a consultant sees only their own figures).
    REPORTS_ALL = "reports.all"
    #: Set each consultant's monthly sales targets (the daily report's target columns).
    TARGETS_EDIT = "reports.targets"
    # Data in and out
    EXPORT = "data.export"
    #: Exports and printouts with full phone numbers and resident IDs.
    EXPORT_PERSONAL_DATA = "data.export_personal"
    #: Reveal one masked value on screen (audited).
    REVEAL_PERSONAL_DATA = "data.reveal"
    IMPORT = "data.import"
    #: Soft-delete a record (hidden, kept, audited).
    DELETE = "data.delete"
    # Oversight and administration
    AUDIT_VIEW = "audit.view"
    USERS_MANAGE = "admin.users"
    SETTINGS_MANAGE = "admin.settings"
    BACKUP = "admin.backup"


_P = Permission

_WORKER = frozenset({_P.CUSTOMERS_VIEW, _P.REPORTS_VIEW})

#: Role → what it may do. The administrator maintains the system (users, settings,
#: backups) and may see everything, but day-to-day management rights (exports with
#: personal data in full, the audit view, loss confirmation) belong to the manager too.
ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    # Reception prints its own sheet, the visitor log (phones masked, like everyone's
    # exports but the manager's).
    Role.RECEPTION: _WORKER
    | {
        _P.VISITS_VIEW,
        _P.VISITS_EDIT,
        _P.CUSTOMERS_EDIT,
        _P.REVEAL_PERSONAL_DATA,
        _P.EXPORT,
    },
    Role.CONSULTANT: _WORKER
    | {
        _P.VISITS_VIEW,
        _P.VISITS_EDIT,
        _P.PROSPECTS_VIEW,
        _P.PROSPECTS_EDIT,
        _P.CUSTOMERS_EDIT,
        _P.REVEAL_PERSONAL_DATA,
        _P.EXPORT,
    },
    Role.SERVICE_ADVISOR: _WORKER
    | {
        _P.AFTERSALES_VIEW,
        _P.AFTERSALES_EDIT,
        _P.CUSTOMERS_EDIT,
        _P.REVEAL_PERSONAL_DATA,
        _P.EXPORT,
    },
    Role.MANAGER: frozenset(Permission) - {_P.USERS_MANAGE, _P.SETTINGS_MANAGE, _P.BACKUP},
    Role.ADMIN: frozenset(Permission),
}

#: Names shown when a permission is refused ("You may not: export personal data in full").
PERMISSION_NAMES: Mapping[Permission, str] = {
    _P.VISITS_VIEW: QT_TRANSLATE_NOOP("Permissions", "view the visitor log"),
    _P.VISITS_EDIT: QT_TRANSLATE_NOOP("Permissions", "record visits and calls"),
    _P.PROSPECTS_VIEW: QT_TRANSLATE_NOOP("Permissions", "view prospects"),
    _P.PROSPECTS_EDIT: QT_TRANSLATE_NOOP("Permissions", "edit prospects"),
    _P.PROSPECTS_ALL: QT_TRANSLATE_NOOP("Permissions", "work with other consultants' prospects"),
    _P.PROSPECTS_MANAGE: QT_TRANSLATE_NOOP("Permissions", "reassign prospects and confirm losses"),
    _P.CUSTOMERS_VIEW: QT_TRANSLATE_NOOP("Permissions", "view customers"),
    _P.CUSTOMERS_EDIT: QT_TRANSLATE_NOOP("Permissions", "edit customers"),
    _P.CUSTOMERS_MERGE: QT_TRANSLATE_NOOP("Permissions", "merge or anonymise customers"),
    _P.AFTERSALES_VIEW: QT_TRANSLATE_NOOP("Permissions", "view after-sales records"),
    _P.AFTERSALES_EDIT: QT_TRANSLATE_NOOP("Permissions", "edit after-sales records"),
    _P.AFTERSALES_ALL: QT_TRANSLATE_NOOP("Permissions", "work on other advisors' call lists"),
    _P.REPORTS_VIEW: QT_TRANSLATE_NOOP("Permissions", "view reports"),
    _P.REPORTS_ALL: QT_TRANSLATE_NOOP("Permissions", "view reports for the whole store"),
    _P.TARGETS_EDIT: QT_TRANSLATE_NOOP("Permissions", "set sales targets"),
    _P.EXPORT: QT_TRANSLATE_NOOP("Permissions", "export or print lists"),
    _P.EXPORT_PERSONAL_DATA: QT_TRANSLATE_NOOP("Permissions", "export personal data in full"),
    _P.REVEAL_PERSONAL_DATA: QT_TRANSLATE_NOOP("Permissions", "reveal masked personal data"),
    _P.IMPORT: QT_TRANSLATE_NOOP("Permissions", "import data"),
    _P.DELETE: QT_TRANSLATE_NOOP("Permissions", "delete records"),
    _P.AUDIT_VIEW: QT_TRANSLATE_NOOP("Permissions", "view the audit trail"),
    _P.USERS_MANAGE: QT_TRANSLATE_NOOP("Permissions", "manage users"),
    _P.SETTINGS_MANAGE: QT_TRANSLATE_NOOP("Permissions", "change settings"),
    _P.BACKUP: QT_TRANSLATE_NOOP("Permissions", "back up and restore the database"),
}


class PermissionDenied(UserError):
    """The actor's role does not allow this; ``msg`` says what in the user's language."""

    def __init__(self, msg: Msg, permission: Permission | None = None) -> None:
        super().__init__(msg)
        self.permission = permission


def permissions_of(role: Role | str) -> frozenset[Permission]:
    try:
        return ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return frozenset()  # an unknown role (e.g. from a newer version) may do nothing


def allowed(actor: Actor, permission: Permission) -> bool:
    """Whether ``actor`` may do ``permission`` (for enabling buttons; services call require).

    Asks the account's current role: a session demoted or deactivated on another
    workstation loses the right at its next action (``services/account.py``)."""
    role = actor.current_role
    return role is not None and permission in permissions_of(role)


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``actor``'s role includes ``permission``."""
    if not allowed(actor, permission):
        raise PermissionDenied(
            _DeniedMsg(
                CTX,
                QT_TRANSLATE_NOOP("Permissions", "Your role does not allow you to {action}."),
                permission=permission,
            ),
            permission,
        )


def require_owner(actor: Actor, owner_id: int | None, any_owner: Permission) -> None:
    """A record owned by ``owner_id`` (e.g. a prospect's consultant): the owner may
    proceed; anyone else needs ``any_owner`` (e.g. ``PROSPECTS_ALL``)."""
    if owner_id is not None and owner_id == actor.user_id:
        return
    if not allowed(actor, any_owner):
        raise PermissionDenied(
            Msg(CTX, QT_TRANSLATE_NOOP("Permissions", "This record belongs to another user.")),
            any_owner,
        )


def owner_scope(actor: Actor, any_owner: Permission) -> int | None:
    """``None`` when ``actor`` may see everyone's records, else the actor's own user id —
    the value a list query filters its owner column by."""
    return None if allowed(actor, any_owner) else actor.user_id


@dataclass(frozen=True)
class _DeniedMsg(Msg):
    """The refusal, with the action named in the same language as the sentence around
    it (a plain ``Msg`` parameter would stay in whatever language it was made in)."""

    permission: Permission | None = None

    def text(self, lang: str | None = None) -> str:
        assert self.permission is not None
        action = translate(CTX, PERMISSION_NAMES[self.permission], lang)
        return translate(self.context, self.source, lang).format(action=action)
