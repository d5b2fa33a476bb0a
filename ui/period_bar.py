"""A period and consultant picker shared by the funnel and loss panels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from showroom.db import Database
from showroom.services.context import Actor
from showroom.services.permissions import Permission, allowed
from showroom.services.visit_queries import visit_choices

from .prospect_forms import date_edit, to_date


def year_start(day: dt.date) -> dt.date:
    return day.replace(month=1, day=1)


class PeriodBar(QWidget):
    """From / to / consultant / presets; ``changed`` when the user asks for new figures."""

    changed = Signal()

    def __init__(
        self, db: Database, actor: Actor, *, reports: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        today = dt.date.today()
        self.start = date_edit(today.replace(day=1), self)
        self.end = date_edit(today, self)
        self.consultant = QComboBox(self)
        self.consultant.addItem(self.tr("All consultants"), None)
        every = Permission.REPORTS_ALL if reports else Permission.PROSPECTS_ALL
        if allowed(actor, every):
            for choice in visit_choices(db).consultants:
                self.consultant.addItem(choice.name, choice.key)
        else:
            # A consultant sees their own figures only (the service enforces it too).
            self.consultant.setItemText(0, actor.display_name)
            self.consultant.setEnabled(False)
        month = QPushButton(self.tr("This month"), self)
        year = QPushButton(self.tr("This year"), self)
        show = QPushButton(self.tr("Show"), self)
        show.setDefault(True)
        month.clicked.connect(lambda: self._preset(today.replace(day=1), today))
        year.clicked.connect(lambda: self._preset(year_start(today), today))
        show.clicked.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("From"), self))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.end)
        layout.addWidget(self.consultant)
        layout.addWidget(month)
        layout.addWidget(year)
        layout.addWidget(show)
        layout.addStretch(1)

    def _preset(self, start: dt.date, end: dt.date) -> None:
        self.start.setDate(start)
        self.end.setDate(end)
        self.changed.emit()

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        return (start, end) if start <= end else (end, start)

    def consultant_id(self) -> int | None:
        data = self.consultant.currentData()
        return int(data) if data is not None else None
