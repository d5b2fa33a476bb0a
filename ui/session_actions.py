"""The File menu's session actions: switch user, change password, audit trail; and the
daily backup started after the window shows."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from showroom.palette import ALERT_TEXT
from showroom.services.context import Actor
from showroom.services.permissions import Permission, allowed

from .operations import error_text
from .workers import Task

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)


class SessionActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.switch_user = QAction(self.tr("&Sign out / switch user…"), window)
        self.switch_user.setObjectName("switchUserAction")
        self.switch_user.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_user.triggered.connect(self.on_switch_user)
        self.change_password = QAction(self.tr("Change &password…"), window)
        self.change_password.triggered.connect(self.on_change_password)
        self.audit_trail = QAction(self.tr("&Audit trail…"), window)
        self.audit_trail.setObjectName("auditTrailAction")
        self.audit_trail.triggered.connect(self.on_audit_trail)
        menu.addAction(self.switch_user)
        menu.addAction(self.change_password)
        menu.addAction(self.audit_trail)
        self.backup_task: Task | None = None
        self.update_for(window.actor)

    def update_for(self, actor: Actor) -> None:
        self.audit_trail.setVisible(allowed(actor, Permission.AUDIT_VIEW))

    @Slot()
    def on_switch_user(self) -> None:
        from showroom.services.auth import sign_out

        from .sign_in_dialog import ask_sign_in

        window = self.window
        sign_out(window.db, window.actor)
        central = window.centralWidget()
        central.hide()  # nobody is signed in: show no customer data meanwhile
        actor = ask_sign_in(window.db, window.store_name, parent=window, settings=window.settings)
        central.show()
        if actor is None:
            window.close()
            return
        window.set_actor(actor)

    @Slot()
    def on_change_password(self) -> None:
        PasswordDialog(self.window.db, self.window.actor, self.window).exec()

    @Slot()
    def on_audit_trail(self) -> None:
        from .audit_page import AuditDialog

        dialog = AuditDialog(self.window.db, self.window.actor, self.window)
        dialog.show()

    def start_daily_backup(self) -> None:
        from showroom.backup import auto_backup

        db = self.window.db
        if not db.is_sqlite or self.backup_task is not None:
            return
        task = Task(lambda _control: auto_backup(db), self)
        task.failed.connect(self.on_backup_failed)
        self.backup_task = task
        task.start()

    @Slot(object)
    def on_backup_failed(self, error: object) -> None:
        log.error("daily backup failed: %s", error)
        self.window.statusBar().showMessage(
            self.tr("The daily backup failed: {error}").format(error=error_text(error))
        )


def add_session_actions(window: MainWindow, menu: QMenu) -> SessionActions:
    return SessionActions(window, menu)


class PasswordDialog(QDialog):
    def __init__(self, db: object, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change password"))
        self.db = db
        self.actor = actor
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.confirm = QLineEdit(self)
        for edit in (self.current, self.new, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ALERT_TEXT};")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Current password"), self.current)
        form.addRow(self.tr("&New password"), self.new)
        form.addRow(self.tr("New password &again"), self.confirm)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @Slot()
    def on_accepted(self) -> None:
        from showroom.services.auth import change_own_password
        from showroom.validation import ValidationFailed

        if self.new.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.error.show()
            return
        try:
            change_own_password(self.db, self.actor, self.current.text(), self.new.text())  # type: ignore[arg-type]
        except ValidationFailed as exc:
            self.error.setText("\n".join(m.text() for m in exc.errors.values()))
            self.error.show()
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("Your password was changed."))
        self.accept()
