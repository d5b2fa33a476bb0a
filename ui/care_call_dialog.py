"""One care call: the filled script on the left, the outcome form on the right.

Opened from any row of the service lists (a scheduled call, a vehicle due, a renewal, a
birthday). Keyboard first: the outcome list has the focus, Tab walks the form, Ctrl+Enter
saves. Bad input is shown at the field; nothing is saved until everything is right.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from showroom import labels
from showroom.db import Database
from showroom.models import CallOutcome
from showroom.palette import ALERT_TEXT
from showroom.rules.classes import mark_badges
from showroom.services.care_calls import (
    CallContext,
    CallResult,
    CallTarget,
    call_context,
    record_outcome,
)
from showroom.services.context import Actor
from showroom.validation import ValidationFailed

from . import typed_combo
from .prospect_forms import date_edit
from .visit_widgets import FieldBox

ERROR_STYLE = f"color: {ALERT_TEXT};"


class CareCallDialog(QDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        target: CallTarget,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.target = db, actor, target
        self.today = today or dt.date.today()
        self.saved_call_id: int | None = None
        self.context: CallContext = call_context(db, actor, target, today=self.today)
        self.setWindowTitle(self.tr("Care call — {name}").format(name=self.context.customer))
        self._errors: dict[str, QLabel] = {}
        self._build()
        self.outcome.setFocus()

    # ------------------------------------------------------------------------- layout

    def _build(self) -> None:
        ctx = self.context
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        facts = [ctx.customer, ctx.phone or "", ctx.plate or "", ctx.model or ""]
        badges = mark_badges(ctx.marks)
        head = QLabel(" · ".join(f for f in facts if f) + (f"  {badges}" if badges else ""))
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.setStyleSheet("font-size: 15px; font-weight: bold;")
        left.addWidget(head)
        if ctx.km_now is not None:
            left.addWidget(
                QLabel(self.tr("About {km} km now (estimated)").format(km=f"{ctx.km_now:,}"))
            )
        left.addWidget(QLabel(ctx.script_title or self.tr("Script")))
        self.script = QTextBrowser()
        self.script.setPlainText(ctx.script or self.tr("No script for this kind of call."))
        self.script.setMinimumWidth(360)
        left.addWidget(self.script, 1)
        root.addLayout(left, 1)

        form = QFormLayout()
        self.outcome = QComboBox()
        for text, value in labels.CALL_OUTCOME.choices():
            self.outcome.addItem(text, value)
        typed_combo.install(self.outcome)
        self.outcome.currentIndexChanged.connect(self._on_outcome)
        form.addRow(self.tr("&Outcome"), self._with_error("outcome", self.outcome))
        # One date format everywhere (ISO, as the sheets print it), not the locale's 2026/12/7.
        self.booked_for = date_edit(self.today + dt.timedelta(days=3), self)
        form.addRow(self.tr("&Booked for"), self._with_error("booked_for", self.booked_for))
        self.retry_on = date_edit(self.today + dt.timedelta(days=1), self)
        form.addRow(self.tr("&Try again on"), self._with_error("retry_on", self.retry_on))
        self.mileage = QLineEdit()
        self.mileage.setPlaceholderText(self.tr("km the customer told, optional"))
        self.mileage.setMaxLength(8)
        form.addRow(self.tr("&Mileage told"), self._with_error("mileage_told", self.mileage))
        self.satisfied = QCheckBox(self.tr("&Satisfied"))
        self.buy_again = QCheckBox(self.tr("Will buy &again"))
        self.recommend = QCheckBox(self.tr("Will &recommend"))
        scale = QHBoxLayout()
        for box in (self.satisfied, self.buy_again, self.recommend):
            scale.addWidget(box)
        scale_box = QWidget()
        scale_box.setLayout(scale)
        scale.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Satisfaction"), scale_box)
        self.next_step = QLineEdit()
        self.next_step.setMaxLength(200)
        form.addRow(self.tr("&Next step"), self._with_error("next_step", self.next_step))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        form.addRow(self.tr("Not&es"), self.notes)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        form.addRow(self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form.addRow(buttons)
        right = QWidget()
        right.setLayout(form)
        root.addWidget(right)
        self._on_outcome()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter saves from any field (plain Enter stays with the field it is in).
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        # The shared box: its label's Alt+letter reaches the field inside it.
        box = FieldBox(widget)
        self._errors[field] = box.error_label
        return box

    def _on_outcome(self) -> None:
        outcome = self.outcome.currentData()
        reached = outcome in (CallOutcome.REACHED, CallOutcome.BOOKED, CallOutcome.DECLINED)
        self.booked_for.setEnabled(outcome == CallOutcome.BOOKED)
        self.retry_on.setEnabled(outcome == CallOutcome.NO_ANSWER)
        for widget in (self.mileage, self.satisfied, self.buy_again, self.recommend):
            widget.setEnabled(
                reached and (widget is not self.mileage or self.target.vehicle_id is not None)
            )

    # ------------------------------------------------------------------------ saving

    def result_values(self) -> CallResult | None:
        """The form as a :class:`CallResult`, or ``None`` with the mileage marked bad."""
        outcome = CallOutcome(self.outcome.currentData())
        reached = self.satisfied.isEnabled()
        km_text = self.mileage.text().strip().replace(",", "").replace("，", "")
        mileage = None
        if km_text and self.mileage.isEnabled():
            if not km_text.isdigit():
                self._show({"mileage_told": self.tr("Enter the mileage in whole kilometres.")})
                return None
            mileage = int(km_text)
        return CallResult(
            outcome=outcome,
            booked_for=self.booked_for.date().toPython() if outcome == CallOutcome.BOOKED else None,
            retry_on=self.retry_on.date().toPython() if outcome == CallOutcome.NO_ANSWER else None,
            mileage_told=mileage,
            satisfied=self.satisfied.isChecked() if reached else None,
            will_buy_again=self.buy_again.isChecked() if reached else None,
            will_recommend=self.recommend.isChecked() if reached else None,
            next_step=self.next_step.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self._show({})
        values = self.result_values()
        if values is None:
            return
        try:
            self.saved_call_id = record_outcome(self.db, self.actor, self.target, values)
        except ValidationFailed as failed:
            self._show({name: msg.text() for name, msg in failed.errors.items()})
            return
        self.accept()

    def _show(self, errors: dict[str, str]) -> None:
        leftover = []
        for field, label in self._errors.items():
            text = errors.get(field, "")
            label.setText(text)
            label.setVisible(bool(text))
        leftover = [text for field, text in errors.items() if field not in self._errors]
        self.general_error.setText("\n".join(leftover))
