"""The settings page: one tab per area, each built by the module that owns the area.

Adding a tab is one entry in :data:`SETTINGS_TABS`; its module is imported when the
settings page is first opened, so the tabs cost nothing at start-up::

    SettingsTab(QT_TRANSLATE_NOOP("SettingsPage", "Prospect levels"),
                "ui.level_rules", "LevelRulesTab"),

A tab class takes the :class:`~ui.pages.PageContext` (and an optional parent).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from showroom.i18n import QT_TRANSLATE_NOOP

from .pages import PageContext


@dataclass(frozen=True)
class SettingsTab:
    #: English source of the tab title, in the "SettingsPage" context.
    title: str
    module: str
    name: str

    def title_text(self) -> str:
        return QCoreApplication.translate("SettingsPage", self.title)

    def build(self, context: PageContext) -> QWidget:
        return getattr(importlib.import_module(self.module), self.name)(context)


#: In the order the tabs appear.
SETTINGS_TABS: tuple[SettingsTab, ...] = (
    SettingsTab(QT_TRANSLATE_NOOP("SettingsPage", "Users"), "ui.users_tab", "UsersTab"),
    SettingsTab(QT_TRANSLATE_NOOP("SettingsPage", "Backups"), "ui.backup_tab", "BackupTab"),
    SettingsTab(
        QT_TRANSLATE_NOOP("SettingsPage", "Prospect levels"), "ui.level_rules_tab", "LevelRulesTab"
    ),
    SettingsTab(QT_TRANSLATE_NOOP("SettingsPage", "Sales targets"), "ui.targets_tab", "TargetsTab"),
    SettingsTab(
        QT_TRANSLATE_NOOP("SettingsPage", "Call scripts"), "ui.call_scripts_tab", "CallScriptsTab"
    ),
)


class SettingsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab in SETTINGS_TABS:
            self.tabs.addTab(tab.build(context), tab.title_text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        if SETTINGS_TABS:
            layout.addWidget(self.tabs)
        else:
            empty = QLabel(self.tr("There is nothing to set yet."))
            layout.addWidget(empty)
            layout.addStretch(1)
