"""The import wizard: pick the file and sheet, map its columns, preview, run, report.

The work is :mod:`showroom.importers`; these pages only collect the choices (file, kind,
sheet, duplicate policy, mapping) and show what the core says. The run page is in
``ui.import_run``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from showroom.db import Database
from showroom.importers import (
    KINDS,
    POLICIES,
    ImportFileError,
    ImportOptions,
    Layout,
    check_mapping,
    fields_of,
    inspect_file,
    remembered_mapping,
    write_template,
)
from showroom.importers import messages as import_messages
from showroom.palette import ALERT_TEXT
from showroom.services.context import Actor

from .import_run import PreviewPage, RunPage


def file_filter() -> str:
    return QCoreApplication.translate(
        "ImportWizard", "Excel or CSV files (*.xlsx *.xlsm *.csv *.txt)"
    )


class ImportWizard(QWizard):
    """Holds the choices every page reads: ``kind``, ``path``, ``layout``, ``mapping``."""

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, kind: str = "customers"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.db = db
        self.actor = actor
        self.layout_: Layout | None = None
        self.mapping: dict[int, str] = {}
        self.setWindowTitle(self.tr("Import records"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self, kind)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page):
            self.addPage(page)
        self.resize(860, 560)

    @property
    def kind(self) -> str:
        return self.file_page.kind

    @property
    def path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip())

    def options(self) -> ImportOptions:
        assert self.layout_ is not None
        return ImportOptions(
            self.kind,
            policy=self.file_page.policy,
            sheet=self.layout_.sheet,
            header_row=self.layout_.header_row,
            mapping=dict(self.mapping),
        )

    def reject(self) -> None:
        # Closing while an import runs stops it after its current batch (saved and
        # recorded); the dialog waits for that instead of leaving a thread behind.
        if self.run_page.running:
            self.run_page.cancel()
            return
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, kind: str) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "Excel workbooks and CSV files are read as the store keeps them: title rows "
                "above the table are skipped and the columns are recognised by their names."
            )
        )
        self.kind_combo = QComboBox(self)
        for code in KINDS:
            self.kind_combo.addItem(import_messages.KIND_NAMES[code].text(), code)
        self.kind_combo.setCurrentIndex(max(0, KINDS.index(kind) if kind in KINDS else 0))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        template = QPushButton(self.tr("Save a template…"), self)
        template.setToolTip(self.tr("A workbook with the columns this kind of import expects"))
        template.clicked.connect(self.save_template)
        self.sheet_combo = QComboBox(self)
        self.policy_combo = QComboBox(self)
        for code in POLICIES:
            self.policy_combo.addItem(import_messages.POLICY_NAMES[code].text(), code)
        self.policy_combo.setToolTip(
            self.tr(
                "What to do with a record that is already in the database (same mobile, "
                "resident ID, plate or VIN)"
            )
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("importFileError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ALERT_TEXT};")

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Records:"), self.kind_combo)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)  # a row holding a layout gets no buddy of itself
        form.addRow(file_label, path_row)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Already in the database:"), self.policy_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.path_edit.textChanged.connect(self._on_path_changed)
        self.kind_combo.currentIndexChanged.connect(self._inspect)
        self.sheet_combo.activated.connect(self._inspect)

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    @property
    def policy(self) -> str:
        return str(self.policy_combo.currentData())

    @Slot()
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "", file_filter())
        if path:
            self.path_edit.setText(path)

    @Slot()
    def save_template(self) -> None:
        name = f"{import_messages.KIND_NAMES[self.kind].text()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), name, "*.xlsx")
        if not path:
            return
        try:
            write_template(self.kind, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Template"), str(exc))

    @Slot()
    def _on_path_changed(self) -> None:
        self.sheet_combo.clear()
        self._inspect()

    @Slot()
    def _inspect(self) -> None:
        wizard = self.wizard_
        wizard.layout_ = None
        self.error_label.clear()
        path = wizard.path
        if path.is_file():
            sheet = self.sheet_combo.currentText() or None
            try:
                layout = inspect_file(path, self.kind, sheet)
            except ImportFileError as exc:
                self.error_label.setText(exc.msg.text())
            else:
                wizard.layout_ = layout
                remembered = remembered_mapping(wizard.db, self.kind, layout.headers)
                wizard.mapping = dict(remembered or layout.mapping)
                if self.sheet_combo.count() != len(layout.sheets):
                    self.sheet_combo.blockSignals(True)
                    self.sheet_combo.clear()
                    self.sheet_combo.addItems(layout.sheets)
                    self.sheet_combo.setCurrentText(layout.sheet)
                    self.sheet_combo.blockSignals(False)
        elif path.name:
            self.error_label.setText(self.tr("There is no file at this place."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.layout_ is not None


class MappingPage(QWizardPage):
    """One row per column of the file: its header, the field it fills, a sample value."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Each column of the file fills the field chosen beside it. Columns set to "
                    "“not imported” are left out.")
        )  # fmt: skip
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Field"), self.tr("First value")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.header_label = QLabel(self)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("importMappingProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {ALERT_TEXT};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_label)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        wizard = self.wizard_
        layout = wizard.layout_
        assert layout is not None
        self.header_label.setText(
            self.tr("Sheet “{sheet}”, column names in row {row}.").format(
                sheet=layout.sheet, row=layout.header_row
            )
        )
        samples = first_values(wizard.path, layout)
        fields = fields_of(wizard.kind)
        self.table.setRowCount(len(layout.headers))
        self.combos = []
        for column, header in enumerate(layout.headers):
            self.table.setItem(column, 0, QTableWidgetItem(header))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— not imported —"), "")
            for spec in fields:
                combo.addItem(spec.label.text(), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(wizard.mapping.get(column, ""))))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.table.setCellWidget(column, 1, combo)
            self.combos.append(combo)
            sample = samples[column] if column < len(samples) else ""
            self.table.setItem(column, 2, QTableWidgetItem(sample))
        self._on_mapping_changed()

    def set_field(self, column: int, key: str) -> None:
        """Maps ``column`` to the field ``key`` ("" for not imported)."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(key))

    @Slot()
    def _on_mapping_changed(self) -> None:
        mapping: dict[int, str] = {}
        used: set[str] = set()
        duplicate = ""
        for column, combo in enumerate(self.combos):
            key = str(combo.currentData() or "")
            if not key:
                continue
            if key in used:
                duplicate = combo.currentText()
            used.add(key)
            mapping[column] = key
        self.wizard_.mapping = mapping
        problem = ""
        if duplicate:
            problem = self.tr("“{field}” is chosen for two columns.").format(field=duplicate)
        else:
            try:
                check_mapping(self.wizard_.kind, mapping)
            except ImportFileError as exc:
                problem = exc.msg.text()
        self.problem_label.setText(problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problem_label.text()


def first_values(path: Path, layout: Layout) -> list[str]:
    """The first non-empty value under each header (a hint for the mapping)."""
    from showroom.importers.reading import open_rows
    from showroom.importers.values import cell_text

    found = [""] * len(layout.headers)
    with open_rows(path, layout.sheet) as opened:
        for row in opened.head[layout.header_row :]:
            for column in range(len(found)):
                if not found[column] and column < len(row):
                    found[column] = cell_text(row[column])
    return found
