"""When a visitor left: the time as reception types it, and the F4 dialog that asks for it.

F4 on a visitor still in the showroom opens :class:`DepartureDialog` with the time now
already in it: Enter records it (two keys in all), or reception types the time they left
("14:30", "1430") first. The visit form's departure field reads times the same way.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

_TIME = re.compile(r"^\s*(\d{1,2})[:：.]?(\d{2})\s*$")


def _tr(source: str) -> str:
    # The visit form's own words (its translation context), shared by both places.
    return QCoreApplication.translate("VisitForm", source)


def parse_departure(text: str, day: dt.date) -> tuple[dt.datetime | None, str]:
    """The departure typed ("14:30", "1430", or a full "yyyy-MM-dd HH:mm") on ``day``;
    ``(None, "")`` for nothing typed, ``(None, message)`` for something that is not a time."""
    text = text.strip()
    if not text:
        return None, ""
    match = _TIME.match(text)
    if match is None:
        try:
            return dt.datetime.strptime(text, "%Y-%m-%d %H:%M"), ""
        except ValueError:
            return None, _tr("Please type the departure time as HH:MM, e.g. 14:30.")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None, _tr("{text} is not a time of day; please type HH:MM, e.g. 14:30.").format(
            text=text
        )
    return dt.datetime.combine(day, dt.time(hour, minute)), ""


class DepartureDialog(QDialog):
    """Asks when ``who`` left, the time now filled in and selected (typing replaces it)."""

    def __init__(
        self, who: str, arrived: dt.datetime, now: dt.datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visitor left"))
        self._day = arrived.date()
        self.departed_at: dt.datetime | None = None
        self.time_edit = QLineEdit(now.strftime("%H:%M"), self)
        self.time_edit.selectAll()
        self.message = QLabel(self)
        self.message.hide()
        label = QLabel(self.tr("&Left at"), self)
        label.setBuddy(self.time_edit)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr("{who}, arrived {time}").format(who=who, time=arrived.strftime("%H:%M")),
                self,
            )
        )
        form.addRow(label, self.time_edit)
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.time_edit.setFocus()

    def _accept(self) -> None:
        at, problem = parse_departure(self.time_edit.text(), self._day)
        if at is None:
            self.message.setText(problem or self.tr("Please type the time the visitor left."))
            self.message.show()
            self.time_edit.setFocus()
            self.time_edit.selectAll()
            return
        self.departed_at = at
        self.accept()
