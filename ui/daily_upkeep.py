"""Starting the once-a-day upkeep in the background after sign-in, with a status message."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMainWindow

from showroom.db import Database

from .workers import Task, TaskControl

log = logging.getLogger(__name__)


class DailyUpkeep(QObject):
    """Runs :func:`run_daily_upkeep` off the GUI thread; the lists are not reloaded (the
    next open or filter shows the new classes and dates)."""

    def __init__(self, window: QMainWindow, db: Database, user_id: int | None) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.user_id = user_id
        self.task: Task | None = None

    def start(self) -> None:
        if self.task is not None:
            return
        db, user_id = self.db, self.user_id

        def work(control: TaskControl) -> object:
            from showroom.services.daily_upkeep import run_daily_upkeep

            return run_daily_upkeep(db, progress=control.report, user_id=user_id)

        task = Task(work, self)
        task.succeeded.connect(self.on_done)
        task.failed.connect(self.on_failed)
        self.task = task
        self.window.statusBar().showMessage(
            self.tr("Updating customer classes and insurance renewal dates…")
        )
        task.start()

    def stop(self) -> None:
        """Closing the program: stop at the next chunk (rolled back, redone next start)."""
        if self.task is not None and self.task.is_running:
            self.task.cancel()

    @Slot(object)
    def on_done(self, result: object) -> None:
        self.window.statusBar().clearMessage()
        log.info("daily upkeep: %s", result)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        # Not fatal: the classes stay as they were and the next start tries again.
        log.error("daily upkeep failed: %s", error)
        self.window.statusBar().showMessage(
            self.tr("Customer classes could not be updated: {error}").format(error=error)
        )
