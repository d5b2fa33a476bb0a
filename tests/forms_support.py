"""A small store in which every form of the program can be opened: staff, a customer with
a delivered car and its care calls, an open prospect."""

from __future__ import annotations

import datetime as dt

from prospects_support import Staff, add_customer, add_staff

from showroom.db import Database
from showroom.models import CareCall, Customer, MileageReading, Vehicle
from showroom.services.care_calls import CallTarget, schedule_after_delivery
from showroom.services.prospects import open_prospect
from showroom.services.store import default_actor, store_info
from ui.pages import PageContext

TODAY = dt.date.today()


class FormStore:
    """What the forms need: staff, a customer with a delivered car, an open prospect."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.admin = default_actor(db)
        self.staff: Staff = add_staff(db)
        self.customer_id = add_customer(db, name="钱女士")
        with db.session(self.staff.alice.user_id) as s:
            self.prospect_id = open_prospect(
                s, self.staff.alice, customer_id=self.customer_id, level_code="B",
                consultant_id=self.staff.alice.user_id, today=TODAY - dt.timedelta(days=7),
            ).id  # fmt: skip
        delivered = TODAY - dt.timedelta(days=60)
        with db.session(self.admin.user_id) as s:
            customer = s.get(Customer, self.customer_id)
            assert customer is not None
            vehicle = Vehicle(
                customer_id=customer.id, plate="沪B54321", delivered_on=delivered, sold_here=True
            )
            s.add(vehicle)
            s.flush()
            s.add(
                MileageReading(vehicle_id=vehicle.id, read_on=delivered, km=12, source="delivery")
            )
            calls: list[CareCall] = schedule_after_delivery(s, vehicle, delivered)
            self.vehicle_id, self.call_id = vehicle.id, calls[0].id

    def context(self) -> PageContext:
        return PageContext(self.db, self.admin, store_info(self.db))

    def care_call(self) -> CallTarget:
        return CallTarget("delivery", self.customer_id, self.vehicle_id, self.call_id)
