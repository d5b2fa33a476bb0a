"""潜在客户跟踪表 — the prospect tracking sheet: the lists, and one prospect's card.

:data:`LIST_COLUMNS` are the columns of "my follow-ups today" and "all prospects" (screen,
Excel and PDF alike, through :func:`prospect_cells`); a card prints as the paper sheet:
its header fields, the follow-up rows, and the level history (:class:`ProspectCardSheet`;
the lists are :class:`ProspectListSheet`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from showroom import labels
from showroom.db import Database
from showroom.exports import Column, ColumnKind, RowStyle, SheetSpec
from showroom.exports.columns import Text
from showroom.exports.pdf import SheetDocument, fields_table, paragraph, sheet_table, signature_line
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import ProspectStatus
from showroom.services.context import Actor
from showroom.services.prospect_queries import iter_prospects, prospect_card
from showroom.services.prospect_types import (
    FollowUpRow,
    LevelChangeRow,
    ProspectCard,
    ProspectFilter,
    ProspectRow,
    StatusFilter,
)

from .base import Content, Heading, Sheet, Table

CTX = "ProspectSheet"


def _m(source: str) -> Msg:
    return Msg(CTX, source)


TITLE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Prospect tracking sheet"))
LIST_TITLE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Prospects"))
TODAY_TITLE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Follow-ups due today"))

# Codes as the sheet writes them (the words are showroom.labels').
METHODS = labels.FOLLOW_UP_METHOD
STATUSES = labels.PROSPECT_STATUS
PAYMENTS = labels.PAYMENT
PURCHASES = labels.PURCHASE_TYPE
OVERDUE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Overdue"))

CUSTOMER = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Customer"))
PHONE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Phone"))
LEVEL = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Level"))
STATUS = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Status"))
CONSULTANT = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Consultant"))
SOURCE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Source"))
MODEL = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Intended model"))
CREATED = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Created"))
NEXT = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Next follow-up"))
LAST = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Last contact"))
DAYS_OVERDUE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Days overdue"))
LAST_CONTENT = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Last contact content"))
PERIOD = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Created in"))
OVERDUE_ONLY = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Overdue only"))
YES = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Yes"))
STATUS_FILTERS: dict[str, Msg] = {
    StatusFilter.OPEN: STATUSES[ProspectStatus.OPEN],
    StatusFilter.ORDERED: STATUSES[ProspectStatus.ORDERED],
    StatusFilter.LOST: STATUSES[ProspectStatus.LOST],
    StatusFilter.ALL: _m(QT_TRANSLATE_NOOP("ProspectSheet", "All")),
}

LIST_COLUMNS: tuple[Column, ...] = (
    Column("customer_name", CUSTOMER, width=9),
    Column("phone", PHONE, width=12.5),
    Column("level", LEVEL, width=4),
    Column("status", STATUS, width=6),
    Column("consultant_name", CONSULTANT, width=8),
    Column("source", SOURCE, width=9),
    Column("model", MODEL, width=8),
    Column("created_on", CREATED, ColumnKind.DATE, 10.5),
    Column("next_followup_on", NEXT, ColumnKind.DATE, 10.5),
    Column("last_followup_on", LAST, ColumnKind.DATE, 10.5),
    Column("overdue_days", DAYS_OVERDUE, ColumnKind.INT, 5),
    Column("last_content", LAST_CONTENT, width=28),
)
#: Column positions the screen reads (overdue colouring, level badge).
COL_LEVEL, COL_NEXT, COL_OVERDUE = 2, 8, 10


def prospect_cells(row: ProspectRow) -> tuple[object, ...]:
    """The list row as the sheet's cells, in :data:`LIST_COLUMNS` order."""
    return (
        row.customer_name,
        row.phone,
        row.level,
        STATUSES.get(row.status, row.status),
        row.consultant_name,
        row.source,
        row.model,
        row.created_on,
        row.next_followup_on,
        row.last_followup_on,
        row.overdue_days or None,
        row.last_content,
    )


def overdue_style(cells: Sequence[object]) -> RowStyle | None:
    """Overdue rows in light red everywhere (ARCHITECTURE.md §6: overdue shows so everywhere)."""
    days = cells[COL_OVERDUE]
    return RowStyle.WARNING if isinstance(days, int) and days > 0 else None


