"""Warm-up after start: the modules of the other pages imported on a background thread.

The window opens with only its first page's code loaded (start-up stays quick). The other
pages' modules — the reports page brings reportlab, the search brings pypinyin — take a
few hundred milliseconds to import, which would freeze the window the first time the
user opens them. Imported here on a background thread right after the window shows, they
are ready before anyone clicks; the GUI thread keeps its turn meanwhile (Python switches
threads every few milliseconds). A page opened before its import finished simply waits
for it, as it would have without the warm-up.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

#: In the order a store's day needs them: search and the visit form first.
MODULES = (
    "showroom.services.search",
    "pypinyin",  # the first customer saved needs its tables for the name's pinyin
    "ui.visit_form",
    "ui.prospects_page",
    "ui.customers_page",
    "ui.customer_card",
    "ui.service_page",
    "ui.reports_page",
)


def preload_modules(modules: tuple[str, ...] = MODULES) -> threading.Thread:
    def load() -> None:
        for module in modules:
            try:
                importlib.import_module(module)
            except Exception:  # the page itself will say what is wrong when opened
                log.exception("warm-up import of %s failed", module)

    thread = threading.Thread(target=load, name="preload-modules", daemon=True)
    thread.start()
    return thread
