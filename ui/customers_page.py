"""客户 — the customer list: filters by class, mark and consultant, paged from the database.

The table model asks the service for 200 rows at a time as the user scrolls (Qt's
``canFetchMore``/``fetchMore``), so a filter that matches 50,000 customers opens as fast
as one that matches five. Special marks show as badges in the name column and tint the
row. Double-click or Enter opens the card; the list exports to Excel in the background.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDir,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
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

from showroom.exports.columns import text_of
from showroom.exports.formatting import format_value
from showroom.i18n import current_language
from showroom.models import LoyaltyClass, MarkKind, ValueClass
from showroom.rules.loyalty import loyalty_label
from showroom.services.customer_list import (
    CustomerFilter,
    CustomerRow,
    list_choices,
    list_customers,
)
from showroom.services.permissions import Permission, allowed

from .export_bar import ExportBar
from .labels import mark_label, value_class_label
from .pages import PageContext
from .workers import Task

PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_FILLS = {"warning": QColor("#F8D7DA"), "highlight": QColor("#FFF2CC")}


class CustomerListModel(QAbstractTableModel):
    """Rows of :class:`CustomerRow`, fetched a page at a time from the service."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from showroom.sheets.customers import COLUMNS

        self.context = context
        self.columns = COLUMNS
        self.rows: list[CustomerRow] = []
        self.total = 0
        self.filter = CustomerFilter()
        self.memberships: dict[str, str] = {}
        self.lang = current_language()

    def load(self, flt: CustomerFilter, memberships: dict[str, str]) -> None:
        self.beginResetModel()
        self.filter, self.memberships = flt, memberships
        page = list_customers(self.context.db, self.context.actor, flt, limit=PAGE_SIZE)
        self.rows, self.total = list(page.rows), page.total
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # Qt override
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # Qt override
        page = list_customers(
            self.context.db,
            self.context.actor,
            self.filter,
            offset=len(self.rows),
            limit=PAGE_SIZE,
        )
        if not page.rows:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header.text(self.lang)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            from showroom.sheets.customers import customer_cells

            value = customer_cells(row, self.memberships, self.lang)[index.column()]
            column = self.columns[index.column()]
            return format_value(column, value, self.lang) if value is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole and row.marks:
            from showroom.sheets.customers import mark_style

            style = mark_style(row.marks)
            return QBrush(_FILLS[style]) if style else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.columns[index.column()].alignment.value
            if align == "right":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CustomersPage(QWidget):
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
        self.count.setText(self.tr("{count} customers").format(count=f"{self.model.total:,}"))
        if self.model.rows:
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
