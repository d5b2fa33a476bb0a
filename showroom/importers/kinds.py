"""What each kind of import writes, and how it recognises a record that already exists.

* customers: the same mobile or the same resident ID is the same person;
* vehicles: the same VIN, else the same plate; the owner is found (or created) like a
  customer;
* visits: the same arrival time and the same phone (or name, for a guest who left no
  number) is the same visit; the visitor is linked to the customer with that mobile, or
  becomes one when a name and a mobile were left;
* prospects: an open prospect of the same customer is the same prospect;
* services: the same repair order number, else the same vehicle, date and service type.

Each handler looks up a whole batch of rows in one query per key (``prefetch``) and then
applies rows one by one from memory, so a 50,000-row file costs a few hundred queries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from showroom.keys import plate_tail
from showroom.models import (
    Customer,
    LevelChange,
    MileageReading,
    Prospect,
    ProspectStatus,
    ReadingSource,
    ServiceRecord,
    Vehicle,
    Visit,
    VisitKind,
)
from showroom.services.customer_factory import refresh_derived

from . import messages as m
from .parsing import Lookups, ParsedRow
from .records import (
    POLICY_MSGS,
    Pending,
    People,
    Ref,
    RefCache,
    apply_policy,
    customer_values,
    ref_id,
)


@dataclass
class Outcome:
    #: create / update / skip (matched, nothing changed) / reject
    action: str
    record: Ref | None = None
    before: dict[str, Any] | None = None


REJECT = Outcome("reject")


@dataclass
class RunContext:
    policy: str
    user_id: int | None
    lookups: Lookups
    today: dt.date
    pending: Pending | None = None
    people: People = field(init=False)

    def __post_init__(self) -> None:
        self.people = People(lambda: self.pending)


class Handler:
    entity = ""

    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        self._held: list[Any] = []  # keeps prefetched rows in the session's identity map
        #: Records whose derived columns (base customer, spend, loyalty, due dates) the
        #: batch changed; recomputed by the services' own rules once the batch is saved.
        self.touched_customers: list[Ref] = []
        self.touched_vehicles: list[Ref] = []

    @property
    def pending(self) -> Pending:
        assert self.ctx.pending is not None
        return self.ctx.pending

    def prefetch(self, session: Session, rows: Sequence[ParsedRow]) -> None:
        self.ctx.people.prefetch(
            session,
            (r.values.get("mobile") for r in rows),
            (r.values.get("resident_id") for r in rows),
        )

    def apply(self, session: Session, row: ParsedRow) -> Outcome:
        raise NotImplementedError

    def after_save(self, session: Session) -> None:
        """Derived columns of the records this batch touched, as the forms keep them."""
        from showroom.services.customer_classes import refresh_customers
        from showroom.services.due_cache import refresh_vehicle

        for vehicle_id in sorted({ref_id(r) for r in self.touched_vehicles if r} - {None}):
            refresh_vehicle(session, vehicle_id, self.ctx.today)  # type: ignore[arg-type]
        customers = {ref_id(r) for r in self.touched_customers if r} - {None}
        refresh_customers(session, sorted(customers), self.ctx.today)  # type: ignore[arg-type]
        self.touched_customers.clear()
        self.touched_vehicles.clear()

    def end_batch(self) -> None:
        self.ctx.people.end_batch()
        self._held.clear()

    # --- shared steps ------------------------------------------------------------------
    def matched(
        self, session: Session, row: ParsedRow, obj: Any, values: dict[str, Any], key: str,
        first_row: int | None,
    ) -> Outcome:  # fmt: skip
        """An existing record: apply the policy and say so in the report."""
        before = apply_policy(obj, values, self.ctx.policy)
        if isinstance(obj, Customer):
            refresh_derived(obj)  # birthday and sex from the resident ID, the search keys
        if first_row is not None:
            row.issue(key, m.same_as_row(first_row), "note")
        elif obj.id is not None:
            row.issue(key, m.already_in_database(obj.id, POLICY_MSGS[self.ctx.policy]), "note")
        return Outcome("update" if before else "skip", obj, before or None)

    def owner(self, session: Session, row: ParsedRow, *, create: bool) -> tuple[Ref | None, bool]:
        """The customer the row names (by mobile or resident ID); (ref, created)."""
        values = row.values
        people = self.ctx.people
        ref, problem = people.find(values.get("mobile"), values.get("resident_id"))
        if problem is not None:
            row.issue("mobile", problem)
            return None, False
        if ref is not None:
            return ref, False
        if not create:
            return None, False
        if not values.get("name") or not (values.get("mobile") or values.get("resident_id")):
            return None, False
        fields = customer_values(values) if self.entity == "customers" else {
            "name": values.get("name"), "mobile": values.get("mobile"),
            "resident_id": values.get("resident_id"), "sex": values.get("sex"),
            "source_id": values.get("source"), "consultant_id": values.get("consultant"),
        }  # fmt: skip
        return people.create(session, row, fields), True


# ------------------------------------------------------------------------- customers


class CustomerHandler(Handler):
    entity = "customers"

    def apply(self, session: Session, row: ParsedRow) -> Outcome:
        ref, created = self.owner(session, row, create=True)
        if ref is None:
            if not row.rejected:
                row.issue("mobile", m.NEED_PHONE_OR_ID)
            return REJECT
        if created:
            return Outcome("create", ref)
        people = self.ctx.people
        customer = people.load(session, ref)
        key = "resident_id" if row.values.get("resident_id") else "mobile"
        outcome = self.matched(
            session, row, customer, customer_values(row.values), key,
            people.seen_in_file(ref, row.number),
        )  # fmt: skip
        people.remember(ref, customer.mobile, customer.resident_id, row.number)
        return outcome


# -------------------------------------------------------------------------- vehicles

VEHICLE_ATTRS = (
    "plate", "vin", "colour", "purchase_date", "delivered_on", "registered_on", "sold_here",
    "insurance_policy_on", "insurer", "first_service_on", "first_service_km", "notes",
)  # fmt: skip


def vehicle_values(values: dict[str, Any]) -> dict[str, Any]:
    out = {attr: values.get(attr) for attr in VEHICLE_ATTRS}
    out["model_id"] = values.get("model")
    out["plate_tail"] = plate_tail(values.get("plate"))
    return out


class _VehicleCache:
    def __init__(self) -> None:
        self.by_vin = RefCache()
        self.by_plate = RefCache()

    def prefetch(self, session: Session, rows: Sequence[ParsedRow], held: list[Any]) -> None:
        vins = {r.values["vin"] for r in rows if r.values.get("vin")} - set(self.by_vin)
        plates = {r.values["plate"] for r in rows if r.values.get("plate")} - set(self.by_plate)
        if not vins and not plates:
            return
        found = session.scalars(
            select(Vehicle)
            .where(or_(Vehicle.vin.in_(vins), Vehicle.plate.in_(plates)),
                   Vehicle.deleted_at.is_(None))
            .order_by(Vehicle.id)
        ).all()  # fmt: skip
        held.extend(found)
        for vehicle in found:
            if vehicle.vin:
                self.by_vin.setdefault(vehicle.vin, vehicle.id)
            if vehicle.plate:
                self.by_plate.setdefault(vehicle.plate, vehicle.id)

    def find(self, vin: str | None, plate: str | None) -> Ref | None:
        return (self.by_vin.get(vin) if vin else None) or (
            self.by_plate.get(plate) if plate else None
        )

    def remember(self, ref: Ref, vin: str | None, plate: str | None) -> None:
        if vin:
            self.by_vin.setdefault(vin, ref)
        if plate:
            self.by_plate.setdefault(plate, ref)

    def end_batch(self) -> None:
        self.by_vin.settle()
        self.by_plate.settle()


def _load(session: Session, model: type, ref: Ref) -> Any:
    return session.get(model, ref) if isinstance(ref, int) else ref


class VehicleHandler(Handler):
    entity = "vehicles"

    def __init__(self, ctx: RunContext) -> None:
        super().__init__(ctx)
        self.vehicles = _VehicleCache()
        self.first_row = RefCache()

    def prefetch(self, session: Session, rows: Sequence[ParsedRow]) -> None:
        super().prefetch(session, rows)
        self.vehicles.prefetch(session, rows, self._held)

    def end_batch(self) -> None:
        super().end_batch()
        self.vehicles.end_batch()
        self.first_row.settle()

    def apply(self, session: Session, row: ParsedRow) -> Outcome:
        values = row.values
        vin, plate = values.get("vin"), values.get("plate")
        ref = self.vehicles.find(vin, plate)
        owner, _created = self.owner(session, row, create=ref is None)
        if row.rejected:
            return REJECT
        if ref is not None:
            vehicle = _load(session, Vehicle, ref)
            if owner is not None and ref_id(owner) != vehicle.customer_id:
                row.issue("name", m.other_owner(vehicle.customer_id), "warning")
            key = "vin" if vin and vin == vehicle.vin else "plate"
            first = self.first_row.get(ref)
            outcome = self.matched(session, row, vehicle, vehicle_values(values), key,
                                   first if first != row.number else None)  # fmt: skip
            self.vehicles.remember(ref, vehicle.vin, vehicle.plate)
            if outcome.action == "update":
                self.touched_vehicles.append(ref)
                self.touched_customers.append(vehicle.customer_id)
            return outcome
        if owner is None:
            row.issue("name", m.NEED_OWNER)
            return REJECT
        vehicle = Vehicle(**{k: v for k, v in vehicle_values(values).items() if v is not None})
        self.pending.add(vehicle, customer_id=owner)
        self.vehicles.remember(vehicle, vin, plate)
        self.first_row[vehicle] = row.number
        self.touched_vehicles.append(vehicle)
        self.touched_customers.append(owner)
        return Outcome("create", vehicle)


# ---------------------------------------------------------------------------- visits

VISIT_ATTRS = (
    "visit_date", "arrived_at", "departed_at", "kind", "sex", "party_size", "intended_colour",
    "purchase_type", "level_given", "test_drive", "contact_left", "notes",
)  # fmt: skip


def _is_mobile(phone: str | None) -> bool:
    return bool(phone) and len(phone) == 11 and phone[0] == "1"  # type: ignore[index]


class VisitHandler(Handler):
    entity = "visits"

    def __init__(self, ctx: RunContext) -> None:
        super().__init__(ctx)
        #: (arrived_at, phone or name) → visit
        self.visits = RefCache()
        self.first_row: dict[tuple[dt.datetime, str], int] = {}
        #: phone → earliest known arrival (database and this file)
        self.earliest: dict[str, dt.datetime] = {}

    @staticmethod
    def _key(row: ParsedRow) -> tuple[dt.datetime, str] | None:
        who = row.values.get("phone") or row.values.get("name")
        arrived = row.values.get("arrived_at")
        return (arrived, who) if who and arrived else None

    def prefetch(self, session: Session, rows: Sequence[ParsedRow]) -> None:
        mobiles = {r.values.get("phone") for r in rows if _is_mobile(r.values.get("phone"))}
        self.ctx.people.prefetch(session, mobiles, ())
        days = {r.values["visit_date"] for r in rows if r.values.get("visit_date")}
        keys = {k for k in map(self._key, rows) if k is not None} - set(self.visits)
        if days and keys:
            for visit in session.scalars(
                select(Visit).where(Visit.visit_date.in_(days), Visit.deleted_at.is_(None))
            ):
                key = (visit.arrived_at, visit.phone or visit.visitor_name or "")
                if key in keys:
                    self.visits.setdefault(key, visit.id)
                    self._held.append(visit)
        phones = {r.values["phone"] for r in rows if r.values.get("phone")}
        phones -= set(self.earliest)
        if phones:
            for phone, first in session.execute(
                select(Visit.phone, func.min(Visit.arrived_at))
                .where(Visit.phone.in_(phones), Visit.deleted_at.is_(None))
                .group_by(Visit.phone)
            ):
                self.earliest[phone] = first

    def end_batch(self) -> None:
        super().end_batch()
        self.visits.settle()

    def apply(self, session: Session, row: ParsedRow) -> Outcome:
        values = row.values
        key = self._key(row)
        if key is None:
            row.issue("name", m.NEED_VISITOR)
            return REJECT
        own = {attr: values.get(attr) for attr in VISIT_ATTRS}
        own["visitor_name"] = values.get("name")
        own["phone"] = values.get("phone")
        own["source_id"] = values.get("source")
        own["intended_model_id"] = values.get("intended_model")
        own["consultant_id"] = values.get("consultant")
        ref = self.visits.get(key)
        if ref is not None:
            first = self.first_row.get(key)
            return self.matched(session, row, _load(session, Visit, ref), own, "arrived_at",
                                first if first != row.number else None)  # fmt: skip
        phone = values.get("phone")
        if own["contact_left"] is None:
            own["contact_left"] = bool(phone)
        if own["kind"] is None:
            own["kind"] = VisitKind.WALK_IN
        customer: Ref | None = None
        if _is_mobile(phone):
            people = self.ctx.people
            customer, problem = people.find(phone, None)
            if problem is not None:
                row.issue("phone", problem, "warning")
            elif customer is None and own["contact_left"] and values.get("name"):
                customer = people.create(session, row, {
                    "name": values["name"], "mobile": phone, "sex": values.get("sex"),
                    "source_id": values.get("source"), "consultant_id": values.get("consultant"),
                })  # fmt: skip
        if phone:
            earliest = self.earliest.get(phone)
            own["is_first_visit"] = earliest is None or key[0] <= earliest
            if earliest is None or key[0] < earliest:
                self.earliest[phone] = key[0]
        visit = Visit(**{k: v for k, v in own.items() if v is not None})
        self.pending.add(visit, customer_id=customer)
        self.visits[key] = visit
        self.first_row[key] = row.number
        return Outcome("create", visit)


# ------------------------------------------------------------------------- prospects

PROSPECT_ATTRS = ("intended_colour", "budget", "payment", "purchase_type", "competitors",
                  "next_followup_on", "notes", "level")  # fmt: skip


class ProspectHandler(Handler):
    entity = "prospects"

    def __init__(self, ctx: RunContext) -> None:
        super().__init__(ctx)
        #: customer id → open prospect
        self.open = RefCache()
        self.first_row = RefCache()

    def prefetch(self, session: Session, rows: Sequence[ParsedRow]) -> None:
        super().prefetch(session, rows)
        people = self.ctx.people
        ids = set()
        for row in rows:
            ref, _ = people.find(row.values.get("mobile"), row.values.get("resident_id"))
            if isinstance(ref, int) and ref not in self.open:
                ids.add(ref)
        if ids:
            for prospect in session.scalars(
                select(Prospect)
                .where(Prospect.customer_id.in_(ids), Prospect.status == ProspectStatus.OPEN,
                       Prospect.deleted_at.is_(None))
                .order_by(Prospect.id)
            ):  # fmt: skip
                self.open.setdefault(prospect.customer_id, prospect.id)
                self._held.append(prospect)

    def end_batch(self) -> None:
        super().end_batch()
        self.open.settle()
        self.first_row.settle()

    def apply(self, session: Session, row: ParsedRow) -> Outcome:
        values = row.values
        owner, _created = self.owner(session, row, create=True)
        if owner is None:
            if not row.rejected:
                row.issue("mobile", m.NEED_PHONE_OR_ID)
            return REJECT
        level_code = values.get("level")
        rule = self.ctx.lookups.levels.get(level_code) if level_code else None
        existing = self.open.get(owner)
        own = {attr: values.get(attr) for attr in PROSPECT_ATTRS}
        own["source_id"] = values.get("source")
        own["intended_model_id"] = values.get("intended_model")
        own["consultant_id"] = values.get("consultant")
        if existing is not None:
            first = self.first_row.get(existing)
            return self.matched(session, row, _load(session, Prospect, existing), own, "name",
                                first if first != row.number else None)  # fmt: skip
        created_on = values.get("created_on") or self.ctx.today
        own["created_on"] = created_on
        own["level"] = level_code or "C"
        status = ProspectStatus.OPEN
        if rule is not None and rule.is_order:
            status = ProspectStatus.ORDERED
        elif rule is not None and rule.is_lost:
            status = ProspectStatus.LOST
        own["status"] = status
        if status != ProspectStatus.OPEN:
            own["closed_on"] = created_on
            own["next_followup_on"] = None
        elif own["next_followup_on"] is None and rule is not None and rule.followup_days:
            own["next_followup_on"] = created_on + dt.timedelta(days=rule.followup_days)
        prospect = Prospect(**{k: v for k, v in own.items() if v is not None})
        self.pending.add(prospect, customer_id=owner)
        self.pending.add(
            LevelChange(from_level=None, to_level=own["level"], changed_by_id=self.ctx.user_id,
                        changed_at=dt.datetime.combine(created_on, dt.time())),
            prospect_id=prospect,
        )  # fmt: skip
        if status == ProspectStatus.OPEN:
            self.open[owner] = prospect
        self.first_row[prospect] = row.number
        return Outcome("create", prospect)


# -------------------------------------------------------------------------- services

SERVICE_ATTRS = ("service_date", "service_type", "mileage", "amount", "repair_order_no", "notes")


class ServiceHandler(Handler):
    entity = "service_records"

    def __init__(self, ctx: RunContext) -> None:
        super().__init__(ctx)
        self.vehicles = _VehicleCache()
        #: (vehicle id, date, type) or repair order number → service record
        self.services = RefCache()
        self.first_row = RefCache()

    def prefetch(self, session: Session, rows: Sequence[ParsedRow]) -> None:
        super().prefetch(session, rows)
        self.vehicles.prefetch(session, rows, self._held)
        vehicle_ids = set()
        for row in rows:
            ref = self.vehicles.find(row.values.get("vin"), row.values.get("plate"))
            if isinstance(ref, int):
                vehicle_ids.add(ref)
        orders = {r.values["repair_order_no"] for r in rows if r.values.get("repair_order_no")}
        conditions = []
        if vehicle_ids:
            conditions.append(ServiceRecord.vehicle_id.in_(vehicle_ids))
        if orders:
            conditions.append(ServiceRecord.repair_order_no.in_(orders))
        if conditions:
            for record in session.scalars(
                select(ServiceRecord).where(or_(*conditions), ServiceRecord.deleted_at.is_(None))
            ):
                self._held.append(record)
                for key in self._keys(record.vehicle_id, record.service_date,
                                      record.service_type, record.repair_order_no):  # fmt: skip
                    self.services.setdefault(key, record.id)

    @staticmethod
    def _keys(vehicle: object, day: object, kind: object, order: str | None) -> list[object]:
        keys: list[object] = [("order", order)] if order else []
        return [*keys, (vehicle, day, kind)]

    def end_batch(self) -> None:
        super().end_batch()
        self.vehicles.end_batch()
        self.services.settle()
        self.first_row.settle()

    def apply(self, session: Session, row: ParsedRow) -> Outcome:
        values = row.values
        vin, plate = values.get("vin"), values.get("plate")
        vehicle_ref = self.vehicles.find(vin, plate)
        owner: Ref | None = None
        if vehicle_ref is None:
            owner, _created = self.owner(session, row, create=True)
            if row.rejected:
                return REJECT
            if owner is None:
                row.issue("plate" if plate else "vin", m.NEED_VEHICLE)
                return REJECT
            vehicle = Vehicle(plate=plate, plate_tail=plate_tail(plate), vin=vin)
            self.pending.add(vehicle, customer_id=owner)
            self.vehicles.remember(vehicle, vin, plate)
            vehicle_ref = vehicle
        else:
            vehicle = _load(session, Vehicle, vehicle_ref)
            owner = vehicle.customer_id
        own = {attr: values.get(attr) for attr in SERVICE_ATTRS}
        own["advisor_id"] = values.get("advisor")
        keys = self._keys(vehicle_ref, values["service_date"], values["service_type"],
                          values.get("repair_order_no"))  # fmt: skip
        existing = next((self.services[k] for k in keys if k in self.services), None)
        if existing is not None:
            first = self.first_row.get(existing)
            return self.matched(session, row, _load(session, ServiceRecord, existing), own,
                                "service_date", first if first != row.number else None)  # fmt: skip
        if own["amount"] is None:
            own["amount"] = Decimal(0)
        record = ServiceRecord(**{k: v for k, v in own.items() if v is not None})
        assert owner is not None
        self.pending.add(record, vehicle_id=vehicle_ref, customer_id=owner)
        if values.get("mileage") is not None:
            self.pending.add(
                MileageReading(read_on=values["service_date"], km=values["mileage"],
                               source=ReadingSource.SERVICE),
                vehicle_id=vehicle_ref, service_record_id=record,
            )  # fmt: skip
        for key in keys:
            self.services.setdefault(key, record)
        self.first_row[record] = row.number
        self.touched_customers.append(owner)
        self.touched_vehicles.append(vehicle_ref)
        return Outcome("create", record)


HANDLERS: dict[str, type[Handler]] = {
    "customers": CustomerHandler,
    "vehicles": VehicleHandler,
    "visits": VisitHandler,
    "prospects": ProspectHandler,
    "services": ServiceHandler,
}
