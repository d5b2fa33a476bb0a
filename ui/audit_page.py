"""The managers' audit view: the whole trail, filtered by period, user, record type and
action, read a page at a time from the database, exportable to Excel (off the GUI thread).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.i18n import current_language
from showroom.services import audit_log
from showroom.services.audit_log import AuditFilter
from showroom.services.context import Actor
from showroom.sheets.audit_log import AuditLogSheet
from showroom.sheets.export import export

from .history_dialog import AuditTableModel, audit_table
from .operations import error_text
from .workers import Task

PAGE_SIZE = 200


class AuditDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.db = db
        self.actor = actor
        self.filter = AuditFilter()
        self.loaded_all = False
        self.export_task: Task | None = None

        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30), self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.until = QDateEdit(today, self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.user = QComboBox(self)
        self.user.addItem(self.tr("Everyone"), None)
        for user_id, name in audit_log.audit_users(db, actor):
            self.user.addItem(name, user_id)
        self.entity = QComboBox(self)
        self.entity.addItem(self.tr("All records"), None)
        for entity in audit_log.audit_entities(db, actor):
            self.entity.addItem(entity, entity)
        self.record_id = QLineEdit(self)
        self.record_id.setPlaceholderText(self.tr("record no."))
        self.record_id.setMaximumWidth(90)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("All actions"), None)
        for text, code in audit_log.ACTIONS.choices():
            self.action.addItem(text, code)
        search = QPushButton(self.tr("Show"), self)
        search.setDefault(True)
        search.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.clicked.connect(self.on_export)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("From"), self.since),
            (self.tr("to"), self.until),
            (self.tr("User"), self.user),
            (self.tr("Record"), self.entity),
            ("#", self.record_id),
            (self.tr("Action"), self.action),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(search)
        filters.addStretch(1)
        filters.addWidget(self.export_button)

        self.model = AuditTableModel(parent=self)
        self.view = audit_table(self.model, self)
        self.view.verticalScrollBar().valueChanged.connect(self.on_scrolled)
        self.count_label = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.resize(1100, 640)
        self.reload()

    def current_filter(self) -> AuditFilter:
        text = self.record_id.text().strip()
        action = self.action.currentData()
        return AuditFilter(
            since=self.since.date().toPython(),  # type: ignore[arg-type]
            until=self.until.date().toPython(),  # type: ignore[arg-type]
            user_id=self.user.currentData(),
            entity=self.entity.currentData(),
            entity_id=int(text) if text.isdigit() else None,
            actions=(action,) if action else (),
        )

    @Slot()
    def reload(self) -> None:
        self.filter = self.current_filter()
        rows = audit_log.search_audit(self.db, self.actor, self.filter, limit=PAGE_SIZE)
        self.loaded_all = len(rows) < PAGE_SIZE
        self.model.set_rows(rows)
        total = audit_log.count_audit(self.db, self.actor, self.filter)
        self.count_label.setText(self.tr("{count} entries").format(count=total))

    @Slot(int)
    def on_scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if not self.loaded_all and value >= bar.maximum() - 5:
            self.load_more()

    def load_more(self) -> None:
        rows = audit_log.search_audit(
            self.db, self.actor, self.filter, limit=PAGE_SIZE, offset=len(self.model.rows)
        )
        self.loaded_all = len(rows) < PAGE_SIZE
        self.model.append_rows(rows)

    @Slot()
    def on_export(self) -> None:
        sheet = AuditLogSheet(self.filter)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), sheet.file_name("xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return
        db, actor, lang = self.db, self.actor, current_language()
        task = Task(
            lambda control: export(db, actor, sheet, "xlsx", path, control.report, lang=lang).rows,
            self,
        )
        task.succeeded.connect(self.on_exported)
        task.failed.connect(self.on_export_failed)
        self.export_button.setEnabled(False)
        self.export_task = task
        task.start()

    @Slot(object)
    def on_exported(self, rows: object) -> None:
        self.export_button.setEnabled(True)
        QMessageBox.information(
            self, self.windowTitle(), self.tr("{count} entries exported.").format(count=rows)
        )

    @Slot(object)
    def on_export_failed(self, error: object) -> None:
        self.export_button.setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
