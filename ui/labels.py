"""Stored codes as the screens show them: roles, special marks, sex, value classes.

The words themselves live in :mod:`showroom.labels` (one table per code family, shared
with the printouts and workbooks); these helpers give them as the text a widget takes,
in the language the program runs in. Only the search's "matched on" words, which are no
stored code, are defined here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from showroom import labels

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


def _text(family: labels.CodeLabels, code: str | None) -> str:
    # Through Qt, like every other word on screen (the language the program runs in).
    message = family.label(code)
    if message is None:
        return code or ""
    return QCoreApplication.translate(message.context, message.source)


def role_label(role: str) -> str:
    return _text(labels.ROLE, role)


def mark_label(mark: str) -> str:
    return _text(labels.MARK_KIND, mark)


def sex_label(sex: str | None) -> str:
    return _text(labels.SEX, sex)


def value_class_label(value_class: str | None) -> str:
    return _text(labels.VALUE_CLASS, value_class)


def care_call_label(kind: str | None) -> str:
    """A care call's kind."""
    return _text(labels.CARE_CALL_KIND, kind)


def matched_on_label(matched_on: str) -> str:
    source = _MATCHED_ON.get(matched_on)
    return QCoreApplication.translate("Labels", source) if source else matched_on
