from __future__ import annotations

import pytest

from showroom.masking import mask_phone, mask_resident_id, phone_for, resident_id_for
from showroom.models import Role
from showroom.services.context import Actor


def _actor(role: Role) -> Actor:
    return Actor(user_id=1, username="u", display_name="U", role=role)


def test_masks_mobile_landline_and_id() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("010-12345678") == "010-****5678"
    assert mask_resident_id("110101199003071234") == "110***********1234"
    assert mask_phone(None) is None
    assert mask_phone("123") == "***"


@pytest.mark.parametrize(
    ("role", "full"),
    [
        (Role.ADMIN, True),
        (Role.MANAGER, True),
        (Role.CONSULTANT, False),
        (Role.RECEPTION, False),
        (Role.SERVICE_ADVISOR, False),
    ],
)
def test_roles_see_full_or_masked(role: Role, full: bool) -> None:
    actor = _actor(role)
    assert (phone_for(actor, "13812345678") == "13812345678") is full
    assert (resident_id_for(actor, "110101199003071234") == "110101199003071234") is full
