"""The customer card's services: validation per field, vehicles, service visits, derived
classes, special marks and the card read-out."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

import pytest
from customers_support import (
    ID_FEMALE_1949,
    ID_MALE_1990,
    new_customer,
    new_vehicle,
    plate,
    serve,
)
from sqlalchemy import select

from showroom.db import Database
from showroom.models import (
    AuditEntry,
    Customer,
    MileageReading,
    Role,
    Setting,
    User,
    ValueClass,
    Vehicle,
)
from showroom.services.conflicts import EditConflict
from showroom.services.context import Actor
from showroom.services.customer_card import load_card
from showroom.services.customer_classes import recompute_all
from showroom.services.customer_marks import clear_mark, set_mark
from showroom.services.customers import (
    CustomerInput,
    possible_duplicates,
    update_customer,
    validate_customer,
)
from showroom.services.permissions import PermissionDenied
from showroom.services.service_visits import ServiceVisitInput, add_service_visit
from showroom.services.vehicles import VehicleInput, save_vehicle
from showroom.validation import ValidationFailed

TODAY = dt.date.today()


def _errors(db: Database, **fields: object) -> dict[str, str]:
    data = CustomerInput(**{"name": "张三", **fields})  # type: ignore[arg-type]
    with db.reader() as session, pytest.raises(ValidationFailed) as caught:
        validate_customer(session, data)
    return {name: msg.text("en") for name, msg in caught.value.errors.items()}


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("name", "", "Please enter a name"),
        ("name", "13812345678", "only digits"),
        ("resident_id", "440301199001011235", "check"),
        ("mobile", "1381234567", "10 digits"),
        ("mobile", "12812345678", "starts with 13–19"),
        ("home_phone", "12345", "digits"),
        ("office_phone", "abc", ""),
        ("fax", "12", ""),
        ("email", "zhang@", "domain"),
        ("home_postcode", "10000", "6"),
        ("work_postcode", "10000a", "only digits"),
        ("sex", "X", "male or female"),
        ("birthday", TODAY + dt.timedelta(days=1), "future"),
        ("birthday", dt.date(1850, 1, 1), "year of birth"),
        ("occupation", "x" * 61, "at most 60"),
        ("home_address", "路" * 201, "at most 200"),
        ("preferred_contact", "pigeon", "from the list"),
        ("consultant_id", 9999, "no longer works here"),
    ],
)
def test_each_bad_field_has_its_own_message(
    sqlite_db: Database, field: str, value: object, words: str
) -> None:
    errors = _errors(sqlite_db, **{field: value})
    assert list(errors) == [field]
    assert words in errors[field]


def test_every_bad_field_is_reported_at_once(sqlite_db: Database) -> None:
    errors = _errors(sqlite_db, name="", mobile="123", email="a@b", home_postcode="1")
    assert set(errors) == {"name", "mobile", "email", "home_postcode"}


def test_resident_id_fills_birthday_and_sex(sqlite_db: Database) -> None:
    with sqlite_db.reader() as session:
        values = validate_customer(session, CustomerInput(name="王芳", resident_id=ID_FEMALE_1949))
    assert values["birthday"] == dt.date(1949, 12, 31)
    assert values["sex"] == "F"
    assert values["birthday_md"] == "12-31"
    errors = _errors(sqlite_db, resident_id=ID_MALE_1990, sex="F", birthday=dt.date(1990, 1, 2))
    assert "1990-01-01" in errors["birthday"]
    assert "man" in errors["sex"]


def test_nothing_is_saved_when_a_field_is_bad(db: Database, actor: Actor) -> None:
    cid = new_customer(db, actor, mobile="13812345678")
    card = load_card(db, actor, cid)
    bad = CustomerInput(name="李四", mobile="138", email="bad")
    with pytest.raises(ValidationFailed):
        update_customer(db, actor, cid, card.version, bad)
    with db.reader() as session:
        assert session.get(Customer, cid).name == "张三"  # type: ignore[union-attr]


def test_update_and_conflict(db: Database, actor: Actor) -> None:
    cid = new_customer(db, actor, mobile="138 1234 5678")
    card = load_card(db, actor, cid)
    assert card.fields.mobile == "13812345678"
    loaded = copy.copy(card.fields)
    mine = copy.copy(card.fields)
    mine.hobbies = "钓鱼、摄影"
    mine.preferred_contact = "wechat"
    version = update_customer(db, actor, cid, card.version, mine, loaded)
    assert version == card.version + 1
    # A second workstation that loaded the same version: a different field saves and
    # keeps the first one's change; the same field changed differently is refused.
    other = copy.copy(loaded)
    other.occupation = "教师"
    update_customer(db, actor, cid, card.version, other, loaded)
    clash = copy.copy(loaded)
    clash.hobbies = "登山"
    with pytest.raises(EditConflict) as caught:
        update_customer(db, actor, cid, card.version, clash, loaded)
    assert caught.value.fields == ["hobbies"]
    again = load_card(db, actor, cid)
    assert again.fields.hobbies == "钓鱼、摄影"
    assert again.fields.occupation == "教师"
    assert again.fields.preferred_contact == "wechat"


def test_possible_duplicates(db: Database, actor: Actor) -> None:
    first = new_customer(db, actor, mobile="13812345678")
    second = new_customer(db, actor, "张三丰", resident_id=ID_MALE_1990)
    assert possible_duplicates(db, "13812345678", None) == [(first, "张三")]
    assert possible_duplicates(db, "13812345678", ID_MALE_1990, exclude_id=first) == [
        (second, "张三丰")
    ]
    assert possible_duplicates(db, None, None) == []


def test_vehicle_validation(db: Database, actor: Actor) -> None:
    cid = new_customer(db, actor)
    new_vehicle(db, actor, cid, 1, vin="LVSHCAMB1CE012345")
    other = new_customer(db, actor, "李四")
    cases = {
        "plate": VehicleInput(plate="粤BI2345"),
        "vin": VehicleInput(plate=plate(7), vin="LVSHCAMB1CE01234"),
        "purchase_date": VehicleInput(plate=plate(8), purchase_date=TODAY + dt.timedelta(1)),
        "first_service_km": VehicleInput(plate=plate(9), first_service_km="12a"),
        "model_id": VehicleInput(plate=plate(10), model_id=99999),
        "first_service_on": VehicleInput(
            plate=plate(11), purchase_date=dt.date(2024, 5, 1), first_service_on=dt.date(2024, 4, 1)
        ),
    }
    for field, data in cases.items():
        with pytest.raises(ValidationFailed) as caught:
            save_vehicle(db, actor, other, data)
        assert list(caught.value.errors) == [field], field
    # A plate already on another card names its owner.
    with pytest.raises(ValidationFailed) as caught:
        save_vehicle(db, actor, other, VehicleInput(plate="粤B 00001"))
    assert "张三" in caught.value.errors["plate"].text("en")
    with pytest.raises(ValidationFailed) as caught:
        save_vehicle(db, actor, other, VehicleInput())
    assert "plate number or the VIN" in caught.value.errors["plate"].text("en")


def test_vin_check_digit_is_a_warning(db: Database, actor: Actor) -> None:
    cid = new_customer(db, actor)
    saved = save_vehicle(db, actor, cid, VehicleInput(vin="LVSHCAMB1CE012345"))
    assert saved.warnings and "check digit" in saved.warnings[0].text("en")


def test_service_visit_updates_readings_spend_and_classes(db: Database, actor: Actor) -> None:
    cid = new_customer(db, actor)
    delivered = TODAY - dt.timedelta(days=200)
    vid = new_vehicle(db, actor, cid, purchase_date=delivered, sold_here=True)
    with db.session() as session:
        session.get(Vehicle, vid).delivered_on = delivered  # type: ignore[union-attr]
    serve(db, actor, vid, delivered + dt.timedelta(days=80), "first_maintenance", 4000, "0")
    serve(db, actor, vid, delivered + dt.timedelta(days=150), "minor_repair", 7500, "1280.50")
    card = load_card(db, actor, cid)
    assert card.cumulative_spend == Decimal("1280.50")
    assert card.is_base
    assert card.loyalty_class == "L1"
    assert card.membership_level == "regular"
    assert card.value_class == ValueClass.PLATINUM  # the only customer who spent anything
    vehicle = card.vehicles[0]
    assert [s.type_code for s in vehicle.services] == ["minor_repair", "first_maintenance"]
    assert vehicle.first_service_on == delivered + dt.timedelta(days=80)
    assert vehicle.first_service_km == 4000
    assert [r.km for r in vehicle.readings] == [4000, 7500]
    assert vehicle.readings[1].km_per_day == pytest.approx(50.0)
    assert vehicle.km_per_day == pytest.approx(50.0)
    assert vehicle.latest_km == 7500
    assert vehicle.next_maintenance_due is not None
    assert {e.kind for e in card.timeline} == {"service"}


def test_service_visit_validation(db: Database, actor: Actor) -> None:
    cid = new_customer(db, actor)
    vid = new_vehicle(db, actor, cid, purchase_date=dt.date(2023, 1, 1))
    serve(db, actor, vid, dt.date(2024, 1, 1), km=20000)
    bad = ServiceVisitInput(
        vehicle_id=vid,
        service_date=dt.date(2022, 1, 1),
        service_type="tea",
        mileage="-5",
        amount="12.345",
        advisor_id=424242,
    )
    with pytest.raises(ValidationFailed) as caught:
        add_service_visit(db, actor, bad)
    errors = {k: v.text("en") for k, v in caught.value.errors.items()}
    assert set(errors) == {"service_date", "service_type", "mileage", "amount", "advisor_id"}
    assert "before the vehicle was bought" in errors["service_date"]
    # The odometer cannot run backwards.
    lower = ServiceVisitInput(vid, dt.date(2024, 6, 1), "maintenance", "19000", "0")
    with pytest.raises(ValidationFailed) as caught:
        add_service_visit(db, actor, lower)
    assert "20,000 km" in caught.value.errors["mileage"].text("en")
    with db.reader() as session:
        assert len(session.scalars(select(MileageReading)).all()) == 1


def test_marks_need_a_manager_and_a_reason(db: Database, actor: Actor) -> None:
    cid = new_customer(db, actor)
    with db.session() as session:
        user = User(username="desk", display_name="前台", role=Role.RECEPTION)
        session.add(user)
        session.flush()
        desk = Actor(user.id, "desk", "前台", Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        set_mark(db, desk, cid, "vip", "老客户")
    with pytest.raises(ValidationFailed) as caught:
        set_mark(db, actor, cid, "gold", " ")
    assert set(caught.value.errors) == {"kind", "reason"}
    vip = set_mark(db, actor, cid, "vip", "集团高管")
    set_mark(db, actor, cid, "fleet", "公司车队 12 台")
    with pytest.raises(ValidationFailed):
        set_mark(db, actor, cid, "vip", "again")
    card = load_card(db, actor, cid)
    assert card.mark_codes == ("fleet", "vip")
    assert card.active_marks[0].set_by == actor.display_name
    with db.reader() as session:
        assert session.get(Customer, cid).marks == "fleet,vip"  # type: ignore[union-attr]
    clear_mark(db, actor, vip, "误标")
    card = load_card(db, actor, cid)
    assert card.mark_codes == ("fleet",)
    cleared = next(m for m in card.marks if m.id == vip)
    assert cleared.cleared_reason == "误标" and cleared.cleared_by == actor.display_name
    with db.reader() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "customers")
        ).all()
    assert actions.count("mark") == 2 and "unmark" in actions


def test_value_classes_by_rank_across_customers(db: Database, actor: Actor) -> None:
    with db.session() as session:
        session.get(Setting, "value_class_shares").value = {  # type: ignore[union-attr]
            "platinum": 0.1,
            "gold": 0.3,
            "iron": 0.6,
        }
    ids = []
    for n in range(10):
        cid = new_customer(db, actor, f"客户{'甲乙丙丁戊己庚辛壬癸'[n]}")
        vid = new_vehicle(db, actor, cid, n + 1)
        serve(
            db, actor, vid, TODAY - dt.timedelta(days=10), "minor_repair", None, str(100 * (n + 1))
        )
        ids.append(cid)
    # One customer who never spent anything stays lead.
    ids.append(new_customer(db, actor, "路人"))
    assert recompute_all(db) == 11
    with db.reader() as session:
        classes = [session.get(Customer, cid).value_class for cid in ids]  # type: ignore[union-attr]
    # 11 customers ranked by spend: the top round(1.1)=1 platinum, the top round(3.3)=3
    # gold or better, the top round(6.6)=7 iron or better; the rest lead.
    assert classes == ["lead"] * 3 + ["iron"] * 4 + ["gold"] * 2 + ["platinum"] + ["lead"]


def test_card_timeline_and_permissions(db: Database, actor: Actor) -> None:
    cid = new_customer(db, actor, resident_id=ID_MALE_1990)
    card = load_card(db, actor, cid)
    assert card.fields.birthday == dt.date(1990, 1, 1)
    assert card.fields.sex == "M"
    assert card.vehicles == () and card.timeline == ()