FOLLOW_UP_COLUMNS: tuple[Column, ...] = (
    Column("followed_on", _m(QT_TRANSLATE_NOOP("ProspectSheet", "Date")), ColumnKind.DATE, 10.5),
    Column("method", _m(QT_TRANSLATE_NOOP("ProspectSheet", "Method")), width=8),
    Column("content", _m(QT_TRANSLATE_NOOP("ProspectSheet", "Content")), width=28),
    Column("feedback", _m(QT_TRANSLATE_NOOP("ProspectSheet", "Customer feedback")), width=20),
    Column("level_after", _m(QT_TRANSLATE_NOOP("ProspectSheet", "Level after")), width=5),
    Column("next_followup_on", NEXT, ColumnKind.DATE, 10.5),
    Column("consultant_name", CONSULTANT, width=8),
    Column(
        "manager_comment", _m(QT_TRANSLATE_NOOP("ProspectSheet", "Manager's comment")), width=18
    ),
)


#: In place of what was said, for readers who may not read it (services/privacy.py).
PRIVATE_CONTENT = _m(QT_TRANSLATE_NOOP("ProspectSheet", "(another consultant's conversation)"))


def follow_up_cells(row: FollowUpRow) -> tuple[object, ...]:
    return (
        row.followed_on,
        METHODS.get(row.method, row.method),
        PRIVATE_CONTENT if row.private else row.content,
        row.feedback,
        row.level_after,
        row.next_followup_on,
        row.consultant_name,
        row.manager_comment,
    )


HISTORY_COLUMNS: tuple[Column, ...] = (
    Column(
        "changed_at", _m(QT_TRANSLATE_NOOP("ProspectSheet", "Changed at")), ColumnKind.DATETIME, 16
    ),
    Column("from_level", _m(QT_TRANSLATE_NOOP("ProspectSheet", "From")), width=6),
    Column("to_level", _m(QT_TRANSLATE_NOOP("ProspectSheet", "To")), width=6),
    Column("changed_by", _m(QT_TRANSLATE_NOOP("ProspectSheet", "By")), width=10),
)
HISTORY_TITLE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Level history"))
FOLLOW_UPS_TITLE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Follow-ups"))


def history_cells(row: LevelChangeRow) -> tuple[object, ...]:
    return (row.changed_at, row.from_level or "—", row.to_level, row.changed_by)


def _money(value: object) -> str | None:
    return f"{value:,.2f}" if value is not None else None


def card_fields(card: ProspectCard) -> list[tuple[Text, Text | None]]:
    """The header of the paper sheet as (label, value) pairs."""
    fields: list[tuple[Text, Text | None]] = [
        (CUSTOMER, card.customer_name),
        (PHONE, card.phone),
        (CREATED, card.created_on.isoformat()),
        (SOURCE, card.source),
        (MODEL, card.model),
        (_m(QT_TRANSLATE_NOOP("ProspectSheet", "Colour")), card.colour),
        (_m(QT_TRANSLATE_NOOP("ProspectSheet", "Budget")), _money(card.budget)),
        (
            _m(QT_TRANSLATE_NOOP("ProspectSheet", "Payment")),
            PAYMENTS.get(card.payment or "", card.payment),
        ),
        (
            _m(QT_TRANSLATE_NOOP("ProspectSheet", "Purchase type")),
            PURCHASES.get(card.purchase_type or "", card.purchase_type),
        ),
        (_m(QT_TRANSLATE_NOOP("ProspectSheet", "Competitor models")), "、".join(card.competitors)),
        (LEVEL, card.level_name),
        (STATUS, STATUSES.get(card.status, card.status)),
        (CONSULTANT, card.consultant_name),
        (NEXT, card.next_followup_on.isoformat() if card.next_followup_on else None),
    ]
    if card.orders:
        order = card.orders[-1]
        fields.append(
            (
                _m(QT_TRANSLATE_NOOP("ProspectSheet", "Order")),
                " ".join(
                    filter(
                        None,
                        [
                            order.ordered_on.isoformat(),
                            order.model,
                            order.colour,
                            _money(order.price),
                        ],
                    )
                ),
            )
        )
    if card.loss is not None:
        loss = card.loss
        fields.append(
            (
                _m(QT_TRANSLATE_NOOP("ProspectSheet", "Loss")),
                "；".join(
                    filter(
                        None, [loss.lost_on.isoformat(), loss.reason, loss.competitor, loss.note]
                    )
                ),
            )
        )
    return fields


# ------------------------------------------------------------------------------ exports


FIELD = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Field"))
VALUE = _m(QT_TRANSLATE_NOOP("ProspectSheet", "Value"))


