"""File ▸ Imports…: the imports made so far, and reverting one (manager only).

The revert runs as a background :class:`~ui.workers.Task` with a progress bar; it is one
transaction, so Cancel leaves the import exactly as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.importers.revert import (
    ImportInfo,
    RevertResult,
    kind_name,
    list_imports,
    revert_import,
    status_name,
)
from showroom.services.context import Actor
from showroom.services.permissions import Permission, allowed

from .operations import error_text
from .workers import Task, TaskControl, show_progress

NUMBER_COLUMNS = (0, 5, 6, 7)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: Reasons listed under the summary after a revert; the rest are counted.
SHOWN_KEPT = 10


class ImportHistoryDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.imports: list[ImportInfo] = []
        self.task: Task | None = None
        self.last_result: RevertResult | None = None
        self.setWindowTitle(self.tr("Imports"))
        self.resize(900, 420)

        headers = [self.tr("No."), self.tr("When"), self.tr("By"), self.tr("File"),
                   self.tr("Kind"), self.tr("Added"), self.tr("Updated"), self.tr("Rejected"),
                   self.tr("Status")]  # fmt: skip
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("importHistory")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.revert_button = QPushButton(self.tr("&Revert…"), self)
        self.revert_button.clicked.connect(self.revert_selected)
        self.cancel_button = QPushButton(self.tr("&Stop"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.may_revert = self.actor.is_manager and allowed(self.actor, Permission.IMPORT)
        if not self.may_revert:
            self.status.setText(self.tr("Only a manager can revert an import."))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.revert_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        row.addStretch()  # the buttons keep their size while the progress bar is hidden
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.imports = list_imports(self.db)
        self.table.setRowCount(len(self.imports))
        for index, item in enumerate(self.imports):
            cells = [str(item.id), item.at.strftime("%Y-%m-%d %H:%M"), item.user, item.file_name,
                     kind_name(item.kind), str(item.rows_created),
                     str(item.rows_updated), str(item.rows_rejected),
                     status_name(item.status)]  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in NUMBER_COLUMNS:
                    cell.setTextAlignment(RIGHT)
                self.table.setItem(index, column, cell)
        self.table.resizeColumnsToContents()
        if self.imports and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> ImportInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.imports[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        item = self.selected()
        busy = self.task is not None
        revertible = item is not None and item.revertible
        self.revert_button.setEnabled(self.may_revert and revertible and not busy)
        self.cancel_button.setEnabled(busy)

    @Slot()
    def revert_selected(self) -> None:
        item = self.selected()
        if item is None or self.task is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revert import"),
            self.tr("Revert import {id} ({file})? The records it added are removed and the "
                    "fields it changed get their old values back; records changed since are "
                    "kept.").format(id=item.id, file=item.file_name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, batch_id = self.db, self.actor, item.id

        def work(control: TaskControl) -> RevertResult:
            # Kept on the dialog too: Stop pressed after the last step still reports
            # "cancelled", yet the revert was committed and must be shown as done.
            self.last_result = revert_import(db, actor, batch_id, progress=control.report)
            return self.last_result

        self.last_result = None
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Reverting import {id}…").format(id=batch_id))
        task = self.task = Task(work, self)
        task.progressed.connect(self._on_progress)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        task.finished.connect(self._on_finished)
        task.start()
        self._update_buttons()

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)

    @Slot(object)
    def _on_succeeded(self, result: RevertResult) -> None:
        self.last_result = result
        lines = [result.summary.text()]
        for kept in result.kept[:SHOWN_KEPT]:
            line = self.tr("Row {row}: {reason}")
            lines.append(line.format(row=kept.row, reason=kept.reason.text()))
        if len(result.kept) > SHOWN_KEPT:
            lines.append(self.tr("… and {count} more.").format(count=len(result.kept) - SHOWN_KEPT))
        self.status.setText("\n".join(lines))

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        detail = error_text(error)
        self.status.setText(self.tr("The import was not reverted: {error}").format(error=detail))

    @Slot()
    def _on_cancelled(self) -> None:
        if self.last_result is not None:
            self._on_succeeded(self.last_result)
            return
        self.status.setText(self.tr("Stopped; the import was left as it was."))

    @Slot()
    def _on_finished(self) -> None:
        self.task = None
        self.progress.hide()
        self.refresh()
