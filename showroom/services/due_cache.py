"""Keeping the vehicles' cached due columns in step with their readings and services.

``vehicles.km_per_day``, ``next_maintenance_due``, ``next_maintenance_reason`` and
``insurance_due_on`` are derived: the due lists are then an index range scan instead of a
prediction over every vehicle. They are refreshed for one vehicle whenever a reading or a
service lands (:func:`refresh_vehicle`) and for all vehicles in bulk (:func:`refresh_all`,
after an import or a change of intervals, and once a day so insurance dates roll on).

The refresh writes with a Core UPDATE on purpose: a derived cache must neither bump the
row's version (that would turn another workstation's open edit of the vehicle into a
false conflict) nor fill the audit trail with computed values.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from showroom.models import MAINTENANCE_TYPES, CarModel, MileageReading, ServiceRecord, Vehicle
from showroom.rules.maintenance import (
    DuePrediction,
    Intervals,
    Reading,
    add_months,
    clock_start,
    predict,
)

from .store_settings import get_setting, set_setting

#: A renewal stays on the list this long after its date (the customer may renew late).
INSURANCE_GRACE_DAYS = 30
_REFRESHED_KEY = "due_cache_refreshed_on"
_BATCH = 5000

_vehicles = Vehicle.__table__
_UPDATE = (
    update(_vehicles)
    .where(_vehicles.c.id == bindparam("vid"))
    .values(
        km_per_day=bindparam("kpd"),
        next_maintenance_due=bindparam("due"),
        next_maintenance_reason=bindparam("reason"),
        insurance_due_on=bindparam("ins"),
    )
)


def intervals_of(model: CarModel | None) -> Intervals:
    if model is None:
        return Intervals()
    return Intervals(
        first_km=model.first_maintenance_km,
        first_months=model.first_maintenance_months,
        km=model.maintenance_km,
        months=model.maintenance_months,
    )


def insurance_due(policy_on: dt.date | None, today: dt.date) -> dt.date | None:
    """The policy's next anniversary that is not long past (policies run one year)."""
    if policy_on is None:
        return None
    years = 1
    due = add_months(policy_on, 12)
    while due < today - dt.timedelta(days=INSURANCE_GRACE_DAYS):
        years += 1
        due = add_months(policy_on, 12 * years)
    return due


def _row(
    vehicle_id: int, prediction: DuePrediction | None, insurance: dt.date | None
) -> dict[str, Any]:
    return {
        "vid": vehicle_id,
        "kpd": round(prediction.km_per_day, 1) if prediction else None,
        "due": prediction.due_on if prediction else None,
        "reason": str(prediction.reason) if prediction else None,
        "ins": insurance,
    }


def refresh_vehicle(
    session: Session, vehicle_id: int, today: dt.date | None = None
) -> DuePrediction | None:
    """Recompute one vehicle's cached due columns; returns the prediction."""
    today = today or dt.date.today()
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        return None
    session.flush()  # the reading or service that triggered this must be visible
    model = session.get(CarModel, vehicle.model_id) if vehicle.model_id else None
    readings = [
        Reading(on, km)
        for on, km in session.execute(
            select(MileageReading.read_on, MileageReading.km).where(
                MileageReading.vehicle_id == vehicle_id
            )
        )
    ]
    services = list(_maintenances(session, [vehicle_id]).get(vehicle_id, []))
    prediction = predict(
        delivered_on=clock_start(vehicle.delivered_on, vehicle.purchase_date, vehicle.sold_here),
        readings=readings,
        maintenances=services,
        intervals=intervals_of(model),
        default_km_per_day=_default_pace(session),
    )
    session.execute(
        _UPDATE, [_row(vehicle_id, prediction, insurance_due(vehicle.insurance_policy_on, today))]
    )
    # Keep the in-session object in step with what was written underneath it.
    session.expire(
        vehicle,
        ["km_per_day", "next_maintenance_due", "next_maintenance_reason", "insurance_due_on"],
    )
    return prediction


def _default_pace(session: Session) -> float:
    try:
        return float(get_setting(session, "default_km_per_day", 40))
    except (TypeError, ValueError):
        return 40.0


def _maintenances(
    session: Session,
    vehicle_ids: Iterable[int] | None = None,
    bounds: tuple[int, int] | None = None,
) -> dict[int, list[tuple[dt.date, int | None]]]:
    stmt = select(
        ServiceRecord.vehicle_id, ServiceRecord.service_date, ServiceRecord.mileage
    ).where(
        ServiceRecord.service_type.in_([str(t) for t in MAINTENANCE_TYPES]),
        ServiceRecord.deleted_at.is_(None),
    )
    if vehicle_ids is not None:
        stmt = stmt.where(ServiceRecord.vehicle_id.in_(list(vehicle_ids)))
    if bounds is not None:
        stmt = stmt.where(ServiceRecord.vehicle_id.between(*bounds))
    found: dict[int, list[tuple[dt.date, int | None]]] = defaultdict(list)
    for vehicle_id, day, km in session.execute(stmt):
        found[vehicle_id].append((day, km))
    return found


def refresh_all(
    session: Session,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Recompute every vehicle's cached columns, in id batches; returns how many.

    Three range reads per batch (vehicles, readings, maintenances) and one executemany
    UPDATE, so the whole store costs a few seconds rather than one query per vehicle.
    """
    today = today or dt.date.today()
    pace = _default_pace(session)
    intervals = {m.id: intervals_of(m) for m in session.scalars(select(CarModel))}
    ids = session.scalars(
        select(Vehicle.id).where(Vehicle.deleted_at.is_(None)).order_by(Vehicle.id)
    ).all()
    done = 0
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        bounds = (chunk[0], chunk[-1])
        readings: dict[int, list[Reading]] = defaultdict(list)
        for vehicle_id, on, km in session.execute(
            select(MileageReading.vehicle_id, MileageReading.read_on, MileageReading.km).where(
                MileageReading.vehicle_id.between(*bounds)
            )
        ):
            readings[vehicle_id].append(Reading(on, km))
        services = _maintenances(session, bounds=bounds)
        rows = []
        for vehicle_id, delivered_on, purchased, sold_here, model_id, policy_on in session.execute(
            select(
                Vehicle.id, Vehicle.delivered_on, Vehicle.purchase_date, Vehicle.sold_here,
                Vehicle.model_id, Vehicle.insurance_policy_on,
            ).where(Vehicle.id.between(*bounds), Vehicle.deleted_at.is_(None))
        ):  # fmt: skip
            prediction = predict(
                delivered_on=clock_start(delivered_on, purchased, sold_here),
                readings=readings.get(vehicle_id, []),
                maintenances=services.get(vehicle_id, []),
                intervals=intervals.get(model_id, Intervals()) if model_id else Intervals(),
                default_km_per_day=pace,
            )
            rows.append(_row(vehicle_id, prediction, insurance_due(policy_on, today)))
        if rows:
            session.execute(_UPDATE, rows)
        done += len(rows)
        if progress is not None:
            progress(done, len(ids))
    set_setting(session, _REFRESHED_KEY, today.isoformat())
    return done


def refresh_if_stale(session: Session, today: dt.date | None = None) -> bool:
    """Run :func:`refresh_all` unless it already ran today (called once at start-up)."""
    today = today or dt.date.today()
    if get_setting(session, _REFRESHED_KEY) == today.isoformat():
        return False
    refresh_all(session, today)
    return True
