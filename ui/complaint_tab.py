"""Complaints on the service page: open ones red until closed, the promise clock shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom import labels, palette
from showroom.db.changes import kinds
from showroom.models import Complaint, Customer, User
from showroom.services import complaints as svc
from showroom.services.permissions import Permission, PermissionDenied, allowed
from showroom.validation import ValidationFailed

from .pages import PageContext
from .table_style import brush

_Index = QModelIndex | QPersistentModelIndex


def _time(value: dt.datetime | None) -> str:
    return value.strftime("%m-%d %H:%M") if value else ""


class ComplaintModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[svc.ComplaintRow] = []
        self.headers = [
            self.tr("Received"),
            self.tr("Customer"),
            self.tr("Plate"),
            self.tr("Complaint"),
            self.tr("Status"),
            self.tr("Handled by"),
            self.tr("GM told"),
            self.tr("Answered"),
            self.tr("Clock"),
        ]

    def set_rows(self, rows: list[svc.ComplaintRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            explain = r.clock.explain()
            due = self.tr("answer by {time}").format(time=_time(r.clock.answer_due))
            values = [
                _time(r.received_at),
                r.customer or "",
                r.plate or "",
                r.content,
                labels.COMPLAINT_STATUS.text(r.status),
                r.assignee or "",
                _time(r.gm_notified_at),
                _time(r.answered_at),
                explain.text() if explain else (due if r.is_open and not r.answered_at else ""),
            ]
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and r.is_open:
            return brush(palette.OVERDUE_FILL if r.clock.overdue else palette.WARNING_FILL)
        return None


class ComplaintsTab(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.db, self.actor = context.db, context.actor
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.view = QComboBox()
        for view, text in (
            (svc.ComplaintView.OPEN, self.tr("Open")),
            (svc.ComplaintView.OVERDUE, self.tr("Overdue")),
            (svc.ComplaintView.ALL, self.tr("All")),
        ):
            self.view.addItem(text, str(view))
        self.view.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.view)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Customer, plate or text"))
        self.search.returnPressed.connect(self.reload)
        context.hub.watch(self, kinds(Complaint, Customer, User), self.reload)
        bar.addWidget(self.search, 1)
        self.count = QLabel()
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.model = ComplaintModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        can_take = allowed(self.actor, Permission.CUSTOMERS_EDIT)
        can_edit = allowed(self.actor, Permission.AFTERSALES_EDIT)
        self.new_button = self._button(actions, self.tr("&New complaint…"), self.new, can_take)
        self.escalate_button = self._button(actions, self.tr("GM &told"), self.escalate, can_edit)
        self.answer_button = self._button(actions, self.tr("&Answer…"), self.answer, can_edit)
        self.close_button = self._button(actions, self.tr("C&lose…"), self.close_selected, can_edit)
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {palette.ALERT_TEXT};")
        actions.addWidget(self.message, 1)
        layout.addLayout(actions)

    def _button(self, layout: QHBoxLayout, text: str, slot: Any, enabled: bool) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setEnabled(enabled)
        layout.addWidget(button)
        return button

    @Slot()
    def reload(self) -> None:
        view = svc.ComplaintView(self.view.currentData())
        rows, total = svc.complaints(self.db, self.actor, view, text=self.search.text())
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.clock.overdue)
        self.count.setText(
            self.tr("{count} complaints, {overdue} overdue").format(count=total, overdue=overdue)
        )
        self.table.resizeColumnsToContents()

    def selected(self) -> svc.ComplaintRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _run(self, action: Any) -> bool:
        self.message.clear()
        try:
            action()
        except ValidationFailed as failed:
            self.message.setText(" ".join(m.text() for m in failed.errors.values()))
            return False
        except PermissionDenied as denied:
            self.message.setText(denied.msg.text())
            return False
        self.reload()
        return True

    @Slot()
    def new(self) -> None:
        from .complaint_dialog import ComplaintDialog

        if ComplaintDialog(self.db, self.actor, parent=self).exec():
            self.reload()

    @Slot()
    def escalate(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: svc.escalate(self.db, self.actor, row.id))

    @Slot()
    def answer(self) -> None:
        row = self.selected()
        if row is None:
            return
        from .complaint_dialog import ask_text

        text = ask_text(self, self.tr("Answer"), self.tr("What was the customer told?"))
        if text is not None:
            self._run(lambda: svc.answer(self.db, self.actor, row.id, text))

    @Slot()
    def close_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        from .complaint_dialog import ask_text

        text = ask_text(self, self.tr("Close"), self.tr("How was it resolved?"))
        if text is not None:
            self._run(lambda: svc.close(self.db, self.actor, row.id, text))
