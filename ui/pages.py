"""The page registry: which pages the main window shows, in which order, built by what.

Replacing a placeholder with the real screen is one line — give its entry a factory::

    PageSpec("visits", ..., factory=lazy_page("ui.visitor_log", "VisitorLogPage")),

A factory takes the :class:`PageContext` and returns the page widget. Pages are built
the first time they are shown, and :func:`lazy_page` imports their module only then, so
start-up pays for the first page alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from showroom.db import Database
from showroom.services.context import Actor
from showroom.services.store import StoreInfo

from .operations import ChangeHub, hub_for


@dataclass(frozen=True)
class PageContext:
    """What every page may use: the store's database, who is signed in, the store, and
    the change hub that tells a page when what it shows was changed (by this window or
    another workstation)."""

    db: Database
    actor: Actor
    store: StoreInfo
    hub: ChangeHub = field(default=None)  # type: ignore[assignment]
    #: In the main window, which owns the front desk's keys (F2, Shift+F2, F4) so that they
    #: work from every page; a page shown on its own binds them itself.
    in_window: bool = False

    def __post_init__(self) -> None:
        if self.hub is None:
            object.__setattr__(self, "hub", hub_for(self.db))


PageFactory = Callable[[PageContext], QWidget]


def placeholder(spec: PageSpec) -> PageFactory:
    def build(_context: PageContext) -> QWidget:
        from .placeholder_page import PlaceholderPage

        return PlaceholderPage(spec.title_text(), spec.summary_text())

    return build


def lazy_page(module: str, name: str) -> PageFactory:
    """A factory that imports ``module`` and calls ``name(context)`` on first use."""

    def build(context: PageContext) -> QWidget:
        factory: PageFactory = getattr(importlib.import_module(module), name)
        return factory(context)

    return build


@dataclass(frozen=True)
class PageSpec:
    #: Stable identifier (settings, shortcuts, ``MainWindow.show_page``).
    key: str
    #: English source of the title and the one-line summary, in the "Pages" context.
    title: str
    summary: str
    factory: PageFactory | None = None

    def title_text(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def summary_text(self) -> str:
        return QCoreApplication.translate("Pages", self.summary)

    def build(self, context: PageContext) -> QWidget:
        return (self.factory or placeholder(self))(context)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "visits",
        QT_TRANSLATE_NOOP("Pages", "Visitor log"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Every walk-in and phone call as it happens: who came, how they heard of us, "
            "which model they want and who served them.",
        ),
        factory=lazy_page("ui.visitor_log_page", "VisitorLogPage"),
    ),
    PageSpec(
        "prospects",
        QT_TRANSLATE_NOOP("Pages", "Prospects"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Prospects graded H/A/B/C with their follow-ups, and who is due for a call today.",
        ),
        factory=lazy_page("ui.prospects_page", "ProspectsPage"),
    ),
    PageSpec(
        "customers",
        QT_TRANSLATE_NOOP("Pages", "Customers"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Customer cards: personal details, vehicles, purchases and service history, "
            "special marks.",
        ),
        factory=lazy_page("ui.customers_page", "CustomersPage"),
    ),
    PageSpec(
        "service",
        QT_TRANSLATE_NOOP("Pages", "Service"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Maintenance due, post-sale care calls, insurance renewals, birthdays and complaints.",
        ),
        factory=lazy_page("ui.service_page", "ServicePage"),
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "The daily business report, the sales funnel and lost deals, as PDF and Excel.",
        ),
        factory=lazy_page("ui.reports_page", "ReportsPage"),
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("Pages", "Settings"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Users and roles, prospect levels, sources, car models and the store's own lists.",
        ),
        factory=lazy_page("ui.settings_page", "SettingsPage"),
    ),
)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)
