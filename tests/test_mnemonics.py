"""Every Alt+letter of every form moves the cursor to its field, and no dialog uses a
letter twice.

Each case builds one form as the program does; the walk finds every label with a
mnemonic (``&X``), presses Alt+X and checks that the focus lands in a widget that takes
focus and is (or is inside) the label's buddy. Buttons' letters count for the "not twice"
rule but are not pressed (they would act).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from forms_support import FormStore
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from showroom.db import Database
from showroom.models import CallOutcome
from showroom.services import auth
from showroom.services.customer_card import load_card
from showroom.services.visit_queries import visit_choices


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` ("&&" is a literal ampersand), upper case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].upper()
            i += 1
        i += 1
    return None


def _visit_form(store: FormStore) -> QWidget:
    from ui.visit_form import VisitForm

    return VisitForm(store.db, store.staff.reception, visit_choices(store.db))


def _departure(store: FormStore) -> QWidget:
    import datetime as dt

    from ui.departure import DepartureDialog

    now = dt.datetime.now().replace(second=0, microsecond=0)
    return DepartureDialog("钱女士", now - dt.timedelta(minutes=40), now)


def _follow_up(store: FormStore) -> QWidget:
    from ui.follow_up_dialog import FollowUpDialog

    return FollowUpDialog(
        store.db, store.staff.alice, store.prospect_id, customer_name="钱女士", level="B"
    )


def _care_call(outcome: CallOutcome) -> Callable[[FormStore], QWidget]:
    def build(store: FormStore) -> QWidget:
        from ui.care_call_dialog import CareCallDialog

        dialog = CareCallDialog(store.db, store.admin, store.care_call())
        # The dates and the satisfaction fields are open for some outcomes only.
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
        return dialog

    return build


def _complaint(store: FormStore) -> QWidget:
    from ui.complaint_dialog import ComplaintDialog

    return ComplaintDialog(store.db, store.admin)


def _reassign(store: FormStore) -> QWidget:
    from ui.prospect_manage_dialogs import ReassignDialog

    return ReassignDialog(
        store.db, store.staff.manager, [store.prospect_id],
        current_consultant_id=store.staff.alice.user_id,
    )  # fmt: skip


def _header(store: FormStore) -> QWidget:
    from ui.prospect_manage_dialogs import HeaderDialog

    return HeaderDialog(store.db, store.staff.alice, store.prospect_id, customer_name="钱女士")


def _cancel_order(store: FormStore) -> QWidget:
    from ui.prospect_manage_dialogs import CancelOrderDialog

    return CancelOrderDialog(store.db, store.staff.manager, 1, customer_name="钱女士")


def _order(store: FormStore) -> QWidget:
    from ui.closing_dialogs import OrderDialog

    return OrderDialog(store.db, store.staff.alice, store.prospect_id, customer_name="钱女士")


def _delivery(store: FormStore) -> QWidget:
    from ui.closing_dialogs import DeliveryDialog

    return DeliveryDialog(store.db, store.staff.alice, 1, customer_name="钱女士")


def _loss(store: FormStore) -> QWidget:
    from ui.closing_dialogs import LossDialog

    return LossDialog(store.db, store.staff.alice, store.prospect_id, customer_name="钱女士")


def _vehicle(store: FormStore) -> QWidget:
    from ui.vehicle_dialog import VehicleDialog

    return VehicleDialog(store.db, store.admin, store.customer_id)


def _service_visit(store: FormStore) -> QWidget:
    from ui.service_visit_dialog import ServiceVisitDialog

    card = load_card(store.db, store.admin, store.customer_id)
    return ServiceVisitDialog(store.db, store.admin, card.vehicles[0])


def _mark(store: FormStore) -> QWidget:
    from ui.mark_dialog import MarkDialog

    return MarkDialog(store.db, store.admin, store.customer_id)


def _customer_card(store: FormStore) -> QWidget:
    from ui.customer_card import CustomerCardDialog

    return CustomerCardDialog(store.context(), store.customer_id)


def _first_sign_in(store: FormStore) -> QWidget:
    from ui.sign_in_dialog import SignInDialog

    return SignInDialog(store.db)


def _sign_in(store: FormStore) -> QWidget:
    from ui.sign_in_dialog import SignInDialog

    auth.set_up_administrator(store.db, "long-enough-1")
    return SignInDialog(store.db, "示范店")


def _new_user(store: FormStore) -> QWidget:
    from ui.users_tab import NewUserDialog

    return NewUserDialog()


def _users_tab(store: FormStore) -> QWidget:
    from ui.users_tab import UsersTab

    return UsersTab(store.context())


def _password(store: FormStore) -> QWidget:
    from ui.session_actions import PasswordDialog

    return PasswordDialog(store.db, store.admin)


def _call_scripts(store: FormStore) -> QWidget:
    from ui.call_scripts_tab import CallScriptsTab

    return CallScriptsTab(store.context())


def _import_wizard(store: FormStore) -> QWidget:
    from ui.import_wizard import ImportWizard

    return ImportWizard(store.db, store.admin, kind="visits")


FORMS: dict[str, Callable[[FormStore], QWidget]] = {
    "visit form": _visit_form,
    "departure": _departure,
    "follow-up": _follow_up,
    "care call, booked": _care_call(CallOutcome.BOOKED),
    "care call, no answer": _care_call(CallOutcome.NO_ANSWER),
    "complaint": _complaint,
    "reassign prospects": _reassign,
    "edit prospect": _header,
    "cancel order": _cancel_order,
    "order": _order,
    "delivery": _delivery,
    "loss": _loss,
    "vehicle": _vehicle,
    "service visit": _service_visit,
    "special mark": _mark,
    "customer card": _customer_card,
    "first sign-in": _first_sign_in,
    "sign-in": _sign_in,
    "new user": _new_user,
    "users tab": _users_tab,
    "change password": _password,
    "call scripts tab": _call_scripts,
    "import wizard": _import_wizard,
}


def _lettered(window: QWidget) -> tuple[list[tuple[str, QLabel]], list[tuple[str, QWidget]]]:
    """(letter, label) of the labels, and (letter, button) of the buttons, on show."""
    labels = [
        (letter, label)
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and (letter := mnemonic(label.text()))
    ]
    buttons: list[tuple[str, QWidget]] = [
        (letter, button)
        for button in window.findChildren(QAbstractButton)
        if button.isVisibleTo(window) and (letter := mnemonic(button.text()))
    ]
    return labels, buttons


def _park_focus(window: QWidget, away_from: QWidget) -> None:
    """Put the cursor in some field other than ``away_from``, so a move can be seen."""
    for widget in window.findChildren(QWidget):
        if (
            widget is not away_from
            and not away_from.isAncestorOf(widget)
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.focusProxy() is None
            and widget.isEnabled()
            and widget.isVisibleTo(window)
        ):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if widget.hasFocus():
                return


@pytest.mark.parametrize("name", list(FORMS))
def test_every_alt_letter_moves_the_cursor_to_its_field(
    qtbot: QtBot, sqlite_db: Database, name: str
) -> None:
    window = FORMS[name](FormStore(sqlite_db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    labels, buttons = _lettered(window)
    used = Counter(letter for letter, _w in labels + buttons)
    twice = sorted(letter for letter, count in used.items() if count > 1)
    assert not twice, f"{name}: Alt+{', Alt+'.join(twice)} used more than once"

    pressed = 0
    for letter, label in labels:
        buddy = label.buddy()
        assert buddy is not None, f"{name}: {label.text()!r} has a letter but no field"
        if not buddy.isEnabled():
            continue  # closed for this state of the form (another case opens it)
        _park_focus(window, buddy)
        qtbot.keyClick(window, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        assert focused is not None, f"{name}: Alt+{letter} left no focus"
        assert focused.focusPolicy() != Qt.FocusPolicy.NoFocus
        assert focused is buddy or buddy.isAncestorOf(focused), (
            f"{name}: Alt+{letter} ({label.text()!r}) focused {focused!r}, not its field"
        )
        pressed += 1
    if name != "users tab":  # buttons only
        assert pressed, f"{name}: no field has an Alt+letter"


def test_the_chinese_labels_keep_the_english_letters() -> None:
    """Notes with Alt+N read 备注(&N): a letter unique in English stays unique in Chinese."""
    import xml.etree.ElementTree as ET

    from resources import resource_path

    differ = []
    for context in ET.parse(resource_path("translations", "showroom_zh_CN.ts")).iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if translation and mnemonic(source) != mnemonic(translation):
                differ.append(f"{context.findtext('name')}: {source!r} → {translation!r}")
    assert not differ, "\n".join(differ[:20])
