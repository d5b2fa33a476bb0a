"""客户 — the customer list: filters by class, mark and consultant, paged from the database.

The table model asks the service for 200 rows at a time as the user scrolls (Qt's
``canFetchMore``/``fetchMore``), so a filter that matches 50,000 customers opens as fast
as one that matches five. Special marks show as badges in the name column and tint the
row. Double-click or Enter opens the card; the list exports to Excel in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Qt, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.db.changes import kinds
from showroom.exports.columns import text_of
from showroom.exports.formatting import format_value
from showroom.i18n import current_language
from showroom.models import (
    Customer,
    CustomerMark,
    LoyaltyClass,
    MarkKind,
    Order,
    ServiceRecord,
    User,
    ValueClass,
    Vehicle,
    Visit,
)
from showroom.rules.loyalty import loyalty_label
from showroom.services.customer_list import (
    CustomerFilter,
    CustomerPage,
    CustomerRow,
    list_choices,
    list_customers,
)
from showroom.services.permissions import Permission, allowed

from .export_bar import ExportBar
from .labels import mark_label, value_class_label
from .paged_model import ROW_ROLE, PagedTableModel
from .pages import PageContext
from .table_style import row_brush
from .workers import Task


class CustomerListModel(PagedTableModel[CustomerRow]):
    """Rows of :class:`CustomerRow`, fetched a page at a time from the service.

    Phones and resident IDs arrive masked from the service for a role that may not see
    them in full; the model shows what it is given.
    """

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        from showroom.sheets.customers import COLUMNS

        super().__init__(COLUMNS, parent)
        self.context = context
        self.filter = CustomerFilter()
        self.memberships: dict[str, str] = {}
        self.lang = current_language()

    def load(  # type: ignore[override]
        self, flt: CustomerFilter, memberships: dict[str, str]
    ) -> None:
        self.filter, self.memberships = flt, memberships
        db, actor = self.context.db, self.context.actor

        def fetch(offset: int, limit: int) -> CustomerPage:
            return list_customers(db, actor, flt, offset=offset, limit=limit)

        super().load(fetch)

    def row_texts(self, row: CustomerRow) -> list[str]:
        from showroom.sheets.customers import customer_cells

        cells = customer_cells(row, self.memberships, self.lang)
        return [
            format_value(column, value, self.lang) if value is not None else ""
            for column, value in zip(self.columns, cells, strict=True)
        ]

    def row_background(self, row: CustomerRow) -> QBrush | None:
        from showroom.sheets.customers import mark_style

        return row_brush(mark_style(row.marks)) if row.marks else None


class CustomersPage(QWidget):
    SHOWS = kinds(Customer, CustomerMark, Vehicle, ServiceRecord, Visit, Order, User)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db, self.actor = context.db, context.actor
        choices = list_choices(self.db)
        self.memberships = dict(choices.memberships)

        self.value_box = self._filter(
            [(value_class_label(v), v.value) for v in ValueClass], self.tr("All values")
        )
        self.loyalty_box = self._filter(
            [(text_of(loyalty_label(c)), c.value) for c in LoyaltyClass], self.tr("All loyalty")
        )
        self.membership_box = self._filter(
            [(name, code) for code, name in choices.memberships], self.tr("All members")
        )
        self.mark_box = self._filter(
            [(mark_label(m), m.value) for m in MarkKind], self.tr("Any mark")
        )
        self.consultant_box = self._filter(
            [(name, key) for key, name in choices.consultants], self.tr("All consultants")
        )
        self.base_box = self._filter(
            [(self.tr("Base customers"), True), (self.tr("New customers"), False)],
            self.tr("Base and new"),
        )
        self.count = QLabel(self)
        filters = QHBoxLayout()
        for box in (
            self.value_box,
            self.loyalty_box,
            self.membership_box,
            self.mark_box,
            self.consultant_box,
            self.base_box,
        ):
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.model = CustomerListModel(context, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())

        self.new_button = QPushButton(self.tr("New customer…"), self)
        self.new_button.clicked.connect(lambda: self.open_card(None))
        self.new_button.setEnabled(allowed(self.actor, Permission.CUSTOMERS_EDIT))
        self.open_button = QPushButton(self.tr("Open card"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.excel_button = QPushButton(self.tr("Export to Excel…"), self)
        self.excel_button.clicked.connect(self.ask_export)
        self.excel_button.setEnabled(allowed(self.actor, Permission.EXPORT))
        self.export_bar = ExportBar(self)
        self.message = QLabel(self)
        self.export_bar.message.connect(self.message.setText)
        self.export_bar.busy_changed.connect(self._on_export_busy)
        actions = QHBoxLayout()
        for widget in (self.new_button, self.open_button, self.excel_button):
            actions.addWidget(widget)
        actions.addWidget(self.export_bar)
        actions.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        context.hub.watch(self, self.SHOWS, self.reload)
        self.reload()

    def _filter(self, items: list[tuple[str, object]], everything: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(everything, None)
        for text, data in items:
            box.addItem(text, data)
        box.currentIndexChanged.connect(lambda _i: self.reload())
        return box

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            value_class=self.value_box.currentData(),
            loyalty_class=self.loyalty_box.currentData(),
            membership_level=self.membership_box.currentData(),
            mark=self.mark_box.currentData(),
            consultant_id=self.consultant_box.currentData(),
            base=self.base_box.currentData(),
        )

    @Slot()
    def reload(self) -> None:
        if not hasattr(self, "model"):
            return  # a filter box changed while the page is still being built
        self.model.load(self.current_filter(), self.memberships)
        self.count.setText(self.tr("{count} customers").format(count=f"{self.model.total or 0:,}"))
        if self.model.rowCount():
            self.table.selectRow(0)

    def selected_row(self) -> CustomerRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    @Slot()
    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_card(row.id)

    def open_card(self, customer_id: int | None) -> QWidget:
        from .customer_card import CustomerCardDialog

        dialog = CustomerCardDialog(self.context, customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda _cid: self.reload())
        dialog.open()
        return dialog

    # --- export ------------------------------------------------------------------------
    @Slot()
    def ask_export(self) -> None:
        if self.export_bar.busy:
            return
        name = f"{self.tr('Customers')}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the customer list"),
            str(Path(QDir.homePath()) / name),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.start_export(Path(path))

    def start_export(self, path: Path) -> Task:
        from showroom.sheets.customers import CustomersSheet

        sheet = CustomersSheet(self.current_filter())
        return self.export_bar.export(self.db, self.actor, sheet, "xlsx", path)

    @Slot(bool)
    def _on_export_busy(self, busy: bool) -> None:
        self.excel_button.setEnabled(allowed(self.actor, Permission.EXPORT) and not busy)
