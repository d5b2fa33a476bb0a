"""The shell: page navigation on the left, global search in the toolbar, status below.

The pages themselves come from the :mod:`ui.pages` registry; this window only switches
between them, finds customers, and says who is working on which store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)

from showroom import __version__, i18n
from showroom.db import Database
from showroom.services.account import live_actor
from showroom.services.context import Actor
from showroom.services.permissions import Permission, allowed
from showroom.services.store import StoreInfo

from .customer_search import service_search
from .icons import search_icon
from .navigation import NavigationList
from .page_stack import PageStack
from .pages import PAGES, PageContext
from .search_box import GlobalSearchBox, SearchFunction
from .settings import AppSettings
from .status_bar import StoreStatusBar

if TYPE_CHECKING:
    from showroom.services.search import CustomerHit

#: Each language named in itself (an endonym is never translated, so anyone can find theirs).
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}


class MainWindow(QMainWindow):
    """Emits ``customer_opened(customer_id)`` when the user opens a customer."""

    customer_opened = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        store: StoreInfo,
        settings: AppSettings | None = None,
        search: SearchFunction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.db = db
        # The window's session follows the account: demoted or deactivated elsewhere, its
        # next action is refused by the services.
        actor = live_actor(db, actor)
        self.actor = actor
        self.store = store
        self.settings = settings or AppSettings()
        self.language = i18n.current_language()
        self.store_name = store.name(self.language) or self.tr("Showroom")
        self.setWindowTitle(self.tr("{store} — Showroom").format(store=self.store_name))

        self.navigation = NavigationList(PAGES, self)
        self.pages = PageStack(PageContext(db, actor, store, in_window=True), PAGES, self)
        self.search_box = GlobalSearchBox(search or service_search(db, lambda: self.actor), self)
        self.search_box.addAction(search_icon(), QLineEdit.ActionPosition.LeadingPosition)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(1)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.navigation.sizeHint().width(), 1000])
        self.setCentralWidget(splitter)

        self._build_toolbar()
        self._build_menus()
        self.status_bar = StoreStatusBar(self)
        self.setStatusBar(self.status_bar)
        self.status_bar.show_context(actor, db, self.store_name)

        self.navigation.page_selected.connect(self.pages.show_page)
        self.search_box.hit_picked.connect(self.on_hit_picked)
        self.customer_opened.connect(self.open_customer_card)

        self.resize(1200, 760)
        self.setMinimumSize(900, 560)
        self._restore_window()
        self.navigation.select_key(PAGES[0].key)

    # --- building ----------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        store = QLabel(self.store_name, toolbar)
        store.setObjectName("toolbarStore")
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.search_box.setFixedWidth(380)
        toolbar.addWidget(store)
        from .due_summary import DueSummary

        self.due_summary = DueSummary(self.db, self.actor, toolbar)
        self.due_summary.open_service.connect(lambda: self.show_page("service"))
        toolbar.addWidget(self.due_summary)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()

        file_menu = menu_bar.addMenu(self.tr("&File"))
        self.import_action = file_menu.addAction(self.tr("&Import records…"))
        self.import_action.triggered.connect(self.open_import_wizard)
        self.imports_action = file_menu.addAction(self.tr("Import &history…"))
        self.imports_action.triggered.connect(self.open_import_history)
        file_menu.addSeparator()
        from .session_actions import add_session_actions

        self.session_actions = add_session_actions(self, file_menu)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

        go_menu = menu_bar.addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for number, spec in enumerate(PAGES, start=1):
            action = go_menu.addAction(spec.title_text())
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(self._page_opener(spec.key))
            self.page_actions[spec.key] = action
        go_menu.addSeparator()
        # The front desk's keys work from every page, right after sign-in too: they open
        # the visitor log and act there (the log is where the visitor is written down).
        self.front_desk_actions: list[QAction] = []
        for text, keys, method in (
            (self.tr("New &walk-in"), ("F2", "Ctrl+N"), "new_walk_in"),
            (self.tr("New &call"), ("Shift+F2",), "new_call"),
            (self.tr("Visitor &left"), ("F4",), "record_departure"),
        ):
            action = go_menu.addAction(text)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(self._front_desk(method))
            self.front_desk_actions.append(action)
        self._enable_front_desk()
        go_menu.addSeparator()
        self.find_action = go_menu.addAction(self.tr("&Find customer…"))
        self.find_action.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence("F3")])
        self.find_action.triggered.connect(self.focus_search)

        language_menu = menu_bar.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        saved = self.settings.language() or self.language
        for code in i18n.LANGUAGES:
            action = language_menu.addAction(LANGUAGE_NAMES.get(code, code))
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(self.on_language_triggered)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Showroom"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.on_about_triggered)

    def _front_desk(self, method: str) -> Callable[[], None]:
        def act() -> None:
            self.show_page("visits")
            page = self.pages.page("visits")
            if page is not None:
                getattr(page, method)()

        return act

    def _enable_front_desk(self) -> None:
        may = allowed(self.actor, Permission.VISITS_EDIT)
        for action in self.front_desk_actions:
            action.setEnabled(may)

    def _page_opener(self, key: str) -> Callable[[], None]:
        return lambda: self.show_page(key)

    def _restore_window(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    # --- public ------------------------------------------------------------------------
    def current_page_key(self) -> str:
        return self.pages.current_key

    def show_page(self, key: str) -> None:
        self.navigation.select_key(key)

    def set_actor(self, actor: Actor) -> None:
        """Another user signed in: rebuild every page for them (their rights, their lists)."""
        if self.actor.account is not None:
            self.actor.account.close()
        actor = live_actor(self.db, actor)
        self.actor = actor
        key = self.pages.current_key
        old = self.pages
        self.pages = PageStack(PageContext(self.db, actor, self.store, in_window=True), PAGES, self)
        self._enable_front_desk()
        splitter = self.centralWidget()
        assert isinstance(splitter, QSplitter)
        splitter.replaceWidget(splitter.indexOf(old), self.pages)
        self.navigation.page_selected.disconnect(old.show_page)
        old.deleteLater()
        self.navigation.page_selected.connect(self.pages.show_page)
        self.pages.show_page(key or PAGES[0].key)
        self.status_bar.show_context(actor, self.db, self.store_name)
        self.session_actions.update_for(actor)
        self.due_summary.set_actor(actor)

    @Slot()
    def start_daily_backup(self) -> None:
        """The first start of the day backs the store up, off the GUI thread."""
        self.session_actions.start_daily_backup()

    @Slot()
    def start_daily_upkeep(self) -> None:
        """The first start of the day re-ranks customers and rolls insurance dates on."""
        from .daily_upkeep import DailyUpkeep

        if getattr(self, "daily_upkeep", None) is None:
            self.daily_upkeep = DailyUpkeep(self, self.db, self.actor.user_id)
        self.daily_upkeep.start()

    @Slot()
    def open_import_history(self) -> None:
        from .import_history import ImportHistoryDialog  # imported on use, like the wizard

        dialog = ImportHistoryDialog(self.db, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_import_wizard(self) -> None:
        from .import_wizard import ImportWizard  # imported on use: start-up stays fast

        wizard = ImportWizard(self.db, self.actor, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    @Slot()
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # --- slots -------------------------------------------------------------------------
    @Slot(object)
    def on_hit_picked(self, hit: CustomerHit) -> None:
        self.customer_opened.emit(hit.id)

    @Slot(int)
    def open_customer_card(self, customer_id: int) -> None:
        """Opens the customer card (from the search, a prospect card, any list)."""
        from .customer_card import CustomerCardDialog  # not at start-up: it loads the services

        dialog = CustomerCardDialog(PageContext(self.db, self.actor, self.store), customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(QAction)
    def on_language_triggered(self, action: QAction) -> None:
        code = str(action.data())
        if code == (self.settings.language() or self.language):
            return
        self.settings.set_language(code)
        if code == self.language:
            return
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("{language} will be used the next time Showroom starts.").format(
                language=LANGUAGE_NAMES.get(code, code)
            ),
        )

    @Slot()
    def on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Showroom"),
            self.tr(
                "Showroom {version}\n\nVisitor log, prospects, customer cards, service "
                "lists and daily reports for car dealerships."
            ).format(version=__version__),
        )

    # --- events ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.search_box.close_popup()
        if getattr(self, "daily_upkeep", None) is not None:
            self.daily_upkeep.stop()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        super().closeEvent(event)
