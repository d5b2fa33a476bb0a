"""Settings ▸ Call scripts: the store's own wording of each call (话术), in both languages."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom.i18n import translate
from showroom.palette import ALERT_TEXT
from showroom.services.call_scripts import (
    PLACEHOLDERS,
    SCRIPT_KINDS,
    kind_name,
    save_script,
    scripts,
)
from showroom.services.permissions import Permission, PermissionDenied, allowed
from showroom.validation import ValidationFailed

from .pages import PageContext

ERROR_STYLE = f"color: {ALERT_TEXT};"


class CallScriptsTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = context.db, context.actor
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.kind = QComboBox()
        for kind in SCRIPT_KINDS:
            self.kind.addItem(kind_name(kind).text(), str(kind))
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Chinese"), "zh_CN")
        self.lang.addItem(self.tr("English"), "en")
        pick.addWidget(self.kind, 1)
        pick.addWidget(self.lang)
        layout.addLayout(pick)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setMaxLength(80)
        form.addRow(self.tr("&Title"), self.title)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        form.addRow(self.tr("S&cript"), self.body)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form.addRow("", self.error)
        layout.addLayout(form, 1)
        help_lines = [
            f"{{{name}}} — {translate('CallScripts', text)}" for name, text in PLACEHOLDERS.items()
        ]
        placeholders = QLabel(self.tr("Placeholders:") + "\n" + "\n".join(help_lines))
        placeholders.setWordWrap(True)
        layout.addWidget(placeholders)
        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save script"))
        self.save_button.clicked.connect(self.save)
        may_edit = allowed(self.actor, Permission.SETTINGS_MANAGE) or allowed(
            self.actor, Permission.AFTERSALES_ALL
        )
        self.save_button.setEnabled(may_edit)
        self.status = QLabel()
        actions.addWidget(self.save_button)
        actions.addWidget(self.status, 1)
        layout.addLayout(actions)
        self.kind.currentIndexChanged.connect(self.show_script)
        self.lang.currentIndexChanged.connect(self.show_script)
        self.show_script()

    def show_script(self) -> None:
        key = (self.kind.currentData(), self.lang.currentData())
        script = next((s for s in scripts(self.db) if (s.kind, s.lang) == key), None)
        self.title.setText(script.title if script else "")
        self.body.setPlainText(script.body if script else "")
        self.error.clear()
        self.status.clear()

    def save(self) -> None:
        self.error.clear()
        try:
            save_script(
                self.db,
                self.actor,
                self.kind.currentData(),
                self.lang.currentData(),
                self.title.text(),
                self.body.toPlainText(),
            )
        except ValidationFailed as failed:
            self.error.setText("\n".join(m.text() for m in failed.errors.values()))
            return
        except PermissionDenied as denied:
            self.error.setText(denied.msg.text())
            return
        self.status.setText(self.tr("Saved."))
