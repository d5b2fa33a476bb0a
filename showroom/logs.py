"""The program's log file: what went wrong, with its traceback, for whoever supports the store.

The user never sees a traceback (the window and the command line say what happened in
plain words); the detail goes to ``logs/showroom.log`` in the data folder, rotated so it
never fills a disk (five files of 2 MB). Nothing personal is logged on purpose: messages
name records by id.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from showroom.config import data_dir

LOG_NAME = "showroom.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(process)d/%(threadName)s %(name)s: %(message)s"


def log_file() -> Path:
    return data_dir() / "logs" / LOG_NAME


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the program's log records to the rotated file (once per process)."""
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "showroom_log", False) for h in root.handlers):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.showroom_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path
