"""The funnel for a period and a consultant: the chart, the figures under it, and the
Excel/PDF exports of the same funnel (``showroom.sheets.funnel``), written in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from showroom.db import Database
from showroom.db.changes import kinds
from showroom.models import Order, Prospect, TestDrive, User, Visit
from showroom.services.context import Actor
from showroom.services.funnel import Funnel, funnel
from showroom.services.permissions import Permission, allowed
from showroom.sheets.funnel import FunnelSheet

from .export_bar import ExportBar
from .funnel_chart import Bar, FunnelChart
from .operations import hub_for
from .period_bar import PeriodBar
from .workers import Task


def percent(rate: float | None) -> str:
    return f"{rate * 100:.1f}%" if rate is not None else ""


class FunnelPanel(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.period = PeriodBar(db, actor, reports=True, parent=self)
        self.chart = FunnelChart(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.result: Funnel | None = None
        self.excel_button = QPushButton(self.tr("Excel…"), self)
        self.excel_button.setToolTip(self.tr("Export the funnel to Excel"))
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("PDF…"), self)
        self.pdf_button.setToolTip(self.tr("Save the funnel as PDF"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        for button in (self.excel_button, self.pdf_button):
            button.setVisible(allowed(actor, Permission.EXPORT))
        self.status = QLabel(self)
        self.export_bar = ExportBar(self)
        self.export_bar.message.connect(self.status.setText)
        self.export_bar.busy_changed.connect(self._busy)
        exports = QHBoxLayout()
        exports.addWidget(self.status, 1)
        exports.addWidget(self.export_bar)
        exports.addWidget(self.excel_button)
        exports.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary)
        layout.addLayout(exports)
        layout.addStretch(1)
        self.period.changed.connect(self.refresh)
        hub_for(db).watch(self, kinds(Visit, Prospect, TestDrive, Order, User), self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        start, end = self.period.period()
        result = self.result = funnel(
            self.db, self.actor, start, end, consultant_id=self.period.consultant_id()
        )
        self.chart.set_bars([Bar(s.label.text(), s.count, percent(s.rate)) for s in result.stages])
        self.summary.setText(
            self.tr(
                "Walk-ins {walk_ins}, calls {calls}. From first contact to delivery: {rate}."
            ).format(
                walk_ins=result.walk_ins,
                calls=result.calls,
                rate=percent(result.overall_rate) or "—",
            )
        )

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        self.excel_button.setDisabled(busy)
        self.pdf_button.setDisabled(busy)

    def export(self, fmt: str) -> Task | None:
        """Asks where to save the funnel shown (``fmt`` "xlsx" or "pdf"), then writes it."""
        if self.result is None or self.export_bar.busy:
            return None
        stem = f"{self.tr('funnel')}-{self.result.start:%Y%m%d}-{self.result.end:%Y%m%d}"
        if fmt == "xlsx":
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the funnel to Excel"), f"{stem}.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
            )  # fmt: skip
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the funnel as PDF"), f"{stem}.pdf",
                self.tr("PDF document (*.pdf)"),
            )  # fmt: skip
        return self.export_to(Path(name), fmt) if name else None

    def export_to(self, path: Path, fmt: str) -> Task:
        """Writes the funnel shown (its period and scope) to ``path`` in the background."""
        assert self.result is not None
        result = self.result
        sheet = FunnelSheet(result.start, result.end, result.consultant_id)
        return self.export_bar.export(self.db, self.actor, sheet, fmt, path)
