"""客户信息卡 — one customer's card printed on one A4 page, laid out like the paper card.

Top to bottom: the special marks in a coloured band (nobody reading the card can miss a
fleet, VIP or difficult customer), the fixed information (稳态) as a ruled grid, the
vehicles, the changing information (动态: spend, loyalty, membership, value class),
the latest services, and the notes. Everything is shrunk to fit one page when a fleet
customer's vehicles and services would overflow it; beyond the rows a page can hold the
card says how many more there are (the screen and the workbook have them all).
Phones and the resident ID are masked for roles that do not see them in full.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table, TableStyle

from showroom.db import Database
from showroom.exports import Column, ColumnKind, SheetSpec
from showroom.exports.columns import Text
from showroom.exports.pdf import (
    ROW_FILLS,
    CellText,
    SheetDocument,
    fields_table,
    paragraph,
    sheet_table,
)
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import MarkKind
from showroom.rules.classes import mark_badges, value_class_label
from showroom.rules.loyalty import loyalty_label
from showroom.services.context import Actor
from showroom.services.customer_card import CustomerCard, load_card

from .base import Content, Format, Heading, Sheet
from .customers import BASE, NEW, SEXES

CTX = "CustomerCardSheet"

#: Rows a page holds beside the fixed information; more are counted, not printed.
MAX_VEHICLES = 10
MAX_SERVICES = 14


def _m(source: str) -> Msg:
    return Msg(CTX, source)


TITLE = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Customer information card"))
FIXED = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Fixed information"))
VEHICLES = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Vehicles"))
CHANGING = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Changing information"))
SERVICES = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Latest services"))
NOTES = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Notes"))
SPECIAL = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Special customer"))


def _more(count: int) -> Msg:
    return Msg(
        CTX,
        QT_TRANSLATE_NOOP("CustomerCardSheet", "… and {count} more (see the card on screen)"),
        {"count": count},
    )


def _label(source: str) -> Msg:
    return Msg(CTX, source)


FIELD_LABELS: dict[str, Msg] = {
    "name": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Name")),
    "sex": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Sex")),
    "resident_id": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Resident ID")),
    "birthday": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Birthday")),
    "occupation": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Occupation")),
    "company": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Company")),
    "mobile": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Mobile")),
    "home_phone": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Home phone")),
    "office_phone": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Office phone")),
    "fax": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Fax")),
    "email": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "E-mail")),
    "wechat": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "WeChat")),
    "home_address": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Home address")),
    "home_postcode": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Postcode")),
    "work_address": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Work address")),
    "work_postcode": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Work postcode")),
    "preferred_contact_time": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Best time to call")),
    "hobbies": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Hobbies and preferences")),
    "consultant": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Sales consultant")),
    "service_advisor": _label(QT_TRANSLATE_NOOP("CustomerCardSheet", "Service advisor")),
}

VEHICLE_COLUMNS = (
    Column("plate", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Plate")), width=9),
    Column("vin", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "VIN")), width=17),
    Column("model", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Model")), width=7),
    Column("colour", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Colour")), width=6),
    Column(
        "purchase_date", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Purchased")), ColumnKind.DATE, 9
    ),
    Column(
        "first_service_on",
        _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "First service")),
        ColumnKind.DATE,
        9,
    ),
    Column(
        "first_service_km",
        _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "First km")),
        ColumnKind.INT,
        6,
    ),
    Column("latest_km", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Latest km")), ColumnKind.INT, 6),
    Column(
        "km_per_day",
        _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "km/day")),
        ColumnKind.DECIMAL,
        5,
        decimals=1,
    ),
    Column(
        "next_due",
        _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Next maintenance")),
        ColumnKind.DATE,
        9,
    ),
)

SERVICE_COLUMNS = (
    Column("on", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Date")), ColumnKind.DATE, 9),
    Column("plate", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Plate")), width=9),
    Column("type", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Service")), width=10),
    Column("mileage", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "km")), ColumnKind.INT, 7),
    Column("amount", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Amount")), ColumnKind.MONEY, 9),
    Column("advisor", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Advisor")), width=8),
    Column("notes", _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Notes")), width=20),
)

SPEND = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Cumulative spend"))
LOYALTY = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Loyalty class"))
MEMBERSHIP = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Membership"))
VALUE = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Customer value"))
BASE_OR_NEW = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Base / new customer"))
REFERRALS = _m(QT_TRANSLATE_NOOP("CustomerCardSheet", "Customers referred"))


def _heading(text: Text, lang: str) -> Flowable:
    return CellText(text.text(lang) if isinstance(text, Msg) else text, 10.5, bold=True)


def _marks_band(card: CustomerCard, lang: str, width: float) -> Table | None:
    marks = card.active_marks
    if not marks:
        return None
    lines = [
        f"{mark_badges([m.kind], lang)} {m.reason}"
        + (f"（{m.set_by} {m.set_at:%Y-%m-%d}）" if m.set_by else f"（{m.set_at:%Y-%m-%d}）")
        for m in marks
    ]
    fill = ROW_FILLS["warning" if MarkKind.DIFFICULT in card.mark_codes else "highlight"]  # type: ignore[index]
    label = SPECIAL.text(lang)
    data = [[CellText(label, 11, bold=True), CellText("\n".join(lines), 11, bold=True)]]
    return Table(
        data,
        colWidths=[28 * mm, width - 28 * mm],
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
    )


def _fixed(card: CustomerCard, actor: Actor, lang: str) -> list[tuple[Text, Text | None]]:
    f = card.fields
    values: dict[str, Text | None] = {
        "name": f.name,
        "sex": SEXES.get(f.sex or "", None),  # type: ignore[call-overload]
        # Masked by load_card as on the screen (showroom.masking.card_value_for).
        "resident_id": f.resident_id,
        "birthday": f.birthday.isoformat() if f.birthday else None,
        "occupation": f.occupation,
        "company": f.company,
        "mobile": f.mobile,
        "home_phone": f.home_phone,
        "office_phone": f.office_phone,
        "fax": f.fax,
        "email": f.email,
        "wechat": f.wechat,
        "home_address": f.home_address,
        "home_postcode": f.home_postcode,
        "work_address": f.work_address,
        "work_postcode": f.work_postcode,
        "preferred_contact_time": f.preferred_contact_time,
        "hobbies": f.hobbies,
        "consultant": card.consultant,
        "service_advisor": card.service_advisor,
    }
    return [(FIELD_LABELS[key], value or None) for key, value in values.items()]


def _changing(card: CustomerCard, lang: str) -> list[tuple[Text, Text | None]]:
    return [
        (SPEND, f"¥{card.cumulative_spend:,.2f}"),
        (LOYALTY, loyalty_label(card.loyalty_class)),
        (MEMBERSHIP, card.membership_name),
        (VALUE, value_class_label(card.value_class)),
        (BASE_OR_NEW, BASE if card.is_base else NEW),
        (REFERRALS, str(card.referral_count)),
    ]


def _vehicle_rows(card: CustomerCard) -> list[dict[str, object]]:
    return [
        {
            "plate": v.plate,
            "vin": v.vin,
            "model": v.model_name,
            "colour": v.colour,
            "purchase_date": v.purchase_date,
            "first_service_on": v.first_service_on,
            "first_service_km": v.first_service_km,
            "latest_km": v.latest_km,
            "km_per_day": v.km_per_day,
            "next_due": v.next_maintenance_due,
        }
        for v in card.vehicles[:MAX_VEHICLES]
    ]


def _service_rows(card: CustomerCard) -> tuple[list[dict[str, object]], int]:
    plates = {v.id: v.label for v in card.vehicles}
    services = sorted(
        (s for v in card.vehicles for s in v.services), key=lambda s: s.on, reverse=True
    )
    rows = [
        {
            "on": s.on,
            "plate": plates.get(s.vehicle_id),
            "type": s.type_name,
            "mileage": s.mileage,
            "amount": s.amount,
            "advisor": s.advisor,
            "notes": s.notes,
        }
        for s in services[:MAX_SERVICES]
    ]
    return rows, max(0, len(services) - MAX_SERVICES)


def card_story(card: CustomerCard, actor: Actor, lang: str, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    band = _marks_band(card, lang, width)
    if band is not None:
        story += [band, Spacer(1, 3 * mm)]
    story += [_heading(FIXED, lang), Spacer(1, 1.5 * mm)]
    story.append(
        fields_table(
            _fixed(card, actor, lang), width=width, lang=lang, font_size=8.5, label_share=0.3
        )
    )
    story += [Spacer(1, 3 * mm), _heading(VEHICLES, lang), Spacer(1, 1.5 * mm)]
    story.append(
        sheet_table(
            SheetSpec(VEHICLES, VEHICLE_COLUMNS),
            _vehicle_rows(card),
            width=width,
            lang=lang,
            zebra=False,
        )
    )
    if len(card.vehicles) > MAX_VEHICLES:
        story.append(paragraph(_more(len(card.vehicles) - MAX_VEHICLES), lang=lang, size=8))
    story += [Spacer(1, 3 * mm), _heading(CHANGING, lang), Spacer(1, 1.5 * mm)]
    story.append(
        fields_table(
            _changing(card, lang),
            width=width,
            lang=lang,
            columns=3,
            font_size=8.5,
            label_share=0.45,
        )
    )
    services, more = _service_rows(card)
    story += [Spacer(1, 3 * mm), _heading(SERVICES, lang), Spacer(1, 1.5 * mm)]
    story.append(
        sheet_table(
            SheetSpec(SERVICES, SERVICE_COLUMNS), services, width=width, lang=lang, zebra=False
        )
    )
    if more:
        story.append(paragraph(_more(more), lang=lang, size=8))
    if card.fields.notes:
        story += [Spacer(1, 3 * mm), _heading(NOTES, lang), Spacer(1, 1 * mm)]
        story.append(paragraph(card.fields.notes, lang=lang, size=8.5))
    return story


@dataclass(frozen=True)
class CustomerCardSheet(Sheet):
    """One customer's card on one A4 page (portrait), like the paper card."""

    entity = "customer_card"
    title = TITLE
    formats = (Format.PDF,)
    customer_id: int

    @property
    def entity_id(self) -> int:
        return self.customer_id

    def content(self, db: Database, actor: Actor, lang: str) -> Content:
        card = load_card(db, actor, self.customer_id, lang)

        def story(doc: SheetDocument) -> list[Flowable]:
            # One page, like the paper card: a fleet customer's card is shrunk to fit.
            story = card_story(card, actor, lang, doc.width)
            return [KeepInFrame(doc.width, doc.height, story, mode="shrink")]

        heading = Heading(TITLE, mark_badges(card.mark_codes, lang) + card.fields.name)
        return Content([], heading=heading, story=story, landscape=False)
