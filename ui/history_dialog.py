"""A record's history (who changed what, when), usable from any record's form or card::

    from ui.history_dialog import show_history
    show_history(self, context.db, context.actor, "customers", customer_id)

The table model is shared with the managers' audit view (:mod:`ui.audit_page`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.services.audit_log import AuditRow
from showroom.services.context import Actor

_Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Rows of the audit trail: time, user, action, record, changes, workstation."""

    COLUMNS = ("time", "user", "action", "record", "changes", "workstation")

    def __init__(self, rows: Sequence[AuditRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = list(rows)
        self.headers = [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Changes"),
            self.tr("Workstation"),
        ]

    def set_rows(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[AuditRow]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "time":
                return row.at.strftime("%Y-%m-%d %H:%M:%S")
            if column == "user":
                return row.user
            if column == "action":
                return row.action_text
            if column == "record":
                return f"{row.entity} #{row.entity_id}" if row.entity_id else row.entity
            if column == "changes":
                return row.summary()
            return row.workstation
        if role == Qt.ItemDataRole.ToolTipRole and column == "changes":
            return "\n".join(row.summary().split("; "))
        return None


def audit_table(model: AuditTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(
        AuditTableModel.COLUMNS.index("changes"), QHeaderView.ResizeMode.Stretch
    )
    return view


class HistoryDialog(QDialog):
    def __init__(self, rows: Sequence[AuditRow], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(title)
        self.model = AuditTableModel(rows, self)
        self.view = audit_table(self.model, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not rows:
            layout.addWidget(QLabel(self.tr("Nothing has been recorded for this record."), self))
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 420)


def _history_title() -> str:
    return QCoreApplication.translate("HistoryDialog", "History")


def show_history(
    parent: QWidget, db: Database, actor: Actor, entity: str, entity_id: int, title: str = ""
) -> HistoryDialog | None:
    """Open the history of one record (non-modal); tells the user if they may not see it."""
    from showroom.services.audit_log import history
    from showroom.services.permissions import PermissionDenied

    try:
        rows = history(db, actor, entity, entity_id)
    except PermissionDenied as exc:
        QMessageBox.warning(parent, _history_title(), exc.msg.text())
        return None
    dialog = HistoryDialog(rows, title or _history_title(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
