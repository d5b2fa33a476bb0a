"""客户信息卡 on screen: the person, their vehicles, one time line, marks and merges.

The header says at a glance who this is — special marks as coloured badges, loyalty,
membership, value class, base or new, spend — and the tabs hold the details. Every field
is edited in place and saved with Ctrl+S; each message appears under its field. Service
visits, vehicles, marks and merges open small dialogs and reload the card afterwards, so
derived values (spend, classes) are always the ones the services computed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom import labels, palette
from showroom.db.changes import kinds
from showroom.errors import UserError
from showroom.i18n import Msg
from showroom.masking import CARD_MASKS
from showroom.models import (
    CareCall,
    Complaint,
    ConsentEvent,
    Customer,
    CustomerMark,
    FollowUp,
    MileageReading,
    Order,
    Prospect,
    ServiceRecord,
    Vehicle,
    Visit,
)
from showroom.rules.loyalty import loyalty_label
from showroom.services.conflicts import EditConflict, RecordGone
from showroom.services.customer_card import CustomerCard, VehicleInfo, load_card, reveal_field
from showroom.services.customer_list import list_choices
from showroom.services.customer_lookup import NotFound
from showroom.services.customer_marks import clear_mark
from showroom.services.customer_merge import undo_merge
from showroom.services.customers import (
    CONTACT_METHODS,
    CustomerInput,
    create_customer,
    update_customer,
)
from showroom.services.permissions import Permission, PermissionDenied, allowed
from showroom.validation import ValidationFailed, resident_id_info

from .customer_card_fields import date_line, parse_date
from .labels import care_call_label, mark_label, sex_label, value_class_label
from .operations import error_text
from .pages import PageContext
from .prospect_forms import combo, select_data, text_edit
from .visit_widgets import ERROR_COLOUR, FieldBox


def badges_html(marks: tuple[str, ...] | list[str]) -> str:
    return " ".join(
        f'<span style="background:{palette.badge_colours(m)[0]}; '
        f"color:{palette.badge_colours(m)[1]}; "
        f'font-weight:bold;">&nbsp;{mark_label(m)}&nbsp;</span>'
        for m in marks
    )


def _item(value: object, align_right: bool = False) -> QTableWidgetItem:
    if value is None:
        text = ""
    elif isinstance(value, Decimal):
        text = f"{value:,.2f}"
    elif isinstance(value, float):
        text = f"{value:,.1f}"
    elif isinstance(value, int):
        text = f"{value:,}"
    else:
        text = str(value)
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right or isinstance(value, int | float | Decimal):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, _item(value))


class CustomerCardDialog(QDialog):
    """Emits ``changed(customer_id)`` after anything was saved (the list refreshes)."""

    changed = Signal(int)
    #: Everything the card's tabs and time line show about one customer.
    SHOWS = kinds(
        Customer, CustomerMark, ConsentEvent, Vehicle, MileageReading, ServiceRecord, Visit,
        Prospect, FollowUp, Order, CareCall, Complaint,
    )  # fmt: skip

    def __init__(
        self, context: PageContext, customer_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.db, self.actor = context.db, context.actor
        self.customer_id = customer_id
        self.card: CustomerCard | None = None
        self.setObjectName("customerCard")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1040, 720)
        choices = list_choices(self.db)

        self.title = QLabel(self)
        self.title.setObjectName("dialogTitle")
        self.badges = QLabel(self)
        self.badges.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.badges)
        header.addStretch(1)

        self.tabs = QTabWidget(self)
        self.boxes: dict[str, FieldBox] = {}
        self.tabs.addTab(self._details_tab(choices), self.tr("Details"))
        self.tabs.addTab(self._vehicles_tab(), self.tr("Vehicles and services"))
        self.timeline = _table(
            [
                self.tr("Date"),
                self.tr("What"),
                self.tr("Vehicle"),
                self.tr("Details"),
                self.tr("Amount"),
            ],
            self,
        )
        self.tabs.addTab(self.timeline, self.tr("Time line"))
        self.tabs.addTab(self._marks_tab(), self.tr("Special marks"))
        self.tabs.addTab(self._merges_tab(), self.tr("Merges"))

        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Print card…"), self)
        self.print_button.clicked.connect(self.print_card)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        context.hub.watch(self, self.SHOWS, self.reload)
        self.reload()
        self.name.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        # Ctrl+S reaches here when the shortcut did not take it (the window is not active).
        if event.matches(QKeySequence.StandardKey.Save):
            event.accept()
            self.save()
            return
        super().keyPressEvent(event)

    # --- building ----------------------------------------------------------------------
    def _field(self, name: str, widget: QWidget) -> QWidget:
        box = FieldBox(widget, self)
        self.boxes[name] = box
        return box

    def _details_tab(self, choices: object) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(14)
        self.name = QLineEdit(page)
        self.sex = combo([("—", None), (sex_label("M"), "M"), (sex_label("F"), "F")], page)
        self.resident_id = QLineEdit(page)
        # Filled as soon as the number is complete and valid, not only on leaving the field.
        self.resident_id.textEdited.connect(self._fill_from_id)
        self.birthday = date_line(None, page)
        self.texts: dict[str, QLineEdit] = {}
        contact = labels.CONTACT_METHOD
        self.preferred = combo([("—", ""), *((contact.text(c), c) for c in CONTACT_METHODS)], page)
        self.consultant = combo([("—", None), *((n, k) for k, n in choices.consultants)], page)
        self.advisor = combo([("—", None), *((n, k) for k, n in choices.advisors)], page)
        self.hobbies = text_edit(page, 56)
        self.notes = text_edit(page, 56)
        rows: list[tuple[str, str, QWidget | None]] = [
            ("name", self.tr("&Name"), self.name),
            ("sex", self.tr("&Sex"), self.sex),
            ("resident_id", self.tr("Resident &ID"), self.resident_id),
            ("birthday", self.tr("&Birthday"), self.birthday),
            ("occupation", self.tr("Occupation"), None),
            ("company", self.tr("C&ompany"), None),
            ("mobile", self.tr("&Mobile"), None),
            ("home_phone", self.tr("Home phone"), None),
            ("office_phone", self.tr("Office phone"), None),
            ("fax", self.tr("Fax"), None),
            ("email", self.tr("&E-mail"), None),
            ("wechat", self.tr("&WeChat"), None),
            ("home_address", self.tr("&Home address"), None),
            ("home_postcode", self.tr("Postcode"), None),
            ("work_address", self.tr("Work address"), None),
            ("work_postcode", self.tr("Work postcode"), None),
            ("preferred_contact", self.tr("Preferred contact"), self.preferred),
            ("preferred_contact_time", self.tr("Best time to call"), None),
            ("consultant_id", self.tr("Sales &consultant"), self.consultant),
            ("service_advisor_id", self.tr("Service ad&visor"), self.advisor),
        ]
        self.reveal_buttons: dict[str, QPushButton] = {}
        for index, (key, label, widget) in enumerate(rows):
            if widget is None:
                widget = self.texts[key] = QLineEdit(page)
            row, col = divmod(index, 2)
            caption = QLabel(label, page)
            caption.setBuddy(self._field(key, widget))  # its Alt+letter, where it has one
            grid.addWidget(caption, row, col * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._with_reveal(key, page), row, col * 2 + 1)
        last = len(rows) // 2
        grid.addWidget(QLabel(self.tr("Hobbies and preferences"), page), last, 0)
        grid.addWidget(self._field("hobbies", self.hobbies), last, 1)
        grid.addWidget(QLabel(self.tr("Notes"), page), last, 2)
        grid.addWidget(self._field("notes", self.notes), last, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(last + 1, 1)
        return page

    def _with_reveal(self, key: str, page: QWidget) -> QWidget:
        """The field's box, with a "Show" button beside it when the field can be masked."""
        if key not in CARD_MASKS:
            return self.boxes[key]
        holder = QWidget(page)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.boxes[key], 1)
        button = self.reveal_buttons[key] = QPushButton(self.tr("Show"), holder)
        button.setObjectName(f"reveal_{key}")
        button.setToolTip(self.tr("Show the full value (recorded in the audit trail)"))
        button.clicked.connect(lambda _checked=False, name=key: self.reveal(name))
        button.hide()
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return holder

    def _field_edit(self, key: str) -> QLineEdit:
        return self.resident_id if key == "resident_id" else self.texts[key]

    def reveal(self, key: str) -> None:
        """The full value of one masked field, from the service that audits it."""
        if self.customer_id is None:
            return
        try:
            value = reveal_field(self.db, self.actor, self.customer_id, key)
        except UserError as problem:
            self._show_general(problem.msg.text())
            return
        edit = self._field_edit(key)
        edit.setText(value or "")
        edit.setReadOnly(False)
        self.reveal_buttons[key].hide()

    def _show_masks(self, card: CustomerCard) -> None:
        # A masked field is read-only until revealed: the mask is never typed over and
        # saved as a "new" value (the service keeps the stored one for an untouched mask).
        for key, button in self.reveal_buttons.items():
            masked = key in card.masked
            self._field_edit(key).setReadOnly(masked)
            button.setVisible(masked and card.may_reveal)
        # The consultant is changed by a manager or handed over by the owner only.
        self.consultant.setEnabled(
            allowed(self.actor, Permission.PROSPECTS_MANAGE)
            or card.fields.consultant_id == self.actor.user_id
        )

    def _vehicles_tab(self) -> QWidget:
        page = QWidget(self)
        self.vehicles = _table(
            [
                self.tr("Plate"),
                self.tr("VIN"),
                self.tr("Model"),
                self.tr("Colour"),
                self.tr("Purchased"),
                self.tr("First service"),
                self.tr("First km"),
                self.tr("Latest km"),
                self.tr("km/day"),
                self.tr("Next maintenance"),
            ],
            page,
        )
        self.vehicles.itemSelectionChanged.connect(self._show_vehicle)
        self.vehicles.itemDoubleClicked.connect(lambda _item: self.edit_vehicle())
        self.services = _table(
            [
                self.tr("Date"),
                self.tr("Service"),
                self.tr("km"),
                self.tr("Amount"),
                self.tr("Advisor"),
                self.tr("Notes"),
            ],
            page,
        )
        self.readings = _table(
            [self.tr("Date"), self.tr("km"), self.tr("km/day since previous")], page
        )
        lower = QSplitter(Qt.Orientation.Horizontal, page)
        lower.addWidget(self.services)
        lower.addWidget(self.readings)
        lower.setSizes([640, 300])
        self.add_vehicle_button = QPushButton(self.tr("Add vehicle…"), page)
        self.add_vehicle_button.clicked.connect(self.add_vehicle)
        self.edit_vehicle_button = QPushButton(self.tr("Edit vehicle…"), page)
        self.edit_vehicle_button.clicked.connect(self.edit_vehicle)
        self.service_button = QPushButton(self.tr("Add service visit…"), page)
        self.service_button.clicked.connect(self.add_service)
        actions = QHBoxLayout()
        for button in (self.add_vehicle_button, self.edit_vehicle_button, self.service_button):
            actions.addWidget(button)
        actions.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.vehicles)
        splitter.addWidget(lower)
        layout = QVBoxLayout(page)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        return page

    def _marks_tab(self) -> QWidget:
        page = QWidget(self)
        self.marks = _table(
            [
                self.tr("Mark"),
                self.tr("Why"),
                self.tr("Set by"),
                self.tr("Set on"),
                self.tr("Cleared on"),
                self.tr("Cleared by"),
                self.tr("Why cleared"),
            ],
            page,
        )
        self.set_mark_button = QPushButton(self.tr("Set mark…"), page)
        self.set_mark_button.clicked.connect(self.set_mark)
        self.clear_mark_button = QPushButton(self.tr("Clear mark"), page)
        self.clear_mark_button.clicked.connect(self.clear_selected_mark)
        manager = self.actor.is_manager
        for button in (self.set_mark_button, self.clear_mark_button):
            button.setEnabled(manager)
            if not manager:
                button.setToolTip(self.tr("Only a manager can set or clear special marks."))
        actions = QHBoxLayout()
        actions.addWidget(self.set_mark_button)
        actions.addWidget(self.clear_mark_button)
        actions.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(actions)
        layout.addWidget(self.marks)
        return page

    def _merges_tab(self) -> QWidget:
        page = QWidget(self)
        self.merges = _table(
            [self.tr("Merged record"), self.tr("Merged on"), self.tr("By"), self.tr("Undone on")],
            page,
        )
        may_merge = allowed(self.actor, Permission.CUSTOMERS_MERGE)
        self.merge_button = QPushButton(self.tr("Merge a duplicate into this card…"), page)
        self.merge_button.clicked.connect(self.merge)
        self.undo_button = QPushButton(self.tr("Undo merge"), page)
        self.undo_button.clicked.connect(self.undo_selected_merge)
        for button in (self.merge_button, self.undo_button):
            button.setEnabled(may_merge)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(actions)
        layout.addWidget(self.merges)
        return page

    # --- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        if self.customer_id is None:
            self.setWindowTitle(self.tr("New customer"))
            self.title.setText(self.tr("New customer"))
            for index in range(1, self.tabs.count()):
                self.tabs.setTabEnabled(index, False)
            self.print_button.setEnabled(False)
            return
        try:
            card = load_card(self.db, self.actor, self.customer_id)
        except (NotFound, PermissionDenied) as problem:
            self._show_general(str(problem.msg.text()))
            self.save_button.setEnabled(False)
            return
        self.card = card
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        self.print_button.setEnabled(allowed(self.actor, Permission.EXPORT))
        self.setWindowTitle(self.tr("Customer card: {name}").format(name=card.fields.name))
        self.title.setText(card.fields.name)
        self.badges.setText(badges_html(card.mark_codes))
        self.summary.setText(self._summary(card))
        self._show_fields(card.fields)
        self._show_masks(card)
        self._show_vehicles(card)
        _fill(
            self.timeline,
            [
                [e.on, self._event_kind(e.kind, e.code), e.vehicle, e.text, e.amount]
                for e in card.timeline
            ],
        )
        _fill(
            self.marks,
            [
                [
                    mark_label(m.kind),
                    m.reason,
                    m.set_by,
                    m.set_at.strftime("%Y-%m-%d %H:%M"),
                    m.cleared_at.strftime("%Y-%m-%d") if m.cleared_at else None,
                    m.cleared_by,
                    m.cleared_reason,
                ]
                for m in card.marks
            ],
        )
        _fill(
            self.merges,
            [
                [
                    f"{m.merged_name} (#{m.merged_id})",
                    m.at.strftime("%Y-%m-%d %H:%M"),
                    m.by,
                    m.undone_at.strftime("%Y-%m-%d %H:%M") if m.undone_at else None,
                ]
                for m in card.merges
            ],
        )

    def _summary(self, card: CustomerCard) -> str:
        parts = [
            self.tr("Loyalty: {value}").format(value=_text(loyalty_label(card.loyalty_class))),
            self.tr("Membership: {value}").format(value=card.membership_name or "—"),
            self.tr("Value: {value}").format(value=value_class_label(card.value_class) or "—"),
            self.tr("Base customer") if card.is_base else self.tr("New customer"),
            self.tr("Cumulative spend: ¥{amount}").format(amount=f"{card.cumulative_spend:,.2f}"),
            self.tr("Vehicles: {count}").format(count=len(card.vehicles)),
        ]
        if card.referral_count:
            parts.append(self.tr("Referred {count}").format(count=card.referral_count))
        return " · ".join(parts)

    def _event_kind(self, kind: str, code: str | None) -> str:
        names = {
            "visit": self.tr("Walk-in"),
            "call": self.tr("Call"),
            "prospect": self.tr("Prospect"),
            "follow_up": self.tr("Follow-up"),
            "test_drive": self.tr("Test drive"),
            "order": self.tr("Order"),
            "delivery": self.tr("Delivery"),
            "service": self.tr("Service"),
            "care_call": self.tr("Care call"),
            "complaint": self.tr("Complaint"),
            "mark": self.tr("Special mark"),
        }
        name = names.get(kind, kind)
        if kind == "care_call" and code:
            return f"{name}: {care_call_label(code)}"
        return f"{name}: {mark_label(code)}" if kind == "mark" and code else name

    def _show_fields(self, fields: CustomerInput) -> None:
        self.name.setText(fields.name)
        select_data(self.sex, fields.sex)
        self.resident_id.setText(fields.resident_id)
        self.birthday.setText(str(fields.birthday or ""))
        for key, edit in self.texts.items():
            edit.setText(getattr(fields, key) or "")
        select_data(self.preferred, fields.preferred_contact or "")
        select_data(self.consultant, fields.consultant_id)
        select_data(self.advisor, fields.service_advisor_id)
        self.hobbies.setPlainText(fields.hobbies)
        self.notes.setPlainText(fields.notes)

    def _show_vehicles(self, card: CustomerCard) -> None:
        _fill(
            self.vehicles,
            [
                [
                    v.plate,
                    v.vin,
                    v.model_name,
                    v.colour,
                    v.purchase_date,
                    v.first_service_on,
                    v.first_service_km,
                    v.latest_km,
                    v.km_per_day,
                    v.next_maintenance_due,
                ]
                for v in card.vehicles
            ],
        )
        if card.vehicles:
            self.vehicles.selectRow(0)
        self._show_vehicle()

    def selected_vehicle(self) -> VehicleInfo | None:
        if self.card is None:
            return None
        row = self.vehicles.currentRow()
        return self.card.vehicles[row] if 0 <= row < len(self.card.vehicles) else None

    def _show_vehicle(self) -> None:
        vehicle = self.selected_vehicle()
        self.edit_vehicle_button.setEnabled(vehicle is not None)
        self.service_button.setEnabled(
            vehicle is not None and allowed(self.actor, Permission.AFTERSALES_EDIT)
        )
        _fill(
            self.services,
            [
                [s.on, s.type_name, s.mileage, s.amount, s.advisor, s.notes]
                for s in (vehicle.services if vehicle else ())
            ],
        )
        _fill(
            self.readings,
            [
                [r.on, r.km, round(r.km_per_day, 1) if r.km_per_day is not None else None]
                for r in reversed(vehicle.readings if vehicle else ())
            ],
        )

    # --- editing -----------------------------------------------------------------------
    def _fill_from_id(self) -> None:
        """A valid resident ID fills the birthday and sex (the service checks them again)."""
        info = resident_id_info(self.resident_id.text())
        if info is not None:
            self.birthday.setText(info.birth_date.isoformat())
            select_data(self.sex, info.sex)

    def form_input(self) -> CustomerInput:
        birthday, problem = parse_date(self.birthday.text())
        if problem is not None:
            raise ValidationFailed({"birthday": problem})
        data = CustomerInput(
            name=self.name.text(),
            sex=self.sex.currentData(),
            resident_id=self.resident_id.text(),
            birthday=birthday,
            preferred_contact=self.preferred.currentData() or "",
            consultant_id=self.consultant.currentData(),
            service_advisor_id=self.advisor.currentData(),
            hobbies=self.hobbies.toPlainText(),
            notes=self.notes.toPlainText(),
        )
        for key, edit in self.texts.items():
            setattr(data, key, edit.text())
        return data

    def save(self) -> bool:
        for box in self.boxes.values():
            box.clear_error()
        self.general_error.hide()
        try:
            data = self.form_input()
            if self.customer_id is None:
                self.customer_id = create_customer(self.db, self.actor, data)
            else:
                assert self.card is not None
                update_customer(
                    self.db,
                    self.actor,
                    self.customer_id,
                    self.card.version,
                    data,
                    self.card.fields,
                )
        except ValidationFailed as failed:
            first = None
            general = []
            for name, msg in failed.errors.items():
                box = self.boxes.get(name)
                if box is None:
                    general.append(msg.text())
                    continue
                box.set_error(msg.text())
                first = first or box
            if general:
                self._show_general("\n".join(general))
            if first is not None:
                self.tabs.setCurrentIndex(0)
                first.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except (EditConflict, RecordGone, NotFound, PermissionDenied) as problem:
            self._show_general(problem.msg.text())
            return False
        self.reload()
        self.changed.emit(self.customer_id)
        return True

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    def _after_dialog(self, accepted: bool) -> None:
        if accepted and self.customer_id is not None:
            self.reload()
            self.changed.emit(self.customer_id)

    def add_vehicle(self) -> None:
        from .vehicle_dialog import VehicleDialog

        if self.customer_id is not None:
            dialog = VehicleDialog(self.db, self.actor, self.customer_id, None, self)
            self._after_dialog(dialog.exec() == QDialog.DialogCode.Accepted)

    def edit_vehicle(self) -> None:
        from .vehicle_dialog import VehicleDialog

        vehicle = self.selected_vehicle()
        if vehicle is not None and self.customer_id is not None:
            dialog = VehicleDialog(self.db, self.actor, self.customer_id, vehicle, self)
            self._after_dialog(dialog.exec() == QDialog.DialogCode.Accepted)

    def add_service(self) -> None:
        from .service_visit_dialog import ServiceVisitDialog

        vehicle = self.selected_vehicle()
        if vehicle is not None:
            dialog = ServiceVisitDialog(self.db, self.actor, vehicle, self)
            self._after_dialog(dialog.exec() == QDialog.DialogCode.Accepted)

    def set_mark(self) -> None:
        from .mark_dialog import MarkDialog

        if self.card is not None:
            dialog = MarkDialog(self.db, self.actor, self.card.id, self.card.mark_codes, self)
            self._after_dialog(dialog.exec() == QDialog.DialogCode.Accepted)

    def clear_selected_mark(self) -> None:
        if self.card is None:
            return
        row = self.marks.currentRow()
        if not 0 <= row < len(self.card.marks) or self.card.marks[row].cleared_at is not None:
            return
        mark = self.card.marks[row]
        answer = QMessageBox.question(
            self,
            self.tr("Clear mark"),
            self.tr("Clear the mark “{mark}”?").format(mark=mark_label(mark.kind)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                clear_mark(self.db, self.actor, mark.id)
            except (NotFound, PermissionDenied) as problem:
                self._show_general(problem.msg.text())
            self._after_dialog(True)

    def merge(self) -> None:
        from .merge_dialog import MergeDialog

        if self.card is not None:
            dialog = MergeDialog(self.db, self.actor, self.card, self)
            self._after_dialog(dialog.exec() == QDialog.DialogCode.Accepted)

    def undo_selected_merge(self) -> None:
        if self.card is None:
            return
        row = self.merges.currentRow()
        if not 0 <= row < len(self.card.merges) or self.card.merges[row].undone_at is not None:
            return
        merge = self.card.merges[row]
        answer = QMessageBox.question(
            self,
            self.tr("Undo merge"),
            self.tr("Split “{name}” off this card again?").format(name=merge.merged_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                undo_merge(self.db, self.actor, merge.id)
            except (NotFound, PermissionDenied) as problem:
                self._show_general(problem.msg.text())
            self._after_dialog(True)

    def print_card(self) -> None:
        if self.card is None:
            return
        from showroom.sheets.customer_card import CustomerCardSheet
        from showroom.sheets.export import export

        default = f"{self.card.fields.name}-{dt.date.today():%Y%m%d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print card"), default, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            export(self.db, self.actor, CustomerCardSheet(self.card.id), "pdf", path)
        except (UserError, OSError) as problem:  # a refusal, the card gone, a file in use
            QMessageBox.warning(self, self.tr("Print card"), error_text(problem))


def _text(msg: Msg | None) -> str:
    return msg.text() if msg is not None else "—"
