"""A page's export running in the background: progress, Cancel, and what came of it.

Any page that writes a workbook or a PDF uses it::

    self.export_bar = ExportBar(self)
    self.export_bar.message.connect(self.message_label.setText)
    self.export_bar.busy_changed.connect(lambda busy: self.excel_button.setDisabled(busy))
    self.export_bar.export(db, actor, VisitsSheet(flt), "xlsx", path)

:meth:`ExportBar.export` runs the export layer's one entry
(:func:`showroom.sheets.export.export`) on a worker thread; ``control.report`` is its
``progress``, so Cancel stops the writer at its next row and no file is left.
:meth:`ExportBar.start` runs any other work that writes a file (the import report).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QProgressBar, QPushButton, QWidget

from showroom.db import Database
from showroom.i18n import current_language
from showroom.services.context import Actor
from showroom.sheets.base import Sheet
from showroom.sheets.export import export

from .operations import error_text
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

    def export(self, db: Database, actor: Actor, sheet: Sheet, fmt: str, path: Path) -> Task:
        """Writes ``sheet`` as ``fmt`` to ``path`` in the background, through the one entry."""
        lang = current_language()  # the page's language, read on the GUI thread

        def work(control: TaskControl) -> int:
            return export(db, actor, sheet, fmt, path, control.report, lang=lang).rows

        return self.start(work, path)

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
