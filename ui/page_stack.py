"""The main window's page area: builds each registered page the first time it is shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from .pages import PAGES, PageContext, PageSpec
from .placeholder_page import PlaceholderPage

log = logging.getLogger(__name__)


class PageStack(QStackedWidget):
    page_shown = Signal(str)

    def __init__(
        self,
        context: PageContext,
        specs: tuple[PageSpec, ...] = PAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._specs = {spec.key: spec for spec in specs}
        self._built: dict[str, QWidget] = {}
        self._failed: dict[str, QWidget] = {}
        self._current_key = ""

    @property
    def current_key(self) -> str:
        return self._current_key

    def page(self, key: str) -> QWidget | None:
        """The page widget if it has been built."""
        return self._built.get(key)

    def show_page(self, key: str) -> QWidget:
        widget = self._built.get(key)
        if widget is None:
            spec = self._specs[key]
            stale = self._failed.pop(key, None)
            if stale is not None:
                self.removeWidget(stale)
                stale.deleteLater()
            try:
                widget = spec.build(self._context)
            except Exception as exc:
                # A page that cannot be built (a database error, a bug) must not leave the
                # previous page on screen under the new page's name: say so, and try again
                # the next time the page is chosen.
                log.exception("cannot build page %s", key)
                widget = PlaceholderPage(
                    spec.title_text(),
                    self.tr("This page could not be opened:\n{error}").format(error=exc),
                )
                widget.setObjectName(f"page_{key}_failed")
                self._failed[key] = widget
                self.addWidget(widget)
            else:
                widget.setObjectName(f"page_{key}")
                self._built[key] = widget
                self.addWidget(widget)
        self.setCurrentWidget(widget)
        if key != self._current_key:
            self._current_key = key
            self.page_shown.emit(key)
        return widget
