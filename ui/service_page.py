"""售后服务 — the service advisor's page: due list, care calls, renewals, birthdays, complaints.

Each list tab: a filter bar (window, search, loyalty class, special mark), the count,
the table (sorted by the database, paged as it scrolls), and the actions — call the
selected row (Enter or double-click opens the call with its script), Excel, PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.models import (
    CareCallKind,
    LoyaltyClass,
    MarkKind,
)
from showroom.rules.classes import mark_label
from showroom.rules.loyalty import loyalty_label
from showroom.services.care_calls import CallTarget
from showroom.services.permissions import Permission, allowed
from showroom.services.service_lists import (
    SOURCES,
    DueWindow,
    ListFilter,
    birthdays,
    care_calls_today,
    due_counts,
    due_list,
    renewals,
)
from showroom.sheets.service_lists import ListRequest, ServiceList, ServiceListSheet

from .export_bar import ExportBar
from .pages import PageContext
from .service_table import ROW_ROLE, ServiceTableModel
from .workers import Task, TaskControl

#: Table column key → the service's sort key where they differ.
_SORT_KEYS = {"loyalty": "loyalty_class"}


class ServiceListTab(QWidget):
    """One list: filter bar, table, call / export actions."""

    def __init__(
        self, context: PageContext, kind: ServiceList, today: Callable[[], dt.date]
    ) -> None:
        super().__init__()
        self.context, self.kind, self.today = context, kind, today
        self.db, self.actor = context.db, context.actor
        self.sort: str | None = None
        self.descending = False
        self.model = ServiceTableModel(kind, self)
        self.model.sort_requested.connect(self._on_sort)
        self._build()
        self._watch = context.hub.watch(self, SOURCES, self.reload)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.window_combo: QComboBox | None = None
        if self.kind is ServiceList.DUE:
            self.window_combo = QComboBox()
            self.window_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.window_combo.setMinimumContentsLength(14)
            for window in DueWindow:
                self.window_combo.addItem("", str(window))
            self.window_combo.setCurrentIndex(2)
            self.window_combo.currentIndexChanged.connect(self.reload)
            bar.addWidget(self.window_combo)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, plate or phone"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        bar.addWidget(self.search, 1)
        self.loyalty = QComboBox()
        self.loyalty.addItem(self.tr("Any loyalty"), None)
        for code in LoyaltyClass:
            label = loyalty_label(code)
            self.loyalty.addItem(label.text() if label else code, str(code))
        self.loyalty.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.loyalty)
        self.mark = QComboBox()
        self.mark.addItem(self.tr("Any mark"), None)
        for mark in MarkKind:
            self.mark.addItem(mark_label(mark).text(), str(mark))
        self.mark.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.mark)
        self.count = QLabel()
        bar.addWidget(self.count)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The indicator starts on the column the service sorts by, so enabling sorting
        # does not re-sort the list by its first column.
        keys = [column.key for column in self.model.columns]
        start = keys.index("due_on") if "due_on" in keys else -1
        self.table.horizontalHeader().setSortIndicator(start, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(lambda _i: self.call_selected())
        self.table.activated.connect(lambda _i: self.call_selected())
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.call_button = QPushButton(self.tr("&Call…"))
        self.call_button.clicked.connect(self.call_selected)
        self.call_button.setEnabled(allowed(self.actor, Permission.AFTERSALES_EDIT))
        actions.addWidget(self.call_button)
        self.message = QLabel()
        actions.addWidget(self.message, 1)
        self.export_bar = ExportBar(self)
        self.export_bar.message.connect(self.message.setText)
        self.export_bar.busy_changed.connect(self._on_export_busy)
        actions.addWidget(self.export_bar)
        can_export = allowed(self.actor, Permission.EXPORT)
        self.excel_button = QPushButton(self.tr("Excel…"))
        self.excel_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.pdf_button = QPushButton(self.tr("Print PDF…"))
        self.pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        for button in (self.excel_button, self.pdf_button):
            button.setEnabled(can_export)
            actions.addWidget(button)
        layout.addLayout(actions)
        self._label_windows({})

    # --------------------------------------------------------------------- loading

    def current_filter(self) -> ListFilter:
        return ListFilter(
            text=self.search.text().strip(),
            loyalty_class=self.loyalty.currentData(),
            mark=self.mark.currentData(),
        )

    def current_window(self) -> DueWindow:
        if self.window_combo is None:
            return DueWindow.DAYS_30
        return DueWindow(self.window_combo.currentData())

    def request(self) -> ListRequest:
        return ListRequest(
            self.kind, self.current_window(), self.current_filter(), self.sort, self.descending
        )

    def _label_windows(self, counts: dict[DueWindow, int]) -> None:
        if self.window_combo is None:
            return
        names = {
            DueWindow.DAYS_7: self.tr("Next 7 days"),
            DueWindow.DAYS_14: self.tr("Next 14 days"),
            DueWindow.DAYS_30: self.tr("Next 30 days"),
            DueWindow.OVERDUE: self.tr("Overdue"),
        }
        for i, window in enumerate(DueWindow):
            text = names[window]
            if window in counts:
                text = self.tr("{window} ({count})").format(window=text, count=counts[window])
            self.window_combo.setItemText(i, text)
        # The counts arrive after the first layout: let the combo grow to show them whole.
        self.window_combo.adjustSize()
        self.window_combo.updateGeometry()

    @Slot()
    def reload(self) -> None:
        today, flt = self.today(), self.current_filter()
        db, actor, sort, desc = self.db, self.actor, self.sort, self.descending
        args: dict[str, Any] = {"today": today, "flt": flt, "sort": sort, "descending": desc}

        def loader(offset: int) -> tuple[list[Any], int]:
            if self.kind is ServiceList.DUE:
                window = self.current_window()
                page = due_list(db, actor, window, offset=offset, count=False, **args)
            elif self.kind is ServiceList.CALLS:
                page = care_calls_today(db, actor, offset=offset, **args)
            elif self.kind is ServiceList.RENEWALS:
                page = renewals(db, actor, offset=offset, **args)
            else:
                page = birthdays(db, actor, offset=offset, **args)
            return page.rows, page.total

        self.model.load(loader, today)
        if self.model.total is not None:
            self.count.setText(self.tr("{count} rows").format(count=self.model.total))
        else:
            self.count.setText("…")
            self._count_windows(today, flt)
        self.table.resizeColumnsToContents()

    def _count_windows(self, today: dt.date, flt: ListFilter) -> None:
        """The windows' counts, off the GUI thread (they cost more than the rows shown)."""
        db, actor = self.db, self.actor

        def work(_control: TaskControl) -> dict[DueWindow, int]:
            return due_counts(db, actor, today=today, flt=flt)

        task = Task(work, self)
        task.succeeded.connect(self._show_counts)
        task.start()
        self.counts_task = task

    @Slot(object)
    def _show_counts(self, counts: dict[DueWindow, int]) -> None:
        self._label_windows(counts)
        count = counts.get(self.current_window(), 0)
        self.count.setText(self.tr("{count} rows").format(count=count))

    def _on_sort(self, key: str, descending: bool) -> None:
        self.sort, self.descending = _SORT_KEYS.get(key, key), descending
        self.reload()

    # ------------------------------------------------------------------------ calls

    def target_of(self, row: Any) -> CallTarget:
        if self.kind is ServiceList.CALLS:
            return CallTarget(row.kind, row.customer_id, row.vehicle_id, row.call_id)
        if self.kind is ServiceList.DUE:
            return CallTarget(CareCallKind.MAINTENANCE_DUE, row.customer_id, row.vehicle_id)
        if self.kind is ServiceList.RENEWALS:
            return CallTarget(CareCallKind.INSURANCE, row.customer_id, row.vehicle_id)
        return CallTarget(CareCallKind.BIRTHDAY, row.customer_id, None)

    def selected_row(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    @Slot()
    def call_selected(self) -> None:
        row = self.selected_row()
        if row is None or not allowed(self.actor, Permission.AFTERSALES_EDIT):
            return
        from .care_call_dialog import CareCallDialog

        dialog = CareCallDialog(
            self.db, self.actor, self.target_of(row), today=self.today(), parent=self
        )
        if dialog.exec():
            self.message.setText(self.tr("Call recorded."))
            self.reload()

    # ---------------------------------------------------------------------- exports

    def ask_export(self, fmt: str) -> None:
        pattern = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("PDF (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), f"{self.kind}.{fmt}", pattern
        )
        if path:
            self.start_export(fmt, Path(path))

    def start_export(self, fmt: str, path: Path) -> Task:
        sheet = ServiceListSheet(self.request(), self.today())
        return self.export_bar.export(self.db, self.actor, sheet, fmt, path)

    @Slot(bool)
    def _on_export_busy(self, busy: bool) -> None:
        can_export = allowed(self.actor, Permission.EXPORT) and not busy
        for button in (self.excel_button, self.pdf_button):
            button.setEnabled(can_export)


class ServicePage(QWidget):
    def __init__(self, context: PageContext, *, today: Callable[[], dt.date] = dt.date.today):
        super().__init__()
        self.context, self.today = context, today
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.lists: dict[ServiceList, ServiceListTab] = {}
        titles = {
            ServiceList.DUE: self.tr("Maintenance due"),
            ServiceList.CALLS: self.tr("Care calls today"),
            ServiceList.RENEWALS: self.tr("Insurance renewals"),
            ServiceList.BIRTHDAYS: self.tr("Birthdays"),
        }
        for kind, title in titles.items():
            tab = self.lists[kind] = ServiceListTab(context, kind, today)
            self.tabs.addTab(tab, title)
        from .complaint_tab import ComplaintsTab

        self.complaints = ComplaintsTab(context)
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.tabs.currentChanged.connect(self._on_tab)
        layout.addWidget(self.tabs)
        self._loaded: set[int] = set()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._on_tab(self.tabs.currentIndex())

    @Slot(int)
    def _on_tab(self, index: int) -> None:
        # Each list is read when first shown; after that the change hub re-reads it when
        # what it lists changes (here or on another workstation). The lists are computed
        # from the data when read, so no reminder can be missed by a job that did not run.
        if index in self._loaded:
            return
        self._loaded.add(index)
        widget = self.tabs.widget(index)
        if hasattr(widget, "reload"):
            widget.reload()
