"""How screens call the services: off the GUI thread, and told of every change.

See docs/ARCHITECTURE.md, "How a change reaches every screen".

* :func:`run_read` and :func:`run_write` run a service call on the thread pool (a
  :class:`~ui.workers.Task`), show a busy cursor on the widget that asked, and call back
  on the GUI thread: ``on_done(result)`` or ``on_error(exc)``. A write needs no extra step
  to tell the others: the database announces every commit (``showroom/db/changes.py``).
* :class:`ChangeHub` hears those announcements — this window's writes and, through the
  database, other workstations' — and passes them to the screens that watch the kinds of
  record they show (:meth:`ChangeHub.watch`): a visible screen refreshes at once (once per
  burst), a hidden one when it is next shown. No screen polls on a timer of its own.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from showroom.db import Database
from showroom.db.changes import Changes
from showroom.errors import UserError
from showroom.validation import ValidationFailed

from .workers import Task

log = logging.getLogger(__name__)

_T = TypeVar("_T")


class ChangeHub(QObject):
    """One per window: ``changed(Changes)`` on the GUI thread after every committed write."""

    changed = Signal(object)
    #: Carries an announcement from whichever thread committed to the hub's own thread.
    _arrived = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None, *, remote: bool = True):
        super().__init__(parent)
        self._db = db
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = db.changes.subscribe(self._relay)
        if remote:
            db.changes.watch()
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _relay(self, changes: Changes) -> None:
        try:
            self._arrived.emit(changes)
        except RuntimeError:  # the window is gone; nobody is left to tell
            self._unsubscribe()

    @Slot(object)
    def _on_arrived(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        self._unsubscribe()

    def watch(
        self,
        widget: QWidget,
        kinds: Iterable[str],
        refresh: Callable[[], None],
        *,
        even_hidden: bool = False,
    ) -> _Watch:
        """Call ``refresh()`` when a write touches any of ``kinds`` (table names): at once
        while ``widget`` is visible, else the next time it is shown (``even_hidden``: at
        once always — for a widget that shows itself only when it has something to say)."""
        return _Watch(self, widget, frozenset(kinds), refresh, even_hidden)


class _Watch(QObject):
    def __init__(
        self,
        hub: ChangeHub,
        widget: QWidget,
        kinds: frozenset[str],
        refresh: Callable[[], None],
        even_hidden: bool,
    ) -> None:
        super().__init__(widget)
        self._even_hidden = even_hidden
        self.kinds = kinds
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        self._due = QTimer(self, singleShot=True, interval=0)
        self._due.timeout.connect(self._run)
        hub.changed.connect(self._on_changed)
        widget.installEventFilter(self)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(self.kinds):
            return
        self.stale = True
        if self._even_hidden or self._widget.isVisible():
            self._due.start()  # a burst of writes refreshes once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self._due.start()
        return False

    @Slot()
    def _run(self) -> None:
        if self.stale:
            self.stale = False
            self._refresh()


def _busy(widget: QWidget | None, on: bool) -> None:
    if widget is None:
        return
    with contextlib.suppress(RuntimeError):  # closed while the work ran
        if on:
            widget.setCursor(Qt.CursorShape.BusyCursor)
        else:
            widget.unsetCursor()


def error_text(error: BaseException) -> str:
    """What the user reads for a failure: a refusal's own words, or a plain apology."""
    if isinstance(error, UserError):
        return error.msg.text()
    return QCoreApplication.translate(
        "Operations", "Something went wrong; nothing was changed. Please try again.\n({error})"
    ).format(error=error)


def install_exception_hook() -> None:
    """Any exception that still escapes (a slot, a bug) is logged with its traceback to the
    log file and shown to the user in plain words, never as a traceback; the window goes on."""
    import sys

    from showroom.logs import log_file

    def hook(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        text = error_text(error)
        if not isinstance(error, UserError):
            text += "\n\n" + QCoreApplication.translate(
                "Operations", "The details were written to {file}."
            ).format(file=log_file())
        with contextlib.suppress(Exception):  # no window to show it in: the log has it
            QMessageBox.warning(None, QCoreApplication.translate("Operations", "Showroom"), text)

    sys.excepthook = hook


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title = QCoreApplication.translate("Operations", "Showroom")
    QMessageBox.warning(parent, title, error_text(error))


def _run(
    widget: QWidget | None,
    work: Callable[[], _T],
    on_done: Callable[[_T], Any] | None,
    on_error: Callable[[BaseException], Any] | None,
    *,
    disable: bool,
) -> Task:
    task = Task(lambda _control: work(), widget)
    _busy(widget, True)
    if disable and widget is not None:
        widget.setEnabled(False)

    def restore() -> None:
        # Before the callback: it may put the focus on a field, which a disabled form refuses.
        _busy(widget, False)
        if disable and widget is not None:
            with contextlib.suppress(RuntimeError):  # closed while the work ran
                widget.setEnabled(True)

    def succeeded(result: _T) -> None:
        restore()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        restore()
        if not isinstance(error, UserError | ValidationFailed):
            log.error("operation failed: %s\n%s", error, task.error_details)
        if on_error is not None:
            on_error(error)
        else:
            show_error(widget, error)

    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.cancelled.connect(restore)
    task.start()
    return task


def run_read(
    widget: QWidget | None,
    work: Callable[[], _T],
    on_done: Callable[[_T], Any],
    on_error: Callable[[BaseException], Any] | None = None,
) -> Task:
    """Read off the GUI thread; the widget stays usable (its cursor says it is busy)."""
    return _run(widget, work, on_done, on_error, disable=False)


def run_write(
    widget: QWidget | None,
    work: Callable[[], _T],
    on_done: Callable[[_T], Any] | None = None,
    on_error: Callable[[BaseException], Any] | None = None,
) -> Task:
    """Write off the GUI thread; the widget is disabled meanwhile (no double save)."""
    return _run(widget, work, on_done, on_error, disable=True)


_hubs: weakref.WeakKeyDictionary[Database, ChangeHub] = weakref.WeakKeyDictionary()


def hub_for(db: Database) -> ChangeHub:
    """The one hub of a database handle in this program (every window and dialog on it
    hears the same announcements)."""
    hub = _hubs.get(db)
    if hub is None:
        hub = _hubs[db] = ChangeHub(db)
    return hub


class LatestRead(QObject):
    """A screen's reads, of which only the newest counts: a filter changed twice quickly
    starts two reads, and the older answer, if it comes last, is dropped. ``busy`` is True
    while the newest read is out (tests and the benchmark wait on it)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._generation = 0
        self.busy = False

    def run(
        self,
        work: Callable[[], _T],
        on_done: Callable[[_T], Any],
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> Task:
        self._generation += 1
        generation = self._generation
        self.busy = True

        def done(result: _T) -> None:
            if generation == self._generation:
                self.busy = False
                on_done(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.busy = False
                (on_error or (lambda e: show_error(self._widget, e)))(error)

        return run_read(self._widget, work, done, failed)
