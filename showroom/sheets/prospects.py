"""潜在客户跟踪表 — the prospect tracking sheet: the lists, and one prospect's card.

:data:`LIST_COLUMNS` are the columns of "my follow-ups today" and "all prospects" (screen,
Excel and PDF alike, through :func:`prospect_cells`); a card prints as the paper sheet:
its header fields, the follow-up rows, and the level history (:func:`export_card_pdf`,
:func:`export_card_xlsx`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence

from reportlab.lib.pagesizes import A4, landscape

from showroom import labels
from showroom.db import Database
from showroom.db.audit import record
from showroom.exports import Column, ColumnKind, ExcelBook, RowStyle, SheetSpec, write_xlsx
from showroom.exports.columns import Progress, Text
from showroom.exports.pdf import (
    SheetDocument,
    fields_table,
    paragraph,
    sheet_table,
    signature_line,
    write_pdf,
)
from showroom.i18n import QT_TRANSLATE_NOOP, Msg, current_language
from showroom.models import ProspectStatus
from showroom.services.context import Actor
from showroom.services.permissions import Permission, require
from showroom.services.prospect_queries import iter_prospects, prospect_card
from showroom.services.prospect_types import (
    FollowUpRow,
    LevelChangeRow,
    ProspectCard,
    ProspectFilter,
    ProspectRow,
    StatusFilter,
)
from showroom.services.store import store_info

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
    """Overdue rows in light red everywhere (DESIGN §2.2: overdue shows so everywhere)."""
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


def follow_up_cells(row: FollowUpRow) -> tuple[object, ...]:
    return (
        row.followed_on,
        METHODS.get(row.method, row.method),
        row.content,
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


def _card(
    db: Database, actor: Actor, prospect_id: int, lang: str | None
) -> tuple[ProspectCard, str]:
    """The card to export and the language it is exported in (the export right checked)."""
    require(actor, Permission.EXPORT)
    lang = lang or current_language()
    return prospect_card(db, actor, prospect_id, lang=lang), lang


def export_card_pdf(
    db: Database,
    actor: Actor,
    prospect_id: int,
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
) -> int:
    """The card printed like the paper sheet: header, follow-up rows, level history."""
    card, lang = _card(db, actor, prospect_id, lang)
    width = landscape(A4)[0] - 2 * SheetDocument.MARGIN
    spec = SheetSpec(TITLE, FOLLOW_UP_COLUMNS, subtitle=card.customer_name)
    history = sheet_table(
        SheetSpec(HISTORY_TITLE, HISTORY_COLUMNS),
        [history_cells(c) for c in card.level_history],
        width=width * 0.55,
        lang=lang,
    )
    history.hAlign = "LEFT"
    printed = write_pdf(
        path,
        spec,
        [follow_up_cells(f) for f in card.follow_ups],
        lang=lang,
        store_name=store_info(db).name(lang),
        printed_by=actor.display_name,
        landscape=True,
        before=[fields_table(card_fields(card), width=width, lang=lang, columns=3), _gap(lang)],
        extra=[
            _gap(lang),
            paragraph(HISTORY_TITLE, lang=lang, size=10),
            history,
            _gap(lang),
            signature_line(width=width, lang=lang),
        ],
    )
    _audit(db, actor, "prospect_card", prospect_id, "pdf", printed)
    return printed


def _gap(lang: str) -> object:
    return paragraph(" ", lang=lang, size=6)


def export_card_xlsx(
    db: Database,
    actor: Actor,
    prospect_id: int,
    path: str | os.PathLike[str],
    *,
    lang: str | None = None,
) -> int:
    """The card as a workbook: the header fields, the follow-up rows, the level history."""
    card, lang = _card(db, actor, prospect_id, lang)
    header = SheetSpec(
        TITLE,
        (
            Column("field", _m(QT_TRANSLATE_NOOP("ProspectSheet", "Field")), width=16),
            Column("value", _m(QT_TRANSLATE_NOOP("ProspectSheet", "Value")), width=40),
        ),
        subtitle=card.customer_name,
    )
    with ExcelBook(
        path, lang=lang, exported_by=actor.display_name, store_name=store_info(db).name(lang)
    ) as book:
        book.add_sheet(header, [(label, value) for label, value in card_fields(card)])
        written = book.add_sheet(
            SheetSpec(FOLLOW_UPS_TITLE, FOLLOW_UP_COLUMNS, subtitle=card.customer_name),
            [follow_up_cells(f) for f in card.follow_ups],
        )
        book.add_sheet(
            SheetSpec(HISTORY_TITLE, HISTORY_COLUMNS, subtitle=card.customer_name),
            [history_cells(c) for c in card.level_history],
        )
    _audit(db, actor, "prospect_card", prospect_id, "xlsx", written)
    return written


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


def export_list(
    db: Database,
    actor: Actor,
    flt: ProspectFilter,
    path: str | os.PathLike[str],
    *,
    fmt: str,
    names: dict[str, dict[object, str]] | None = None,
    order: str = "newest",
    today: dt.date | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
) -> int:
    """A prospect list ("what you see") to ``fmt`` "xlsx" or "pdf"; returns the rows written."""
    require(actor, Permission.EXPORT)
    lang = lang or current_language()
    today = today or dt.date.today()
    spec = list_sheet(flt, names or {}, today=today)
    rows = list_rows(db, actor, flt, today=today, order=order, lang=lang)
    store = store_info(db).name(lang)
    if fmt == "pdf":
        width = landscape(A4)[0] - 2 * SheetDocument.MARGIN
        written = write_pdf(
            path, spec, rows, lang=lang, store_name=store, printed_by=actor.display_name,
            row_style=overdue_style, extra=[signature_line(width=width, lang=lang)],
            font_size=7.5, progress=progress,
        )  # fmt: skip
    else:
        written = write_xlsx(
            path, spec, rows, lang=lang, exported_by=actor.display_name, store_name=store,
            row_style=overdue_style, progress=progress,
        )  # fmt: skip
    _audit(db, actor, "prospects", None, fmt, written)
    return written


def _audit(
    db: Database, actor: Actor, entity: str, entity_id: int | None, fmt: str, rows: int
) -> None:
    with db.session(actor.user_id) as session:
        record(session, "export", entity, entity_id, format=fmt, rows=rows)
