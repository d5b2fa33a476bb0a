"""Settings ▸ Backups: the folder, "back up now", the list of backups, and restore.

Administrator only. A restore verifies the file first and keeps a copy of the current
database; afterwards Showroom closes, so every screen starts again from the restored data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom import backup
from showroom.services.permissions import Permission, allowed, require

from .operations import error_text
from .pages import PageContext
from .workers import Task


class BackupTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupTab")
        self.context = context
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        self.table: QTableWidget | None = None
        if not allowed(context.actor, Permission.BACKUP):
            layout.addWidget(QLabel(self.tr("Only an administrator can manage backups."), self))
            layout.addStretch(1)
            return
        if not context.db.is_sqlite:
            layout.addWidget(QLabel(_server_note(), self))
            layout.addStretch(1)
            return

        self.folder = QLineEdit(str(backup.backup_folder(context.db)), self)
        self.folder.setReadOnly(True)
        choose = QPushButton(self.tr("&Choose folder…"), self)
        choose.clicked.connect(self.on_choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Backup folder"), self))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)

        note = QLabel(
            self.tr(
                "Showroom backs up automatically on the first start of each day and before "
                "every upgrade, keeping {daily} daily and {monthly} monthly backups."
            ).format(daily=backup.KEEP_DAILY, monthly=backup.KEEP_MONTHLY),
            self,
        )
        note.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.on_backup_now)
        self.restore_button = QPushButton(self.tr("&Restore selected…"), self)
        self.restore_button.clicked.connect(self.on_restore_selected)
        restore_file = QPushButton(self.tr("Restore from &file…"), self)
        restore_file.clicked.connect(self.on_restore_file)
        self.progress = QProgressBar(self)
        self.progress.hide()
        actions = QHBoxLayout()
        for widget in (self.backup_button, self.restore_button, restore_file):
            actions.addWidget(widget)
        actions.addWidget(self.progress, 1)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        layout.addLayout(folder_row)
        layout.addWidget(note)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.backups: list[backup.BackupFile] = []
        self.refresh()

    def kind_text(self, kind: str) -> str:
        return {
            "daily": self.tr("daily"),
            "manual": self.tr("manual"),
            "before-restore": self.tr("before a restore"),
        }.get(kind, kind)

    def refresh(self) -> None:
        assert self.table is not None
        self.backups = backup.list_backups(backup.backup_folder(self.context.db))
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            size = f"{item.size / 1_048_576:.1f} MB"
            for column, text in enumerate(
                (item.taken_at.strftime("%Y-%m-%d %H:%M"), self.kind_text(item.kind), size)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _warn(self, error: object) -> None:
        QMessageBox.warning(self, self.tr("Backups"), error_text(error))

    @Slot()
    def on_choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if not folder:
            return
        try:
            require(self.context.actor, Permission.BACKUP)
            backup.set_backup_folder(self.context.db, self.context.actor, Path(folder))
        except Exception as exc:  # BackupError or PermissionDenied: both carry a message
            self._warn(exc)
            return
        self.folder.setText(folder)
        self.refresh()

    @Slot()
    def on_backup_now(self) -> None:
        require(self.context.actor, Permission.BACKUP)
        db, actor = self.context.db, self.context.actor
        task = Task(lambda control: backup.backup_now(db, actor, progress=control.report), self)
        task.progressed.connect(self.on_progress)
        task.succeeded.connect(self.on_backed_up)
        task.failed.connect(self.on_task_failed)
        self.backup_button.setEnabled(False)
        self.progress.show()
        self.task = task
        task.start()

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def on_backed_up(self, _path: object) -> None:
        self.backup_button.setEnabled(True)
        self.progress.hide()
        self.refresh()

    @Slot(object)
    def on_task_failed(self, error: object) -> None:
        self.backup_button.setEnabled(True)
        self.progress.hide()
        self._warn(error)

    @Slot()
    def on_restore_selected(self) -> None:
        assert self.table is not None
        row = self.table.currentRow()
        if 0 <= row < len(self.backups):
            self.restore_from(self.backups[row].path)

    @Slot()
    def on_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), self.folder.text(), self.tr("Showroom backup (*.db)")
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        try:
            require(self.context.actor, Permission.BACKUP)
            check = backup.verify_backup(path)
        except Exception as exc:
            self._warn(exc)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the current data by the backup {file} ({customers} customers)?\n\n"
                "The current data is kept as a backup first. Showroom closes afterwards; "
                "start it again to continue."
            ).format(file=path.name, customers=check.customers),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            backup.restore(self.context.db, self.context.actor, path)
        except Exception as exc:
            self._warn(exc)
            return
        QMessageBox.information(
            self, self.tr("Restore"), self.tr("The backup was restored. Showroom will close now.")
        )
        QApplication.quit()


def _server_note() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "BackupTab",
        "This store runs on a database server: back it up on the server "
        "(for PostgreSQL with pg_dump).",
    )
