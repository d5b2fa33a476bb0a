"""What the program remembers on this workstation (QSettings), behind typed accessors."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from showroom.i18n import LANGUAGES

ORGANIZATION = "Showroom"
APPLICATION = "Showroom"

_LANGUAGE = "ui/language"
_GEOMETRY = "main_window/geometry"
_STATE = "main_window/state"
_LAST_USER = "sign_in/last_user"


class AppSettings:
    """Typed access to the workstation's settings; tests hand in a QSettings on a temp file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def language(self) -> str | None:
        value = self._store.value(_LANGUAGE)
        return value if isinstance(value, str) and value in LANGUAGES else None

    def set_language(self, lang: str) -> None:
        self._store.setValue(_LANGUAGE, lang)
        self._store.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._store.value(_STATE)
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, geometry)
        self._store.setValue(_STATE, state)
        self._store.sync()

    def last_user_name(self) -> str:
        """Who last signed in on this workstation ("" before anyone did)."""
        value = self._store.value(_LAST_USER)
        return value if isinstance(value, str) else ""

    def set_last_user_name(self, username: str) -> None:
        self._store.setValue(_LAST_USER, username)
        self._store.sync()
