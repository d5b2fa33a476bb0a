"""A short summary of a customer found by the search, until the full card opens instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the search module loads pinyin tables: not at start-up
    from showroom.services.search import CustomerHit

from .formatting import mark_badge
from .labels import matched_on_label, sex_label, value_class_label

#: U+2060 WORD JOINER: forbids a line break between the characters it separates.
_WORD_JOINER = "\u2060"


def _unbreakable_words(words: tuple[str, ...]) -> str:
    """Words separated by spaces that never split inside ("粤A12345" stays on one line).

    Line breaking allows a break after any Chinese character, so the characters of each
    word are tied together with word joiners.
    """
    return "  ".join(_WORD_JOINER.join(word) for word in words)


def _field(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerSummaryDialog(QDialog):
    def __init__(self, hit: CustomerHit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hit = hit
        self.setWindowTitle(self.tr("Customer: {name}").format(name=hit.name))
        self.setMinimumWidth(500)
        self.setMaximumWidth(620)  # a fleet customer's dozens of plates wrap instead

        name = QLabel(hit.name)
        name.setObjectName("dialogTitle")
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        dash = "—"
        rows = [
            (self.tr("Sex"), _field(sex_label(hit.sex) or dash)),
            (self.tr("Mobile"), _field(hit.mobile or dash)),
            (self.tr("Plates"), _field(_unbreakable_words(hit.plates) or dash)),
            (self.tr("Special marks"), _field("".join(map(mark_badge, hit.marks)) or dash)),
            (self.tr("Customer value"), _field(value_class_label(hit.value_class) or dash)),
            (self.tr("Sales consultant"), _field(hit.consultant or dash)),
            (self.tr("Found by"), _field(matched_on_label(hit.matched_on))),
        ]
        for label, field in rows:
            form.addRow(label, field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(name)
        layout.addLayout(form)
        layout.addWidget(buttons)
