"""``python -m bench.frontdesk_flow URL TAIL_MOBILE FULL_MOBILE``: the front desk's keys,
counted in the real (offscreen) main window, printing ``KEYS <flow> <count> <ok|why>``.

Every key goes to the widget that has the focus, as a receptionist's would; nothing is
set by code. Between keys the flow waits for the screen to answer (the lookup, the save),
as a person does — waiting is not a key. After each flow the stored visit is checked:

* ``last_four``: F2, the last four digits of a returning customer, Enter (takes the match),
  Enter (saves) — stored for that customer with the full number;
* ``full_phone``: F2, the eleven digits, Enter — stored as a repeat visit of that customer;
* ``departure``: F4 on the walk-in just saved (the log selects it), Enter — its departure
  stored;
* ``guest``: F2, Enter (asks for the source alone), Down, Enter — stored without contact;
* ``call``: Shift+F2, the last four digits, Enter, Enter — stored as a call.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



def main(argv: list[str]) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

    from showroom.services.visits import get_visit

    from .window import open_window, spin, wait_for

    url, tail_mobile, full_mobile = argv
    _app, db, admin, window = open_window(url)
    window.activateWindow()
    count = [0]

    def press(*keys: str | Qt.Key, shift: bool = False) -> None:
        modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        for key in keys:
            for one in key if isinstance(key, str) else (key,):
                target = QApplication.focusWidget() or window
                assert isinstance(target, QWidget)
                QTest.keyClick(target, one, modifier)
                count[0] += 1
                spin(20)

    def page():  # type: ignore[no-untyped-def]
        return window.pages.page("visits")

    def form_open():  # type: ignore[no-untyped-def]
        form = page().form if page() is not None else None
        wait_for(lambda: form is not None and form.phone_edit.hasFocus(), "the form")
        return form

    def saved(form) -> int:  # type: ignore[no-untyped-def]
        wait_for(lambda: not form.isVisible() or form.errors(), "the save")
        if form.isVisible():
            raise RuntimeError(f"refused: {form.errors()}")
        wait_for(lambda: not page().loading, "the log")
        return form.logged.visit_id

    def flow(name: str, run: Callable[[], str]) -> None:
        # Each flow starts with the window in front, as after the last visitor's entry.
        window.activateWindow()
        wait_for(window.isActiveWindow, "the window")
        count[0] = 0
        try:
            verdict = run()
        except Exception as exc:  # the table says what went wrong instead of a number
            verdict = f"{type(exc).__name__}:{exc}".replace(" ", "_")[:120]
        print(f"KEYS {name} {count[0]} {verdict}", flush=True)
        spin(100)

    def returning(keys: str, *, shift: bool, mobile: str, kind: str) -> str:
        window.navigation.setFocus()
        press(Qt.Key.Key_F2, shift=shift)
        form = form_open()
        press(keys)
        if len(keys) < 11:
            press(Qt.Key.Key_Return)  # takes the match
            wait_for(lambda: form.linked is not None, "the match")
        press(Qt.Key.Key_Return)  # saves
        visit = get_visit(db, admin, saved(form))
        ok = visit.phone == mobile and not visit.is_first_visit and visit.kind == kind
        return "ok" if ok else f"stored_{visit.phone}_{visit.kind}_first={visit.is_first_visit}"

    def guest() -> str:
        window.navigation.setFocus()
        press(Qt.Key.Key_F2)
        form = form_open()
        press(Qt.Key.Key_Return)
        wait_for(lambda: form.save_task is None and form.errors(), "the question")
        press(Qt.Key.Key_Down, Qt.Key.Key_Return)
        visit = get_visit(db, admin, saved(form))
        return "ok" if visit.phone is None and visit.customer_id is None else "stored_contact"

    def departure() -> str:
        visit_id = page().selected_row().id
        press(Qt.Key.Key_F4)
        wait_for(lambda: isinstance(QApplication.focusWidget(), QLineEdit), "the dialog")
        press(Qt.Key.Key_Return)
        wait_for(lambda: get_visit(db, admin, visit_id).departed_at is not None, "the departure")
        return "ok"

    spin(300)
    flow("last_four", lambda: returning(tail_mobile[-4:], shift=False, mobile=tail_mobile,
                                        kind="walk_in"))  # fmt: skip
    flow("full_phone", lambda: returning(full_mobile, shift=False, mobile=full_mobile,
                                         kind="walk_in"))  # fmt: skip
    flow("departure", departure)  # the full-phone walk-in just saved is selected
    flow("guest", guest)
    flow("call", lambda: returning(tail_mobile[-4:], shift=True, mobile=tail_mobile,
                                   kind="call"))  # fmt: skip
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
