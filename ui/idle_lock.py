"""The idle lock: a window nobody touched for a while asks for the password again.

A showroom PC stands where customers walk past; a receptionist called away must not leave
the customer list open. After the store's ``idle_lock_minutes`` (default 15) without a
key or a click, every window of the program is hidden — open forms keep what was typed —
and a dialog asks the signed-in user's password (checked like a sign-in, failed attempts
counted). The right password shows everything again as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.errors import UserError
from showroom.palette import ALERT_TEXT
from showroom.services import auth
from showroom.services.context import Actor

#: How often the lock looks at the clock (ms).
CHECK_MS = 15_000
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class UnlockDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, minutes: int) -> None:
        super().__init__(None)
        self.setWindowTitle(self.tr("Showroom is locked"))
        self._db, self._actor = db, actor
        text = self.tr(
            "Locked after {minutes} minutes without use. {name}, please type your password "
            "to go on; what was open is kept."
        ).format(minutes=minutes, name=actor.display_name)
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(self.tr("&Password"), self)
        label.setBuddy(self.password)
        self.message = QLabel(self)
        self.message.setStyleSheet(f"color: {ALERT_TEXT};")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self._try)
        layout = QVBoxLayout(self)
        for widget in (intro, label, self.password, self.message, buttons):
            layout.addWidget(widget)
        self.password.setFocus()

    def reject(self) -> None:  # Esc does not unlock
        pass

    @Slot()
    def _try(self) -> None:
        try:
            auth.sign_in(self._db, self._actor.username, self.password.text())
        except UserError as refused:
            self.message.setText(refused.msg.text())
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class IdleLock(QObject):
    """Locks after ``minutes`` without input; ``clock`` is replaceable for tests."""

    def __init__(
        self,
        db: Database,
        actor: Callable[[], Actor],
        minutes: int,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self.minutes, self._clock = db, actor, minutes, clock
        self._last = clock()
        self.dialog: UnlockDialog | None = None
        self._hidden: list[QWidget] = []
        app = QApplication.instance()
        if app is not None and minutes > 0:
            app.installEventFilter(self)
            self._timer = QTimer(self, interval=CHECK_MS)
            self._timer.timeout.connect(self.check)
            self._timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in _ACTIVITY and not self.locked:
            self._last = self._clock()
        return False

    @Slot()
    def check(self) -> None:
        if self.minutes > 0 and not self.locked and self._clock() - self._last >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        # Every window shown now is hidden (its widgets and what was typed stay as they are).
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.dialog = UnlockDialog(self._db, self._actor(), self.minutes)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.show()

    @Slot()
    def _unlocked(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self._last = self._clock()
