"""Start-up: the application object, font, language, database, first run, main window.

Kept lean on purpose (budget: 1.5 s from process start to a usable window on a store of
100,000 customers): no report, export or demo code is imported here, and the only query
before the window shows is the store's description.
"""

from __future__ import annotations

import time

_IMPORTED_AT = time.perf_counter()

import argparse  # noqa: E402 - the clock above starts before anything else loads
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from showroom import __version__  # noqa: E402
from showroom.config import display_url, resolve_db_url  # noqa: E402
from showroom.db import Database, DatabaseTooNew  # noqa: E402
from showroom.services.store import StoreInfo, default_actor, open_store, store_info  # noqa: E402

from .fonts import install_app_font  # noqa: E402
from .settings import APPLICATION, ORGANIZATION, AppSettings  # noqa: E402
from .style import apply_style  # noqa: E402
from .translations import install_translators, resolve_language  # noqa: E402

log = logging.getLogger(__name__)


def _process_start_on_boot_clock() -> float | None:
    """When this process started, in seconds on the boot clock (Linux), else ``None``."""
    try:
        stat = Path("/proc/self/stat").read_text()
        # Field 22 (starttime, in clock ticks since boot); the command name in field 2
        # may contain spaces, so count from the closing parenthesis.
        ticks = int(stat[stat.rindex(")") + 2 :].split()[19])
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


_STARTED_ON_BOOT_CLOCK = _process_start_on_boot_clock()


def seconds_since_process_start() -> float:
    """Seconds since the process started (since this module loaded where unknown)."""
    if _STARTED_ON_BOOT_CLOCK is not None and hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME) - _STARTED_ON_BOOT_CLOCK
    return time.perf_counter() - _IMPORTED_AT


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with its names, the CJK-capable font and the program's look."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    install_app_font(app)
    apply_style(app)
    return app


def open_database(url: str) -> Database | None:
    """The migrated store, or ``None`` after telling the user why it cannot be opened."""
    try:
        from showroom.backup import folder_for_url

        # The copy taken before a migration goes to the backup folder named in settings.
        return open_store(url, backup_dir=folder_for_url(url))
    except DatabaseTooNew as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("Startup", "Database too new"), exc.msg.text()
        )
    except Exception as exc:  # any driver or OS error: the user needs the reason, not a trace
        log.exception("cannot open the database")
        location = display_url(url) or QCoreApplication.translate(
            "Startup", "(invalid database address)"
        )
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "Cannot open the database"),
            QCoreApplication.translate(
                "Startup", "Showroom could not open the database\n{location}\n\n{error}"
            ).format(location=location, error=str(exc)),
        )
    return None


def prepare_first_run(db: Database, store: StoreInfo, demo: bool, lang: str) -> StoreInfo | None:
    """On an empty store, offer (or with ``--demo`` create) the demo data.

    Returns the store as it is now, or ``None`` when the user closed the first-run dialog.
    """
    from .demo_progress import DemoOutcome, generate_demo_store
    from .first_run import FirstRunChoice, ask_first_run

    choice = FirstRunChoice.DEMO if demo else ask_first_run(store.name(lang))
    if choice is None:
        return None
    if choice is FirstRunChoice.DEMO and generate_demo_store(db) is DemoOutcome.CREATED:
        return store_info(db)
    return store


def run_gui(args: argparse.Namespace) -> int:
    """Run the desktop program until its main window closes; returns the exit code."""
    app = create_application()
    from .operations import install_exception_hook

    install_exception_hook()
    settings = AppSettings()
    lang = resolve_language(args.lang, settings)
    install_translators(app, lang)
    app.setApplicationDisplayName(QCoreApplication.translate("Startup", "Showroom"))

    db = open_database(resolve_db_url(args.db))
    if db is None:
        return 2
    try:
        try:
            store = store_info(db)
            # Only the start-up benchmark (which quits as soon as the window shows) skips
            # signing in; it acts as the seeded administrator.
            actor = default_actor(db) if args.benchmark_startup else None
        except Exception as exc:
            log.exception("cannot read the store")
            QMessageBox.critical(
                None,
                QCoreApplication.translate("Startup", "Cannot open the database"),
                QCoreApplication.translate(
                    "Startup", "The store could not be read:\n{error}"
                ).format(error=str(exc)),
            )
            return 2
        if actor is None:
            from .sign_in_dialog import ask_sign_in

            actor = ask_sign_in(db, store.name(lang), settings=settings)
            if actor is None:
                return 0

        if store.is_empty and not args.benchmark_startup:
            prepared = prepare_first_run(db, store, args.demo, lang)
            if prepared is None:
                return 0
            store = prepared

        from .main_window import MainWindow
        from .preload import preload_modules

        window = MainWindow(db, actor, store, settings)
        window.show()
        if not args.benchmark_startup:
            from showroom.services.account import idle_lock_minutes

            from .idle_lock import IdleLock

            window.idle_lock = IdleLock(  # type: ignore[attr-defined]
                db, lambda: window.actor, idle_lock_minutes(db), window
            )
        if args.benchmark_startup:
            QTimer.singleShot(0, lambda: _report_ready(app))
        else:
            QTimer.singleShot(0, preload_modules)
            QTimer.singleShot(0, window.start_daily_backup)
            QTimer.singleShot(0, window.start_daily_upkeep)
        return app.exec()
    finally:
        db.dispose()


def _report_ready(app: QApplication) -> None:
    print(f"READY {seconds_since_process_start():.3f}", flush=True)
    app.quit()
