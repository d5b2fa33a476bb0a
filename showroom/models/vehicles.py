"""Vehicles on a customer's card, their mileage readings and the services they received."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Editable, Timestamped, intpk, user_fk


class ServiceType(StrEnum):
    """Codes of the service-type list (names live in ``ref_items`` kind service_type)."""

    FIRST_MAINTENANCE = "first_maintenance"  # 首保
    MAINTENANCE = "maintenance"  # 保养
    WARRANTY = "warranty"  # 索赔
    MINOR_REPAIR = "minor_repair"  # 小修
    MAJOR_REPAIR = "major_repair"  # 大修
    INSURANCE_REPAIR = "insurance_repair"  # 保险维修
    BODY_PAINT = "body_paint"  # 钣喷自费
    ACCESSORIES = "accessories"  # 装饰
    PARTS = "parts"  # 零件外购
    RESCUE = "rescue"  # 救援
    INSURANCE_RENEWAL = "insurance_renewal"  # 续保
    ANNUAL_INSPECTION = "annual_inspection"  # 代办年检


#: Service types that count as attending a maintenance (for due dates and loyalty).
MAINTENANCE_TYPES = (ServiceType.FIRST_MAINTENANCE, ServiceType.MAINTENANCE)


class ReadingSource(StrEnum):
    DELIVERY = "delivery"
    SERVICE = "service"
    CALL = "call"  # mileage the customer told on a care call
    MANUAL = "manual"


class Vehicle(Editable, Base):
    __tablename__ = "vehicles"
    __table_args__ = (
        Index("ix_vehicles_plate", "plate"),
        # Plate without its province character: people say "A12345", not "京A12345".
        Index("ix_vehicles_plate_tail", "plate_tail"),
        Index("ix_vehicles_vin", "vin"),
        Index("ix_vehicles_customer", "customer_id"),
        Index("ix_vehicles_next_due", "next_maintenance_due"),
        Index("ix_vehicles_insurance_due", "insurance_due_on"),
        Index("ix_vehicles_delivery", "delivered_on"),
    )

    id: Mapped[intpk]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    plate: Mapped[str | None] = mapped_column(String(10))
    plate_tail: Mapped[str | None] = mapped_column(String(9))
    vin: Mapped[str | None] = mapped_column(String(17))
    model_id: Mapped[int | None] = mapped_column(ForeignKey("car_models.id"))
    colour: Mapped[str | None] = mapped_column(String(40))
    purchase_date: Mapped[dt.date | None] = mapped_column(Date)
    #: Delivery here starts the care calls and the first-maintenance clock.
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    sold_here: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Private passenger car of ≤ 9 seats: the 2022 annual-inspection exemptions apply.
    private_use: Mapped[bool] = mapped_column(Boolean, default=True)
    first_service_on: Mapped[dt.date | None] = mapped_column(Date)
    first_service_km: Mapped[int | None] = mapped_column(Integer)
    insurance_policy_on: Mapped[dt.date | None] = mapped_column(Date)
    insurer: Mapped[str | None] = mapped_column(String(60))
    #: Derived by the maintenance rules from the readings; stored so the due list is a
    #: range scan on an index rather than a computation over every vehicle.
    km_per_day: Mapped[float | None]
    next_maintenance_due: Mapped[dt.date | None] = mapped_column(Date)
    next_maintenance_reason: Mapped[str | None] = mapped_column(String(10))
    insurance_due_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class MileageReading(Timestamped, Base):
    __tablename__ = "mileage_readings"
    __table_args__ = (Index("ix_mileage_vehicle_date", "vehicle_id", "read_on"),)

    id: Mapped[intpk]
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    read_on: Mapped[dt.date] = mapped_column(Date)
    km: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10))
    service_record_id: Mapped[int | None] = mapped_column(ForeignKey("service_records.id"))
    care_call_id: Mapped[int | None] = mapped_column(ForeignKey("care_calls.id"))


class ServiceRecord(Editable, Base):
    """One service received (首保, 保养, 索赔, …) with its mileage and amount."""

    __tablename__ = "service_records"
    __table_args__ = (
        Index("ix_service_vehicle_date", "vehicle_id", "service_date"),
        Index("ix_service_customer_date", "customer_id", "service_date"),
        Index("ix_service_date", "service_date"),
    )

    id: Mapped[intpk]
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    #: The owner at the time of service (a vehicle may change hands).
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    service_date: Mapped[dt.date] = mapped_column(Date)
    service_type: Mapped[str] = mapped_column(String(24))
    mileage: Mapped[int | None] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    advisor_id: Mapped[int | None] = user_fk()
    repair_order_no: Mapped[str | None] = mapped_column(String(30))
    notes: Mapped[str | None] = mapped_column(Text)
