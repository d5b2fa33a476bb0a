"""展厅来店(电)客户登记表 — the visitor log as a sheet: screen, Excel and PDF alike.

:data:`COLUMNS` are the paper sheet's columns; :func:`visit_cells` turns a service row
(:class:`~showroom.services.visit_types.VisitRow`) into that sheet's cells, codes as
translatable words; :class:`VisitsSheet` is a filter's rows, streamed into a workbook or
printed on A4 landscape like the paper form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from showroom import labels
from showroom.db import Database
from showroom.exports import Align, Column, ColumnKind, RowStyle, SheetSpec
from showroom.exports.columns import RowStyler, Text
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import VisitKind
from showroom.services.context import Actor
from showroom.services.visit_queries import count_visits, iter_visits, visit_choices
from showroom.services.visit_types import VisitFilter, VisitRow

from .base import Content, Sheet, Table

CTX = "VisitSheet"


def _m(source: str) -> Msg:
    return Msg(CTX, source)


TITLE = _m(QT_TRANSLATE_NOOP("VisitSheet", "Showroom visitor log (walk-ins and calls)"))

# Codes as the sheet writes them (the words are showroom.labels').
KINDS = labels.VISIT_KIND
SEXES = labels.SEX_SHORT
PURCHASE_TYPES = labels.PURCHASE_TYPE
WALK_IN = KINDS[VisitKind.WALK_IN]
CALL = KINDS[VisitKind.CALL]
FIRST = _m(QT_TRANSLATE_NOOP("VisitSheet", "First"))
REPEAT = _m(QT_TRANSLATE_NOOP("VisitSheet", "Repeat"))

# Filter labels printed under the title and listed on the workbook's info sheet.
KIND = _m(QT_TRANSLATE_NOOP("VisitSheet", "Walk-in/call"))
CONSULTANT = _m(QT_TRANSLATE_NOOP("VisitSheet", "Consultant"))
SOURCE = _m(QT_TRANSLATE_NOOP("VisitSheet", "Source"))
FIRST_REPEAT = _m(QT_TRANSLATE_NOOP("VisitSheet", "First / repeat"))
LEVEL = _m(QT_TRANSLATE_NOOP("VisitSheet", "Level"))
NO_LEVEL = _m(QT_TRANSLATE_NOOP("VisitSheet", "Not graded"))

COLUMNS: tuple[Column, ...] = (
    Column("visit_date", _m(QT_TRANSLATE_NOOP("VisitSheet", "Date")), ColumnKind.DATE, 10.5),
    Column("arrived_at", _m(QT_TRANSLATE_NOOP("VisitSheet", "Arrived")), ColumnKind.TIME, 6),
    Column("departed_at", _m(QT_TRANSLATE_NOOP("VisitSheet", "Left")), ColumnKind.TIME, 6),
    Column("duration", _m(QT_TRANSLATE_NOOP("VisitSheet", "Duration")), ColumnKind.DURATION, 6),
    Column("kind", KIND, width=6, align=Align.CENTER),
    Column("visitor_name", _m(QT_TRANSLATE_NOOP("VisitSheet", "Name")), width=9),
    Column("sex", _m(QT_TRANSLATE_NOOP("VisitSheet", "Sex")), width=4, align=Align.CENTER),
    Column("phone", _m(QT_TRANSLATE_NOOP("VisitSheet", "Phone")), width=12.5),
    Column("party_size", _m(QT_TRANSLATE_NOOP("VisitSheet", "Party")), ColumnKind.INT, 4.5),
    Column(
        "first_repeat",
        _m(QT_TRANSLATE_NOOP("VisitSheet", "First/repeat")),
        width=6,
        align=Align.CENTER,
    ),
    Column("source_name", _m(QT_TRANSLATE_NOOP("VisitSheet", "Source")), width=10),
    Column("referrer_name", _m(QT_TRANSLATE_NOOP("VisitSheet", "Referred by")), width=8),
    Column("model_name", _m(QT_TRANSLATE_NOOP("VisitSheet", "Model")), width=8),
    Column("intended_colour", _m(QT_TRANSLATE_NOOP("VisitSheet", "Colour")), width=7),
    Column("purchase_type", _m(QT_TRANSLATE_NOOP("VisitSheet", "Purchase")), width=6),
    Column(
        "level_given", _m(QT_TRANSLATE_NOOP("VisitSheet", "Level")), width=4, align=Align.CENTER
    ),
    Column("test_drive", _m(QT_TRANSLATE_NOOP("VisitSheet", "Test drive")), ColumnKind.BOOL, 5),
    Column("contact_left", _m(QT_TRANSLATE_NOOP("VisitSheet", "Contact left")), ColumnKind.BOOL, 5),
    Column("consultant_name", _m(QT_TRANSLATE_NOOP("VisitSheet", "Consultant")), width=8),
    Column("notes", _m(QT_TRANSLATE_NOOP("VisitSheet", "Notes")), width=18),
)
#: Column positions the row styling reads.
_DATE, _DEPARTED, _KIND = 0, 2, 4


def visit_cells(row: VisitRow) -> tuple[object, ...]:
    """The row as the sheet's cells, in :data:`COLUMNS` order (codes as words)."""
    return (
        row.visit_date,
        row.arrived_at,
        row.departed_at,
        row.duration,
        KINDS.get(row.kind, row.kind),  # type: ignore[call-overload]
        row.visitor_name,
        SEXES.get(row.sex, row.sex),  # type: ignore[call-overload]
        row.phone,
        row.party_size,
        FIRST if row.is_first_visit else REPEAT,
        row.source_name,
        row.referrer_name,
        row.model_name,
        row.intended_colour,
        PURCHASE_TYPES.get(row.purchase_type, row.purchase_type),  # type: ignore[call-overload]
        row.level_given,
        row.test_drive,
        row.contact_left,
        row.consultant_name,
        row.notes,
    )


