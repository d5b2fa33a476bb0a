"""A page's export running in the background: progress, Cancel, and what came of it.

Any list page that writes a workbook or a PDF can use it::

    self.export_bar = ExportBar(self)
    self.export_bar.message.connect(self.message_label.setText)
    self.export_bar.busy_changed.connect(lambda busy: self.excel_button.setDisabled(busy))
    self.export_bar.start(lambda control: write(..., progress=control.report), path)

The work gets the task's ``control``; ``control.report`` fits the ``progress`` argument of
the ``showroom.exports`` writers, so Cancel stops the writer at its next row.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QProgressBar, QPushButton, QWidget

from showroom.errors import error_text

from .workers import Task, TaskControl, show_progress


class ExportBar(QWidget):
    #: A line for the page's status text: exporting, done, cancelled or failed.
    message = Signal(str)
    #: True while an export runs (pages disable their export buttons).
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, work: Callable[[TaskControl], object], path: Path) -> Task:
        """Runs ``work`` (which writes ``path`` and returns the number of rows)."""
        if self.task is not None:
            raise RuntimeError("an export is already running")
        task = self.task = Task(work, self)
        self.progress.setRange(0, 0)  # busy until the first report gives a total
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(
            lambda rows: self.message.emit(
                self.tr("Exported {count} rows to {path}.").format(count=rows, path=str(path))
            )
        )
        task.failed.connect(self._on_failed)
        task.cancelled.connect(lambda: self.message.emit(self.tr("The export was cancelled.")))
        task.finished.connect(self._on_finished)
        self.show()
        self.busy_changed.emit(True)
        self.message.emit(self.tr("Exporting to {path}…").format(path=str(path)))
        task.start()
        return task

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        text = self.tr("The export failed: {error}").format(error=error_text(error))
        self.message.emit(text)
        QMessageBox.warning(self, self.tr("Export"), text)

    @Slot()
    def _on_finished(self) -> None:
        self.task = None
        self.hide()
        self.busy_changed.emit(False)
