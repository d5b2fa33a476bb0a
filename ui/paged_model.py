"""One table model for every long list: a sheet's columns, rows a page at a time.

The visitor log, the prospect lists, the service lists and the customer list share it.
Rows arrive from the service a page at a time as the view scrolls (Qt's
``canFetchMore``/``fetchMore``), so a filter matching fifty thousand rows opens as fast as
one matching five. Text is made when a row is first painted, with the export layer's
``format_value``, so the screen reads exactly like the workbook and the printout.
Sorting is asked of the database (``sort_requested``), never done here: the model holds
only the pages loaded so far.

A subclass gives the cells of a row (:meth:`PagedTableModel.row_texts`) and, if it
wants, a row's background (:meth:`PagedTableModel.row_background`) and a column's font.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from showroom.exports.columns import Column

from .table_style import ALIGN

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: The row object (a service dataclass) behind a table row.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: Rows asked of the service at a time.
PAGE_SIZE = 200
#: Longer cell text also shows as a tool tip (a cut-off note can be read in full).
TOOLTIP_FROM = 12

_Index = QModelIndex | QPersistentModelIndex
#: A background not worked out yet (``None`` is "no background").
_UNSET = object()


class PageLike(Protocol[T_co]):
    """What a page from the service has (the services' own page types have it too)."""

    @property
    def rows(self) -> Sequence[T_co]: ...

    @property
    def total(self) -> int | None: ...


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page from the service. ``total``: rows of the whole list when counted; ``None``
    when not counted (then pages are asked for until one comes back empty)."""

    rows: Sequence[T]
    total: int | None = None


#: ``fetch(offset, limit)`` gives the page of the list that starts at ``offset``.
Fetch = Callable[[int, int], PageLike[T]]
P = TypeVar("P", bound=PageLike[Any])


class PagedTableModel(QAbstractTableModel, Generic[T]):
    #: (column key, descending): the page reloads the rows in that order.
    sort_requested = Signal(str, bool)

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = tuple(columns)
        self._rows: list[T] = []
        self._texts: list[list[str] | None] = []
        self._fills: list[QBrush | object | None] = []
        self._fetch: Fetch[T] | None = None
        self._total: int | None = 0
        self._more = False

    # ------------------------------------------------------------------ loading

    def load(self, fetch: Callable[[int, int], P]) -> P:
        """Shows the first page of ``fetch``'s list (and returns it, for its counts);
        later pages come while scrolling."""
        page = fetch(0, PAGE_SIZE)
        self.show_rows(page.rows, fetch=fetch, total=page.total)
        return page

    def show_rows(
        self, rows: Sequence[T], *, fetch: Fetch[T] | None = None, total: int | None = None
    ) -> None:
        """Shows ``rows``; ``fetch`` gives the rows after them (``None``: there are none)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self._fills = [_UNSET] * len(self._rows)
        self._fetch = fetch
        self._total = total if fetch is not None else len(self._rows)
        self._more = fetch is not None and self._unfinished(bool(self._rows))
        self.endResetModel()

    def _unfinished(self, got_rows: bool) -> bool:
        if self._total is None:  # not counted: more until a page comes back empty
            return got_rows
        return len(self._rows) < self._total

    @property
    def total(self) -> int | None:
        """Rows of the whole list (``None`` when the service does not count them)."""
        return self._total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        page = self._fetch(len(self._rows), PAGE_SIZE)
        if page.total is not None:
            self._total = page.total
        if not page.rows:
            # The end of an uncounted list, or a counted one that shrank since (rows
            # deleted meanwhile): stop here, and say how many there are.
            self._more = False
            if self._total is not None:
                self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._texts.extend([None] * len(page.rows))
        self._fills.extend([_UNSET] * len(page.rows))
        self.endInsertRows()
        self._more = self._unfinished(True)

    def find_loading(self, found: Callable[[T], bool]) -> int:
        """The first row ``found`` accepts, fetching further pages until it is loaded
        (-1: the list has none)."""
        start = 0
        while True:
            row = next((i for i in range(start, len(self._rows)) if found(self._rows[i])), -1)
            if row >= 0 or not self.canFetchMore():
                return row
            start = len(self._rows)
            self.fetchMore()

    # --------------------------------------------------------------------- rows

    def rows(self) -> list[T]:
        """The rows loaded so far."""
        return list(self._rows)

    def row(self, index: int) -> T | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def texts(self, index: int) -> list[str]:
        """The row's cells as shown (and as exported), made once when first asked for."""
        texts = self._texts[index]
        if texts is None:
            texts = self._texts[index] = self.row_texts(self._rows[index])
        return texts

    def background(self, index: int) -> QBrush | None:
        """The row's background, worked out once when first painted."""
        fill = self._fills[index]
        if fill is _UNSET:
            fill = self._fills[index] = self.row_background(self._rows[index])
        return fill  # type: ignore[return-value]

    def row_texts(self, row: T) -> list[str]:
        """The cells of ``row`` in :attr:`columns` order, as text."""
        raise NotImplementedError

    def row_background(self, row: T) -> QBrush | None:
        return None

    def column_font(self, column: int) -> QFont | None:
        return None

    def sort_key(self, column: int) -> str | None:
        """The key the database sorts by for ``column``; ``None``: not sortable."""
        return None

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header.text()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.texts(row)[column]
            return text if len(text) > TOOLTIP_FROM else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN[self.columns[column].alignment]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row)
        if role == Qt.ItemDataRole.FontRole:
            return self.column_font(column)
        if role == ROW_ROLE:
            return self._rows[row]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key(column) if 0 <= column < len(self.columns) else None
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
