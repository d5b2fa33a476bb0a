"""Engine, sessions and migrations."""

from . import (
    audit,  # noqa: F401 - registers the audit hook on every session
    text_guard,  # noqa: F401 - and the one boundary for text
)
from .engine import Database, is_sqlite
from .migrate import DatabaseTooNew, current_revision, head_revision, upgrade

__all__ = [
    "Database",
    "DatabaseTooNew",
    "current_revision",
    "head_revision",
    "is_sqlite",
    "upgrade",
]
