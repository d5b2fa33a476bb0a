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

from showroom.errors import error_text
from showroom.exports import RowStyle
from showroom.exports.columns import Progress
from showroom.i18n import current_language
from showroom.reports import daily_report, monthly_report
from showroom.services.permissions import Permission, PermissionDenied, allowed
from showroom.sheets import daily_report as daily_sheet
from showroom.sheets import monthly_report as monthly_sheet

from .pages import PageContext
from .pdf_pages import PdfPreviewDialog
from .report_table import ReportTableModel
from .workers import Task, TaskControl

DAILY, MONTHLY = "daily", "monthly"


class ReportsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.last_file: Path | None = None
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
        lang = current_language()
        try:
            if self.report_kind == DAILY:
                report = daily_report(self.context.db, self.context.actor, self.day)
                spec = daily_sheet.daily_spec(report, lang)
                self.model.set_sheet(spec, daily_sheet.daily_rows(report, lang))
                targets = daily_sheet.targets_spec(report, lang)
                self.targets_model.set_sheet(targets, daily_sheet.target_rows(report, lang))
            else:
                month = monthly_report(self.context.db, self.context.actor, self.day)
                spec = monthly_sheet.monthly_spec(month)
                rows = [*monthly_sheet.monthly_rows(month), monthly_sheet.monthly_total(month)]
                rows[-1] = {**rows[-1], "_style": RowStyle.TOTAL}
                self.model.set_sheet(spec, rows)
                targets = monthly_sheet.month_targets_spec(month)
                self.targets_model.set_sheet(targets, monthly_sheet.month_target_rows(month))
        except PermissionDenied as exc:
            self.status.setText(exc.msg.text())
            return
        self.title.setText(f"{spec.title.text(lang)}  {spec.subtitle or ''}")
        self.targets_title.setText(f"{targets.title.text(lang)}  {targets.subtitle or ''}")

    # ------------------------------------------------------------------ files

    def _writer(self) -> Callable[[Path | None, Path | None, Progress | None, bool], None]:
        """What writes the report shown, with the page's choices read now, on the GUI
        thread: the work runs on a worker thread, which must not touch the widgets."""
        db, actor, day = self.context.db, self.context.actor, self.day
        daily = self.report_kind == DAILY
        lang = current_language()

        def write(
            pdf: Path | None, xlsx: Path | None, progress: Progress | None, audit: bool
        ) -> None:
            if not audit:  # a preview is not a printout: it is audited when printed
                assert pdf is not None
                printout = daily_sheet.printout_for(db, actor, lang)
                if daily:
                    daily_sheet.write_daily_pdf(pdf, daily_report(db, actor, day), printout)
                else:
                    monthly_sheet.write_monthly_pdf(pdf, monthly_report(db, actor, day), printout)
            elif daily:
                daily_sheet.export_daily_report(
                    db, actor, day, pdf=pdf, xlsx=xlsx, lang=lang, progress=progress
                )
            else:
                monthly_sheet.export_monthly_report(
                    db, actor, day, pdf=pdf, xlsx=xlsx, lang=lang, progress=progress
                )

        return write

    def _ask_and_export(self, fmt: str) -> None:
        stem = f"{self.report_kind}-{self.day:%Y%m%d}"
        if fmt == "xlsx":
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), f"{stem}.xlsx", self.tr("Excel workbook (*.xlsx)")
            )
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), f"{stem}.pdf", self.tr("PDF document (*.pdf)")
            )
        if name:
            self.export_to(Path(name), fmt)

    def export_to(self, path: Path, fmt: str) -> Task:
        """Writes the report shown to ``path`` (``fmt`` "pdf" or "xlsx") in the background."""

        write = self._writer()

        def work(control: TaskControl) -> Path:
            pdf, xlsx = (path, None) if fmt == "pdf" else (None, path)
            write(pdf, xlsx, control.report, True)
            return path

        return self._start(work, self._exported)

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

    def _exported(self, path: Path) -> None:
        self.last_file = path
        self.status.setText(self.tr("Saved to {path}").format(path=str(path)))

    def _failed(self, error: BaseException) -> None:
        text = error_text(error)
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("Reports"), text)

    # ------------------------------------------------------------------ preview, print

    def preview(self) -> Task:
        """Makes the PDF in the background, then shows it page by page before printing."""
        path = Path(self._preview_dir.name) / f"{self.report_kind}-{self.day:%Y%m%d}.pdf"

        write = self._writer()

        def work(control: TaskControl) -> Path:
            write(path, None, control.report, False)
            return path

        return self._start(work, self.show_preview)

    def show_preview(self, path: Path) -> PdfPreviewDialog:
        self.last_file = path
        dialog = PdfPreviewDialog(path, self.title.text(), self)
        dialog.accepted.connect(lambda: self._printed(dialog))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _printed(self, dialog: PdfPreviewDialog) -> None:
        entity = "daily_report" if self.report_kind == DAILY else "monthly_report"
        daily_sheet.audit_outputs(
            self.context.db, self.context.actor, entity, [("printer", dialog.path)],
            day=self.day, pages=dialog.printed_pages,
        )  # fmt: skip
        self.status.setText(self.tr("Sent {pages} page(s) to the printer.").format(
            pages=dialog.printed_pages
        ))  # fmt: skip
