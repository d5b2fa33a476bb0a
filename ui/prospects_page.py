"""The prospects page (潜在客户): today's follow-ups, all prospects, the funnel, losses.

"My follow-ups today" opens first: every prospect due or overdue, overdue first, hottest
level first, with the phone and the last contact. Enter opens the card, F2 records a
follow-up straight from the list. A manager sees every consultant's lists and can narrow
them to one; a consultant sees their own (the services enforce it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.db.changes import kinds
from showroom.exports.columns import text_of
from showroom.i18n import current_language
from showroom.models import Customer, FollowUp, LevelChange, Loss, Order, Prospect, User, Visit
from showroom.services.level_rules import list_levels
from showroom.services.permissions import Permission, PermissionDenied, allowed
from showroom.services.prospect_queries import NEWEST_ORDER, TODAY_ORDER, list_prospects
from showroom.services.prospect_types import ProspectFilter, ProspectPage, ProspectRow, StatusFilter
from showroom.services.visit_queries import visit_choices
from showroom.sheets.export import export
from showroom.sheets.prospects import LIST_COLUMNS, STATUS_FILTERS, ProspectListSheet

from .follow_up_dialog import FollowUpDialog
from .operations import error_text
from .pages import PageContext
from .prospect_card import ProspectCardDialog
from .prospect_forms import date_edit, to_date
from .prospect_manage_dialogs import ReassignDialog
from .prospect_table import ROW_ROLE, ProspectTableModel
from .workers import Task


class ProspectList(QWidget):
    """One list (today's or all prospects) with its filters, level counts and actions."""

    SHOWS = kinds(Prospect, FollowUp, LevelChange, Order, Loss, Visit, Customer, User)

    def __init__(
        self, context: PageContext, *, today_mode: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.db, self.actor = context.db, context.actor
        self.today_mode = today_mode
        self.manager = allowed(self.actor, Permission.PROSPECTS_ALL)
        choices = visit_choices(self.db)
        self.names: dict[str, dict[object, str]] = {
            "consultant": {c.key: c.name for c in choices.consultants},
            "source": {c.key: c.name for c in choices.sources},
            "model": {c.key: c.name for c in choices.models},
        }
        lang = current_language()
        self.level_names = {lv.code: lv.name(lang) for lv in list_levels(self.db)}

        self.consultant = QComboBox(self)
        self.consultant.addItem(
            self.tr("All consultants") if self.manager else self.actor.display_name, None
        )
        if self.manager:
            for choice in choices.consultants:
                self.consultant.addItem(choice.name, choice.key)
        self.consultant.setEnabled(self.manager)
        self.level = QComboBox(self)
        self.level.addItem(self.tr("All levels"), None)
        for code, name in self.level_names.items():
            self.level.addItem(name, code)
        self.source = self._combo(self.tr("All sources"), choices.sources)
        self.model_filter = self._combo(self.tr("All models"), choices.models)
        self.status = QComboBox(self)
        for status in StatusFilter:
            self.status.addItem(text_of(STATUS_FILTERS[status]), str(status))
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.period = QCheckBox(self.tr("Created"), self)
        self.created_from = date_edit(dt.date.today() - dt.timedelta(days=30), self)
        self.created_to = date_edit(dt.date.today(), self)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)

        self.model = ProspectTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        digit = self.table.fontMetrics().horizontalAdvance("0")
        for column, spec in enumerate(LIST_COLUMNS):
            # Sheet widths count a Chinese character as two, like Excel.
            self.table.setColumnWidth(column, int(spec.width * digit * 1.15) + 12)
        self.table.activated.connect(self.open_card)

        open_button = QPushButton(self.tr("&Open card"), self)
        follow_button = QPushButton(self.tr("&Follow-up… (F2)"), self)
        self.excel_button = QPushButton(self.tr("&Excel…"), self)
        self.pdf_button = QPushButton(self.tr("&PDF…"), self)
        refresh = QPushButton(self.tr("&Refresh"), self)
        # A manager moves several prospects at once from the all-prospects list.
        self.reassign_button = QPushButton(self.tr("Re&assign…"), self)
        self.reassign_button.clicked.connect(self.reassign)
        can_reassign = not today_mode and allowed(self.actor, Permission.PROSPECTS_MANAGE)
        self.reassign_button.setVisible(can_reassign)
        if can_reassign:
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        open_button.clicked.connect(lambda: self.open_card(self.table.currentIndex()))
        follow_button.clicked.connect(self.follow_up)
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        refresh.clicked.connect(self.reload)
        can_export = allowed(self.actor, Permission.EXPORT)
        self.excel_button.setEnabled(can_export)
        self.pdf_button.setEnabled(can_export)
        QShortcut(
            QKeySequence("F2"),
            self,
            self.follow_up,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("F5"),
            self,
            self.reload,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        filters = QHBoxLayout()
        filters.addWidget(self.consultant)
        if not today_mode:
            for widget in (self.level, self.source, self.model_filter, self.status, self.overdue,
                           self.period, self.created_from, self.created_to):  # fmt: skip
                filters.addWidget(widget)
        else:
            for widget in (self.level, self.source, self.model_filter, self.status, self.overdue,
                           self.period, self.created_from, self.created_to):  # fmt: skip
                widget.hide()
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.counts, 1)
        for button in (open_button, follow_button, self.reassign_button, self.excel_button,
                       self.pdf_button, refresh):  # fmt: skip
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        for box in (self.consultant, self.level, self.source, self.model_filter, self.status):
            box.currentIndexChanged.connect(self.reload)
        for check in (self.overdue, self.period):
            check.toggled.connect(self.reload)
        self.created_from.dateChanged.connect(self._period_changed)
        self.created_to.dateChanged.connect(self._period_changed)
        context.hub.watch(self, self.SHOWS, self.reload)
        self.reload()

    def _combo(self, everything: str, choices: list) -> QComboBox:  # type: ignore[type-arg]
        box = QComboBox(self)
        box.addItem(everything, None)
        for choice in choices:
            box.addItem(choice.name, choice.key)
        return box

    # ------------------------------------------------------------------------ data

    def current_filter(self) -> ProspectFilter:
        today = dt.date.today()
        consultant = self.consultant.currentData()
        if self.today_mode:
            return ProspectFilter(consultant_id=consultant, due_by=today)
        period = self.period.isChecked()
        return ProspectFilter(
            consultant_id=consultant,
            level=self.level.currentData(),
            source_id=self.source.currentData(),
            model_id=self.model_filter.currentData(),
            status=StatusFilter(self.status.currentData()),
            overdue_only=self.overdue.isChecked(),
            created_from=to_date(self.created_from.date()) if period else None,
            created_to=to_date(self.created_to.date()) if period else None,
        )

    @property
    def order(self) -> str:
        return TODAY_ORDER if self.today_mode else NEWEST_ORDER

    @Slot()
    def _period_changed(self) -> None:
        if self.period.isChecked():
            self.reload()

    @Slot()
    def reload(self) -> None:
        flt = self.current_filter()
        today = dt.date.today()

        def loader(offset: int, limit: int) -> ProspectPage:
            return list_prospects(
                self.db, self.actor, flt, today=today, offset=offset, limit=limit,
                order=self.order, with_counts=offset == 0,
            )  # fmt: skip

        try:
            page = self.model.load(loader)
        except PermissionDenied as denied:
            self.counts.setText(str(denied))
            return
        self.counts.setText(self._counts_text(page))
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _counts_text(self, page: ProspectPage) -> str:
        parts = [self.tr("{count} prospects").format(count=f"{page.total:,}")]
        parts += [
            f"{code} {page.level_counts[code]:,}"
            for code in self.level_names
            if page.level_counts.get(code)
        ]
        if page.overdue:
            parts.append(self.tr("overdue {count}").format(count=f"{page.overdue:,}"))
        return " · ".join(parts)

    def current_row(self) -> ProspectRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    # ------------------------------------------------------------------------ actions

    @Slot(QModelIndex)
    def open_card(self, index: QModelIndex) -> None:
        row = self.model.data(index, ROW_ROLE) if index.isValid() else None
        if row is None:
            return
        try:
            card = ProspectCardDialog(self.db, self.actor, row.id, self)
        except PermissionDenied as denied:
            QMessageBox.warning(self, self.tr("Prospects"), str(denied))
            return
        card.changed.connect(self.reload)
        card.exec()

    @Slot()
    def follow_up(self) -> None:
        row = self.current_row()
        if row is None or row.status != "open":
            return
        dialog = FollowUpDialog(
            self.db,
            self.actor,
            row.id,
            customer_name=row.customer_name,
            level=row.level,
            parent=self,
        )
        if dialog.exec():
            self.reload()

    def selected_rows(self) -> list[ProspectRow]:
        rows = (self.model.data(i, ROW_ROLE) for i in self.table.selectionModel().selectedRows())
        return [row for row in rows if row is not None]

    @Slot()
    def reassign(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        owners = {row.consultant_id for row in rows}
        dialog = ReassignDialog(
            self.db, self.actor, [row.id for row in rows],
            current_consultant_id=owners.pop() if len(owners) == 1 else None, parent=self,
        )  # fmt: skip
        if dialog.exec():
            self.reload()

    @Slot()
    def export(self, fmt: str) -> None:
        title = self.tr("Follow-ups due today") if self.today_mode else self.tr("Prospects")
        name = f"{title}-{dt.date.today():%Y%m%d}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), name, f"*.{fmt}")
        if not path:
            return
        sheet = ProspectListSheet(self.current_filter(), self.names, self.order)
        db, actor, lang = self.db, self.actor, current_language()
        task = Task(
            lambda control: export(db, actor, sheet, fmt, path, control.report, lang=lang).rows
        )
        button = self.pdf_button if fmt == "pdf" else self.excel_button
        button.setEnabled(False)
        task.finished.connect(lambda: button.setEnabled(True))
        task.succeeded.connect(
            lambda rows: QMessageBox.information(
                self, title, self.tr("{rows} rows saved to {path}").format(rows=rows, path=path)
            )
        )
        task.failed.connect(lambda exc: QMessageBox.warning(self, title, _error_text(exc)))
        task.start()


def _error_text(exc: BaseException) -> str:
    return error_text(exc)


class ProspectsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.today = ProspectList(context, today_mode=True, parent=self)
        self.tabs.addTab(self.today, self.tr("My follow-ups today"))
        self._lazy: dict[int, str] = {}
        self.all: ProspectList | None = None
        for key, title in (
            ("all", self.tr("All prospects")),
            ("funnel", self.tr("Funnel")),
            ("losses", self.tr("Losses")),
        ):
            # The other tabs are built when first opened: the page opens on today's list.
            index = self.tabs.addTab(QWidget(self), title)
            self._lazy[index] = key
        self.tabs.currentChanged.connect(self._build_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    @Slot(int)
    def _build_tab(self, index: int) -> None:
        key = self._lazy.pop(index, None)
        if key is None:
            return
        ctx = self.context
        widget: QWidget
        if key == "all":
            widget = self.all = ProspectList(ctx, today_mode=False, parent=self)
        elif key == "funnel":
            from .funnel_panel import FunnelPanel

            widget = FunnelPanel(ctx.db, ctx.actor, self)
        else:
            from .loss_panel import LossPanel

            widget = LossPanel(ctx.db, ctx.actor, self)
        title = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        old.deleteLater()
