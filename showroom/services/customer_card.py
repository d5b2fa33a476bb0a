"""Reading one customer's card: who they are, their vehicles, and one time line of it all.

One indexed query per kind of record (vehicles, services, readings, visits, prospects,
follow-ups, test drives, orders, care calls, complaints, marks, merges), so a fleet
customer with dozens of vehicles and hundreds of events opens as fast as anyone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from showroom.db import Database
from showroom.db.audit import record
from showroom.i18n import QT_TRANSLATE_NOOP, current_language
from showroom.labels import FOLLOW_UP_METHOD
from showroom.masking import CARD_MASKS, card_value_for, sees_card_field
from showroom.models import (
    CareCall,
    CarModel,
    Complaint,
    Customer,
    CustomerMark,
    CustomerMerge,
    FollowUp,
    MembershipRule,
    MileageReading,
    Order,
    OrderStatus,
    Prospect,
    RefItem,
    RefKind,
    ServiceRecord,
    TestDrive,
    User,
    Vehicle,
    Visit,
)

from .context import Actor
from .customer_lookup import NotFound, card_msg
from .customers import CustomerInput, card_owners
from .permissions import Permission, allowed, require
from .privacy import may_read_follow_up


@dataclass(frozen=True)
class ReadingInfo:
    on: dt.date
    km: int
    source: str
    #: Kilometres per day since the previous reading (None for the first).
    km_per_day: float | None


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    vehicle_id: int
    on: dt.date
    type_code: str
    type_name: str
    mileage: int | None
    amount: Decimal
    advisor: str | None
    repair_order_no: str | None
    notes: str | None


@dataclass(frozen=True)
class VehicleInfo:
    id: int
    version: int
    plate: str | None
    vin: str | None
    colour: str | None
    model_id: int | None
    model_name: str | None
    purchase_date: dt.date | None
    delivered_on: dt.date | None
    sold_here: bool
    first_service_on: dt.date | None
    first_service_km: int | None
    km_per_day: float | None
    next_maintenance_due: dt.date | None
    notes: str | None
    services: tuple[ServiceInfo, ...]
    readings: tuple[ReadingInfo, ...]

    @property
    def label(self) -> str:
        return self.plate or self.vin or ""

    @property
    def latest_km(self) -> int | None:
        return max((r.km for r in self.readings), default=None)


@dataclass(frozen=True)
class MarkInfo:
    id: int
    kind: str
    reason: str
    set_by: str | None
    set_at: dt.datetime
    cleared_at: dt.datetime | None
    cleared_by: str | None
    cleared_reason: str | None


@dataclass(frozen=True)
class MergeInfo:
    id: int
    merged_id: int
    merged_name: str
    at: dt.datetime
    by: str | None
    undone_at: dt.datetime | None


@dataclass(frozen=True)
class TimelineEvent:
    """One line of the card's time line; ``kind`` is visit / prospect / follow_up /
    test_drive / order / delivery / service / care_call / complaint / mark."""

    on: dt.date
    kind: str
    text: str
    vehicle: str | None = None
    amount: Decimal | None = None
    #: A code the screen names (the mark's kind, the care call's kind).
    code: str | None = None


@dataclass(frozen=True)
class CustomerCard:
    id: int
    version: int
    fields: CustomerInput
    consultant: str | None
    service_advisor: str | None
    source: str | None
    created_at: dt.datetime
    cumulative_spend: Decimal
    loyalty_class: str | None
    membership_level: str | None
    membership_name: str | None
    value_class: str | None
    is_base: bool
    referral_count: int
    marks: tuple[MarkInfo, ...]
    vehicles: tuple[VehicleInfo, ...]
    timeline: tuple[TimelineEvent, ...]
    merges: tuple[MergeInfo, ...]
    #: The fields of ``fields`` that hold a mask (``138****5678``), not the stored value.
    masked: frozenset[str] = frozenset()
    #: Whether the actor may reveal a masked field (:func:`reveal_field`, audited).
    may_reveal: bool = False

    @property
    def active_marks(self) -> tuple[MarkInfo, ...]:
        return tuple(m for m in self.marks if m.cleared_at is None)

    @property
    def mark_codes(self) -> tuple[str, ...]:
        return tuple(m.kind for m in self.active_marks)


def _name(lang: str, zh: str | None, en: str | None) -> str:
    return (en if lang == "en" else zh) or zh or en or ""


def _ref_names(session: Session, kind: str, lang: str) -> dict[str, str]:
    return {
        code: _name(lang, zh, en)
        for code, zh, en in session.execute(
            select(RefItem.code, RefItem.name_zh, RefItem.name_en).where(RefItem.kind == kind)
        )
    }


def load_card(
    db: Database, actor: Actor, customer_id: int, lang: str | None = None
) -> CustomerCard:
    """The card of a live customer; :class:`NotFound` if deleted or merged away."""
    require(actor, Permission.CUSTOMERS_VIEW)
    lang = lang or current_language()
    with db.reader() as session:
        return _load(session, actor, customer_id, lang)


def _masked_fields(actor: Actor, customer: Customer) -> tuple[CustomerInput, frozenset[str]]:
    """The card's fields as ``actor`` may see them, and which of them are masked."""
    data = CustomerInput.of(customer)
    owners = card_owners(customer)
    masked: set[str] = set()
    for name in CARD_MASKS:
        value = getattr(data, name)
        if value and not sees_card_field(actor, name, owners):
            setattr(data, name, card_value_for(actor, name, value, owners))
            masked.add(name)
    return data, frozenset(masked)


