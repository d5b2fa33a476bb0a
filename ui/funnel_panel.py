"""The funnel for a period and a consultant: the chart and the figures under it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from showroom.db import Database
from showroom.services.context import Actor
from showroom.services.funnel import Funnel, funnel

from .funnel_chart import Bar, FunnelChart
from .period_bar import PeriodBar


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
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.period.changed.connect(self.refresh)
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
