"""Field helpers of the customer card and its dialogs: optional dates typed as text,
whole numbers, and the reading of service errors into per-field messages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from showroom.i18n import Msg
from showroom.services.conflicts import EditConflict, RecordGone
from showroom.services.customer_lookup import NotFound
from showroom.validation import ValidationFailed

CTX = "CustomerCard"

#: "2024-5-1", "2024/05/01", "2024.5.1", "20240501" are all the same day to a receptionist.
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?\s*$")


def date_line(day: dt.date | None, parent: QWidget) -> QLineEdit:
    """A date that may be empty: typed as text, checked when saved."""
    edit = QLineEdit(day.isoformat() if day else "", parent)
    edit.setPlaceholderText("yyyy-mm-dd")
    return edit


def bad_date() -> Msg:
    return Msg(CTX, QT_TRANSLATE_NOOP("CustomerCard", "Please enter the date as 2024-05-01."))


def parse_date(text: str) -> tuple[dt.date | None, Msg | None]:
    """The day typed (``None`` when empty), or the message for the field."""
    if not text.strip():
        return None, None
    found = _DATE.match(text.translate({cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}))
    if found is None:
        return None, bad_date()
    try:
        return dt.date(*(int(part) for part in found.groups())), None
    except ValueError:
        return None, Msg(CTX, QT_TRANSLATE_NOOP("CustomerCard", "There is no such day."))


def choice(box: QComboBox) -> object:
    return box.currentData()


@contextmanager
def as_form_errors() -> Iterator[None]:
    """A refusal that is not about one field (an edit conflict, a record gone) shown
    above the form's buttons: FormDialog shows errors of unknown fields there."""
    try:
        yield
    except (EditConflict, RecordGone, NotFound) as problem:
        raise ValidationFailed({"": problem.msg}) from None
