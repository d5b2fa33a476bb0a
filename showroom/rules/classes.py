"""Membership level (会员等级) and customer value (白金/黄金/铁/铅), both derived, never typed.

* Membership: the store's tiers (``membership_rules``), best first; a customer reaches the
  first tier whose minimum spend they have and whose worst allowed loyalty class they are
  within. Only base customers (who own a vehicle bought or serviced here) are members.
* Value class: by revenue rank. The setting ``value_class_shares`` gives cumulative shares
  of the customers ranked by spend — the top 5 % platinum, the top 20 % gold, the top 50 %
  iron, the rest lead by default. The cut-offs are the spends at those ranks; a customer
  who has spent nothing is lead whatever the rank.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.labels import MARK_KIND, VALUE_CLASS
from showroom.models import ValueClass

from .loyalty import loyalty_rank

#: The lowest spend that can make a customer anything but lead.
MIN_VALUED_SPEND = Decimal("0.01")

DEFAULT_VALUE_SHARES = {"platinum": 0.05, "gold": 0.20, "iron": 0.50}


# The words are showroom.labels' (the screens and printouts share them).
def value_class_label(code: str | None) -> Msg | None:
    return VALUE_CLASS.label(code)


def mark_label(code: str) -> Msg:
    """The mark's word; a mark this version does not know shows as its code."""
    return MARK_KIND.label(code) or Msg(MARK_KIND.context, code)


def mark_badges(marks: str | Sequence[str], lang: str | None = None) -> str:
    """ "【VIP】【Fleet】" for a mark string ("vip,fleet") — how lists and printouts show it."""
    codes = [m for m in marks.split(",") if m] if isinstance(marks, str) else list(marks)
    return "".join(
        Msg("Formatting", QT_TRANSLATE_NOOP("Formatting", "[{mark}]"),
            {"mark": mark_label(code).text(lang)}).text(lang)
        for code in codes
    )  # fmt: skip


@dataclass(frozen=True)
class MembershipTier:
    code: str
    min_spend: Decimal
    #: Worst loyalty rank allowed (1 came every time … 5 missed more than four).
    max_loyalty_rank: int


def membership_level(
    tiers: Sequence[MembershipTier], spend: Decimal, loyalty: str | None, *, is_base: bool
) -> str | None:
    """The first tier (best first) the customer qualifies for; ``None`` for non-members."""
    if not is_base:
        return None
    rank = loyalty_rank(loyalty)
    for tier in tiers:
        if spend >= tier.min_spend and rank <= tier.max_loyalty_rank:
            return tier.code
    return None


@dataclass(frozen=True)
class ValueCutoffs:
    """The least spend that reaches each class."""

    platinum: Decimal
    gold: Decimal
    iron: Decimal


def value_shares(setting: Any) -> tuple[float, float, float]:
    """The cumulative shares (platinum, gold, iron) from the setting, defaults filled in."""
    shares: Mapping[str, Any] = setting if isinstance(setting, Mapping) else {}
    return tuple(  # type: ignore[return-value]
        float(shares.get(key, default)) for key, default in DEFAULT_VALUE_SHARES.items()
    )


def rank_offsets(customers: int, shares: tuple[float, float, float]) -> tuple[int, int, int]:
    """0-based ranks (by spend, highest first) of the last customer inside each share."""
    return tuple(  # type: ignore[return-value]
        max(0, min(customers - 1, round(customers * share) - 1)) for share in shares
    )


def cutoffs_at(spends_at_offsets: Sequence[Decimal | None]) -> ValueCutoffs:
    """Cut-offs from the spends found at :func:`rank_offsets` (``None`` when no customer)."""
    platinum, gold, iron = (
        max(Decimal(spend if spend is not None else 0), MIN_VALUED_SPEND)
        for spend in spends_at_offsets
    )
    return ValueCutoffs(platinum, gold, iron)


def value_class(spend: Decimal, cutoffs: ValueCutoffs) -> ValueClass:
    if spend >= cutoffs.platinum:
        return ValueClass.PLATINUM
    if spend >= cutoffs.gold:
        return ValueClass.GOLD
    if spend >= cutoffs.iron:
        return ValueClass.IRON
    return ValueClass.LEAD
