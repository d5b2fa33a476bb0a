"""Sign-in at start, and on "Sign out / switch user".

On the very first start the seeded administrator has no password yet: the dialog then
asks for the administrator's name and a password (twice) instead — no password ships
with the program. Errors show under the field concerned; the dialog stays open until the
user signs in or cancels. The last user name signed in on this workstation is filled in,
the cursor then in the password; a demo store tells its staff accounts' shared password.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.palette import ALERT_TEXT
from showroom.services.context import Actor

from .settings import AppSettings


class SignInDialog(QDialog):
    """``actor`` holds who signed in once the dialog is accepted.

    With ``settings`` the workstation's last user name is offered (unless ``username`` is
    given) and a successful sign-in is remembered there; without, nothing is remembered.
    """

    def __init__(
        self,
        db: Database,
        store_name: str = "",
        username: str = "",
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        from showroom.services import auth
        from showroom.services.demo_store import demo_password

        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.db = db
        self.settings = settings
        if not username and settings is not None:
            username = settings.last_user_name()
        self.actor: Actor | None = None
        self.first_run = auth.needs_first_administrator(db)

        heading = QLabel(self)
        heading.setObjectName("signInHeading")
        heading.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(80)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setObjectName("confirmPassword")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ALERT_TEXT};")
        self.error.hide()
        self.demo_hint = QLabel(self)
        self.demo_hint.setObjectName("demoPasswordHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.hide()

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        if self.first_run:
            self.setWindowTitle(self.tr("Set up the administrator"))
            heading.setText(
                self.tr(
                    "Welcome to Showroom. Choose the administrator's password: the "
                    "administrator creates the accounts of everyone else. Keep it safe."
                )
            )
            self.username.setText(auth.first_administrator_name(db))
            form.addRow(self.tr("Your &name"), self.display_name)
            form.addRow(self.tr("&Password"), self.password)
            form.addRow(self.tr("Password &again"), self.confirm)
            self.password.setPlaceholderText(
                self.tr("at least {count} characters").format(count=auth.MIN_PASSWORD_LENGTH)
            )
        else:
            self.setWindowTitle(self.tr("Sign in"))
            heading.setText(
                self.tr("Sign in to {store}").format(store=store_name)
                if store_name
                else self.tr("Sign in to Showroom")
            )
            self.username.setText(username)
            form.addRow(self.tr("&Password"), self.password)
            shared = demo_password(db)
            if shared is not None:
                self.demo_hint.setText(
                    self.tr("Demo store: every staff account's password is {password}").format(
                        password=shared
                    )
                )
                self.demo_hint.show()
            self.display_name.hide()
            self.confirm.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create and sign in") if self.first_run else self.tr("Sign in"))
        ok.setDefault(True)
        buttons.accepted.connect(self.on_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.demo_hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        # Typing starts in the first field the user has to fill.
        if self.first_run:
            self._first_field = self.display_name
        elif username:
            self._first_field = self.password
        else:
            self._first_field = self.username

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self._first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str, field: QLineEdit | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

    @Slot()
    def on_accepted(self) -> None:
        from showroom.services import auth
        from showroom.validation import ValidationFailed

        fields = {
            "username": self.username,
            "display_name": self.display_name,
            "password": self.password,
        }
        try:
            if self.first_run:
                if self.password.text() != self.confirm.text():
                    self.show_error(self.tr("The two passwords differ."), self.confirm)
                    return
                self.actor = auth.set_up_administrator(
                    self.db,
                    self.password.text(),
                    display_name=self.display_name.text(),
                    username=self.username.text(),
                )
            else:
                self.actor = auth.sign_in(self.db, self.username.text(), self.password.text())
        except ValidationFailed as exc:
            name, msg = next(iter(exc.errors.items()))
            self.show_error(msg.text(), fields.get(name))
            return
        except (auth.SignInFailed, auth.AccountError) as exc:
            self.password.clear()
            self.show_error(exc.msg.text(), self.password)
            return
        if self.settings is not None and self.actor is not None:
            self.settings.set_last_user_name(self.actor.username)
        self.accept()


def ask_sign_in(
    db: Database,
    store_name: str = "",
    username: str = "",
    parent: QWidget | None = None,
    *,
    settings: AppSettings | None = None,
) -> Actor | None:
    """Show the dialog until the user signs in (the actor) or cancels (``None``)."""
    dialog = SignInDialog(db, store_name, username, parent, settings=settings)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.actor
    return None
