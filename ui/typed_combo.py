"""Choosing from a pick list by typing, as fast as ticking a box on paper.

While a (non-editable) combo box has the focus, typed letters add up to a search that
selects the option whose text, full pinyin or pinyin initials are exactly that, else the
first that starts with it: "lkh" picks 老客户, "wang" or "w" picks 网络…. The search
starts afresh after a pause of :data:`RESET_SECONDS`. A digit 1–9 typed first picks the
n-th real option (an empty or "—" entry, which stands for no choice, is not counted).
Options are tried top down, so a list ordered by how often the store uses it (the
services order it) finds the common choice first.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox

#: Seconds without a key after which typing starts a new search (Qt's own is 0.4 s: too
#: short for someone reading the option from a paper slip).
RESET_SECONDS = 1.0

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_no_choice(box: QComboBox, index: int) -> bool:
    """The entry that means "nothing chosen": empty text, or no data behind it."""
    return not box.itemText(index).strip() or box.itemData(index) in (None, "")


class TypedSelection(QObject):
    """The event filter behind :func:`install`; ``clock`` is injectable for tests."""

    def __init__(self, box: QComboBox, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(box)
        self.setObjectName("typedSelection")
        self._box = box
        self.clock = clock
        self.typed = ""
        self._last = float("-inf")
        # (text, full pinyin, initials) per option, lower case; filled on the first key
        # (pypinyin takes a third of a second to import), dropped when the options change.
        self._keys: list[tuple[str, str, str]] | None = None
        model = box.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self._forget_keys)
        box.installEventFilter(self)
        # With the list open the keys go to the list: typing moves its highlight there,
        # Enter takes it (Qt's own search there knows neither pinyin nor digits).
        self._view = box.view()
        self._view.installEventFilter(self)

    def _forget_keys(self, *_args: object) -> None:
        self._keys = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # The key test first: while the box is being destroyed, other events still come.
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        in_list = watched is self._view
        if (
            (watched is not self._box and not in_list)
            or self._box.isEditable()
            or event.modifiers() & _MODIFIERS
        ):
            return False
        text = event.text()
        if len(text) != 1 or not text.isalnum():
            return False  # arrows, Space (opens the list), Tab…: Qt's own handling
        index = self.type_text(text)
        if index < 0:
            pass  # nothing matches: the choice stays
        elif in_list:
            self._view.setCurrentIndex(self._view.model().index(index, self._box.modelColumn()))
        else:
            self._box.setCurrentIndex(index)
        return True

    def type_text(self, text: str) -> int:
        """The option one more typed character picks, or -1 (the search goes on)."""
        now = self.clock()
        if now - self._last > RESET_SECONDS:
            self.typed = ""
        self._last = now
        if not self.typed and text in "123456789":
            return self._nth(int(text))
        self.typed += text.lower()
        return self.match(self.typed)

    def match(self, typed: str) -> int:
        """The option ``typed`` names, by text, full pinyin or initials; or -1.

        One it names whole wins over one it only begins: "lkh" is 老客户, not the
        老客户介绍 above it ("lkhj" picks that). Otherwise the first from the top.
        """
        keys = self._option_keys()
        for index, option in enumerate(keys):
            if typed in option:
                return index
        for index, option in enumerate(keys):
            if any(key.startswith(typed) for key in option if key):
                return index
        return -1

    def _nth(self, n: int) -> int:
        real = [i for i in range(self._box.count()) if not is_no_choice(self._box, i)]
        return real[n - 1] if n <= len(real) else -1

    def _option_keys(self) -> list[tuple[str, str, str]]:
        if self._keys is None:
            from showroom.pinyin import name_keys

            self._keys = []
            for index in range(self._box.count()):
                text = self._box.itemText(index).strip()
                full, initials = name_keys(text) if text else ("", "")
                self._keys.append((text.lower(), full, initials))
        return self._keys


def install(box: QComboBox) -> TypedSelection:
    """Give ``box`` selection by typing (once; a second call returns the first helper)."""
    existing = typed_selection(box)
    return existing if existing is not None else TypedSelection(box)


def typed_selection(box: QComboBox) -> TypedSelection | None:
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return box.findChild(TypedSelection, "typedSelection", direct)  # type: ignore[return-value]
