"""Who is acting: every service call is made on behalf of a signed-in user."""

from __future__ import annotations

from dataclasses import dataclass

from showroom.models import Role


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.ADMIN, Role.MANAGER)
