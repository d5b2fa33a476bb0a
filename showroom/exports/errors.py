"""Errors an export reports to the user; each carries a translatable message."""

from __future__ import annotations

from showroom.i18n import Msg

from . import messages


class ExportError(Exception):
    """An export could not be completed; ``message`` says why, in the user's language."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.source.format(**message.params))
        self.message = message


class ExportCancelled(ExportError):
    """The progress callback asked to stop. No file was left behind."""

    def __init__(self) -> None:
        super().__init__(messages.cancelled())
