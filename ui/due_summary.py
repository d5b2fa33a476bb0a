"""The main window's "what is due today" line, for the signed-in user's role.

Counts come from :func:`showroom.services.service_lists.daily_summary`, read off the GUI
thread when the window opens, when the user changes and whenever the change hub says
that what they count has changed; overdue
complaints turn the line red. Clicking it opens the service page.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QToolButton, QWidget

from showroom.db import Database
from showroom.palette import ALERT_TEXT
from showroom.services.context import Actor
from showroom.services.service_lists import SOURCES, DailySummary, daily_summary

from .operations import hub_for
from .workers import Task, TaskControl


class DueSummary(QToolButton):
    open_service = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueSummary")
        self.setAutoRaise(True)
        self.db, self.actor = db, actor
        self.summary: DailySummary | None = None
        self._task: Task | None = None
        self.clicked.connect(self.open_service)
        # Hidden while there is nothing due, so it listens even when not shown.
        hub_for(db).watch(self, SOURCES, self.refresh, even_hidden=True)
        self.hide()
        QTimer.singleShot(0, self.refresh)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self._task is not None:
            return
        db, actor = self.db, self.actor

        def work(_control: TaskControl) -> DailySummary:
            return daily_summary(db, actor)

        task = self._task = Task(work, self)
        task.succeeded.connect(self.show_summary)
        task.finished.connect(self._on_finished)
        task.start()

    @Slot()
    def _on_finished(self) -> None:
        self._task = None

    @Slot(object)
    def show_summary(self, summary: DailySummary) -> None:
        self.summary = summary
        parts = []
        if summary.due_7d or summary.overdue:
            parts.append(
                self.tr("Maintenance due {due} (overdue {overdue})").format(
                    due=summary.due_7d, overdue=summary.overdue
                )
            )
        if summary.care_calls:
            parts.append(
                self.tr("Care calls {calls} (late {late})").format(
                    calls=summary.care_calls, late=summary.late_calls
                )
            )
        if summary.renewals:
            parts.append(self.tr("Renewals {count}").format(count=summary.renewals))
        if summary.birthdays_today:
            parts.append(self.tr("Birthdays {count}").format(count=summary.birthdays_today))
        if summary.open_complaints:
            parts.append(
                self.tr("Complaints {open} (overdue {overdue})").format(
                    open=summary.open_complaints, overdue=summary.overdue_complaints
                )
            )
        if not parts:
            self.hide()
            return
        self.setText(self.tr("Today: ") + " · ".join(parts))
        self.setToolTip(self.tr("Open the service page"))
        red = summary.overdue_complaints > 0
        self.setStyleSheet(f"color: {ALERT_TEXT}; font-weight: bold;" if red else "")
        self.show()
