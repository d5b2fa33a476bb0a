"""The store's prospect levels (H/A/B/C/O/F by default): read them, and edit them in settings.

The rows live in ``level_rules``; the code relies only on ``is_order`` / ``is_lost`` to
recognise the closing levels, so a store may rename codes and intervals freely.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import LevelRule, Setting
from showroom.rules.levels import SKIP_WEEKENDS_KEY
from showroom.validation import ValidationFailed

from .context import Actor
from .permissions import Permission, require

CTX = "LevelRules"


@dataclass(frozen=True)
class LevelInfo:
    """One level as the services and screens need it."""

    code: str
    name_zh: str
    name_en: str
    horizon_days: int | None
    followup_days: int | None
    sort_order: int
    is_order: bool
    is_lost: bool
    active: bool = True

    @property
    def is_open(self) -> bool:
        return not (self.is_order or self.is_lost)

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_zh


def _info(rule: LevelRule) -> LevelInfo:
    return LevelInfo(
        code=rule.code,
        name_zh=rule.name_zh,
        name_en=rule.name_en,
        horizon_days=rule.horizon_days,
        followup_days=rule.followup_days,
        sort_order=rule.sort_order,
        is_order=rule.is_order,
        is_lost=rule.is_lost,
        active=rule.active,
    )


def load_levels(session: Session) -> dict[str, LevelInfo]:
    """Every level by code, in the store's order (hottest first)."""
    rules = session.scalars(
        select(LevelRule)
        .where(LevelRule.deleted_at.is_(None))
        .order_by(LevelRule.sort_order, LevelRule.id)
    )
    return {rule.code: _info(rule) for rule in rules}


def order_level(levels: Mapping[str, LevelInfo]) -> LevelInfo:
    return next(level for level in levels.values() if level.is_order)


def lost_level(levels: Mapping[str, LevelInfo]) -> LevelInfo:
    return next(level for level in levels.values() if level.is_lost)


def follow_up_settings(session: Session) -> dict[str, object]:
    """The store settings the follow-up rule reads (kept as a mapping for the pure rule)."""
    row = session.get(Setting, SKIP_WEEKENDS_KEY)
    return {SKIP_WEEKENDS_KEY: bool(row.value) if row is not None else False}


def list_levels(db: Database) -> list[LevelInfo]:
    with db.reader() as session:
        return list(load_levels(session).values())


def skip_weekends(db: Database) -> bool:
    with db.reader() as session:
        return bool(follow_up_settings(session)[SKIP_WEEKENDS_KEY])


@dataclass(frozen=True)
class LevelEdit:
    """What the settings tab may change on one level (codes and closing meaning stay)."""

    code: str
    name_zh: str
    name_en: str
    horizon_days: int | None
    followup_days: int | None


def save_levels(
    db: Database, actor: Actor, edits: Sequence[LevelEdit], *, skip_weekends: bool | None = None
) -> list[LevelInfo]:
    """Save the edited names and intervals (all or nothing) and, if given, the weekend rule."""
    require(actor, Permission.SETTINGS_MANAGE)
    errors: dict[str, Msg] = {}
    for edit in edits:
        if not edit.name_zh.strip() or not edit.name_en.strip():
            errors[f"{edit.code}.name"] = Msg(
                CTX,
                QT_TRANSLATE_NOOP("LevelRules", "Level {code} needs a name in both languages."),
                {"code": edit.code},
            )
        for field, value in (
            ("horizon_days", edit.horizon_days),
            ("followup_days", edit.followup_days),
        ):
            if value is not None and not 1 <= value <= 366:
                errors[f"{edit.code}.{field}"] = Msg(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "LevelRules", "Level {code}: days must be between 1 and 366."
                    ),
                    {"code": edit.code},
                )
    if errors:
        raise ValidationFailed(errors)
    with db.session(actor.user_id) as session:
        rules = {r.code: r for r in session.scalars(select(LevelRule))}
        for edit in edits:
            rule = rules.get(edit.code)
            if rule is None:
                raise ValidationFailed(
                    {
                        edit.code: Msg(
                            CTX,
                            QT_TRANSLATE_NOOP("LevelRules", "Unknown level {code}."),
                            {"code": edit.code},
                        )
                    }
                )
            closing = rule.is_order or rule.is_lost
            rule.name_zh = edit.name_zh.strip()
            rule.name_en = edit.name_en.strip()
            # Ordered and lost prospects are never followed up: their intervals stay empty.
            rule.horizon_days = None if closing else edit.horizon_days
            rule.followup_days = None if closing else edit.followup_days
        if skip_weekends is not None:
            row = session.get(Setting, SKIP_WEEKENDS_KEY)
            if row is None:
                session.add(Setting(key=SKIP_WEEKENDS_KEY, value=skip_weekends))
            elif bool(row.value) != skip_weekends:
                row.value = skip_weekends
        session.flush()
        return list(load_levels(session).values())
