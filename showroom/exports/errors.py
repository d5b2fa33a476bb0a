"""Errors an export reports to the user: :class:`ExportError` (a ``UserError``) and
cancellation, which is the program's one :class:`~showroom.errors.Cancelled`."""

from __future__ import annotations

from showroom.errors import Cancelled, UserError
from showroom.i18n import Msg

from . import messages

__all__ = ["Cancelled", "ExportError", "cancelled"]


class ExportError(UserError):
    """An export could not be completed; ``msg`` says why, in the user's language."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg)


def cancelled() -> Cancelled:
    """The export's own cancellation: "The export was cancelled." (no file left behind)."""
    return Cancelled(messages.cancelled())
