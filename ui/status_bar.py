"""The status bar: who is signed in, which database, which store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from showroom.db import Database
from showroom.services.context import Actor

from .labels import role_label

_MAX_DATABASE_CHARS = 60


def database_location(db: Database) -> str:
    """The SQLite file's path, or the server URL without its password."""
    if db.is_sqlite:
        return db.engine.url.database or ":memory:"
    return db.display_name


def _elide_middle(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    keep = (limit - 1) // 2
    return text[:keep] + "…" + text[-keep:]


class StoreStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeStatusBar")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.database_label = QLabel(self)
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_label = QLabel(self)
        self.store_label.setObjectName("statusStore")
        for label in (self.user_label, self.database_label, self.store_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)

    def show_context(self, actor: Actor, db: Database, store_name: str) -> None:
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(
                name=actor.display_name, role=role_label(actor.role)
            )
        )
        location = database_location(db)
        self.database_label.setText(
            self.tr("Database: {location}").format(
                location=_elide_middle(location, _MAX_DATABASE_CHARS)
            )
        )
        self.database_label.setToolTip(location)
        self.store_label.setText(self.tr("Store: {name}").format(name=store_name))