def card_content(card: ProspectCard, lang: str) -> Content:
    """The workbook: header fields, follow-ups, level history; the PDF: the paper sheet."""
    header = Table(
        SheetSpec(
            TITLE, (Column("field", FIELD, width=16), Column("value", VALUE, width=40)),
            subtitle=card.customer_name,
        ),
        list(card_fields(card)),
    )  # fmt: skip
    follow_ups = Table(
        SheetSpec(FOLLOW_UPS_TITLE, FOLLOW_UP_COLUMNS, subtitle=card.customer_name),
        [follow_up_cells(f) for f in card.follow_ups],
    )
    history = Table(
        SheetSpec(HISTORY_TITLE, HISTORY_COLUMNS, subtitle=card.customer_name),
        [history_cells(c) for c in card.level_history],
    )

    def story(doc: SheetDocument) -> list[Flowable]:
        width = doc.width
        history_table = sheet_table(history.spec, history.rows, width=width * 0.55, lang=lang)
        history_table.hAlign = "LEFT"
        return [
            fields_table(card_fields(card), width=width, lang=lang, columns=3),
            _gap(lang),
            sheet_table(follow_ups.spec, follow_ups.rows, width=width, lang=lang),
            _gap(lang),
            paragraph(HISTORY_TITLE, lang=lang, size=10),
            history_table,
            _gap(lang),
            signature_line(width=width, lang=lang),
        ]

    return Content(
        [header, follow_ups, history],
        heading=Heading(TITLE, card.customer_name),
        story=story,
        counted=1,  # "N rows": the follow-ups
    )


def _gap(lang: str) -> Flowable:
    return paragraph(" ", lang=lang, size=6)


@dataclass(frozen=True)
class ProspectCardSheet(Sheet):
    """One prospect's tracking sheet, as the actor may see it."""

    entity = "prospect_card"
    title = TITLE
    prospect_id: int

    @property
    def entity_id(self) -> int:
        return self.prospect_id

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        return card_content(prospect_card(db, actor, self.prospect_id, lang=lang), lang)


def describe_filter(
    flt: ProspectFilter, names: dict[str, dict[object, str]]
) -> list[tuple[Text, Text]]:
    """The list's filter in words (``names``: consultant/source/model id → name)."""
    pairs: list[tuple[Text, Text]] = [(STATUS, STATUS_FILTERS.get(flt.status, str(flt.status)))]
    if flt.consultant_id is not None:
        pairs.append(
            (
                CONSULTANT,
                names.get("consultant", {}).get(flt.consultant_id, f"#{flt.consultant_id}"),
            )
        )
    if flt.level:
        pairs.append((LEVEL, flt.level))
    if flt.source_id is not None:
        pairs.append((SOURCE, names.get("source", {}).get(flt.source_id, f"#{flt.source_id}")))
    if flt.model_id is not None:
        pairs.append((MODEL, names.get("model", {}).get(flt.model_id, f"#{flt.model_id}")))
    if flt.overdue_only:
        pairs.append((OVERDUE_ONLY, YES))
    if flt.created_from or flt.created_to:
        start = flt.created_from.isoformat() if flt.created_from else "…"
        end = flt.created_to.isoformat() if flt.created_to else "…"
        pairs.append((PERIOD, f"{start} – {end}"))
    return pairs


def list_sheet(
    flt: ProspectFilter, names: dict[str, dict[object, str]], *, today: dt.date
) -> SheetSpec:
    title = TODAY_TITLE if flt.due_by is not None else LIST_TITLE
    return SheetSpec(
        title, LIST_COLUMNS, filters=describe_filter(flt, names), subtitle=today.isoformat()
    )


def list_rows(
    db: Database, actor: Actor, flt: ProspectFilter, *, today: dt.date, order: str, lang: str
) -> Iterator[tuple[object, ...]]:
    return (
        prospect_cells(r)
        for r in iter_prospects(db, actor, flt, today=today, order=order, lang=lang)
    )


@dataclass(frozen=True)
class ProspectListSheet(Sheet):
    """A prospect list as the page shows it ("what you see"): filter, order, scope.

    ``names`` (consultant/source/model id → name) words the filter as the page does.
    """

    entity = "prospects"
    flt: ProspectFilter
    names: Mapping[str, Mapping[object, str]] = field(default_factory=dict)
    order: str = "newest"
    today: dt.date | None = None

    @property
    def title(self) -> Msg:  # type: ignore[override]
        return TODAY_TITLE if self.flt.due_by is not None else LIST_TITLE

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        today = self.today or dt.date.today()
        names = {kind: dict(values) for kind, values in self.names.items()}
        table = Table(
            list_sheet(self.flt, names, today=today),
            list_rows(db, actor, self.flt, today=today, order=self.order, lang=lang),
            row_style=overdue_style,
            font_size=7.5,
        )
        return Content([table])
