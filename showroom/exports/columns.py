"""What a sheet is made of: typed columns, a title, the filters it was made with.

A sheet describes itself once with a :class:`SheetSpec`; the Excel writer, the PDF writer
and the screen's table model all read the same spec, so a column added there appears
everywhere with the same header, width, alignment and number format.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeAlias

from showroom.i18n import Msg

#: Anything shown to the user: a translatable message or text that is already final
#: (a store name, a consultant's name, a formatted period).
Text: TypeAlias = Msg | str

#: ``progress(done, total)`` is called every few hundred rows; returning ``False`` cancels.
#: ``total`` is 0 when unknown (Qt's convention for a busy bar), never None, so a GUI
#: task's ``TaskControl.report`` can be passed as it is.
Progress: TypeAlias = Callable[[int, int], bool | None]


def text_of(value: Text | None, lang: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, Msg):
        return value.text(lang)
    return value


class ColumnKind(StrEnum):
    """How a column's values are typed in Excel and formatted as text (see ``formatting``)."""

    TEXT = "text"
    INT = "int"
    #: Amounts in yuan, two decimals, thousands separated.
    MONEY = "money"
    DECIMAL = "decimal"
    #: A fraction: 0.253 shows as 25.3%.
    PERCENT = "percent"
    DATE = "date"
    DATETIME = "datetime"
    TIME = "time"
    #: A ``timedelta`` or a number of minutes; shown as hours:minutes ("1:05").
    DURATION = "duration"
    #: Shown as 是/否 (Yes/No).
    BOOL = "bool"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


_DEFAULT_ALIGN = {
    ColumnKind.INT: Align.RIGHT,
    ColumnKind.MONEY: Align.RIGHT,
    ColumnKind.DECIMAL: Align.RIGHT,
    ColumnKind.PERCENT: Align.RIGHT,
    ColumnKind.DURATION: Align.RIGHT,
    ColumnKind.DATE: Align.CENTER,
    ColumnKind.DATETIME: Align.CENTER,
    ColumnKind.TIME: Align.CENTER,
    ColumnKind.BOOL: Align.CENTER,
}

_DEFAULT_DECIMALS = {ColumnKind.MONEY: 2, ColumnKind.DECIMAL: 2, ColumnKind.PERCENT: 1}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a sheet.

    ``key`` finds the value in a row (mapping key or attribute name; tuples are matched
    by position). ``width`` is in characters as Excel counts them: a Chinese character
    is two. ``decimals`` overrides the kind's default (money 2, decimal 2, percent 1).
    """

    key: str
    header: Msg
    kind: ColumnKind = ColumnKind.TEXT
    width: float = 10.0
    align: Align | None = None
    decimals: int | None = None

    @property
    def alignment(self) -> Align:
        if self.align is not None:
            return self.align
        return _DEFAULT_ALIGN.get(self.kind, Align.LEFT)

    @property
    def places(self) -> int:
        if self.decimals is not None:
            return self.decimals
        return _DEFAULT_DECIMALS.get(self.kind, 0)


@dataclass(frozen=True)
class SheetSpec:
    """A sheet: its title, columns, and the filters it was made with (label, value).

    ``subtitle`` is the period or scope line under the title ("2024-05-01 至 2024-05-31").
    The filters are printed under the title of a PDF and listed on the info sheet of a
    workbook, so a printout always says what it shows.
    """

    title: Msg
    columns: Sequence[Column]
    filters: Sequence[tuple[Text, Text]] = ()
    subtitle: Text | None = None
    _getter: Callable[[Any], Sequence[object]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", tuple(self.columns))
        object.__setattr__(self, "filters", tuple(self.filters))
        keys = [c.key for c in self.columns]
        if not keys:
            raise ValueError("a sheet needs at least one column")
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        if duplicates:
            raise ValueError(f"duplicate column keys: {duplicates}")
        object.__setattr__(self, "_getter", _row_getter(tuple(keys)))

    def values(self, row: object) -> Sequence[object]:
        """The row's values in column order, from a tuple, a mapping or an object."""
        return self._getter(row)


#: Marks a row on paper and in the workbook: special customers, overdue items, totals.
class RowStyle(StrEnum):
    HIGHLIGHT = "highlight"  # light yellow: VIP, fleet, a row the reader should notice
    WARNING = "warning"  # light red: overdue, difficult customer, a failed import row
    MUTED = "muted"  # grey text: cancelled, anonymised
    TOTAL = "total"  # bold on grey, a rule above: subtotal or store total


#: ``row_style(row)`` receives the row as given to the writer.
RowStyler: TypeAlias = Callable[[Any], RowStyle | str | None]


class StyledRow(dict[str, object]):
    """A row's cells by column key, and how the row is marked — beside the cells, not
    among them, so no column key can collide with the style.

    ``StyledRow({"day": d, "orders": 3}, style=RowStyle.TOTAL)``; read with
    :func:`style_of`, which the sheets pass as ``row_style``.
    """

    __slots__ = ("style",)

    def __init__(
        self, cells: Mapping[str, object] | None = None, *, style: RowStyle | None = None
    ) -> None:
        super().__init__(cells or {})
        self.style = style


def style_of(row: object) -> RowStyle | None:
    """The mark of a :class:`StyledRow` (None for any other row)."""
    return row.style if isinstance(row, StyledRow) else None


def _row_getter(keys: tuple[str, ...]) -> Callable[[Any], Sequence[object]]:
    width = len(keys)
    by_attribute = operator.attrgetter(*keys)

    def get(row: Any) -> Sequence[object]:
        # Plain tuples and lists are positional. SQLAlchemy ``Row`` is deliberately not
        # treated as a tuple: it is read by name, so a query's column order cannot
        # silently shift the columns of a sheet.
        if isinstance(row, tuple | list):
            if len(row) != width:
                raise ValueError(f"row has {len(row)} values, the sheet has {width} columns")
            return row
        if isinstance(row, Mapping):
            return [row.get(key) for key in keys]
        values = by_attribute(row)
        return values if width > 1 else (values,)

    return get
