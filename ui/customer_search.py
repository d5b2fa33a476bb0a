"""The global customer search as the search box calls it: through the service layer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from showroom.db import Database
from showroom.services.context import Actor

from .search_box import SearchFunction

if TYPE_CHECKING:
    from showroom.services.search import CustomerHit

SEARCH_LIMIT = 20


def service_search(
    db: Database, actor: Callable[[], Actor], limit: int = SEARCH_LIMIT
) -> SearchFunction:
    """The global search through the service layer, on behalf of the signed-in user: the
    mobiles come masked as that user's role must see them (the rule is the services'; the
    popup shows what it gets).

    The search module is imported on the first query (or by :func:`ui.preload.preload_modules` once
    the window shows): it loads the pinyin tables, a third of a second start-up would pay.
    """

    def search(query: str) -> Sequence[CustomerHit]:
        from showroom.services.search import search_customers_as

        return search_customers_as(db, actor(), query, limit=limit)

    return search
