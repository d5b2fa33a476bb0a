"""The role → permission table and the require helpers every service calls."""

from __future__ import annotations

import pytest

from showroom.models import Role
from showroom.services.context import Actor
from showroom.services.permissions import (
    ROLE_PERMISSIONS,
    Permission,
    PermissionDenied,
    allowed,
    owner_scope,
    require,
    require_owner,
)


def _actor(role: Role, user_id: int = 7) -> Actor:
    return Actor(user_id, f"u{user_id}", "someone", role)


@pytest.mark.parametrize(
    ("role", "granted", "refused"),
    [
        (
            Role.RECEPTION,
            {Permission.VISITS_EDIT, Permission.CUSTOMERS_VIEW, Permission.EXPORT},
            {Permission.PROSPECTS_VIEW, Permission.EXPORT_PERSONAL_DATA, Permission.AUDIT_VIEW},
        ),
        (
            Role.CONSULTANT,
            {Permission.PROSPECTS_VIEW, Permission.PROSPECTS_EDIT, Permission.EXPORT},
            {Permission.PROSPECTS_ALL, Permission.EXPORT_PERSONAL_DATA, Permission.USERS_MANAGE},
        ),
        (
            Role.SERVICE_ADVISOR,
            {Permission.AFTERSALES_EDIT, Permission.EXPORT},
            {Permission.PROSPECTS_VIEW, Permission.AFTERSALES_ALL, Permission.SETTINGS_MANAGE},
        ),
        (
            Role.MANAGER,
            {Permission.PROSPECTS_ALL, Permission.EXPORT_PERSONAL_DATA, Permission.AUDIT_VIEW},
            {Permission.USERS_MANAGE, Permission.SETTINGS_MANAGE, Permission.BACKUP},
        ),
        (Role.ADMIN, set(Permission), set()),
    ],
)
def test_each_role_gets_exactly_its_rights(
    role: Role, granted: set[Permission], refused: set[Permission]
) -> None:
    actor = _actor(role)
    for permission in granted:
        require(actor, permission)
        assert allowed(actor, permission)
    for permission in refused:
        assert not allowed(actor, permission)
        with pytest.raises(PermissionDenied) as caught:
            require(actor, permission)
        assert caught.value.permission is permission


def test_only_the_administrator_manages_users_settings_and_backups() -> None:
    admin_only = {Permission.USERS_MANAGE, Permission.SETTINGS_MANAGE, Permission.BACKUP}
    for role, permissions in ROLE_PERMISSIONS.items():
        assert (admin_only <= permissions) == (role is Role.ADMIN), role


def test_only_managers_export_personal_data_in_full() -> None:
    full = {r for r, p in ROLE_PERMISSIONS.items() if Permission.EXPORT_PERSONAL_DATA in p}
    assert full == {Role.MANAGER, Role.ADMIN}


def test_refusal_names_the_action_in_both_languages() -> None:
    with pytest.raises(PermissionDenied) as caught:
        require(_actor(Role.RECEPTION), Permission.EXPORT_PERSONAL_DATA)
    assert caught.value.msg.text("en") == (
        "Your role does not allow you to export personal data in full."
    )
    assert caught.value.msg.text("zh_CN") == "您的角色无权导出完整个人信息。"


def test_owner_passes_others_need_the_all_permission() -> None:
    consultant = _actor(Role.CONSULTANT, user_id=3)
    require_owner(consultant, 3, Permission.PROSPECTS_ALL)
    with pytest.raises(PermissionDenied):
        require_owner(consultant, 4, Permission.PROSPECTS_ALL)
    with pytest.raises(PermissionDenied):
        require_owner(consultant, None, Permission.PROSPECTS_ALL)
    require_owner(_actor(Role.MANAGER), 4, Permission.PROSPECTS_ALL)


def test_owner_scope_filters_lists_for_non_managers() -> None:
    assert owner_scope(_actor(Role.CONSULTANT, 3), Permission.PROSPECTS_ALL) == 3
    assert owner_scope(_actor(Role.MANAGER, 1), Permission.PROSPECTS_ALL) is None


def test_unknown_role_may_do_nothing() -> None:
    stranger = Actor(1, "x", "x", "retired-role")  # type: ignore[arg-type]
    assert not any(allowed(stranger, p) for p in Permission)
