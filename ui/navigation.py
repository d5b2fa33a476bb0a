"""The left-hand list of pages."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from .pages import PageSpec

_KEY_ROLE = Qt.ItemDataRole.UserRole


class NavigationList(QListWidget):
    """One row per page; emits ``page_selected(key)`` when the user picks one."""

    page_selected = Signal(str)

    def __init__(self, specs: tuple[PageSpec, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        for number, spec in enumerate(specs, start=1):
            item = QListWidgetItem(spec.title_text())
            item.setData(_KEY_ROLE, spec.key)
            item.setToolTip(
                self.tr("{summary}\n\nShortcut: Ctrl+{number}").format(
                    summary=spec.summary_text(), number=number
                )
            )
            item.setSizeHint(QSize(0, 40))
            self.addItem(item)
        self.currentItemChanged.connect(self.on_current_item_changed)

    def key_at(self, row: int) -> str:
        item = self.item(row)
        return str(item.data(_KEY_ROLE)) if item else ""

    def current_key(self) -> str:
        return self.key_at(self.currentRow())

    def select_key(self, key: str) -> None:
        for row in range(self.count()):
            if self.key_at(row) == key:
                self.setCurrentRow(row)
                return
        raise KeyError(key)

    def sizeHint(self) -> QSize:  # Qt override
        width = max(self.sizeHintForColumn(0), 120) + 32
        return QSize(width, super().sizeHint().height())

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.page_selected.emit(str(current.data(_KEY_ROLE)))