def in_showroom_style(today: dt.date) -> RowStyler:
    """Marks the cells of a walk-in of ``today`` still in the showroom (no departure)."""

    def style(cells: Sequence[object]) -> RowStyle | None:
        present = cells[_KIND] is WALK_IN and cells[_DEPARTED] is None
        return RowStyle.HIGHLIGHT if present and cells[_DATE] == today else None

    return style


def period(flt: VisitFilter) -> Text:
    if flt.start == flt.end:
        return flt.start.isoformat()
    return Msg(
        CTX,
        QT_TRANSLATE_NOOP("VisitSheet", "{start} to {end}"),
        {"start": flt.start.isoformat(), "end": flt.end.isoformat()},
    )


def describe_filter(
    db: Database, flt: VisitFilter, lang: str | None = None
) -> list[tuple[Text, Text]]:
    """The filter as (label, value) pairs, in words, for the printout and the info sheet."""
    pairs: list[tuple[Text, Text]] = []
    if flt.consultant_id is None and flt.source_id is None:
        choices = None
    else:
        choices = visit_choices(db, lang=lang)
    if flt.consultant_id is not None and choices is not None:
        names = {c.key: c.name for c in choices.consultants}
        pairs.append((CONSULTANT, names.get(flt.consultant_id, f"#{flt.consultant_id}")))
    if flt.kind:
        pairs.append((KIND, KINDS.get(flt.kind, flt.kind)))  # type: ignore[call-overload]
    if flt.source_id is not None and choices is not None:
        names = {c.key: c.name for c in choices.sources}
        pairs.append((SOURCE, names.get(flt.source_id, f"#{flt.source_id}")))
    if flt.first is not None:
        pairs.append((FIRST_REPEAT, FIRST if flt.first else REPEAT))
    if flt.level is not None:
        pairs.append((LEVEL, flt.level or NO_LEVEL))
    return pairs


def visit_sheet(db: Database, flt: VisitFilter, lang: str | None = None) -> SheetSpec:
    return SheetSpec(TITLE, COLUMNS, filters=describe_filter(db, flt, lang), subtitle=period(flt))


def sheet_rows(
    db: Database, actor: Actor, flt: VisitFilter, *, lang: str | None = None
) -> Iterator[tuple[object, ...]]:
    """The filter's rows as the sheet's cells, streamed (constant memory at any size)."""
    return (visit_cells(row) for row in iter_visits(db, actor, flt, lang=lang))


@dataclass(frozen=True)
class VisitsSheet(Sheet):
    """The visitor log of ``flt`` as the actor may see it; ``today`` marks who is still in."""

    entity = "visits"
    title = TITLE
    flt: VisitFilter
    today: dt.date | None = None

    def file_tag(self) -> str:
        start, end = self.flt.start, self.flt.end
        return start.isoformat() + ("" if start == end else "_" + end.isoformat())

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        flt = self.flt
        table = Table(
            visit_sheet(db, flt, lang),
            sheet_rows(db, actor, flt, lang=lang),
            row_style=in_showroom_style(self.today or dt.date.today()),
            count=count_visits(db, flt),
            font_size=7.5,
        )
        return Content([table], detail={"start": flt.start, "end": flt.end})
