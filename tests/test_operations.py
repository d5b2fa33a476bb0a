"""ui/operations.py: work off the GUI thread, one message shape for failures, and the hub
that tells screens of changes (a burst once; a hidden screen when shown)."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from showroom.db import Database
from showroom.errors import UserError
from showroom.i18n import Msg
from showroom.logs import configure_logging, log_file
from showroom.models import Setting
from ui.operations import LatestRead, hub_for, install_exception_hook, run_write


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def test_a_write_disables_its_form_and_a_failure_keeps_what_was_typed(
    qtbot: QtBot, warnings: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    form = QLineEdit()
    qtbot.addWidget(form)
    form.setText("王先生 13812345678")
    release = threading.Event()

    def work() -> None:
        release.wait(5)
        raise ValueError("the driver broke")

    task = run_write(form, work)
    assert not form.isEnabled()  # no second save while the first is out
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert form.isEnabled() and form.text() == "王先生 13812345678"
    assert len(warnings) == 1 and "Traceback" not in warnings[0]
    assert "the driver broke" in caplog.text and "Traceback" in caplog.text


def test_a_refusal_is_shown_in_its_own_words(qtbot: QtBot, warnings: list[str]) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)

    def refuse() -> None:
        raise UserError(Msg("Test", "Not allowed for your role."))

    with qtbot.waitSignal(run_write(widget, refuse).finished, timeout=5000):
        pass
    assert warnings == ["Not allowed for your role."]


def test_only_the_newest_read_is_shown(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    reads = LatestRead(widget)
    slow = threading.Event()
    shown: list[str] = []

    def old() -> str:
        slow.wait(5)
        return "old"

    first = reads.run(old, shown.append)
    reads.run(lambda: "new", shown.append)
    qtbot.waitUntil(lambda: shown == ["new"], timeout=5000)
    assert not reads.busy
    with qtbot.waitSignal(first.finished, timeout=5000):
        slow.set()  # the older answer comes last…
    assert shown == ["new"]  # …and is dropped


def _write_setting(db: Database, key: str) -> None:
    with db.session() as session:
        session.add(Setting(key=key, value="1"))


def test_a_burst_refreshes_a_visible_screen_once_and_a_hidden_one_when_shown(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    hub = hub_for(sqlite_db)
    visible, hidden = QWidget(), QWidget()
    for widget in (visible, hidden):
        qtbot.addWidget(widget)
    visible.show()
    qtbot.waitExposed(visible)
    calls = {"visible": 0, "hidden": 0, "other": 0}

    def counter(name: str) -> Any:
        return lambda: calls.__setitem__(name, calls[name] + 1)

    hub.watch(visible, {"settings"}, counter("visible"))
    hub.watch(hidden, {"settings"}, counter("hidden"))
    hub.watch(visible, {"visits"}, counter("other"))
    for key in ("a", "b", "c"):
        _write_setting(sqlite_db, key)
    qtbot.waitUntil(lambda: calls["visible"] == 1, timeout=5000)
    # The three announcements were queued together: one refresh, nothing for the others.
    assert calls == {"visible": 1, "hidden": 0, "other": 0}
    hidden.show()
    qtbot.waitUntil(lambda: calls["hidden"] == 1, timeout=5000)


def test_an_escaping_exception_is_logged_and_shown_without_a_traceback(
    warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    configure_logging()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_exception_hook()
    try:
        raise KeyError("customer 42 vanished")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert len(warnings) == 1 and "Traceback" not in warnings[0]
    assert str(log_file()) in warnings[0]
    logged = log_file().read_text(encoding="utf-8")
    assert "customer 42 vanished" in logged and "Traceback" in logged
