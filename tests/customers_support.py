"""Builders shared by the customer-card tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from showroom.db import Database
from showroom.services.context import Actor
from showroom.services.customers import CustomerInput, create_customer
from showroom.services.service_visits import ServiceVisitInput, add_service_visit
from showroom.services.vehicles import VehicleInput, save_vehicle

ID_MALE_1990 = "440301199001011234"
ID_FEMALE_1949 = "11010519491231002X"


def plate(n: int) -> str:
    return f"粤B{n:05d}"


def new_customer(db: Database, actor: Actor, name: str = "张三", **fields: object) -> int:
    data = CustomerInput(name=name, **fields)  # type: ignore[arg-type]
    return create_customer(db, actor, data)


def new_vehicle(db: Database, actor: Actor, customer_id: int, n: int = 1, **fields: object) -> int:
    data = VehicleInput(plate=plate(n), **fields)  # type: ignore[arg-type]
    return save_vehicle(db, actor, customer_id, data).id


def serve(
    db: Database,
    actor: Actor,
    vehicle_id: int,
    day: dt.date,
    kind: str = "maintenance",
    km: int | None = None,
    amount: str = "500",
) -> int:
    return add_service_visit(
        db,
        actor,
        ServiceVisitInput(
            vehicle_id=vehicle_id,
            service_date=day,
            service_type=kind,
            mileage=km,
            amount=Decimal(amount),
            advisor_id=actor.user_id,
        ),
    )
