"""What a sheet is to the export layer: its tables, its columns and, for a composed PDF,
its story — nothing about permissions, files or the audit trail (:mod:`.export` does those).

A sheet is a small frozen dataclass holding what the user chose (a day, a filter, a
record id), subclassing :class:`Sheet`::

    @dataclass(frozen=True)
    class VisitsSheet(Sheet):
        entity = "visits"                  # its name in the audit trail
        title = TITLE                      # the default file name starts with it
        flt: VisitFilter

        def content(self, db, actor, lang) -> Content:
            return Content([Table(visit_sheet(db, self.flt, lang), rows(...))])

The workbook gets one worksheet per :class:`Table` (plus the export-information sheet);
the PDF prints the tables one under the other with signature lines, unless the sheet
gives its own ``story`` (a report with a chart, a one-page card).
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from showroom.db import Database
from showroom.exports.columns import RowStyler, SheetSpec, Text, style_of, text_of
from showroom.i18n import Msg, current_language
from showroom.services.context import Actor
from showroom.services.permissions import Permission
from showroom.services.store import store_info

if TYPE_CHECKING:  # reportlab loads with the first printout, not with the pages
    from reportlab.platypus import Flowable

    from showroom.exports.pdf import SheetDocument


class Format(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"


@dataclass(frozen=True)
class Printout:
    """Who prints, for whom: the header and footer of every page and the info sheet."""

    store_name: str
    printed_by: str
    printed_at: dt.datetime
    lang: str


def printout_for(db: Database, actor: Actor, lang: str | None = None) -> Printout:
    language = lang or current_language()
    return Printout(
        store_info(db).name(language),
        actor.display_name,
        dt.datetime.now().replace(microsecond=0),
        language,
    )


@dataclass
class Table:
    """One table of a sheet: a worksheet of the workbook, a table of the default PDF.

    ``rows`` may be a generator (a cursor streaming a million visits into a workbook);
    ``count``, when known beforehand, turns the progress bar into a percentage.
    """

    spec: SheetSpec
    rows: Iterable[object]
    row_style: RowStyler | None = style_of
    totals: object | None = None
    count: int | None = None
    #: PDF only: the body's font size (None: the layer's default) and zebra stripes.
    font_size: float | None = None
    zebra: bool = True


@dataclass(frozen=True)
class Heading:
    """What every PDF page is headed by: the title, the period, the filters."""

    title: Text
    subtitle: Text | None = None
    filters: Sequence[tuple[Text, Text]] = ()

    @classmethod
    def of(cls, spec: SheetSpec) -> Heading:
        return cls(spec.title, spec.subtitle, spec.filters)


#: A composed PDF body, laid out to the document's width (``doc.width``).
Story = Callable[["SheetDocument"], "list[Flowable]"]


@dataclass
class Content:
    """What a sheet says, computed once for the actor: its tables and how it prints."""

    tables: Sequence[Table]
    #: The PDF's page heading; by default the first table's title, period and filters.
    heading: Heading | None = None
    #: The PDF's body; by default the tables one under another.
    story: Story | None = None
    #: Signature lines under the default PDF body (the paper forms have them).
    signature: bool = True
    landscape: bool = True
    #: Which table's rows the export reports as "N rows exported".
    counted: int = 0
    #: Recorded with the export in the audit trail: what was exported (day, filter…).
    detail: Mapping[str, object] = field(default_factory=dict)

    def page_heading(self) -> Heading:
        if self.heading is not None:
            return self.heading
        return Heading.of(self.tables[0].spec)


#: Every sheet class, as its module defines it (see :func:`registered`).
_REGISTERED: list[type[Sheet]] = []


class Sheet(ABC):
    """A sheet the user can save as a file or print. See the module docstring."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _REGISTERED.append(cls)

    #: Its name in the audit trail ("daily_report", "visits", "prospect_card"…).
    entity: ClassVar[str]
    #: Its title, which starts the suggested file name.
    title: ClassVar[Msg]
    #: The rights needed to take it out of the program (the audit trail also needs
    #: its own view right); the services behind ``content`` narrow it to the actor's scope.
    permissions: ClassVar[tuple[Permission, ...]] = (Permission.EXPORT,)
    formats: ClassVar[tuple[Format, ...]] = (Format.PDF, Format.XLSX)

    @property
    def entity_id(self) -> int | None:
        """The record a card is of (None for a list or a report)."""
        return None

    def file_tag(self) -> str:
        """What tells two files of the sheet apart in their names (a day, a name)."""
        return f"{dt.date.today():%Y%m%d}"

    def file_name(self, fmt: Format | str, lang: str | None = None) -> str:
        """The suggested file name, e.g. ``营业日报表-20261120.pdf``."""
        stem = f"{text_of(self.title, lang)}-{self.file_tag()}"
        for bad in '/\\:*?"<>|':  # not allowed in Windows file names
            stem = stem.replace(bad, "-")
        return f"{stem}.{Format(fmt).value}"

    @abstractmethod
    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        """The sheet's tables for ``actor`` (whose scope the services apply), in ``lang``."""


def registered() -> list[type[Sheet]]:
    """Every sheet of ``showroom.sheets``: each module of the package is imported, so a
    new sheet is one new module and nothing else."""
    import importlib
    import pkgutil

    import showroom.sheets as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return list(_REGISTERED)
