"""``python -m bench.gui_flow URL MOBILE``: the front-desk flow in a real (offscreen) main
window, printing ``STALL <ms> <phase>`` — the longest time the GUI thread was busy.

The flow is what reception does many times a day, once the program has started and
warmed up: the visitor log is open, a walk-in is
started, a returning customer's mobile is typed key by key (with the pauses of a person
typing, so the returning-visitor lookup runs as it does for them), the visit is saved,
and the manager's reports page is opened. A heartbeat timer ticks every millisecond on
the GUI thread; the longest gap between two ticks, less the tick, is the stall: the
longest time the window could not answer a key or repaint.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Milliseconds between two typed keys (a quick typist).
KEY_GAP_MS = 70
#: Longest the flow waits for one step (s).


def main(argv: list[str]) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from showroom.models import VisitKind
    from ui.preload import preload_modules

    from .window import open_window, spin, wait_for

    url, mobile = argv[0], argv[1]
    _app, db, _admin, window = open_window(url)
    warm_up = preload_modules()  # as the program does once its window shows (ui/app.py)

    phase = ["start"]
    worst = [0.0, "none"]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gap = (now - last[0]) * 1000 - 1
        if gap > 15 and os.environ.get("SHOWROOM_BENCH_TRACE"):
            print(f"gap {gap:.0f} ms in {phase[0]}", file=sys.stderr, flush=True)
        if gap > worst[0]:
            worst[0], worst[1] = gap, phase[0]
        last[0] = now

    # The window settles: first page built, first reads answered, the other pages' modules
    # imported in the background. That warm-up takes about a second after start-up (while it
    # runs, a key may wait up to ~80 ms behind an import); the flow measures the working day.
    wait_for(lambda: not warm_up.is_alive(), "the warm-up")
    # …and the toolbar's first count of what is due today (read in the background).
    wait_for(lambda: getattr(window.due_summary, "_task", None) is None, "the due summary")
    spin(300)
    heartbeat = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(tick)
    last[0] = time.perf_counter()
    heartbeat.start()
    spin(50)

    phase[0] = "open form"
    page = window.pages.show_page("visits")
    form = page.open_form(VisitKind.WALK_IN)  # type: ignore[attr-defined]
    wait_for(form.isVisible, "the form")
    phase[0] = "type phone"
    for key in mobile:
        QTest.keyClick(form.phone_edit, key)
        spin(KEY_GAP_MS)
    phase[0] = "lookup"
    wait_for(lambda: form.linked is not None, "the returning customer")
    spin(100)
    if form.source_combo.currentIndex() <= 0:
        form.source_combo.setCurrentIndex(1)
    if form.consultant_combo.currentIndex() <= 0:
        form.consultant_combo.setCurrentIndex(1)
    phase[0] = "save"
    form.save()
    wait_for(lambda: not form.isVisible() or bool(form.errors()), "the save")
    if form.isVisible():
        raise SystemExit(f"gui_flow: the visit was refused: {form.errors()}")
    spin(200)
    phase[0] = "reports"
    reports = window.pages.show_page("reports")
    wait_for(lambda: not getattr(reports, "loading", False), "the report")
    spin(300)
    heartbeat.stop()
    print(f"STALL {worst[0]:.1f} {worst[1]}", flush=True)
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
