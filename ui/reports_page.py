"""报表: the daily business report (or the month) on screen, previewed, printed, exported.

The manager picks a day (today by default); the table shows exactly what the printout
and the workbook will hold — the same rows from ``showroom.sheets`` — and one click
previews the A4 PDF, prints it through the system's printer dialog, or saves it as PDF
or Excel. Files are written off the GUI thread by a :class:`~ui.workers.Task`; every
printout and export is recorded in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.db.changes import kinds
from showroom.exports.columns import SheetSpec
from showroom.i18n import current_language
from showroom.models import (
    FollowUp,
    LevelChange,
    Loss,
    Order,
    Prospect,
    SalesTarget,
    TestDrive,
    User,
    Visit,
)
from showroom.reports import daily_report, monthly_report
from showroom.services.permissions import Permission, allowed
from showroom.sheets import daily_report as daily_sheet
from showroom.sheets import monthly_report as monthly_sheet
from showroom.sheets.base import Format, Sheet
from showroom.sheets.daily_report import DailyReportSheet
from showroom.sheets.export import Destination, Output, export, record_printed
from showroom.sheets.monthly_report import MonthlyReportSheet

from .operations import error_text, run_read
from .pages import PageContext
from .pdf_pages import PdfPreviewDialog
from .report_table import ReportTableModel
from .workers import Task, TaskControl

DAILY, MONTHLY = "daily", "monthly"
#: One row of a sheet as the table model takes it (column key → value).
Row = dict[str, object]


class ReportsPage(QWidget):
    #: Every figure of the report is counted from these records.
    SHOWS = kinds(Visit, Prospect, FollowUp, LevelChange, TestDrive, Order, Loss, SalesTarget, User)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.last_file: Path | None = None
        #: True while the report shown is being read again.
        self.loading = False
        self._generation = 0
        self._preview_dir = tempfile.TemporaryDirectory(prefix="showroom-preview-")

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Daily business report"), DAILY)
        self.kind.addItem(self.tr("Monthly report"), MONTHLY)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Report date"))
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.export_xlsx_button = QPushButton(self.tr("Export to Excel…"))
        self.export_pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        may_export = allowed(context.actor, Permission.EXPORT)
        for button in (self.preview_button, self.export_xlsx_button, self.export_pdf_button):
            button.setEnabled(may_export)

        bar = QHBoxLayout()
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date)
        for widget in (self.kind, date_label, self.date):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (
            self.progress,
            self.preview_button,
            self.export_xlsx_button,
            self.export_pdf_button,
        ):
            bar.addWidget(widget)

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.status = QLabel()
        self.model = ReportTableModel(self)
        self.table = self._table(self.model)
        self.targets_title = QLabel()
        self.targets_title.setStyleSheet("font-weight: bold;")
        self.targets_model = ReportTableModel(self)
        self.targets_table = self._table(self.targets_model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.targets_title)
        layout.addWidget(self.targets_table, 2)
        layout.addWidget(self.status)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.date.dateChanged.connect(self.refresh)
        self.preview_button.clicked.connect(self.preview)
        self.export_xlsx_button.clicked.connect(lambda: self._ask_and_export("xlsx"))
        self.export_pdf_button.clicked.connect(lambda: self._ask_and_export("pdf"))
        context.hub.watch(self, self.SHOWS, self.refresh)
        self.refresh()

    @staticmethod
    def _table(model: ReportTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # ------------------------------------------------------------------ showing

    @property
    def report_kind(self) -> str:
        return str(self.kind.currentData())

    @property
    def day(self) -> dt.date:
        return self.date.date().toPython()  # type: ignore[no-any-return]

    def set_day(self, day: dt.date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def _kind_changed(self) -> None:
        monthly = self.report_kind == MONTHLY
        self.date.setDisplayFormat("yyyy-MM" if monthly else "yyyy-MM-dd")
        self.refresh()

    def refresh(self) -> None:
        """Read the report off the GUI thread (a month of figures is several queries, each a
        round trip to a shared server); the newest request wins if several overlap."""
        self._generation += 1
        generation = self._generation
        db, actor, day, kind = self.context.db, self.context.actor, self.day, self.report_kind
        lang = current_language()

        def compute() -> tuple[SheetSpec, list[Row], SheetSpec, list[Row]]:
            if kind == DAILY:
                report = daily_report(db, actor, day)
                return (
                    daily_sheet.daily_spec(report, lang),
                    daily_sheet.daily_rows(report, lang),
                    daily_sheet.targets_spec(report, lang),
                    daily_sheet.target_rows(report, lang),
                )
            month = monthly_report(db, actor, day)
            rows = [*monthly_sheet.monthly_rows(month), monthly_sheet.monthly_total(month)]
            return (
                monthly_sheet.monthly_spec(month),
                rows,
                monthly_sheet.month_targets_spec(month),
                monthly_sheet.month_target_rows(month),
            )

        def show(result: tuple[SheetSpec, list[Row], SheetSpec, list[Row]]) -> None:
            if generation != self._generation:
                return  # an older request answered late: a newer one is on its way
            self.loading = False
            spec, rows, targets, target_rows = result
            self.model.set_sheet(spec, rows)
            self.targets_model.set_sheet(targets, target_rows)
            self.title.setText(f"{spec.title.text(lang)}  {spec.subtitle or ''}")
            self.targets_title.setText(f"{targets.title.text(lang)}  {targets.subtitle or ''}")
            self.status.clear()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.loading = False
                self.status.setText(error_text(error))

        self.loading = True
        run_read(self, compute, show, failed)

    # ------------------------------------------------------------------ files

    def sheet(self) -> Sheet:
        """The report shown, as the sheet the export layer writes."""
        if self.report_kind == DAILY:
            return DailyReportSheet(self.day)
        return MonthlyReportSheet(self.day)

    def _ask_and_export(self, fmt: str) -> None:
        suggested = self.sheet().file_name(fmt)
        if fmt == "xlsx":
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), suggested, self.tr("PDF document (*.pdf)")
            )
        if name:
            self.export_to(Path(name), fmt)

    def export_to(self, path: Path, fmt: str) -> Task:
        """Writes the report shown to ``path`` (``fmt`` "pdf" or "xlsx") in the background."""
        return self._start(self._work(path, fmt, Destination.FILE), self._exported)

    def _work(self, path: Path, fmt: str, destination: Destination) -> Callable[..., Output]:
        # The page's choices are read now, on the GUI thread: the work runs on a worker
        # thread, which must not touch the widgets.
        db, actor, sheet, lang = (
            self.context.db,
            self.context.actor,
            self.sheet(),
            current_language(),
        )

        def work(control: TaskControl) -> Output:
            return export(
                db, actor, sheet, fmt, path, control.report, lang=lang, destination=destination
            )

        return work

    def _start(self, work: object, done: object) -> Task:
        task = Task(work)  # type: ignore[arg-type]
        self.task = task
        self.progress.setRange(0, 0)
        self.progress.show()
        task.progressed.connect(self._progressed)
        task.succeeded.connect(done)  # type: ignore[arg-type]
        task.failed.connect(self._failed)
        task.finished.connect(self.progress.hide)
        task.start()
        return task

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)  # 0..0: busy, the total is not known
        self.progress.setValue(done)

    def _exported(self, output: Output) -> None:
        self.last_file = output.path
        self.status.setText(self.tr("Saved to {path}").format(path=str(output.path)))

    def _failed(self, error: BaseException) -> None:
        text = error_text(error)
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("Reports"), text)

    # ------------------------------------------------------------------ preview, print

    def preview(self) -> Task:
        """Makes the PDF in the background, then shows it page by page before printing."""
        path = Path(self._preview_dir.name) / self.sheet().file_name(Format.PDF)
        return self._start(self._work(path, Format.PDF, Destination.PREVIEW), self.show_preview)

    def show_preview(self, output: Output) -> PdfPreviewDialog:
        self.last_file = output.path
        dialog = PdfPreviewDialog(output.path, self.title.text(), self)
        dialog.accepted.connect(lambda: self._printed(output, dialog))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _printed(self, output: Output, dialog: PdfPreviewDialog) -> None:
        record_printed(self.context.db, self.context.actor, output, dialog.printed_pages)
        self.status.setText(self.tr("Sent {pages} page(s) to the printer.").format(
            pages=dialog.printed_pages
        ))  # fmt: skip
