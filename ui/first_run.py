"""Shown once, on an empty store: start with demo data, or with an empty store."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"


class FirstRunDialog(QDialog):
    def __init__(self, store_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: FirstRunChoice | None = None
        self.setWindowTitle(self.tr("Welcome"))
        self.setMinimumWidth(460)

        title = QLabel(self.tr("Welcome to Showroom"))
        title.setObjectName("dialogTitle")
        intro = QLabel(
            self.tr(
                "The store “{store}” has no customers yet. You can look around in a demo "
                "store filled with made-up customers, or start with an empty store and "
                "enter your own."
            ).format(store=store_name)
        )
        intro.setWordWrap(True)

        self.demo_button = QPushButton(self.tr("Open a demo store"))
        self.demo_button.setToolTip(
            self.tr("Creates 2,000 made-up customers with their visits, prospects and service.")
        )
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.on_demo_clicked)
        self.empty_button = QPushButton(self.tr("Start an empty store"))
        self.empty_button.clicked.connect(self.on_empty_clicked)
        for button in (self.demo_button, self.empty_button):
            button.setMinimumHeight(40)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)

    @Slot()
    def on_demo_clicked(self) -> None:
        self.choice = FirstRunChoice.DEMO
        self.accept()

    @Slot()
    def on_empty_clicked(self) -> None:
        self.choice = FirstRunChoice.EMPTY
        self.accept()


def ask_first_run(store_name: str, parent: QWidget | None = None) -> FirstRunChoice | None:
    """The user's choice, or ``None`` if they closed the dialog."""
    dialog = FirstRunDialog(store_name, parent)
    dialog.exec()
    return dialog.choice
