"""The real main window for the benchmark's front-desk flows (``gui_flow``,
``frontdesk_flow``): offscreen, in Chinese, at a store PC's 1280×720, signed in as the
store's first receptionist (the administrator when there is none), plus the two ways a
flow waits — spinning the event loop, and until something on screen is true."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Longest a flow waits for one step (s).
STEP_TIMEOUT_S = 30.0


def open_window(url: str) -> tuple[Any, Any, Any, Any]:
    """(application, database, administrator, main window), the window shown."""
    from PySide6.QtWidgets import QApplication

    from showroom.db import Database
    from showroom.models import Role
    from showroom.services.auth import actor_for, list_users
    from showroom.services.store import default_actor, store_info
    from ui.app import install_translators
    from ui.main_window import MainWindow

    app = QApplication([])
    install_translators(app, "zh_CN")
    db = Database(url)
    admin = default_actor(db)
    desk = next((u for u in list_users(db, admin) if u.role == Role.RECEPTION and u.active), None)
    actor = actor_for(db, desk.username) if desk else admin
    window = MainWindow(db, actor, store_info(db))
    window.resize(1280, 720)
    window.show()
    return app, db, admin, window


def spin(ms: float, nap: float = 0.0005) -> None:
    """Let the event loop run for ``ms`` (timers fire, tasks report back)."""
    from PySide6.QtCore import QCoreApplication

    until = time.perf_counter() + ms / 1000
    while time.perf_counter() < until:
        QCoreApplication.processEvents()
        time.sleep(nap)


def wait_for(condition: Callable[[], object], what: str) -> None:
    """Spin until ``condition()`` holds; :class:`TimeoutError` naming ``what`` if it never does."""
    until = time.perf_counter() + STEP_TIMEOUT_S
    while not condition():
        if time.perf_counter() > until:
            raise TimeoutError(what)
        spin(5)
