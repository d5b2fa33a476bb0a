"""Who is acting: every service call is made on behalf of a signed-in user."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from showroom.models import Role

if TYPE_CHECKING:
    from .account import AccountWatch


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    #: The role at sign-in (what the window was built for).
    role: Role
    #: A window's session follows its account (see ``services/account.py``); ``None`` for
    #: a command-line run or a test, which use the role above.
    account: AccountWatch | None = field(default=None, compare=False, repr=False)

    @property
    def current_role(self) -> Role | None:
        """The role the permission checks use: the account's role now, ``None`` when the
        account was deactivated meanwhile."""
        return self.account.role() if self.account is not None else self.role

    @property
    def is_manager(self) -> bool:
        return self.current_role in (Role.ADMIN, Role.MANAGER)