def reveal_field(db: Database, actor: Actor, customer_id: int, field: str) -> str | None:
    """The full value of one masked field of the card, written to the audit trail as a
    ``reveal`` (who: the session's user; whose: the customer; which field; when)."""
    require(actor, Permission.REVEAL_PERSONAL_DATA)
    if field not in CARD_MASKS:
        raise ValueError(field)
    with db.session(actor.user_id) as session:
        customer = session.get(Customer, customer_id)
        if (
            customer is None
            or customer.deleted_at is not None
            or customer.merged_into_id is not None
        ):
            raise NotFound(
                card_msg(QT_TRANSLATE_NOOP("Customers", "This customer no longer exists."))
            )
        record(session, "reveal", "customers", customer.id, field=field, purpose="card")
        value: str | None = getattr(customer, field)
        return value


def _load(session: Session, actor: Actor, cid: int, lang: str) -> CustomerCard:
    customer = session.get(Customer, cid)
    if customer is None or customer.deleted_at is not None or customer.merged_into_id is not None:
        raise NotFound(card_msg(QT_TRANSLATE_NOOP("Customers", "This customer no longer exists.")))
    users: dict[int, str] = {
        row.id: row.display_name for row in session.execute(select(User.id, User.display_name))
    }
    service_names = _ref_names(session, RefKind.SERVICE_TYPE, lang)
    source = session.get(RefItem, customer.source_id) if customer.source_id else None
    membership = (
        session.scalar(
            select(MembershipRule).where(MembershipRule.code == customer.membership_level)
        )
        if customer.membership_level
        else None
    )
    models = {
        row.id: _name(lang, row.name, row.name_en or row.name)
        for row in session.execute(select(CarModel.id, CarModel.name, CarModel.name_en))
    }

    vehicles = session.scalars(
        select(Vehicle)
        .where(Vehicle.customer_id == cid, Vehicle.deleted_at.is_(None))
        .order_by(Vehicle.purchase_date.desc(), Vehicle.id.desc())
    ).all()
    vehicle_ids = [v.id for v in vehicles]
    plates = {v.id: v.plate or v.vin or "" for v in vehicles}

    # Plain rows, not ORM objects: a fleet customer has hundreds of services.
    services = session.execute(
        select(
            ServiceRecord.id,
            ServiceRecord.vehicle_id,
            ServiceRecord.service_date,
            ServiceRecord.service_type,
            ServiceRecord.mileage,
            ServiceRecord.amount,
            ServiceRecord.advisor_id,
            ServiceRecord.repair_order_no,
            ServiceRecord.notes,
        )
        .where(ServiceRecord.customer_id == cid, ServiceRecord.deleted_at.is_(None))
        .order_by(ServiceRecord.service_date.desc(), ServiceRecord.id.desc())
    ).all()
    by_vehicle: dict[int, list[ServiceInfo]] = {}
    timeline: list[TimelineEvent] = []
    for s in services:
        info = ServiceInfo(
            s.id,
            s.vehicle_id,
            s.service_date,
            s.service_type,
            service_names.get(s.service_type, s.service_type),
            s.mileage,
            s.amount,
            users.get(s.advisor_id) if s.advisor_id else None,
            s.repair_order_no,
            s.notes,
        )
        by_vehicle.setdefault(s.vehicle_id, []).append(info)
        km = f" · {s.mileage:,} km" if s.mileage is not None else ""
        timeline.append(
            TimelineEvent(
                s.service_date, "service", info.type_name + km, plates.get(s.vehicle_id), s.amount
            )
        )

    readings: dict[int, list[ReadingInfo]] = {}
    if vehicle_ids:
        previous: dict[int, tuple[dt.date, int]] = {}
        for vid, day, km, source_code in session.execute(
            select(
                MileageReading.vehicle_id,
                MileageReading.read_on,
                MileageReading.km,
                MileageReading.source,
            )
            .where(MileageReading.vehicle_id.in_(vehicle_ids))
            .order_by(MileageReading.vehicle_id, MileageReading.read_on, MileageReading.km)
        ):
            pace = None
            if vid in previous:
                last_day, last_km = previous[vid]
                days = (day - last_day).days
                pace = (km - last_km) / days if days > 0 else None
            previous[vid] = (day, km)
            readings.setdefault(vid, []).append(ReadingInfo(day, km, source_code, pace))

    vehicle_infos = tuple(
        VehicleInfo(
            v.id,
            v.version,
            v.plate,
            v.vin,
            v.colour,
            v.model_id,
            models.get(v.model_id) if v.model_id else None,
            v.purchase_date,
            v.delivered_on,
            v.sold_here,
            v.first_service_on,
            v.first_service_km,
            v.km_per_day,
            v.next_maintenance_due,
            v.notes,
            tuple(by_vehicle.get(v.id, ())),
            tuple(readings.get(v.id, ())),
        )
        for v in vehicles
    )

    _events(session, actor, cid, lang, users, models, plates, timeline)

    marks = tuple(
        MarkInfo(
            m.id,
            m.kind,
            m.reason,
            users.get(m.created_by_id) if m.created_by_id else None,
            m.created_at,
            m.cleared_at,
            users.get(m.cleared_by_id) if m.cleared_by_id else None,
            m.cleared_reason,
        )
        for m in session.scalars(
            select(CustomerMark)
            .where(CustomerMark.customer_id == cid)
            .order_by(CustomerMark.created_at.desc())
        )
    )
    for m in marks:
        timeline.append(TimelineEvent(m.set_at.date(), "mark", m.reason, code=m.kind))

    merged = aliased(Customer)
    merges = tuple(
        MergeInfo(
            row.id,
            row.merged_id,
            row.name,
            row.created_at,
            users.get(row.created_by_id) if row.created_by_id else None,
            row.undone_at,
        )
        for row in session.execute(
            select(
                CustomerMerge.id,
                CustomerMerge.merged_id,
                merged.name,
                CustomerMerge.created_at,
                CustomerMerge.created_by_id,
                CustomerMerge.undone_at,
            )
            .join(merged, merged.id == CustomerMerge.merged_id)
            .where(CustomerMerge.survivor_id == cid)
            .order_by(CustomerMerge.id.desc())
        )
    )

    timeline.sort(key=lambda e: e.on, reverse=True)
    fields_seen, masked = _masked_fields(actor, customer)
    return CustomerCard(
        id=customer.id,
        version=customer.version,
        fields=fields_seen,
        consultant=users.get(customer.consultant_id) if customer.consultant_id else None,
        service_advisor=(
            users.get(customer.service_advisor_id) if customer.service_advisor_id else None
        ),
        source=_name(lang, source.name_zh, source.name_en) if source else None,
        created_at=customer.created_at,
        cumulative_spend=customer.cumulative_spend,
        loyalty_class=customer.loyalty_class,
        membership_level=customer.membership_level,
        membership_name=_name(lang, membership.name_zh, membership.name_en) if membership else None,
        value_class=customer.value_class,
        is_base=customer.is_base,
        referral_count=customer.referral_count,
        marks=marks,
        vehicles=vehicle_infos,
        timeline=tuple(timeline),
        merges=merges,
        masked=masked,
        may_reveal=bool(masked) and allowed(actor, Permission.REVEAL_PERSONAL_DATA),
    )


