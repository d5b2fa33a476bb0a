"""The background task helper: results, errors and cancellation arrive on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from ui.workers import Task, TaskControl


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = QThread.currentThread()
    work_threads: list[threading.Thread] = []
    seen: list[tuple[int, int, bool]] = []

    def work(control: TaskControl) -> int:
        work_threads.append(threading.current_thread())
        for step in range(1, 6):
            control.report(step, 5)
        return 42

    task = Task(work)
    task.progressed.connect(
        lambda done, total: seen.append((done, total, QThread.currentThread() is gui_thread))
    )
    with qtbot.waitSignal(task.succeeded, timeout=5000) as result:
        task.start()
    assert result.args == [42]
    assert work_threads and work_threads[0] is not threading.main_thread()
    assert seen and seen[-1][:2] == (5, 5)
    assert all(on_gui for *_, on_gui in seen)
    assert not task.is_running


def test_an_exception_is_reported_as_failed(qtbot: QtBot) -> None:
    def work(_control: TaskControl) -> None:
        raise ValueError("no such store")

    task = Task(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as failure:
        task.start()
    (error,) = failure.args
    assert isinstance(error, ValueError) and str(error) == "no such store"
    assert "ValueError" in task.error_details


def test_cancel_stops_the_work_cooperatively(qtbot: QtBot) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(control: TaskControl) -> str:
        started.set()
        step = 0
        while control.report(step, 1_000_000):
            step += 1
            steps.append(step)
            if step > 10_000_000:  # never reached: the test cancels first
                break
        return "stopped"

    task = Task(work)
    succeeded: list[object] = []
    task.succeeded.connect(succeeded.append)
    task.start()
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.is_cancelled
    assert succeeded == []
    assert len(steps) < 10_000_000


def test_check_raises_inside_the_work_after_cancel(qtbot: QtBot) -> None:
    release = threading.Event()

    def work(control: TaskControl) -> None:
        release.wait(5)
        control.check()

    task = Task(work)
    failed: list[object] = []
    task.failed.connect(failed.append)
    task.start()
    with qtbot.waitSignals([task.cancelled, task.finished], timeout=5000):
        task.cancel()
        release.set()
    assert failed == []


def test_a_task_runs_once(qtbot: QtBot) -> None:
    task = Task(lambda _control: None)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    with pytest.raises(RuntimeError):
        task.start()


def test_progress_is_shown_as_a_percentage_or_busy(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QProgressBar

    from ui.workers import show_progress

    bar = QProgressBar()
    qtbot.addWidget(bar)
    show_progress(bar, 25_000, 50_000)
    assert (bar.minimum(), bar.maximum(), bar.value()) == (0, 100, 50)
    show_progress(bar, 7, 0)  # total not known yet
    assert (bar.minimum(), bar.maximum()) == (0, 0)
