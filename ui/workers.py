"""The one way to run slow work off the GUI thread: a cancellable :class:`Task`.

The work is a plain function that receives a :class:`TaskControl`; it reports progress
with ``control.report(done, total)`` and stops early when that returns ``False`` (the
same contract as the ``progress`` callbacks of the core, so a service can be handed
``control.report`` directly). The task's signals always arrive on the GUI thread::

    task = Task(lambda control: export_visits(db, path, progress=control.report))
    task.progressed.connect(bar.on_progressed)
    task.succeeded.connect(self.on_exported)
    task.failed.connect(self.on_export_failed)
    task.start()
    ...
    task.cancel()  # the work stops at its next report()
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QProgressBar

from showroom.errors import Cancelled

#: Progress is passed on at most this often (seconds), plus always the last step.
_PROGRESS_INTERVAL = 0.05

log = logging.getLogger(__name__)


class TaskControl:
    """Handed to the work function: report progress, learn whether to stop."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()
        self._last_sent = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> bool:
        """Record progress; returns ``False`` once the task is cancelled (then stop)."""
        now = time.monotonic()
        if done >= total or now - self._last_sent >= _PROGRESS_INTERVAL:
            self._last_sent = now
            self._relay.progress_reported.emit(int(done), int(total))
        return not self.cancelled

    def check(self) -> None:
        """Raise :class:`~showroom.errors.Cancelled` if the task was cancelled."""
        if self.cancelled:
            raise Cancelled


class _Relay(QObject):
    """Carries results from the worker thread to the task on the GUI thread (queued)."""

    progress_reported = Signal(int, int)
    returned = Signal(object)
    raised = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], control: TaskControl, relay: _Relay):
        super().__init__()
        self._work = work
        self._control = control
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except BaseException as exc:  # every failure is reported to the GUI
            self._deliver(self._relay.raised, exc, traceback.format_exc())
        else:
            self._deliver(self._relay.returned, result)

    @staticmethod
    def _deliver(signal: SignalInstance, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The page that asked was closed (or the program quit) while the work ran:
            # nobody is left to tell, which is not an error.
            log.debug("task finished after its receiver was deleted")


class Task(QObject):
    """Runs ``work(control)`` on a thread pool; reports back on the GUI thread.

    Exactly one of ``succeeded``, ``failed`` or ``cancelled`` is emitted, then
    ``finished``. A task whose work returns after :meth:`cancel` counts as cancelled.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; its traceback text is in ``error_details``
    cancelled = Signal()
    finished = Signal()

    #: Running tasks are kept alive here, so a caller need not hold a reference.
    _running: ClassVar[set[Task]] = set()

    def __init__(self, work: Callable[[TaskControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._relay = _Relay()
        self._control = TaskControl(self._relay)
        self._relay.progress_reported.connect(self._on_progress_reported)
        self._relay.returned.connect(self._on_returned)
        self._relay.raised.connect(self._on_raised)
        self._running_now = False
        self._done = False
        self.error_details = ""

    @property
    def is_running(self) -> bool:
        return self._running_now

    @property
    def is_cancelled(self) -> bool:
        return self._control.cancelled

    def start(self, pool: QThreadPool | None = None) -> None:
        if self._running_now or self._done:
            raise RuntimeError("a task runs once")
        self._running_now = True
        Task._running.add(self)
        (pool or QThreadPool.globalInstance()).start(
            _Runnable(self._work, self._control, self._relay)
        )

    @Slot()
    def cancel(self) -> None:
        """Ask the work to stop at its next :meth:`TaskControl.report` or ``check``."""
        self._control.cancel()

    @Slot(int, int)
    def _on_progress_reported(self, done: int, total: int) -> None:
        if not self._done:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        if self._control.cancelled:
            self._finish(self.cancelled.emit)
        else:
            self._finish(lambda: self.succeeded.emit(result))

    @Slot(object, str)
    def _on_raised(self, exc: BaseException, details: str) -> None:
        self.error_details = details
        if self._control.cancelled or isinstance(exc, Cancelled):
            self._finish(self.cancelled.emit)
        else:
            self._finish(lambda: self.failed.emit(exc))

    def _finish(self, emit: Callable[[], None]) -> None:
        self._running_now = False
        self._done = True
        try:
            emit()
            self.finished.emit()
        finally:
            Task._running.discard(self)


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    """A task's ``progressed(done, total)`` on a progress bar: a percentage when the total
    is known (a 50,000-row import fits any bar), the busy animation while it is not."""
    if total > 0:
        bar.setRange(0, 100)
        bar.setValue(min(100, done * 100 // total))
    else:
        bar.setRange(0, 0)
