"""How personal data reads on screen: masked phone numbers, one-line customer summaries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the search module loads pinyin tables: not at start-up
    from showroom.services.search import CustomerHit

from .labels import mark_label

#: Separator between the parts of a one-line summary ("张三 · 138****5678 · 粤B12345").
SEPARATOR = " · "


def mark_badge(mark: str) -> str:
    """A special mark as the bracketed badge printed sheets use: 【VIP】 (in English [VIP])."""
    return QCoreApplication.translate("Formatting", "[{mark}]").format(mark=mark_label(mark))


def hit_parts(hit: CustomerHit) -> list[str]:
    """Name, mobile (as the services give it: masked for roles that may not see it) and
    plates of a search hit, the empty ones left out."""
    return [part for part in (hit.name, hit.mobile or "", " ".join(hit.plates)) if part]


def hit_summary(hit: CustomerHit) -> str:
    """ "【VIP】张三 · 138****5678 · 粤B12345": the hit as one line of plain text."""
    badges = "".join(mark_badge(mark) for mark in hit.marks)
    return badges + SEPARATOR.join(hit_parts(hit))
