"""The customer list as a sheet: the screen's columns, the Excel export (:class:`CustomersSheet`).

:func:`customer_cells` turns a :class:`~showroom.services.customer_list.CustomerRow` into
cells with codes as words; the name carries the special-mark badges (【VIP】张三) so a
marked customer stands out on every list and printout, and the row is highlighted.
Phones and resident IDs arrive already masked by the service for roles that do not see
them in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from showroom import labels
from showroom.db import Database
from showroom.exports import Column, ColumnKind, RowStyle, SheetSpec
from showroom.exports.columns import StyledRow, Text
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import MarkKind
from showroom.rules.classes import mark_badges, mark_label, value_class_label
from showroom.rules.loyalty import loyalty_label
from showroom.services.context import Actor
from showroom.services.customer_list import (
    CustomerFilter,
    CustomerRow,
    count_customers,
    iter_customers,
    list_choices,
)

from .base import Content, Format, Sheet, Table

CTX = "CustomerSheet"


def _m(source: str) -> Msg:
    return Msg(CTX, source)


TITLE = _m(QT_TRANSLATE_NOOP("CustomerSheet", "Customer list"))
BASE = _m(QT_TRANSLATE_NOOP("CustomerSheet", "Base"))
NEW = _m(QT_TRANSLATE_NOOP("CustomerSheet", "New"))
#: The sex column's words (showroom.labels', one letter for the narrow column).
SEXES = labels.SEX_SHORT

# Filter labels.
VALUE = _m(QT_TRANSLATE_NOOP("CustomerSheet", "Value class"))
LOYALTY = _m(QT_TRANSLATE_NOOP("CustomerSheet", "Loyalty"))
MEMBERSHIP = _m(QT_TRANSLATE_NOOP("CustomerSheet", "Membership"))
MARK = _m(QT_TRANSLATE_NOOP("CustomerSheet", "Special mark"))
CONSULTANT = _m(QT_TRANSLATE_NOOP("CustomerSheet", "Consultant"))
BASE_OR_NEW = _m(QT_TRANSLATE_NOOP("CustomerSheet", "Base / new"))

COLUMNS: tuple[Column, ...] = (
    Column("name", _m(QT_TRANSLATE_NOOP("CustomerSheet", "Name")), width=14),
    Column("sex", _m(QT_TRANSLATE_NOOP("CustomerSheet", "Sex")), width=4),
    Column("mobile", _m(QT_TRANSLATE_NOOP("CustomerSheet", "Mobile")), width=12.5),
    Column("resident_id", _m(QT_TRANSLATE_NOOP("CustomerSheet", "Resident ID")), width=19),
    Column("plates", _m(QT_TRANSLATE_NOOP("CustomerSheet", "Plates")), width=16),
    Column("consultant", CONSULTANT, width=8),
    Column("loyalty", LOYALTY, width=10),
    Column("membership", MEMBERSHIP, width=8),
    Column("value_class", VALUE, width=6),
    Column(
        "spend", _m(QT_TRANSLATE_NOOP("CustomerSheet", "Cumulative spend")), ColumnKind.MONEY, 12
    ),
    Column("base", BASE_OR_NEW, width=5),
    Column(
        "last_service_on",
        _m(QT_TRANSLATE_NOOP("CustomerSheet", "Last service")),
        ColumnKind.DATE,
        10.5,
    ),
)


def customer_cells(
    row: CustomerRow, memberships: dict[str, str], lang: str | None = None
) -> tuple[object, ...]:
    return (
        mark_badges(row.marks, lang) + row.name,
        SEXES.get(row.sex, row.sex),  # type: ignore[call-overload]
        row.mobile,
        row.resident_id,
        row.plates,
        row.consultant,
        loyalty_label(row.loyalty_class),
        memberships.get(row.membership_level or "", row.membership_level),
        value_class_label(row.value_class),
        row.cumulative_spend,
        BASE if row.is_base else NEW,
        row.last_service_on,
    )


def mark_style(marks: Sequence[str]) -> RowStyle | None:
    """Difficult customers in red, fleet and VIP in yellow, the same on paper and screen."""
    if MarkKind.DIFFICULT in marks:
        return RowStyle.WARNING
    return RowStyle.HIGHLIGHT if marks else None


def describe_filter(
    db: Database, flt: CustomerFilter, lang: str | None = None
) -> list[tuple[Text, Text]]:
    pairs: list[tuple[Text, Text]] = []
    choices = list_choices(db, lang)
    if flt.value_class:
        pairs.append((VALUE, value_class_label(flt.value_class) or flt.value_class))
    if flt.loyalty_class:
        pairs.append((LOYALTY, loyalty_label(flt.loyalty_class) or flt.loyalty_class))
    if flt.membership_level:
        pairs.append((MEMBERSHIP, dict(choices.memberships).get(flt.membership_level, "?")))
    if flt.mark:
        pairs.append((MARK, mark_label(flt.mark)))
    if flt.consultant_id is not None:
        pairs.append((CONSULTANT, dict(choices.consultants).get(flt.consultant_id, "?")))
    if flt.base is not None:
        pairs.append((BASE_OR_NEW, BASE if flt.base else NEW))
    return pairs


def customer_sheet(db: Database, flt: CustomerFilter, lang: str | None = None) -> SheetSpec:
    return SheetSpec(TITLE, COLUMNS, filters=describe_filter(db, flt, lang))


@dataclass(frozen=True)
class CustomersSheet(Sheet):
    """The customers of ``flt`` (masked per role), marked customers highlighted."""

    entity = "customers"
    title = TITLE
    formats = (Format.XLSX,)
    flt: CustomerFilter

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        memberships = dict(list_choices(db, lang).memberships)
        keys = [column.key for column in COLUMNS]
        rows = (
            StyledRow(
                dict(zip(keys, customer_cells(row, memberships, lang), strict=True)),
                style=mark_style(row.marks),
            )
            for row in iter_customers(db, actor, self.flt)
        )
        table = Table(
            customer_sheet(db, self.flt, lang), rows, count=count_customers(db, actor, self.flt)
        )
        filters = {k: v for k, v in self.flt.__dict__.items() if v is not None}
        return Content([table], detail={"filters": filters})
