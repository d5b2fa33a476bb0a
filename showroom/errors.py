"""The one error family of the program: every refusal the user reads, and cancellation.

Every error meant for the user is a :class:`UserError` carrying a translatable ``msg``;
``str(error)`` is that message in the current language, so a log line, the command line
and the screen read the same. A page shows ``error.msg.text()`` for a ``UserError`` and
something generic for anything else (``ui.operations.error_text``) — no ``getattr``
guessing.

Stopping long work (an export, an import revert, the demo, a recomputation) raises
:class:`Cancelled` from wherever the ``progress(done, total)`` callback returned
``False``; leaving a transaction or an ``atomic_output`` by it rolls back or removes the
partial file. The GUI's :class:`~ui.workers.Task` reports it as "cancelled", not "failed".
"""

from __future__ import annotations

from showroom.i18n import QT_TRANSLATE_NOOP, Msg

CANCELLED = Msg("Errors", QT_TRANSLATE_NOOP("Errors", "Cancelled."))


class UserError(Exception):
    """A refusal with a translatable ``msg`` (the UI shows ``msg.text()`` as is).

    ``str(error)`` is the message in the current language, so a log line or the command
    line reads the same as the screen.
    """

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.source)
        self.msg = msg

    def __str__(self) -> str:
        return self.msg.text()


class Cancelled(UserError):
    """The user stopped the work; nothing was changed and no partial file is left.

    ``msg`` says what was stopped when the raiser knows ("The export was cancelled.").
    """

    def __init__(self, msg: Msg = CANCELLED) -> None:
        super().__init__(msg)
