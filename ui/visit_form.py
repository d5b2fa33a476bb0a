"""The entry form of the visitor log: keyboard first, one visitor per Enter.

The receptionist types the phone (or part of a name, a plate, pinyin initials) and the
form says at once whether this is a returning visitor: their last visits, consultant and
level, with one choice to link them. A complete mobile number of a customer on file links
by itself. Tab walks the fields in reading order, Enter (or Ctrl+S) saves, Esc cancels.
Every message appears under the field it is about; nothing is saved until every field is
right. The same form, given a :class:`VisitEdit`, corrects a row already logged.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.models import PurchaseType, Role, Sex, VisitKind
from showroom.palette import ALERT_TEXT, CONFIRM_BORDER, CONFIRM_FILL
from showroom.services.context import Actor
from showroom.services.search import CustomerHit, search_customers_as
from showroom.services.visits import (
    LoggedVisit,
    ReturningVisitor,
    VisitChoices,
    VisitEdit,
    VisitInput,
    log_visit,
    lookup_returning,
    update_visit,
)
from showroom.sheets.visits import KINDS, PURCHASE_TYPES, SEXES
from showroom.validation import ValidationFailed

from .departure import parse_departure
from .formatting import SEPARATOR, hit_summary
from .operations import LatestRead, error_text, run_write
from .prospect_forms import combo, select_data
from .visit_widgets import CandidateList, DownToList, FieldBox
from .workers import Task

#: Typing pauses this long (ms) before the lookup runs: one query per pause, not per key.
LOOKUP_DELAY_MS = 150


class VisitForm(QDialog):
    """Logs one walk-in or call, or corrects one (``editing``). ``saved`` carries the
    :class:`LoggedVisit`."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        choices: VisitChoices,
        *,
        kind: str = VisitKind.WALK_IN,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        editing: VisitEdit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.choices = choices
        self._now = now
        self.logged: LoggedVisit | None = None
        self.save_task: Task | None = None
        self._lookups = LatestRead(self)
        self.linked: ReturningVisitor | None = None
        self._auto_linked = False
        self._visitors: list[ReturningVisitor] = []
        self._referrer_hits: list[CustomerHit] = []
        self.referrer_id: int | None = None
        self.editing = editing
        if editing is not None:
            self.setWindowTitle(self.tr("Correct a visit"))
            kind = editing.data.kind
        else:
            self.setWindowTitle(
                self.tr("Log a phone call") if kind == VisitKind.CALL else self.tr("Log a walk-in")
            )
        self._build(kind)
        if editing is not None:
            self._fill(editing)
        self._lookup_timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self.run_lookup)
        self._referrer_timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._referrer_timer.timeout.connect(self.run_referrer_search)
        self.phone_edit.setFocus()

    # ------------------------------------------------------------------------ layout

    def _build(self, kind: str) -> None:
        c = self.choices
        none = ("", None)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setPlaceholderText(
            self.tr("Mobile number, or part of a name, a plate, pinyin initials")
        )
        self.phone_edit.setClearButtonEnabled(True)
        self.phone_edit.textEdited.connect(self._on_phone_edited)
        self.candidates = CandidateList(self)
        self.candidates.chosen.connect(lambda row: self.link(self._visitors[row]))
        self.phone_edit.installEventFilter(DownToList(self.candidates, self))
        self.phone_edit.installEventFilter(self)
        #: Enter was pressed in the search while its lookup was still out.
        self._enter_waiting = False
        self.link_label = QLabel(self)
        self.link_label.setWordWrap(True)
        self.link_label.setStyleSheet(
            f"background: {CONFIRM_FILL}; border: 1px solid {CONFIRM_BORDER}; border-radius: 3px; "
            "padding: 4px;"
        )
        self.unlink_button = QPushButton(self.tr("Not this customer"), self)
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink)
        self.link_row = QWidget(self)
        row = QHBoxLayout(self.link_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.link_label, 1)
        row.addWidget(self.unlink_button)
        self.link_row.hide()

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. 张伟, or 王先生 if not given"))
        self.sex_combo = combo([none, *((SEXES[s].text(), s.value) for s in Sex)], self)
        self.party_spin = QSpinBox(self)
        self.party_spin.setRange(1, 50)
        self.source_combo = combo([none, *((s.name, s.key) for s in c.sources)], self)
        self.source_combo.currentIndexChanged.connect(self._on_source_changed)
        self.referrer_edit = QLineEdit(self)
        self.referrer_edit.setPlaceholderText(self.tr("Phone or name of the referring customer"))
        self.referrer_edit.textEdited.connect(self._on_referrer_edited)
        self.referrer_candidates = CandidateList(self)
        self.referrer_candidates.chosen.connect(
            lambda row: self.set_referrer(self._referrer_hits[row])
        )
        self.referrer_edit.installEventFilter(DownToList(self.referrer_candidates, self))
        self.model_combo = combo([none, *((m.name, m.key) for m in c.models)], self)
        self.colour_combo = QComboBox(self)
        self.colour_combo.setEditable(True)
        self.colour_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.colour_combo.addItems(["", *c.colours])
        self.purchase_combo = combo(
            [none, *((PURCHASE_TYPES[p].text(), p.value) for p in PurchaseType)], self
        )
        self.level_combo = combo([none, *((lv.name, lv.key) for lv in c.levels)], self)
        self.test_drive_check = QCheckBox(self.tr("Took a test drive"), self)
        self.consultant_combo = combo([none, *((u.name, u.key) for u in c.consultants)], self)
        if self.actor.role == Role.CONSULTANT:
            select_data(self.consultant_combo, self.actor.user_id)
        self.notes_edit = QLineEdit(self)
        self.kind_combo = combo([(KINDS[k].text(), k.value) for k in VisitKind], self)
        select_data(self.kind_combo, str(kind))
        self.arrived_edit = QDateTimeEdit(self)
        self.arrived_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.arrived_edit.setCalendarPopup(True)
        self.arrived_edit.setDateTime(QDateTime(self._now().replace(second=0, microsecond=0)))
        self.departed_edit = QLineEdit(self)
        self.departed_edit.setPlaceholderText(self.tr("HH:MM, empty while still here"))

        self.boxes: dict[str, FieldBox] = {}

        def box(name: str, widget: QWidget) -> FieldBox:
            self.boxes[name] = FieldBox(widget, self)
            return self.boxes[name]

        self.form_error = QLabel(self)
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(f"color: {ALERT_TEXT};")
        self.form_error.hide()

        top = QFormLayout()
        top.addRow(self.tr("&Phone / search"), box("phone", self.phone_edit))
        top.addRow("", self.candidates)
        top.addRow("", self.link_row)

        left = QFormLayout()
        left.addRow(self.tr("&Name"), box("visitor_name", self.name_edit))
        left.addRow(self.tr("Se&x"), box("sex", self.sex_combo))
        left.addRow(self.tr("Part&y size"), box("party_size", self.party_spin))
        left.addRow(self.tr("&Source"), box("source_id", self.source_combo))
        left.addRow(self.tr("&Referred by"), box("referrer_id", self.referrer_edit))
        left.addRow("", self.referrer_candidates)
        left.addRow(self.tr("&Model"), box("intended_model_id", self.model_combo))
        left.addRow(self.tr("Colo&ur"), box("intended_colour", self.colour_combo))
        right = QFormLayout()
        right.addRow(self.tr("Purc&hase"), box("purchase_type", self.purchase_combo))
        right.addRow(self.tr("&Level"), box("level_given", self.level_combo))
        right.addRow("", self.test_drive_check)
        right.addRow(self.tr("&Consultant"), box("consultant_id", self.consultant_combo))
        right.addRow(self.tr("No&tes"), box("notes", self.notes_edit))
        right.addRow(self.tr("&Walk-in / call"), box("kind", self.kind_combo))
        right.addRow(self.tr("&Arrived"), box("arrived_at", self.arrived_edit))
        right.addRow(self.tr("&Departed"), box("departed_at", self.departed_edit))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel (Esc)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(760)

        # Reading order for Tab: what reception asks, in the order the paper sheet has it.
        chain = [
            self.phone_edit, self.candidates, self.unlink_button, self.name_edit,
            self.sex_combo, self.party_spin, self.source_combo, self.referrer_edit,
            self.referrer_candidates, self.model_combo, self.colour_combo,
            self.purchase_combo, self.level_combo, self.test_drive_check,
            self.consultant_combo, self.notes_edit, self.kind_combo, self.arrived_edit,
            self.departed_edit, self.save_button, self.cancel_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.link_first)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for name, box_ in self.boxes.items():
            self._clear_on_edit(name, box_)
        self._on_source_changed()

    def _fill(self, edit: VisitEdit) -> None:
        """The stored values in the fields, the customer linked as they were."""
        d = edit.data
        self.phone_edit.setText(d.phone or "")
        self.name_edit.setText(d.visitor_name or "")
        select_data(self.sex_combo, d.sex)
        self.party_spin.setValue(d.party_size)
        select_data(self.source_combo, d.source_id)
        if d.referrer_id is not None:
            self.referrer_id = d.referrer_id
            self.referrer_edit.setText(edit.referrer_name or "")
        select_data(self.model_combo, d.intended_model_id)
        self.colour_combo.setCurrentText(d.intended_colour or "")
        select_data(self.purchase_combo, d.purchase_type)
        select_data(self.level_combo, d.level_given)
        self.test_drive_check.setChecked(d.test_drive)
        select_data(self.consultant_combo, d.consultant_id)
        self.notes_edit.setText(d.notes or "")
        if d.arrived_at is not None:
            self.arrived_edit.setDateTime(QDateTime(d.arrived_at))
        if d.departed_at is not None:
            same_day = d.arrived_at is not None and d.departed_at.date() == d.arrived_at.date()
            self.departed_edit.setText(
                d.departed_at.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
            )
        if d.customer_id is not None:
            # Typing another phone unlinks them, as for a customer the phone linked itself.
            self.linked = ReturningVisitor(
                customer_id=d.customer_id,
                name=edit.customer_name or "",
                sex=d.sex,
                mobile=None,
                plates=(),
                marks=(),
                consultant_id=d.consultant_id,
                consultant_name=None,
                prospect_id=None,
                level=d.level_given,
                visit_count=0,
            )
            self._auto_linked = True
            self.link_label.setText(
                self.tr("Customer: {name}").format(name=edit.customer_name or "")
            )
            self.link_row.show()

    def _clear_on_edit(self, name: str, box: FieldBox) -> None:
        field = box.field
        if isinstance(field, QLineEdit):
            field.textEdited.connect(box.clear_error)
        elif isinstance(field, QComboBox):
            field.currentIndexChanged.connect(box.clear_error)
            if field.isEditable():
                field.editTextChanged.connect(box.clear_error)
        elif isinstance(field, QSpinBox | QDateTimeEdit):
            field.editingFinished.connect(box.clear_error)

    # ---------------------------------------------------------------- returning visitor

    @Slot(str)
    def _on_phone_edited(self, text: str) -> None:
        if self.linked is not None and self._auto_linked:
            self.unlink()
        self._lookup_timer.start()

    @Slot()
    def run_lookup(self) -> None:
        """Finds the customers the phone field's text names (runs after a typing pause, off
        the GUI thread: typing goes on while the database answers)."""
        self._lookup_timer.stop()
        text = self.phone_edit.text().strip()
        if len(text) < 2:
            self._show_visitors([])
            return
        db, actor = self.db, self.actor
        self._lookups.run(lambda: lookup_returning(db, text, actor=actor), self._show_visitors)

    @property
    def looking_up(self) -> bool:
        return self._lookups.busy

    def _show_visitors(self, visitors: list[ReturningVisitor]) -> None:
        if self.linked is not None:
            visitors = [v for v in visitors if v.customer_id != self.linked.customer_id]
        exact = next((v for v in visitors if v.exact_phone), None)
        if exact is not None and self.linked is None:
            # The same phone never makes a second customer: link without asking.
            self.link(exact, automatic=True)
            visitors = []
        self._visitors = visitors
        self.candidates.set_entries([(self.describe(v), self.describe_visits(v)) for v in visitors])
        if self._enter_waiting:
            self._enter_waiting = False
            self._on_search_entered(exact_linked=exact is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.phone_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return self._enter_in_search()
        return super().eventFilter(watched, event)

    def _enter_in_search(self) -> bool:
        """Enter in the search field: pick the first customer found, or save.

        True when Enter was taken here (a pick, or waiting for the lookup's answer); False
        lets the dialog's default button save as usual.
        """
        if self.linked is not None or not self.phone_edit.text().strip():
            return False  # already linked, or an anonymous guest: Enter saves
        if self._lookup_timer.isActive() or self.looking_up:
            self._enter_waiting = True  # typed fast: answer when the lookup does
            self.run_lookup()
            return True
        return self._on_search_entered(exact_linked=False)

    def _on_search_entered(self, *, exact_linked: bool) -> bool:
        if exact_linked:
            self.save()  # a full number of a customer on file: linked, nothing to choose
            return True
        if self._visitors:
            # The best match (Down picks another); the focus goes on to the name, where
            # the next Enter saves.
            self.link(self._visitors[0])
            return True
        self.save()  # nobody on file: a new visitor
        return True

    def describe(self, v: ReturningVisitor) -> str:
        parts = [v.name, v.mobile or "", " ".join(v.plates)]
        if v.consultant_name:
            parts.append(self.tr("consultant {name}").format(name=v.consultant_name))
        if v.level:
            parts.append(self.tr("level {level}").format(level=v.level))
        if v.last_visits:
            parts.append(
                self.tr("{count} visits, last {date}").format(
                    count=v.visit_count, date=v.last_visits[0].arrived_at.strftime("%Y-%m-%d")
                )
            )
        else:
            parts.append(self.tr("no visits logged yet"))
        return SEPARATOR.join(p for p in parts if p)

    def describe_visits(self, v: ReturningVisitor) -> str:
        return "\n".join(
            SEPARATOR.join(
                p
                for p in (
                    visit.arrived_at.strftime("%Y-%m-%d %H:%M"),
                    KINDS[VisitKind(visit.kind)].text() if visit.kind in tuple(VisitKind) else "",
                    visit.consultant_name or "",
                    visit.level_given or "",
                )
                if p
            )
            for visit in v.last_visits
        )

    @Slot()
    def link_first(self) -> None:
        if self._visitors:
            self.link(
                self._visitors[
                    self.candidates.currentRow() if self.candidates.currentRow() >= 0 else 0
                ]
            )

    def link(self, visitor: ReturningVisitor, *, automatic: bool = False) -> None:
        """Logs this visit for ``visitor`` (a repeat visit of a customer on file)."""
        self.linked = visitor
        self._auto_linked = automatic
        if not visitor.exact_phone:
            # What was typed found them (the last four digits, a name, a plate): it is not
            # their number. The visit keeps the number on file, in full.
            self.phone_edit.clear()
            self.phone_edit.setPlaceholderText(visitor.mobile or "")
        if not self.name_edit.text().strip():
            self.name_edit.setText(visitor.name)
        if visitor.sex and self.sex_combo.currentData() is None:
            select_data(self.sex_combo, visitor.sex)
        if visitor.consultant_id is not None and self.consultant_combo.currentData() is None:
            select_data(self.consultant_combo, visitor.consultant_id)
        if visitor.level and self.level_combo.currentData() is None:
            select_data(self.level_combo, visitor.level)
        if self.source_combo.currentData() is None and self.choices.returning_source_id:
            select_data(self.source_combo, self.choices.returning_source_id)
        text = self.tr("Returning visitor: {who}").format(who=self.describe(visitor))
        history = self.describe_visits(visitor)
        self.link_label.setText(text + ("\n" + history if history else ""))
        self.link_row.show()
        self.candidates.set_entries([])
        self.boxes["phone"].clear_error()
        if not automatic:
            self.name_edit.setFocus()

    @Slot()
    def unlink(self) -> None:
        self.linked = None
        self._auto_linked = False
        self.link_row.hide()

    # ------------------------------------------------------------------------ referrer

    @Slot()
    def _on_source_changed(self) -> None:
        referral = self.source_combo.currentData() in self.choices.referral_source_ids
        self.referrer_edit.setEnabled(referral)
        if not referral:
            self.referrer_edit.clear()
            self.referrer_id = None
            self.referrer_candidates.set_entries([])
            self.boxes["referrer_id"].clear_error()

    @Slot()
    def _on_referrer_edited(self) -> None:
        self.referrer_id = None
        self._referrer_timer.start()

    @Slot()
    def run_referrer_search(self) -> None:
        self._referrer_timer.stop()
        text = self.referrer_edit.text().strip()
        self._referrer_hits = (
            search_customers_as(self.db, self.actor, text, limit=5) if len(text) >= 2 else []
        )
        self.referrer_candidates.set_entries(
            [(hit_summary(h), h.consultant or "") for h in self._referrer_hits]
        )

    def set_referrer(self, hit: CustomerHit) -> None:
        self.referrer_id = hit.id
        self.referrer_edit.setText(hit_summary(hit))
        self.referrer_candidates.set_entries([])
        self.boxes["referrer_id"].clear_error()
        self.model_combo.setFocus()

    # -------------------------------------------------------------------------- saving

    def departure(self) -> tuple[dt.datetime | None, str]:
        """The departure typed ("14:30", "1430"; empty: still here), or a message."""
        arrived = self.arrived_edit.dateTime().toPython()
        return parse_departure(self.departed_edit.text(), arrived.date())

    def visit_input(self, departed: dt.datetime | None) -> VisitInput:
        return VisitInput(
            arrived_at=self.arrived_edit.dateTime().toPython().replace(second=0, microsecond=0),
            kind=self.kind_combo.currentData(),
            departed_at=departed,
            visitor_name=self.name_edit.text(),
            sex=self.sex_combo.currentData(),
            phone=self.phone_edit.text(),
            party_size=self.party_spin.value(),
            customer_id=self.linked.customer_id if self.linked else None,
            source_id=self.source_combo.currentData(),
            referrer_id=self.referrer_id,
            intended_model_id=self.model_combo.currentData(),
            intended_colour=self.colour_combo.currentText(),
            purchase_type=self.purchase_combo.currentData(),
            level_given=self.level_combo.currentData(),
            test_drive=self.test_drive_check.isChecked(),
            consultant_id=self.consultant_combo.currentData(),
            notes=self.notes_edit.text(),
        )

    def errors(self) -> dict[str, str]:
        """The messages shown now, by field (for tests and accessibility)."""
        shown = {name: box.error for name, box in self.boxes.items() if box.error}
        if not self.form_error.isHidden():
            shown["form"] = self.form_error.text()
        return shown

    def show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        general = []
        for name, text in errors.items():
            box = self.boxes.get("phone" if name == "customer_id" else name)
            if box is None:
                general.append(text)
                continue
            box.set_error(text)
            first = first or box.field
        self.form_error.setText("\n".join(general))
        self.form_error.setVisible(bool(general))
        if first is not None:
            first.setFocus()

    @Slot()
    def save(self) -> None:
        for box in self.boxes.values():
            box.clear_error()
        self.form_error.hide()
        self._lookup_timer.stop()
        departed, problem = self.departure()
        if problem:
            self.show_errors({"departed_at": problem})
            return
        data = self.visit_input(departed)
        db, actor, now, editing = self.db, self.actor, self._now(), self.editing

        def work() -> LoggedVisit:
            if editing is None:
                return log_visit(db, actor, data, now=now)
            return update_visit(
                db, actor, editing.visit_id, data, editing.version, now=now,
                original=editing.columns,
            )  # fmt: skip

        # Off the GUI thread: on a server across the store's network a save is several round
        # trips. The form stays open and disabled until the answer, so nothing typed is lost.
        self.save_task = run_write(self, work, self._on_saved, self._on_save_failed)

    def _on_saved(self, logged: LoggedVisit) -> None:
        self.save_task = None
        self.logged = logged
        self.saved.emit(logged)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_task = None
        if isinstance(error, ValidationFailed):
            self.show_errors({name: msg.text() for name, msg in error.errors.items()})
        else:
            # A refusal, another workstation's save in between (the conflict message), or
            # an unexpected failure: said at the top of the form, which keeps what was typed.
            self.show_errors({"form": error_text(error)})