def _events(
    session: Session,
    actor: Actor,
    cid: int,
    lang: str,
    users: dict[int, str],
    models: dict[int, str],
    plates: dict[int, str],
    timeline: list[TimelineEvent],
) -> None:
    """Visits, prospects and their follow-ups, test drives, orders, care calls, complaints."""

    def who(user_id: int | None) -> str:
        return users.get(user_id, "") if user_id else ""

    def joined(*parts: str | None) -> str:
        return " · ".join(p for p in parts if p)

    for v in session.execute(
        select(
            Visit.visit_date, Visit.kind, Visit.intended_model_id, Visit.consultant_id, Visit.notes
        ).where(Visit.customer_id == cid, Visit.deleted_at.is_(None))
    ):
        timeline.append(
            TimelineEvent(
                v.visit_date,
                "visit" if v.kind != "call" else "call",
                joined(models.get(v.intended_model_id or 0), who(v.consultant_id), v.notes),
            )
        )
    prospects = session.execute(
        select(
            Prospect.id,
            Prospect.created_on,
            Prospect.level,
            Prospect.status,
            Prospect.intended_model_id,
            Prospect.consultant_id,
        ).where(Prospect.customer_id == cid, Prospect.deleted_at.is_(None))
    ).all()
    for p in prospects:
        timeline.append(
            TimelineEvent(
                p.created_on,
                "prospect",
                joined(p.level, models.get(p.intended_model_id or 0), who(p.consultant_id)),
            )
        )
    if prospects:
        owner_of = {p.id: p.consultant_id for p in prospects}
        for f in session.execute(
            select(
                FollowUp.prospect_id,
                FollowUp.followed_on,
                FollowUp.level_after,
                FollowUp.method,
                FollowUp.content,
                FollowUp.consultant_id,
            ).where(FollowUp.prospect_id.in_(list(owner_of)), FollowUp.deleted_at.is_(None))
        ):
            # What was said is the prospect's consultant's and the managers'; others see
            # that a contact happened: when, how, by whom (services/privacy.py).
            said = (
                f.content
                if may_read_follow_up(actor, f.consultant_id, owner_of[f.prospect_id])
                else FOLLOW_UP_METHOD.text(f.method, lang)
            )
            timeline.append(
                TimelineEvent(
                    f.followed_on, "follow_up", joined(f.level_after, said, who(f.consultant_id))
                )
            )
    for t in session.execute(
        select(TestDrive.driven_on, TestDrive.model_id, TestDrive.consultant_id).where(
            TestDrive.customer_id == cid
        )
    ):
        timeline.append(
            TimelineEvent(
                t.driven_on, "test_drive", joined(models.get(t.model_id or 0), who(t.consultant_id))
            )
        )
    for o in session.execute(
        select(
            Order.ordered_on,
            Order.model_id,
            Order.price,
            Order.status,
            Order.delivered_on,
            Order.vehicle_id,
            Order.consultant_id,
        ).where(Order.customer_id == cid, Order.deleted_at.is_(None))
    ):
        text = joined(models.get(o.model_id or 0), who(o.consultant_id))
        timeline.append(TimelineEvent(o.ordered_on, "order", text, None, o.price))
        if o.status == OrderStatus.DELIVERED and o.delivered_on:
            timeline.append(
                TimelineEvent(o.delivered_on, "delivery", text, plates.get(o.vehicle_id or 0))
            )
    for c in session.execute(
        select(
            CareCall.due_on,
            CareCall.done_at,
            CareCall.kind,
            CareCall.outcome,
            CareCall.vehicle_id,
            CareCall.caller_id,
            CareCall.notes,
        ).where(
            CareCall.customer_id == cid,
            CareCall.deleted_at.is_(None),
            CareCall.done_at.is_not(None),
        )
    ):
        timeline.append(
            TimelineEvent(
                c.done_at.date(),
                "care_call",
                joined(who(c.caller_id), c.notes),
                plates.get(c.vehicle_id or 0),
                code=c.kind,
            )
        )
    for c in session.execute(
        select(
            Complaint.received_at, Complaint.content, Complaint.status, Complaint.vehicle_id
        ).where(Complaint.customer_id == cid, Complaint.deleted_at.is_(None))
    ):
        timeline.append(
            TimelineEvent(
                c.received_at.date(),
                "complaint",
                joined(c.status, c.content),
                plates.get(c.vehicle_id or 0),
            )
        )
