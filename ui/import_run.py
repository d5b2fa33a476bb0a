"""The wizard's last pages: the first rows as they will be stored, then the import itself
with a progress bar, Cancel, and the report of what was not imported and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from showroom import palette
from showroom.importers import (
    ImportFileError,
    ImportResult,
    Issue,
    fields_of,
    preview,
    run_import,
)
from showroom.importers import messages as import_messages
from showroom.importers.report import outcome_of
from showroom.sheets.import_report import ImportReportSheet

from .export_bar import ExportBar
from .table_style import brush as palette_brush
from .workers import Task, TaskControl, show_progress

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

PREVIEW_ROWS = 20
#: Light red behind a row that will not be imported, light yellow behind a doubtful one.
REJECTED_BRUSH = palette_brush(palette.WARNING_FILL)
DOUBTFUL_BRUSH = palette_brush(palette.HIGHLIGHT_FILL)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Check the first rows"))
        self.setSubTitle(
            self.tr("The first rows as they will be stored. Rows in red will not be imported; "
                    "point at a row to see why.")
        )  # fmt: skip
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        wizard = self.wizard_
        self.error_label.clear()
        keys = [spec.key for spec in fields_of(wizard.kind) if spec.key in wizard.mapping.values()]
        labels = {spec.key: spec.label.text() for spec in fields_of(wizard.kind)}
        try:
            rows = preview(wizard.db, wizard.path, wizard.options(), limit=PREVIEW_ROWS)
        except ImportFileError as exc:
            rows = []
            self.error_label.setText(exc.msg.text())
        self.table.clear()
        self.table.setColumnCount(len(keys) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), *(labels[k] for k in keys)])
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            reasons = "\n".join(i.reason.text() for i in row.issues)
            brush = REJECTED_BRUSH if row.rejected else DOUBTFUL_BRUSH if row.issues else None
            cells = [str(row.number), *(row.values.get(k, "") for k in keys)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if reasons:
                    item.setToolTip(reasons)
                if brush is not None:
                    item.setBackground(brush)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()


class RunPage(QWizardPage):
    """Starts the import when shown; Cancel stops it after the batch being saved."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Import"))
        self.task: Task | None = None
        self.result: ImportResult | None = None
        self.finished_ = False
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Stop"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.report = QTableWidget(0, 5, self)
        self.report.setObjectName("importReport")
        self.report.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report.setHorizontalHeaderLabels([
            import_messages.COL_ROW.text(), import_messages.COL_COLUMN.text(),
            import_messages.COL_VALUE.text(), import_messages.COL_OUTCOME.text(),
            import_messages.COL_REASON.text(),
        ])  # fmt: skip
        self.report.verticalHeader().hide()
        self.report.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self.tr("Export the report…"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_report)
        self.export_bar = ExportBar(self)
        self.export_bar.message.connect(self.status.setText)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        footer = QHBoxLayout()
        footer.addWidget(self.export_button)
        footer.addWidget(self.export_bar)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addLayout(footer)

    @property
    def running(self) -> bool:
        return self.task is not None

    def initializePage(self) -> None:
        wizard = self.wizard_
        db, actor, path, options = wizard.db, wizard.actor, wizard.path, wizard.options()
        self.finished_ = False
        self.result = None
        self.status.setText(self.tr("Importing {file}…").format(file=path.name))
        self.progress.setRange(0, 0)

        def work(control: TaskControl) -> ImportResult:
            # Kept on the page as well: a stopped task reports "cancelled" without its
            # result, and the saved part must still be shown.
            self.result = run_import(db, actor, path, options, progress=control.report)
            return self.result

        task = self.task = Task(work, self)
        task.progressed.connect(self._on_progress)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self.cancel_button.setEnabled(True)
        task.start()

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the rows being saved…"))
            self.task.cancel()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        detail = str(error)  # a UserError's str is its message, in the user's language
        self.status.setText(self.tr("The import failed: {error}").format(error=detail))

    @Slot()
    def _on_finished(self) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        result = self.result
        if result is not None:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            text = result.summary.text()
            if result.cancelled:
                text += "\n" + import_messages.CANCELLED.text()
            self.status.setText(text)
            self.show_issues(result.issues)
            self.export_button.setEnabled(bool(result.issues))
        self.finished_ = True
        self.completeChanged.emit()

    def show_issues(self, issues: list[Issue]) -> None:
        self.report.setRowCount(len(issues))
        for index, issue in enumerate(issues):
            cells = [str(issue.row), issue.column, issue.value, outcome_of(issue).text(),
                     issue.reason.text()]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if issue.severity == "error":
                    item.setBackground(REJECTED_BRUSH)
                self.report.setItem(index, column, item)
        self.report.resizeColumnsToContents()

    @Slot()
    def export_report(self) -> None:
        if self.result is None:
            return
        suggested = f"{Path(self.result.file_name).stem}-{import_messages.REPORT_TITLE.text()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, "*.xlsx")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        result = self.result
        assert result is not None
        sheet = ImportReportSheet(tuple(result.issues), result.file_name, result.kind)
        self.export_bar.export(self.wizard_.db, self.wizard_.actor, sheet, "xlsx", path)

    def isComplete(self) -> bool:
        return self.finished_

    def isFinalPage(self) -> bool:
        return True
