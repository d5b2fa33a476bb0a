"""Pick lists select by typing: a prefix, pinyin initials or full pinyin, or a digit."""

from __future__ import annotations

from forms_support import FormStore
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from showroom.db import Database
from showroom.services.visit_queries import visit_choices
from ui import typed_combo
from ui.prospect_forms import combo


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _sources(qtbot: QtBot, db: Database) -> tuple[QComboBox, _Clock, QWidget]:
    parent = QWidget()
    qtbot.addWidget(parent)
    choices = visit_choices(db, lang="zh_CN")
    box = combo([("", None), *((s.name, s.key) for s in choices.sources)], parent)
    helper = typed_combo.typed_selection(box)
    assert helper is not None
    clock = _Clock()
    helper.clock = clock
    return box, clock, parent  # the parent too: the box lives only as long as it


def _type(qtbot: QtBot, box: QWidget, clock: _Clock, keys: str) -> None:
    for key in keys:
        qtbot.keyClicks(box, key)
        clock.now += 0.2  # a typist's pace: well inside the reset pause


def test_pinyin_initials_pick_the_option_they_name(qtbot: QtBot, sqlite_db: Database) -> None:
    box, clock, _parent = _sources(qtbot, sqlite_db)
    _type(qtbot, box, clock, "lkh")
    # 老客户, not 老客户介绍 listed above it: initials that name an option whole win.
    assert box.currentText() == "老客户"
    clock.now += 5
    _type(qtbot, box, clock, "lkhj")
    assert box.currentText() == "老客户介绍"


def test_a_prefix_and_full_pinyin_pick_the_first_match(qtbot: QtBot, sqlite_db: Database) -> None:
    box, clock, _parent = _sources(qtbot, sqlite_db)
    _type(qtbot, box, clock, "w")
    assert box.currentText() == "网络"
    clock.now += 5
    _type(qtbot, box, clock, "lu")
    assert box.currentText() == "路过"
    clock.now += 5
    _type(qtbot, box, clock, "wangl")
    assert box.currentText() == "网络"
    clock.now += 5
    _type(qtbot, box, clock, "xyz")  # no option: the choice stays
    assert box.currentText() == "网络"


def test_a_digit_picks_the_nth_real_option(qtbot: QtBot, sqlite_db: Database) -> None:
    box, clock, _parent = _sources(qtbot, sqlite_db)
    real = [box.itemText(i) for i in range(1, box.count())]
    _type(qtbot, box, clock, "3")
    assert box.currentIndex() == 3 and box.currentText() == real[2]  # the empty entry skipped
    clock.now += 5
    _type(qtbot, box, clock, "1")
    assert box.currentText() == real[0]


def test_a_pause_starts_a_new_search(qtbot: QtBot, sqlite_db: Database) -> None:
    box, clock, _parent = _sources(qtbot, sqlite_db)
    _type(qtbot, box, clock, "l")
    assert box.currentText() == "老客户介绍"  # first from the top beginning with l
    clock.now += typed_combo.RESET_SECONDS + 0.1
    _type(qtbot, box, clock, "w")  # a new search, not "lw"
    assert box.currentText() == "网络"
    _type(qtbot, box, clock, "l")  # within the pause: "wl" names 网络 still
    assert box.currentText() == "网络"
    clock.now += typed_combo.RESET_SECONDS + 0.1
    _type(qtbot, box, clock, "l")
    assert box.currentText() == "老客户介绍"


def test_new_options_are_found_and_other_keys_keep_their_meaning(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    box, clock, _parent = _sources(qtbot, sqlite_db)
    _type(qtbot, box, clock, "q")
    assert box.currentText() == "其他"
    box.addItem("汽车之家", 99)  # the pinyin keys are read again after a change
    clock.now += 5
    _type(qtbot, box, clock, "qczj")
    assert box.currentText() == "汽车之家"
    box.setCurrentIndex(1)
    qtbot.keyClick(box, Qt.Key.Key_Down)  # arrows still step through the list
    assert box.currentIndex() == 2


def test_typing_in_the_open_list_moves_its_highlight_and_enter_takes_it(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    box, clock, parent = _sources(qtbot, sqlite_db)
    parent.show()
    qtbot.waitExposed(parent)
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    _type(qtbot, view, clock, "lkh")
    assert view.currentIndex().data() == "老客户"
    assert box.currentIndex() == 0  # nothing chosen until Enter
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert box.currentText() == "老客户"


def test_an_editable_combo_is_left_to_its_line_edit(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = combo([("", None), ("网络", 1)], parent)
    box.setEditable(True)
    qtbot.keyClicks(box.lineEdit(), "3")
    assert box.currentText() == "3"


def _focused_dialog(qtbot: QtBot, dialog: QWidget, box: QComboBox) -> _Clock:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    helper = typed_combo.typed_selection(box)
    assert helper is not None
    clock = _Clock()
    helper.clock = clock
    return clock


def test_the_care_calls_outcome_is_typed(qtbot: QtBot, sqlite_db: Database) -> None:
    from ui.care_call_dialog import CareCallDialog

    store = FormStore(sqlite_db)
    dialog = CareCallDialog(sqlite_db, store.admin, store.care_call())
    clock = _focused_dialog(qtbot, dialog, dialog.outcome)
    _type(qtbot, dialog.outcome, clock, "wr")  # 无人接听: wu ren jie ting
    assert dialog.outcome.currentData() == "no_answer"
    assert dialog.retry_on.isEnabled()  # the form follows the choice as with the mouse
    clock.now += 5
    _type(qtbot, dialog.outcome, clock, "2")
    assert dialog.outcome.currentData() == "booked"


def test_the_follow_ups_method_and_level_are_typed(qtbot: QtBot, sqlite_db: Database) -> None:
    from ui.follow_up_dialog import FollowUpDialog

    store = FormStore(sqlite_db)
    dialog = FollowUpDialog(
        sqlite_db, store.staff.alice, store.prospect_id, customer_name="钱女士", level="B"
    )
    clock = _focused_dialog(qtbot, dialog, dialog.method)
    _type(qtbot, dialog.method, clock, "dx")  # 短信/微信
    assert dialog.method.currentData() == "message"
    clock.now += 5
    _type(qtbot, dialog.method, clock, "2")
    assert dialog.method.currentData() == "visit"
    dialog.level.setFocus()
    _type(qtbot, dialog.level, clock, "h")  # "H — …": the level's own letter
    assert dialog.level.currentData() == "H"
