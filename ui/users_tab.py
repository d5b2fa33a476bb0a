"""Settings ▸ Users: the administrator creates accounts, changes roles, resets passwords,
deactivates people who left. Everyone else sees why the tab is empty (the services
refuse them anyway)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom.models import Role
from showroom.services import auth
from showroom.services.auth import UserRow
from showroom.services.permissions import Permission, PermissionDenied, allowed
from showroom.validation import ValidationFailed

from . import typed_combo
from .labels import role_label
from .operations import error_text
from .pages import PageContext

ROLES = (Role.RECEPTION, Role.CONSULTANT, Role.SERVICE_ADVISOR, Role.MANAGER, Role.ADMIN)


def _error_text(exc: Exception) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(m.text() for m in exc.errors.values())
    return error_text(exc)


class UsersTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersTab")
        self.context = context
        self.users: list[UserRow] = []
        layout = QVBoxLayout(self)
        if not allowed(context.actor, Permission.USERS_MANAGE):
            layout.addWidget(QLabel(self.tr("Only an administrator can manage users."), self))
            layout.addStretch(1)
            self.table = None
            return

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("State"),
             self.tr("Last sign-in")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add user…"), self.on_add),
            (self.tr("Change &role…"), self.on_change_role),
            (self.tr("Reset &password…"), self.on_reset_password),
            (self.tr("&Deactivate / activate"), self.on_toggle_active),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        assert self.table is not None
        self.users = auth.list_users(self.context.db, self.context.actor)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = self.tr("active") if user.active else self.tr("deactivated")
            last = user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else ""
            for column, text in enumerate(
                (user.username, user.display_name, role_label(user.role), state, last)
            ):
                item = QTableWidgetItem(text)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)

    def selected(self) -> UserRow | None:
        assert self.table is not None
        row = self.table.currentRow()
        if 0 <= row < len(self.users):
            return self.users[row]
        QMessageBox.information(self, self.tr("Users"), self.tr("Select a user first."))
        return None

    def _run(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except (ValidationFailed, auth.AccountError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("Users"), _error_text(exc))
            return False
        self.refresh()
        return True

    @Slot()
    def on_add(self) -> None:
        dialog = NewUserDialog(self)
        db, actor = self.context.db, self.context.actor
        # The dialog stays filled in after a refusal, so a typo is fixed, not retyped.
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._run(
                lambda: auth.create_user(
                    db,
                    actor,
                    dialog.username.text(),
                    dialog.display_name.text(),
                    dialog.role.currentData(),
                    dialog.password.text(),
                )
            ):
                return

    @Slot()
    def on_change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        names = [role_label(r) for r in ROLES]
        current = ROLES.index(user.role) if user.role in ROLES else 0
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Change role"),
            self.tr("Role of {name}:").format(name=user.display_name),
            names,
            current,
            False,
        )
        if ok:
            role = ROLES[names.index(choice)]
            self._run(lambda: auth.change_role(self.context.db, self.context.actor, user.id, role))

    @Slot()
    def on_reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for {name}:").format(name=user.display_name),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._run(
                lambda: auth.reset_password(self.context.db, self.context.actor, user.id, password)
            )

    @Slot()
    def on_toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(
                lambda: auth.set_active(
                    self.context.db, self.context.actor, user.id, not user.active
                )
            )


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add user"))
        self.username = QLineEdit(self)
        self.username.setMaxLength(40)
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(80)
        self.role = QComboBox(self)
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        typed_combo.install(self.role)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Name"), self.display_name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
