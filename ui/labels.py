"""Translated names for the core's codes: roles, special marks, sex, value classes.

The core stores codes (``Role.CONSULTANT``, ``"vip"``); the screens show these names.
Each name is marked with ``QT_TRANSLATE_NOOP`` so lupdate collects it and translated
when shown, in the language the program runs in.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from showroom.models import MarkKind, Role, Sex, ValueClass

_ROLES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Showroom manager"),
    Role.CONSULTANT: QT_TRANSLATE_NOOP("Labels", "Sales consultant"),
    Role.RECEPTION: QT_TRANSLATE_NOOP("Labels", "Reception"),
    Role.SERVICE_ADVISOR: QT_TRANSLATE_NOOP("Labels", "Service advisor"),
}

_MARKS = {
    MarkKind.FLEET: QT_TRANSLATE_NOOP("Labels", "Fleet"),
    MarkKind.VIP: QT_TRANSLATE_NOOP("Labels", "VIP"),
    MarkKind.DIFFICULT: QT_TRANSLATE_NOOP("Labels", "Blacklist"),
}

_SEXES = {
    Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
}

_VALUE_CLASSES = {
    ValueClass.PLATINUM: QT_TRANSLATE_NOOP("Labels", "Platinum"),
    ValueClass.GOLD: QT_TRANSLATE_NOOP("Labels", "Gold"),
    ValueClass.IRON: QT_TRANSLATE_NOOP("Labels", "Iron"),
    ValueClass.LEAD: QT_TRANSLATE_NOOP("Labels", "Lead"),
}

#: Keyed by the values of ``showroom.services.search.MatchedOn`` (not imported: it is slow).
_MATCHED_ON = {
    "mobile": QT_TRANSLATE_NOOP("Labels", "Mobile"),
    "mobile_tail": QT_TRANSLATE_NOOP("Labels", "Last four digits of the mobile"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Home or office phone"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "pinyin": QT_TRANSLATE_NOOP("Labels", "Pinyin"),
    "initials": QT_TRANSLATE_NOOP("Labels", "Pinyin initials"),
    "plate": QT_TRANSLATE_NOOP("Labels", "Plate"),
    "vin": QT_TRANSLATE_NOOP("Labels", "VIN"),
}


def _label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("Labels", source) if source else code


def role_label(role: str) -> str:
    return _label(_ROLES, role)  # type: ignore[arg-type]


def mark_label(mark: str) -> str:
    return _label(_MARKS, mark)  # type: ignore[arg-type]


def sex_label(sex: str | None) -> str:
    return _label(_SEXES, sex)  # type: ignore[arg-type]


def value_class_label(value_class: str | None) -> str:
    return _label(_VALUE_CLASSES, value_class)  # type: ignore[arg-type]


def matched_on_label(matched_on: str) -> str:
    return _label(_MATCHED_ON, matched_on)  # type: ignore[arg-type]


def care_call_label(kind: str | None) -> str:
    """A care call's kind; its names live with the call scripts (imported on use: slow)."""
    if not kind:
        return ""
    from showroom.services.call_scripts import kind_name

    return kind_name(kind).text()
