"""Generating the demo store behind a cancellable progress dialog (work off the GUI thread)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEventLoop, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from showroom.db import Database

from .workers import Task, TaskControl

DEMO_CUSTOMERS = 2000


class DemoOutcome(Enum):
    CREATED = "created"
    CANCELLED = "cancelled"
    FAILED = "failed"


class DemoProgress(QProgressDialog):
    """Shows a running demo generation; Cancel stops it and the store stays empty."""

    def __init__(self, task: Task, customers: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.outcome: DemoOutcome | None = None
        self.setWindowTitle(self.tr("Demo store"))
        self.setLabelText(
            self.tr("Creating a demo store with {count} customers…").format(count=f"{customers:,}")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.setCancelButton(self.cancel_button)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        task.progressed.connect(self.on_progressed)
        task.succeeded.connect(self.on_succeeded)
        task.cancelled.connect(self.on_cancelled)
        task.failed.connect(self.on_failed)
        self.canceled.connect(self.on_cancel_requested)

    @Slot(int, int)
    def on_progressed(self, done: int, total: int) -> None:
        if total > 0:
            # Percent keeps the range within int even for millions of rows.
            self.setRange(0, 100)
            self.setValue(min(done * 100 // total, 100))

    @Slot()
    def on_cancel_requested(self) -> None:
        if self.outcome is not None:
            return
        self.task.cancel()
        self.setLabelText(self.tr("Cancelling…"))
        self.cancel_button.setEnabled(False)
        self.show()  # QProgressDialog hides itself on cancel; keep it until the work stops

    def reject(self) -> None:  # Esc: stop the work rather than hide the dialog
        self.on_cancel_requested()

    @Slot(object)
    def on_succeeded(self, summary: object) -> None:
        self.outcome = (
            DemoOutcome.CANCELLED if getattr(summary, "cancelled", False) else DemoOutcome.CREATED
        )
        self.hide()

    @Slot()
    def on_cancelled(self) -> None:
        self.outcome = DemoOutcome.CANCELLED
        self.hide()

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.outcome = DemoOutcome.FAILED
        self.hide()
        QMessageBox.critical(
            self.parentWidget(),
            self.tr("Demo store"),
            self.tr("The demo store could not be created:\n{error}").format(error=str(error)),
        )


def generate_demo_store(
    db: Database, customers: int = DEMO_CUSTOMERS, parent: QWidget | None = None
) -> DemoOutcome:
    """Fill the empty store with demo data, showing progress; returns how it ended."""

    def work(control: TaskControl) -> object:
        from showroom.demo import generate_demo  # only now: start-up must not pay for it

        return generate_demo(db, customers, progress=control.report)

    task = Task(work)
    dialog = DemoProgress(task, customers, parent)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    dialog.show()
    task.start()
    loop.exec()
    dialog.deleteLater()
    return dialog.outcome or DemoOutcome.FAILED
