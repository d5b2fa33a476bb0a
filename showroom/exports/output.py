"""What every writer shares: the file appears only when complete, and progress may cancel."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from . import messages
from .columns import Progress
from .errors import ExportError, cancelled

#: Rows between two progress calls: often enough for a smooth bar, rare enough to cost nothing.
PROGRESS_EVERY = 500


class ProgressTicker:
    """Calls ``progress(done, total)`` every ``every`` rows; raises when it returns False."""

    def __init__(self, progress: Progress | None, total: int | None, every: int = PROGRESS_EVERY):
        self.progress = progress
        self.total = total or 0  # 0: unknown
        self.every = max(1, every)
        self.done = 0
        self._next = 0

    def report(self, done: int) -> None:
        self.done = done
        if self.progress is not None and self.progress(done, self.total) is False:
            raise cancelled()

    def step(self, done: int) -> None:
        """Cheap enough to call for every row."""
        if done >= self._next:
            self._next = done + self.every
            self.report(done)


class PartialFile:
    """A temporary file beside ``target`` that becomes ``target`` only on ``commit()``.

    A cancelled or failed export leaves no half-written file, and never destroys the
    file it would have replaced.
    """

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = Path(target)
        # Not mkstemp: its files are private (0600), and an export should get the same
        # permissions as any file the user saves.
        self.path = self.target.with_name(f".{self.target.name}.{secrets.token_hex(4)}.part")
        try:
            self.path.open("xb").close()
        except OSError as exc:
            raise ExportError(messages.file_busy(str(self.target))) from exc

    def commit(self) -> None:
        try:
            os.replace(self.path, self.target)
        except OSError as exc:  # on Windows: the old file is open in Excel or a PDF viewer
            self.discard()
            raise ExportError(messages.file_busy(str(self.target))) from exc

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[Path]:
    """``with atomic_output(path) as partial:`` write ``partial``; it becomes ``path`` when done."""
    partial = PartialFile(target)
    try:
        yield partial.path
    except BaseException:
        partial.discard()
        raise
    partial.commit()
