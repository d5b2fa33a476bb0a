"""Start-up: language choice, database errors, the demo dialog, the start-up benchmark."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from showroom.db import Database
from showroom.services.store import store_info
from ui import app as ui_app
from ui.demo_progress import DemoOutcome, DemoProgress, generate_demo_store
from ui.settings import AppSettings
from ui.translations import resolve_language

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def criticals(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, message, *a: shown.append((title, message))
    )
    return shown


def test_language_comes_from_the_command_line_then_settings_then_chinese(
    settings: AppSettings,
) -> None:
    assert resolve_language(None, settings) == "zh_CN"
    settings.set_language("en")
    assert resolve_language(None, settings) == "en"
    assert resolve_language("zh_CN", settings) == "zh_CN"


def test_a_database_too_new_is_refused_with_a_message(
    sqlite_db: Database, criticals: list[tuple[str, str]]
) -> None:
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    sqlite_db.dispose()
    assert ui_app.open_database(sqlite_db.url) is None
    ((_title, message),) = criticals
    assert "9999_future" in message


def test_an_unreachable_database_is_explained(
    tmp_path: Path, criticals: list[tuple[str, str]]
) -> None:
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'store.db'}"
    assert ui_app.open_database(url) is None
    ((_title, message),) = criticals
    assert "store.db" in message


def test_the_clock_counts_from_process_start() -> None:
    elapsed = ui_app.seconds_since_process_start()
    assert 0 < elapsed < 24 * 3600


def test_demo_store_is_generated_off_the_gui_thread(qtbot: QtBot, sqlite_db: Database) -> None:
    assert store_info(sqlite_db).is_empty
    assert generate_demo_store(sqlite_db, 30) is DemoOutcome.CREATED
    assert store_info(sqlite_db).customers == 30


def test_cancelling_the_demo_leaves_the_store_empty(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = DemoProgress.on_progressed

    def cancel_at_first_progress(self: DemoProgress, done: int, total: int) -> None:
        original(self, done, total)
        if self.cancel_button.isEnabled():
            self.cancel_button.click()

    monkeypatch.setattr(DemoProgress, "on_progressed", cancel_at_first_progress)
    assert generate_demo_store(sqlite_db, 200) is DemoOutcome.CANCELLED
    assert store_info(sqlite_db).is_empty


def test_escape_on_the_demo_dialog_cancels_too(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = DemoProgress.on_progressed

    def escape_at_first_progress(self: DemoProgress, done: int, total: int) -> None:
        original(self, done, total)
        self.reject()  # what Esc does

    monkeypatch.setattr(DemoProgress, "on_progressed", escape_at_first_progress)
    assert generate_demo_store(sqlite_db, 200) is DemoOutcome.CANCELLED
    assert store_info(sqlite_db).is_empty


def test_benchmark_start_reports_ready_and_quits(sqlite_db: Database, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SHOWROOM_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    sqlite_db.dispose()
    done = subprocess.run(
        [sys.executable, "main.py", "--db", sqlite_db.url, "--benchmark-startup"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    match = re.search(r"^READY (\d+\.\d+)$", done.stdout, re.MULTILINE)
    assert match, done.stdout
    assert 0 < float(match.group(1)) < 30


def test_a_database_address_is_shown_without_its_password() -> None:
    from showroom.config import display_url

    shown = display_url("postgresql+psycopg://wang:secret@server/showroom")
    assert shown is not None and "secret" not in shown and "server/showroom" in shown
    assert display_url("not a url") is None
