"""来店登记 — the visitor log page: today's walk-ins and calls as a live table.

F2 logs a walk-in, Shift+F2 a call, F4 records that the selected visitor left, F5 reloads.
Visitors still in the showroom are highlighted. The date range and the filters go to
the database with the sort order; the table shows what the workbook and the printout
will contain, and the exports run in the background with a progress bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QDir, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.db.changes import kinds
from showroom.errors import UserError
from showroom.models import CarModel, Customer, RefItem, User, Visit, VisitKind
from showroom.services.permissions import Permission, allowed
from showroom.services.visits import (
    LoggedVisit,
    VisitChoices,
    VisitFilter,
    VisitLog,
    VisitPage,
    VisitRow,
    delete_visit,
    list_visits,
    load_visit,
    open_log,
    record_departure,
    visit_choices,
)
from showroom.sheets.visits import (
    COLUMNS,
    CONSULTANT,
    FIRST,
    FIRST_REPEAT,
    KIND,
    KINDS,
    LEVEL,
    NO_LEVEL,
    REPEAT,
    SOURCE,
)
from showroom.validation import ValidationFailed

from .departure import DepartureDialog
from .export_bar import ExportBar
from .operations import LatestRead, error_text, run_read, run_write
from .pages import PageContext
from .visit_form import VisitForm
from .visit_table import ROW_ROLE, VisitTableModel
from .workers import Task

_T = TypeVar("_T")

#: Rows read at a time; more are read as the table scrolls down.
PAGE_SIZE = 500
#: Pixels per character unit of a column's width in the sheet.
_CHAR_PX = 7.5


class VisitorLogPage(QWidget):
    #: The records this page shows: a write to any of them refreshes it.
    SHOWS = kinds(Visit, Customer, User, RefItem, CarModel)

    def __init__(
        self,
        context: PageContext,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__()
        self.context = context
        self.db = context.db
        self.actor = context.actor
        self.now = now
        self.choices: VisitChoices = visit_choices(self.db)
        #: The entry form's pick lists offer the store's usual choices first.
        self._form_choices: VisitChoices | None = None
        self.form: VisitForm | None = None
        self._order = ("arrived_at", False)
        self.in_showroom = 0
        self._reads = LatestRead(self)
        self._select_pending: int | None = None
        self._load_form_choices()
        self._build()
        # Other workstations log visitors too: the change hub says when (no polling).
        context.hub.watch(self, self.SHOWS, self.reload)
        self.reload()

    # ------------------------------------------------------------------------ layout

    def _build(self) -> None:
        day = self.today()
        self.from_edit = self._date_edit(day)
        self.to_edit = self._date_edit(day)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.clicked.connect(self.show_today)
        all_ = self.tr("All")
        self.consultant_filter = self._filter(
            [(all_, None), *((c.name, c.key) for c in self.choices.consultants)]
        )
        self.kind_filter = self._filter(
            [(all_, None), *((KINDS[k].text(), k.value) for k in VisitKind)]
        )
        self.source_filter = self._filter(
            [(all_, None), *((s.name, s.key) for s in self.choices.sources)]
        )
        self.first_filter = self._filter(
            [(all_, None), (FIRST.text(), True), (REPEAT.text(), False)]
        )
        self.level_filter = self._filter(
            [(all_, None), *((lv.key, lv.key) for lv in self.choices.levels), (NO_LEVEL.text(), "")]
        )
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("From"), self.from_edit),
            (self.tr("to"), self.to_edit),
            (None, self.today_button),
            (CONSULTANT.text(), self.consultant_filter),
            (KIND.text(), self.kind_filter),
            (SOURCE.text(), self.source_filter),
            (FIRST_REPEAT.text(), self.first_filter),
            (LEVEL.text(), self.level_filter),
        ):
            if label:
                filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addStretch(1)

        can_edit = allowed(self.actor, Permission.VISITS_EDIT)
        can_export = allowed(self.actor, Permission.EXPORT)
        self.walk_in_button = self._button(self.tr("New walk-in (F2)"), self.new_walk_in, can_edit)
        self.call_button = self._button(self.tr("New call (Shift+F2)"), self.new_call, can_edit)
        self.departed_button = self._button(
            self.tr("Departed (F4)"), self.record_departure, can_edit
        )
        self.edit_button = self._button(self.tr("Correct (F6)"), self.edit_selected, can_edit)
        self.delete_button = self._button(self.tr("Delete… (Del)"), self.ask_delete, can_edit)
        self.excel_button = self._button(self.tr("Excel…"), self.ask_export_xlsx, can_export)
        self.pdf_button = self._button(self.tr("PDF…"), self.ask_export_pdf, can_export)
        self.count_label = QLabel(self)
        self.export_bar = ExportBar(self)
        self.export_bar.busy_changed.connect(self._on_export_busy)
        actions = QHBoxLayout()
        for button in (
            self.walk_in_button,
            self.call_button,
            self.departed_button,
            self.edit_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addSpacing(16)
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.export_bar)
        actions.addWidget(self.excel_button)
        actions.addWidget(self.pdf_button)

        self.model = VisitTableModel(self)
        self.model.sort_requested.connect(self._on_sort_requested)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for index, column in enumerate(COLUMNS):
            self.table.setColumnWidth(index, int(column.width * _CHAR_PX) + 12)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # arrival, as on paper
        # Double-click or Enter on a row opens it for correction (F4 records departures).
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.export_bar.message.connect(self.message.setText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Visitor log"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        front_desk = () if self.context.in_window else (
            ("F2", self.new_walk_in),
            ("Ctrl+N", self.new_walk_in),
            # F3 is the main window's search; a call is the walk-in key with Shift.
            ("Shift+F2", self.new_call),
            ("F4", self.record_departure),
        )  # fmt: skip
        for keys, slot in (
            *front_desk,
            ("F6", self.edit_selected),
            ("F5", self.reload),
            ("Ctrl+E", self.ask_export_xlsx),
            ("Ctrl+P", self.ask_export_pdf),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Del only on the table (in a date field it deletes a digit).
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.ask_delete()
            return True
        return super().eventFilter(watched, event)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._on_range_changed)
        return edit

    def _filter(self, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        return combo

    def _button(self, text: str, slot: Callable[[], None], enabled: bool) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        button.setEnabled(enabled)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def form_choices(self) -> VisitChoices:
        """The entry form's pick lists: ordered by use once that count (a read over the
        last 90 days, off the GUI thread) has arrived, in the fixed order until then."""
        return self._form_choices or self.choices

    def _load_form_choices(self) -> None:
        db = self.db
        run_read(self, lambda: visit_choices(db, by_usage=True), self._on_form_choices)

    def _on_form_choices(self, choices: VisitChoices) -> None:
        self._form_choices = choices

    def today(self) -> dt.date:
        return self.now().date()

    # ------------------------------------------------------------------------- loading

    def current_filter(self) -> VisitFilter:
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        return VisitFilter(
            start=min(start, end),
            end=max(start, end),
            consultant_id=self.consultant_filter.currentData(),
            kind=self.kind_filter.currentData(),
            source_id=self.source_filter.currentData(),
            first=self.first_filter.currentData(),
            level=self.level_filter.currentData(),
            order=self._order[0],
            descending=self._order[1],
        )

    @property
    def loading(self) -> bool:
        """True while the rows are being read again (off the GUI thread)."""
        return self._reads.busy

    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        """Reads the rows again off the GUI thread, keeping the selected visit (or
        selecting ``select_id``)."""
        if select_id is None:
            selected = self.selected_row()
            # A newer read keeps the row an earlier, still unanswered one was to select.
            select_id = selected.id if selected else self._select_pending
        self._select_pending = select_id
        flt, today, db, actor = self.current_filter(), self.today(), self.db, self.actor

        def more(offset: int) -> VisitPage:
            return list_visits(db, actor, flt, limit=PAGE_SIZE, offset=offset)

        def show(log: VisitLog) -> None:
            self._select_pending = None
            self.model.set_rows(log.rows, today, more=more if log.more else None)
            self.in_showroom = log.in_showroom
            count = self.tr("{count} visits and calls").format(count=f"{log.total:,}")
            if log.in_showroom:
                count += " · " + self.tr("{count} in the showroom now").format(
                    count=log.in_showroom
                )
            self.count_label.setText(count)
            if select_id is not None:
                row = self.model.load_until(select_id)
                if row >= 0:
                    self.table.selectRow(row)
                    self.table.scrollTo(self.model.index(row, 0))

        self._reads.run(
            lambda: open_log(db, actor, flt, today=today, page_size=PAGE_SIZE),
            show,
            lambda error: self.message.setText(error_text(error)),
        )

    @Slot()
    def _on_range_changed(self) -> None:
        self.reload()

    @Slot()
    def show_today(self) -> None:
        day = QDate(self.today())
        self.from_edit.blockSignals(True)
        self.from_edit.setDate(day)
        self.from_edit.blockSignals(False)
        self.to_edit.setDate(day)
        self.reload()

    @Slot(str, bool)
    def _on_sort_requested(self, key: str, descending: bool) -> None:
        self._order = (key, descending)
        self.reload()

    def selected_row(self):  # type: ignore[no-untyped-def]
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    # ------------------------------------------------------------------------ entering

    @Slot()
    def new_walk_in(self) -> None:
        self.open_form(VisitKind.WALK_IN)

    @Slot()
    def new_call(self) -> None:
        self.open_form(VisitKind.CALL)

    def open_form(self, kind: str) -> VisitForm | None:
        if not self.walk_in_button.isEnabled():
            return None
        if self.form is not None and self.form.isVisible():
            self.form.raise_()
            return self.form
        self.form = VisitForm(
            self.db, self.actor, self.form_choices(), kind=kind, now=self.now, parent=self
        )
        self.form.saved.connect(self._on_saved)
        self.form.open()
        return self.form

    @Slot(object)
    def _on_saved(self, logged: LoggedVisit) -> None:
        day = self.today()
        if not self.from_edit.date().toPython() <= day <= self.to_edit.date().toPython():
            self.show_today()
        self.reload(select_id=logged.visit_id)
        parts = [self.tr("Saved.")]
        if logged.created_customer:
            parts.append(self.tr("A customer record was created."))
        parts.append(self.tr("First visit.") if logged.is_first_visit else self.tr("Repeat visit."))
        if logged.created_prospect:
            parts.append(self.tr("A prospect was opened."))
        self.message.setText(" ".join(parts))
        self.table.setFocus()

    @Slot()
    def record_departure(self) -> DepartureDialog | None:
        """F4: the selected visitor (or the only one still here) left; Enter takes the time
        now, or reception types when they left."""
        row = self.selected_row()
        if row is None or row.departed_at is not None:
            today = self.today()
            here = [r for r in self.model.rows() if r.in_showroom(today)]
            row = here[0] if len(here) == 1 else None
        if row is None or not self.departed_button.isEnabled():
            self.message.setText(self.tr("Select the visitor who is leaving first."))
            return None
        dialog = DepartureDialog(
            row.visitor_name or self.tr("The visitor"), row.arrived_at, self.now(), self
        )
        dialog.accepted.connect(lambda: self._record_departure(row, dialog.departed_at))
        dialog.open()
        return dialog

    def _record_departure(self, row: VisitRow, at: dt.datetime | None) -> None:
        db, actor, now = self.db, self.actor, self.now()

        def done(_visit: object) -> None:
            self.reload(select_id=row.id)
            self.message.setText(
                self.tr("{name} left.").format(name=row.visitor_name or self.tr("The visitor"))
            )

        def refused(error: BaseException) -> None:
            if isinstance(error, ValidationFailed):
                self.message.setText(" ".join(m.text() for m in error.errors.values()))
            else:
                self.message.setText(error_text(error))

        run_write(
            self.departed_button,
            lambda: record_departure(db, actor, row.id, at, now=now),
            done,
            refused,
        )

    def _attempt(self, work: Callable[[], _T]) -> _T | None:
        """``work()``'s result, or None after showing why the service refused it."""
        try:
            return work()
        except ValidationFailed as failed:
            self.message.setText(" ".join(m.text() for m in failed.errors.values()))
        except UserError as refused:  # no permission, or the row changed meanwhile
            self.message.setText(refused.msg.text())
        return None

    # --------------------------------------------------------------- correcting, deleting

    @Slot()
    def edit_selected(self) -> VisitForm | None:
        """Opens the selected row in the entry form for correction."""
        row = self.selected_row()
        if row is None or not self.edit_button.isEnabled():
            self.message.setText(self.tr("Select the visit to correct first."))
            return None
        if self.form is not None and self.form.isVisible():
            self.form.raise_()
            return self.form
        editing = self._attempt(lambda: load_visit(self.db, self.actor, row.id, now=self.now()))
        if editing is None:
            return None
        self.form = VisitForm(
            self.db, self.actor, self.form_choices(), now=self.now, editing=editing, parent=self
        )
        self.form.saved.connect(self._on_saved)
        self.form.open()
        return self.form

    @Slot()
    def ask_delete(self) -> None:
        """Asks why, then for confirmation, and deletes the selected row."""
        row = self.selected_row()
        if row is None or not self.delete_button.isEnabled():
            self.message.setText(self.tr("Select the visit to delete first."))
            return
        who = row.visitor_name or self.tr("the visitor")
        when = row.arrived_at.strftime("%Y-%m-%d %H:%M")
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Delete a visit"),
            self.tr("Why is the visit of {who} at {time} deleted?").format(who=who, time=when),
        )
        if not ok:
            return
        confirm = QMessageBox.question(
            self,
            self.tr("Delete a visit"),
            self.tr(
                "Delete the visit of {who} at {time}? It leaves the log and the reports; "
                "the audit trail keeps it."
            ).format(who=who, time=when),
        )
        if confirm == QMessageBox.StandardButton.Yes:
            self.delete_selected(reason)

    def delete_selected(self, reason: str) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        done = self._attempt(
            lambda: delete_visit(self.db, self.actor, row.id, reason, now=self.now()) or True
        )
        if done is None:
            return False
        self.reload()
        self.message.setText(self.tr("The visit was deleted."))
        return True

    # ------------------------------------------------------------------------ exports

    @Slot()
    def ask_export_xlsx(self) -> None:
        self._ask_export("xlsx", self.tr("Excel workbook (*.xlsx)"))

    @Slot()
    def ask_export_pdf(self) -> None:
        self._ask_export("pdf", self.tr("PDF (*.pdf)"))

    def _ask_export(self, fmt: str, pattern: str) -> None:
        if not self.excel_button.isEnabled() or self.export_bar.busy:
            return
        flt = self.current_filter()
        period = flt.start.isoformat() + ("" if flt.start == flt.end else "_" + flt.end.isoformat())
        name = f"{self.tr('Visitor log')}_{period}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the visitor log"), str(Path(QDir.homePath()) / name), pattern
        )
        if path:
            self.start_export(fmt, Path(path))

    def start_export(self, fmt: str, path: Path) -> Task:
        """Writes the rows of the current filter to ``path`` in the background."""
        from showroom.sheets.visits import VisitsSheet

        sheet = VisitsSheet(self.current_filter(), self.today())
        return self.export_bar.export(self.db, self.actor, sheet, fmt, path)

    @Slot(bool)
    def _on_export_busy(self, busy: bool) -> None:
        can_export = allowed(self.actor, Permission.EXPORT) and not busy
        self.excel_button.setEnabled(can_export)
        self.pdf_button.setEnabled(can_export)
