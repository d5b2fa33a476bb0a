"""Settings → Sales targets: each consultant's targets for a month (manager only).

One row per consultant, one column per target (walk-ins, new prospects, test drives,
orders, deliveries); Save writes the changed rows through
``showroom.services.targets.set_targets``, which checks the role and the values. A role
that may not set targets sees them read-only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom.services.permissions import Permission, PermissionDenied, allowed
from showroom.services.targets import MAX_TARGET, TARGET_FIELDS, Targets, get_targets, set_targets
from showroom.validation import ValidationFailed

from .pages import PageContext


class TargetsTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = allowed(context.actor, Permission.TARGETS_EDIT)
        self.targets: list[Targets] = []
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.setAccessibleName(self.tr("Month"))
        self.save_button = QPushButton(self.tr("&Save targets"))
        self.save_button.setEnabled(self.editable)
        self.status = QLabel()
        self.status.setWordWrap(True)
        headers = [
            self.tr("Consultant"),
            self.tr("Walk-ins"),
            self.tr("New prospects"),
            self.tr("Test drives"),
            self.tr("Orders"),
            self.tr("Deliveries"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if not self.editable:
            layout.addWidget(QLabel(self.tr("Only a manager may change the targets.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.month.dateChanged.connect(self.load)
        self.save_button.clicked.connect(self.save)
        self.load()

    @property
    def month_start(self) -> dt.date:
        return self.month.date().toPython().replace(day=1)  # type: ignore[no-any-return]

    def set_month(self, month: dt.date) -> None:
        self.month.setDate(QDate(month.year, month.month, 1))

    def load(self) -> None:
        try:
            self.targets = get_targets(self.context.db, self.context.actor, self.month_start)
        except PermissionDenied as exc:
            self.status.setText(exc.msg.text())
            self.targets = []
        self.table.setRowCount(len(self.targets))
        for row, target in enumerate(self.targets):
            name = QTableWidgetItem(target.consultant)
            self.table.setItem(row, 0, name)
            for column, field in enumerate(TARGET_FIELDS, 1):
                spin = QSpinBox()
                spin.setRange(0, MAX_TARGET)
                spin.setValue(getattr(target, field))
                spin.setEnabled(self.editable)
                spin.setAccessibleName(f"{target.consultant} {field}")
                self.table.setCellWidget(row, column, spin)

    def spin(self, row: int, field: str) -> QSpinBox:
        widget = self.table.cellWidget(row, TARGET_FIELDS.index(field) + 1)
        assert isinstance(widget, QSpinBox)
        return widget

    def save(self) -> int:
        """Saves the rows that changed; returns how many were saved."""
        saved = 0
        try:
            for row, target in enumerate(self.targets):
                values = {f: self.spin(row, f).value() for f in TARGET_FIELDS}
                if values != {f: getattr(target, f) for f in TARGET_FIELDS}:
                    set_targets(
                        self.context.db,
                        self.context.actor,
                        self.month_start,
                        target.consultant_id,
                        **values,
                    )
                    saved += 1
        except PermissionDenied as exc:
            self.status.setText(exc.msg.text())
        except ValidationFailed as exc:
            self.status.setText("\n".join(m.text() for m in exc.errors.values()))
        else:
            self.status.setText(self.tr("Saved the targets of {count} consultant(s).").format(
                count=saved
            ))  # fmt: skip
        self.load()
        return saved
