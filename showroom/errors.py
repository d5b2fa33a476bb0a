"""The base of every refusal the services explain to the user in their language."""

from __future__ import annotations

from showroom.i18n import Msg


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
