"""Engine, sessions and migrations."""

from . import audit  # noqa: F401 - registers the audit hook on every session
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
