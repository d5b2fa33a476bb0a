"""Settings tab: the prospect levels — names in both languages, horizon, follow-up interval,
and whether follow-ups skip weekends. Saved all together; only administrators may save."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom.services.level_rules import (
    LevelEdit,
    LevelInfo,
    list_levels,
    save_levels,
    skip_weekends,
)
from showroom.services.permissions import Permission, PermissionDenied, allowed
from showroom.validation import ValidationFailed

from .pages import PageContext
from .visit_widgets import ERROR_COLOUR

COL_CODE, COL_ZH, COL_EN, COL_HORIZON, COL_EVERY = range(5)


class LevelRulesTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = context.db, context.actor
        self.levels: list[LevelInfo] = []
        self.table = QTableWidget(self)
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name (中文)"), self.tr("Name (English)"),
             self.tr("Orders within (days)"), self.tr("Follow up every (days)")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.weekends = QCheckBox(self.tr("Follow-ups falling on a weekend move to Monday"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        editable = allowed(self.actor, Permission.SETTINGS_MANAGE)
        self.save_button.setEnabled(editable)
        self.weekends.setEnabled(editable)
        if not editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        note = QLabel(
            self.tr("O (ordered) and F (lost) close a prospect: they have no follow-up interval."),
            self,
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.weekends)
        layout.addLayout(buttons)
        self.reload()

    def _spin(self, value: int | None, enabled: bool) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 366)
        spin.setSpecialValueText("—")
        spin.setValue(value or 0)
        spin.setEnabled(enabled and allowed(self.actor, Permission.SETTINGS_MANAGE))
        return spin

    def reload(self) -> None:
        self.levels = list_levels(self.db)
        self.table.setRowCount(len(self.levels))
        for row, level in enumerate(self.levels):
            code = QTableWidgetItem(level.code)
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, COL_CODE, code)
            self.table.setItem(row, COL_ZH, QTableWidgetItem(level.name_zh))
            self.table.setItem(row, COL_EN, QTableWidgetItem(level.name_en))
            self.table.setCellWidget(
                row, COL_HORIZON, self._spin(level.horizon_days, level.is_open)
            )
            self.table.setCellWidget(row, COL_EVERY, self._spin(level.followup_days, level.is_open))
        self.table.resizeColumnsToContents()
        self.weekends.setChecked(skip_weekends(self.db))

    def edits(self) -> list[LevelEdit]:
        result = []
        for row, level in enumerate(self.levels):
            horizon = self.table.cellWidget(row, COL_HORIZON)
            every = self.table.cellWidget(row, COL_EVERY)
            assert isinstance(horizon, QSpinBox) and isinstance(every, QSpinBox)
            result.append(
                LevelEdit(
                    code=level.code,
                    name_zh=self.table.item(row, COL_ZH).text(),
                    name_en=self.table.item(row, COL_EN).text(),
                    horizon_days=horizon.value() or None,
                    followup_days=every.value() or None,
                )
            )
        return result

    @Slot()
    def save(self) -> None:
        try:
            save_levels(self.db, self.actor, self.edits(), skip_weekends=self.weekends.isChecked())
        except ValidationFailed as failed:
            self._say("\n".join(m.text() for m in failed.errors.values()), error=True)
            return
        except PermissionDenied as denied:
            self._say(str(denied), error=True)
            return
        self.reload()
        self._say(self.tr("Saved."), error=False)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.setText(text)
