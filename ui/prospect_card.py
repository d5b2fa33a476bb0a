"""The prospect card (潜在客户跟踪表 on screen): the sheet's header, the follow-up rows,
the level history, competitor models, and the links to the customer, visits and vehicles.
Every action of the card opens its small dialog; the card reloads after each save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.db import Database
from showroom.db.changes import kinds
from showroom.errors import UserError
from showroom.exports.columns import Column, text_of
from showroom.exports.formatting import format_value
from showroom.models import (
    Customer,
    FollowUp,
    LevelChange,
    Loss,
    Order,
    OrderStatus,
    Prospect,
    ProspectStatus,
    TestDrive,
    Visit,
)
from showroom.palette import ALERT_TEXT
from showroom.services.context import Actor
from showroom.services.follow_ups import comment_follow_up
from showroom.services.losses import confirm_loss
from showroom.services.permissions import Permission, allowed
from showroom.services.prospect_queries import prospect_card
from showroom.services.prospect_types import ProspectCard
from showroom.sheets.export import export
from showroom.sheets.prospects import (
    FOLLOW_UP_COLUMNS,
    HISTORY_COLUMNS,
    STATUSES,
    ProspectCardSheet,
    card_fields,
    follow_up_cells,
    history_cells,
)
from showroom.sheets.visits import KINDS
from showroom.validation import ValidationFailed

from .closing_dialogs import DeliveryDialog, LossDialog, OrderDialog
from .follow_up_dialog import FollowUpDialog
from .formatting import mark_badge
from .operations import hub_for
from .prospect_manage_dialogs import CancelOrderDialog, HeaderDialog, ReassignDialog


def fill_table(
    table: QTableWidget, columns: Sequence[Column], rows: Sequence[Sequence[object]]
) -> None:
    """A small read-only table with the sheet's headers and text as exported."""
    table.clear()
    table.setColumnCount(len(columns))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels([c.header.text() for c in columns])
    for r, cells in enumerate(rows):
        for c, (column, value) in enumerate(zip(columns, cells, strict=True)):
            item = QTableWidgetItem(format_value(column, value))
            item.setToolTip(item.text())
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def read_only_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProspectCardDialog(QDialog):
    """One prospect's card. ``changed`` is emitted after anything was saved from it."""

    SHOWS = kinds(Prospect, FollowUp, LevelChange, Order, Loss, TestDrive, Visit, Customer)

    changed = Signal()
    customer_requested = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, prospect_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.prospect_id = db, actor, prospect_id
        self.card: ProspectCard | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.state = QLabel(self)
        self.fields = QGridLayout()
        self.fields.setHorizontalSpacing(14)
        self.follow_ups = read_only_table(self)
        self.history = read_only_table(self)
        self.links = QLabel(self)
        self.links.setWordWrap(True)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.tabs.addTab(self.history, self.tr("Level history"))
        self.tabs.addTab(self.links, self.tr("Visits and vehicles"))

        self.follow_up_button = QPushButton(self.tr("&Follow-up…"), self)
        self.order_button = QPushButton(self.tr("&Order…"), self)
        self.delivery_button = QPushButton(self.tr("&Delivery…"), self)
        self.loss_button = QPushButton(self.tr("&Lost…"), self)
        self.comment_button = QPushButton(self.tr("&Comment…"), self)
        self.confirm_button = QPushButton(self.tr("Confirm loss"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.reassign_button = QPushButton(self.tr("Re&assign…"), self)
        self.cancel_order_button = QPushButton(self.tr("Cancel o&rder…"), self)
        self.customer_button = QPushButton(self.tr("C&ustomer card"), self)
        self.pdf_button = QPushButton(self.tr("&PDF…"), self)
        self.excel_button = QPushButton(self.tr("&Excel…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.follow_up_button.clicked.connect(self.on_follow_up)
        self.order_button.clicked.connect(self.on_order)
        self.delivery_button.clicked.connect(self.on_delivery)
        self.loss_button.clicked.connect(self.on_loss)
        self.comment_button.clicked.connect(self.on_comment)
        self.confirm_button.clicked.connect(self.on_confirm)
        self.edit_button.clicked.connect(self.on_edit)
        self.reassign_button.clicked.connect(self.on_reassign)
        self.cancel_order_button.clicked.connect(self.on_cancel_order)
        self.customer_button.clicked.connect(self.on_customer)
        self.pdf_button.clicked.connect(lambda: self.on_export("pdf"))
        self.excel_button.clicked.connect(lambda: self.on_export("xlsx"))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("F2"), self, self.on_follow_up)

        actions = QHBoxLayout()
        for button in (
            self.follow_up_button, self.order_button, self.delivery_button, self.loss_button,
            self.comment_button, self.confirm_button, self.edit_button, self.reassign_button,
            self.cancel_order_button,
        ):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.customer_button, self.pdf_button, self.excel_button, close):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.state)
        layout.addLayout(head)
        layout.addLayout(self.fields)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        self.resize(1000, 640)
        hub_for(db).watch(self, self.SHOWS, self.reload)
        self.reload()

    # ------------------------------------------------------------------------ showing

    def reload(self) -> None:
        card = self.card = prospect_card(self.db, self.actor, self.prospect_id)
        marks = " ".join(mark_badge(m) for m in card.marks.split(",") if m)
        self.title.setText(f"{card.customer_name} {marks}".strip())
        self.setWindowTitle(
            self.tr("Prospect card: {customer}").format(customer=card.customer_name)
        )
        state = f"{card.level_name} · {text_of(STATUSES.get(card.status, card.status))}"
        if card.overdue_days:
            state += " · " + self.tr("overdue {days} days").format(days=card.overdue_days)
            self.state.setStyleSheet(f"color: {ALERT_TEXT}; font-weight: bold;")
        else:
            self.state.setStyleSheet("")
        self.state.setText(state)
        self._show_fields(card)
        fill_table(
            self.follow_ups, FOLLOW_UP_COLUMNS, [follow_up_cells(f) for f in card.follow_ups]
        )
        self.follow_ups.scrollToBottom()  # the latest contact is what the reader wants
        fill_table(self.history, HISTORY_COLUMNS, [history_cells(c) for c in card.level_history])
        self.links.setText(self._links_text(card))
        self._enable(card)

    def _show_fields(self, card: ProspectCard) -> None:
        while self.fields.count():
            item = self.fields.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        per_line = 3
        for i, (label, value) in enumerate(card_fields(card)):
            row, col = divmod(i, per_line)
            name = QLabel(text_of(label) + "：", self)
            name.setStyleSheet("color: #555;")
            shown = QLabel(text_of(value) or "—", self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            self.fields.addWidget(name, row, col * 2, Qt.AlignmentFlag.AlignRight)
            self.fields.addWidget(shown, row, col * 2 + 1)

    def _links_text(self, card: ProspectCard) -> str:
        lines = [self.tr("Visits ({count}):").format(count=len(card.visits))]
        for v in card.visits[:10]:
            kind = text_of(KINDS.get(v.kind, v.kind))  # type: ignore[call-overload]
            drive = " · " + self.tr("test drive") if v.test_drive else ""
            lines.append(f"  {v.visit_date.isoformat()}  {kind}{drive}")
        lines.append(self.tr("Test drives: {count}").format(count=card.test_drives))
        lines.append(self.tr("Vehicles ({count}):").format(count=len(card.vehicles)))
        for car in card.vehicles:
            delivered = car.delivered_on.isoformat() if car.delivered_on else ""
            lines.append(f"  {car.plate or ''}  {car.model or ''}  {car.vin or ''}  {delivered}")
        return "\n".join(lines)

    def _enable(self, card: ProspectCard) -> None:
        open_ = card.status == ProspectStatus.OPEN
        own = card.consultant_id == self.actor.user_id or allowed(
            self.actor, Permission.PROSPECTS_ALL
        )
        editable = own and allowed(self.actor, Permission.PROSPECTS_EDIT)
        self.follow_up_button.setEnabled(open_ and editable)
        self.order_button.setEnabled(open_ and editable)
        self.loss_button.setEnabled(open_ and editable)
        self.delivery_button.setEnabled(editable and self._open_order(card) is not None)
        self.cancel_order_button.setEnabled(editable and self._open_order(card) is not None)
        self.edit_button.setEnabled(editable)
        manager = allowed(self.actor, Permission.PROSPECTS_MANAGE)
        self.comment_button.setVisible(manager)
        self.reassign_button.setVisible(manager)
        self.comment_button.setEnabled(bool(card.follow_ups))
        self.confirm_button.setVisible(manager and card.loss is not None)
        self.confirm_button.setEnabled(card.loss is not None and not card.loss.confirmed)
        can_export = allowed(self.actor, Permission.EXPORT)
        self.pdf_button.setEnabled(can_export)
        self.excel_button.setEnabled(can_export)

    @staticmethod
    def _open_order(card: ProspectCard) -> int | None:
        return next((o.id for o in card.orders if o.status == OrderStatus.OPEN), None)

    # ------------------------------------------------------------------------ actions

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    @Slot()
    def on_follow_up(self) -> None:
        if self.card is None or not self.follow_up_button.isEnabled():
            return
        self._run(FollowUpDialog(
            self.db, self.actor, self.prospect_id, customer_name=self.card.customer_name,
            level=self.card.level, parent=self,
        ))  # fmt: skip

    @Slot()
    def on_order(self) -> None:
        if self.card is None:
            return
        self._run(OrderDialog(
            self.db, self.actor, self.prospect_id, customer_name=self.card.customer_name,
            model_id=self.card.model_id, colour=self.card.colour, payment=self.card.payment,
            parent=self,
        ))  # fmt: skip

    @Slot()
    def on_delivery(self) -> None:
        order_id = self._open_order(self.card) if self.card else None
        if self.card is None or order_id is None:
            return
        dialog = DeliveryDialog(
            self.db, self.actor, order_id, customer_name=self.card.customer_name, parent=self
        )
        self._run(dialog)

    @Slot()
    def on_edit(self) -> None:
        if self.card is None:
            return
        name = self.card.customer_name
        self._run(
            HeaderDialog(self.db, self.actor, self.prospect_id, customer_name=name, parent=self)
        )

    @Slot()
    def on_reassign(self) -> None:
        if self.card is None:
            return
        self._run(ReassignDialog(
            self.db, self.actor, [self.prospect_id],
            current_consultant_id=self.card.consultant_id, parent=self,
        ))  # fmt: skip

    @Slot()
    def on_cancel_order(self) -> None:
        order_id = self._open_order(self.card) if self.card else None
        if self.card is None or order_id is None:
            return
        name = self.card.customer_name
        self._run(CancelOrderDialog(self.db, self.actor, order_id, customer_name=name, parent=self))

    @Slot()
    def on_loss(self) -> None:
        if self.card is None:
            return
        name = self.card.customer_name
        self._run(
            LossDialog(self.db, self.actor, self.prospect_id, customer_name=name, parent=self)
        )

    @Slot()
    def on_comment(self) -> None:
        if self.card is None or not self.card.follow_ups:
            return
        row = self.follow_ups.currentRow()
        follow_up = self.card.follow_ups[row if row >= 0 else -1]
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Manager's comment"),
            self.tr("Comment on the follow-up of {date}:").format(
                date=follow_up.followed_on.isoformat()
            ),
            follow_up.manager_comment or "",
        )
        if ok and self._call(lambda: comment_follow_up(self.db, self.actor, follow_up.id, text)):
            self.reload()
            self.changed.emit()

    @Slot()
    def on_confirm(self) -> None:
        if self._call(lambda: confirm_loss(self.db, self.actor, self.prospect_id)):
            self.reload()
            self.changed.emit()

    @Slot()
    def on_customer(self) -> None:
        if self.card is None:
            return
        self.customer_requested.emit(self.card.customer_id)
        # The main window opens the customer card for whoever listens to it.
        window = self.parentWidget().window() if self.parentWidget() else None
        opened = getattr(window, "customer_opened", None)
        if opened is not None:
            opened.emit(self.card.customer_id)

    @Slot()
    def on_export(self, fmt: str) -> None:
        if self.card is None:
            return
        suffix = "pdf" if fmt == "pdf" else "xlsx"
        day = f"{dt.date.today():%Y%m%d}"
        name = f"{self.tr('Prospect card')}-{self.card.customer_name}-{day}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), name, f"*.{suffix}")
        if not path:
            return
        sheet = ProspectCardSheet(self.prospect_id)
        if self._call(lambda: export(self.db, self.actor, sheet, suffix, path)):
            QMessageBox.information(
                self, self.tr("Saved"), self.tr("Saved to {path}").format(path=path)
            )

    def _call(self, work: object) -> bool:
        try:
            work()  # type: ignore[operator]
        except ValidationFailed as exc:
            text = "\n".join(m.text() for m in exc.errors.values())
            QMessageBox.warning(self, self.windowTitle(), text)
            return False
        except (UserError, OSError) as exc:  # a refusal, a file in use, a full disk
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        return True
