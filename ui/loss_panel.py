"""Loss analysis (战败分析) for a period: by reason, by competitor, by consultant."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.db.changes import kinds
from showroom.models import Loss, Prospect, User
from showroom.services.context import Actor
from showroom.services.losses import LossAnalysis, LossCount, loss_analysis

from .funnel_panel import percent
from .operations import hub_for
from .period_bar import PeriodBar
from .prospect_card import read_only_table


class LossPanel(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.period = PeriodBar(db, actor, reports=False, parent=self)
        self.total = QLabel(self)
        self.by_reason = read_only_table(self)
        self.by_competitor = read_only_table(self)
        self.by_consultant = read_only_table(self)
        self.result: LossAnalysis | None = None
        grid = QGridLayout()
        for column, (title, table) in enumerate(
            (
                (self.tr("By reason"), self.by_reason),
                (self.tr("By competitor"), self.by_competitor),
                (self.tr("By consultant"), self.by_consultant),
            )
        ):
            heading = QLabel(title, self)
            heading.setStyleSheet("font-weight: bold;")
            grid.addWidget(heading, 0, column)
            grid.addWidget(table, 1, column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addWidget(self.total)
        layout.addLayout(grid, 1)
        self.period.changed.connect(self.refresh)
        hub_for(db).watch(self, kinds(Loss, Prospect, User), self.refresh)
        self.refresh()

    def _fill(self, table: QTableWidget, first: str, counts: list[LossCount]) -> None:
        table.clear()
        table.setColumnCount(3)
        table.setRowCount(len(counts))
        table.setHorizontalHeaderLabels([first, self.tr("Losses"), self.tr("Share")])

        for row, count in enumerate(counts):
            for column, text in enumerate((count.name, f"{count.count:,}", percent(count.share))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    @Slot()
    def refresh(self) -> None:
        start, end = self.period.period()
        result = self.result = loss_analysis(
            self.db, self.actor, start, end, consultant_id=self.period.consultant_id()
        )
        self.total.setText(
            self.tr("{total} losses; reason confirmed by the manager: {rate}").format(
                total=result.total, rate=percent(result.clarity_rate)
            )
        )
        self._fill(self.by_reason, self.tr("Reason"), result.by_reason)
        self._fill(self.by_competitor, self.tr("Competitor"), result.by_competitor)
        self._fill(self.by_consultant, self.tr("Consultant"), result.by_consultant)
