"""Who may read what was said with a customer: the one rule for follow-up texts.

A follow-up's content and feedback ("wife wants 5% discount") belong to the consultant who
works the prospect and to managers. Everyone else — reception, the other consultants — sees
that a contact happened (date, method, consultant), never its words. Every service that
lets those texts out (the customer card's time line, the prospect card, the lists and their
exports) asks :func:`may_read_follow_up` first.
"""

from __future__ import annotations

from .context import Actor
from .permissions import Permission, allowed


def may_read_follow_up(actor: Actor, *consultant_ids: int | None) -> bool:
    """Whether ``actor`` may read a follow-up written by / for ``consultant_ids`` (the
    follow-up's consultant and the prospect's current one, who took it over)."""
    if allowed(actor, Permission.PROSPECTS_ALL):
        return True
    return actor.user_id in {c for c in consultant_ids if c is not None}
