"""Importing vehicles, prospects and service records: each row lands or is reported, and
records already stored (same VIN or plate, open prospect, repair order) are matched."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from test_import_books import xlsx

from showroom import validation
from showroom.db import Database
from showroom.importers import ImportOptions, run_import
from showroom.importers import messages as m
from showroom.importers.fields import field_of
from showroom.models import (
    CarModel,
    Customer,
    LevelChange,
    MileageReading,
    Prospect,
    ServiceRecord,
    Vehicle,
)
from showroom.services.context import Actor

TODAY = dt.date(2026, 12, 1)


def vin(serial: int) -> str:
    raw = f"LSVAU2180N2{serial:06d}"
    return raw[:8] + validation.vin_check_char(raw) + raw[9:]


def _required(kind: str, *keys: str) -> m.Msg:
    return m.required_missing(" / ".join(field_of(kind, k).label.text() for k in keys))


@pytest.fixture
def wang(db: Database, actor: Actor) -> tuple[int, int]:
    """王磊 owns 京A11111."""
    with db.session(actor.user_id) as s:
        customer = Customer(name="王磊", mobile="13700001111")
        s.add(customer)
        s.flush()
        vehicle = Vehicle(customer_id=customer.id, plate="京A11111", plate_tail="A11111",
                          vin=vin(1))  # fmt: skip
        s.add(vehicle)
        s.flush()
        return customer.id, vehicle.id


def _issues(result: object) -> dict[tuple[int, str, str], m.Msg]:
    return {(i.row, i.field, i.severity): i.reason for i in result.issues}  # type: ignore[attr-defined]


def test_vehicles(db: Database, actor: Actor, wang: tuple[int, int], tmp_path: Path) -> None:
    customer_id, vehicle_id = wang
    bad_check = vin(5)[:8] + ("0" if vin(5)[8] != "0" else "1") + vin(5)[9:]
    path = xlsx(
        tmp_path / "车辆.xlsx",
        ["车牌号", "车架号", "车主", "联系电话", "车型", "购车日期", "本店销售"],
        [
            ["京A22222", vin(2), "王磊", "13700001111", "轩逸", "2025/3/1", "是"],  # 3
            ["京a 11111", None, None, None, "天籁", None, None],  # 4: stored, by plate
            ["粤B33333", vin(3), "李雷", "13700002222", None, None, "否"],  # 5: new owner
            ["粤B44444", None, None, None, None, None, None],  # 6: no owner
            ["京I12345", None, "韩梅梅", "13700003333", None, None, None],  # 8
            ["粤B55555", bad_check, "李雷", "13700002222", None, None, None],  # 7
            [None, None, "李雷", "13700002222", "轩逸", None, None],  # 9: no plate, no VIN
            ["粤B33333", vin(3), "李雷", "13700002222", None, "2025-08-08", None],  # 10
        ],
        title="车辆信息",
    )  # fmt: skip

    result = run_import(db, actor, path, ImportOptions("vehicles", today=TODAY))

    actions = {row: action for row, (action, _id) in result.landed.items()}
    assert actions == {3: "create", 4: "update", 5: "create", 8: "create", 10: "update"}
    ids = {row: record for row, (_a, record) in result.landed.items()}
    assert ids[4] == vehicle_id and ids[10] == ids[5]
    assert _issues(result) == {
        (4, "plate", "note"): m.already_in_database(vehicle_id, m.POLICY_FILL),
        (6, "name", "error"): m.NEED_OWNER,
        (7, "plate", "error"): validation.check_plate("京I12345").error,
        (8, "vin", "warning"): validation.check_vin(bad_check).warning,
        (9, "plate", "error"): _required("vehicles", "plate", "vin"),
        (10, "vin", "note"): m.same_as_row(5),
    }
    with db.reader() as s:
        vehicles = {v.id: v for v in s.scalars(select(Vehicle))}
        models = {c.id: c.name for c in s.scalars(select(CarModel))}
        wang_customer = s.get(Customer, customer_id)
        li = s.scalars(select(Customer).where(Customer.mobile == "13700002222")).one()
    assert (vehicles[ids[3]].customer_id, models[vehicles[ids[3]].model_id]) == (
        customer_id,
        "轩逸",
    )
    assert vehicles[ids[3]].purchase_date == dt.date(2025, 3, 1) and vehicles[ids[3]].sold_here
    assert wang_customer is not None and wang_customer.is_base
    assert models[vehicles[vehicle_id].model_id] == "天籁"  # filled in by row 4
    assert (vehicles[ids[5]].customer_id, vehicles[ids[5]].plate_tail) == (li.id, "B33333")
    assert vehicles[ids[5]].purchase_date == dt.date(2025, 8, 8)  # filled in by row 10
    assert vehicles[ids[8]].customer_id == li.id and not li.is_base
    assert len(vehicles) == 4


def test_prospects(db: Database, actor: Actor, tmp_path: Path) -> None:
    with db.session(actor.user_id) as s:
        known = Customer(name="老王", mobile="13600005555")
        s.add(known)
        s.flush()
        open_prospect = Prospect(customer_id=known.id, created_on=dt.date(2026, 10, 1), level="B")
        s.add(open_prospect)
        s.flush()
        known_id, prospect_id = known.id, open_prospect.id
    path = xlsx(
        tmp_path / "潜客.xlsx",
        ["客户姓名", "手机", "建档日期", "级别", "意向车型", "预算", "付款方式", "下次跟进日期",
         "销售顾问"],
        [
            ["韩梅梅", "13600001111", "2026/11/1", "H", "轩逸", "15万", "贷款", None, "管理员"],
            ["韩梅梅", "136 0000 1111", "2026/11/2", "A", None, None, None, None, None],  # 3
            ["李华", "13600002222", "2026-11-02", "X", None, None, None, None, None],  # 4
            ["王芳", "13600003333", "2026-11-02", None, None, None, None, None, None],  # 5
            ["赵强", "13600004444", "2026年11月3日", "O", None, None, "现金", None, None],  # 6
            ["老王", "13600005555", "2026-11-04", "A", None, 200000, None, None, None],  # 7
            ["钱多多", "13600006666", "2026-11-04", "C", None, None, "刷卡", None, None],  # 8
        ],
    )  # fmt: skip

    result = run_import(db, actor, path, ImportOptions("prospects", today=TODAY))

    actions = {row: action for row, (action, _id) in result.landed.items()}
    assert actions == {2: "create", 3: "skip", 6: "create", 7: "update"}
    ids = {row: record for row, (_a, record) in result.landed.items()}
    assert ids[3] == ids[2] and ids[7] == prospect_id
    assert _issues(result) == {
        (3, "name", "note"): m.same_as_row(2),
        (4, "level", "error"): m.not_in_list("X", "a、b、c、f、h、o"),
        (5, "level", "error"): _required("prospects", "level"),
        (7, "name", "note"): m.already_in_database(prospect_id, m.POLICY_FILL),
        (8, "payment", "error"): m.not_in_list("刷卡", "现金、贷款"),
    }
    with db.reader() as s:
        han = s.get(Prospect, ids[2])
        zhao = s.get(Prospect, ids[6])
        old = s.get(Prospect, prospect_id)
        changes = s.scalars(select(LevelChange).where(LevelChange.prospect_id == ids[2])).all()
        han_customer = s.get(Customer, han.customer_id)  # type: ignore[union-attr]
    assert han is not None and zhao is not None and old is not None
    assert (han.level, han.status, han.budget, han.payment) == ("H", "open", Decimal("150000.00"),
                                                                "loan")  # fmt: skip
    assert han.next_followup_on == dt.date(2026, 11, 3)  # H: every 2 days
    assert han.consultant_id == actor.user_id and han_customer.name == "韩梅梅"  # type: ignore[union-attr]
    assert [(c.from_level, c.to_level) for c in changes] == [(None, "H")]
    assert (zhao.status, zhao.closed_on) == ("ordered", dt.date(2026, 11, 3))
    assert zhao.next_followup_on is None
    assert (old.customer_id, old.level, old.budget) == (known_id, "B", Decimal("200000.00"))


def test_service_records(db: Database, actor: Actor, wang: tuple[int, int], tmp_path: Path) -> None:
    customer_id, vehicle_id = wang
    path = xlsx(
        tmp_path / "维修.xlsx",
        ["车牌号", "车架号", "车主", "手机", "服务日期", "服务类型", "进厂里程", "金额", "工单号"],
        [
            ["京A11111", None, None, None, "2026/10/8", "保养", 15200, 680, "RO1"],  # 2
            ["京A11111", None, None, None, "2026/10/8", "保养", 15200, 700, "RO1"],  # 3
            ["沪C55555", None, None, None, "2026/10/9", "小修", None, 100, None],  # 4
            ["沪C66666", None, "马丁", "13500009999", "2026-10-10", "首保", 5000, 0, "RO2"],  # 5
            ["京A11111", None, None, None, "2026-10-11", "洗车", None, 30, None],  # 6
            [None, vin(1), None, None, "2027/1/1", "续保", None, "3,200.50", "RO3"],  # 7
            ["京A11111", None, None, None, "2026-10-12", "小修", "abc", 50, None],  # 8
        ],
    )  # fmt: skip

    result = run_import(db, actor, path, ImportOptions("services", today=TODAY))

    actions = {row: action for row, (action, _id) in result.landed.items()}
    assert actions == {2: "create", 3: "skip", 5: "create", 7: "create"}
    ids = {row: record for row, (_a, record) in result.landed.items()}
    assert _issues(result) == {
        (3, "service_date", "note"): m.same_as_row(2),
        (4, "plate", "error"): m.NEED_VEHICLE,
        (6, "service_type", "error"): _issues(result)[(6, "service_type", "error")],
        (7, "service_date", "warning"): m.FUTURE_DATE,
        (8, "mileage", "error"): m.BAD_WHOLE_NUMBER,
    }
    assert "洗车" in _issues(result)[(6, "service_type", "error")].text("en")
    with db.reader() as s:
        records = {r.id: r for r in s.scalars(select(ServiceRecord))}
        readings = s.execute(select(MileageReading.vehicle_id, MileageReading.km,
                                    MileageReading.service_record_id)).all()  # fmt: skip
        wang_customer = s.get(Customer, customer_id)
        martin = s.scalars(select(Customer).where(Customer.mobile == "13500009999")).one()
        martin_car = s.scalars(select(Vehicle).where(Vehicle.plate == "沪C66666")).one()
    first = records[ids[2]]
    assert (first.vehicle_id, first.customer_id, first.service_type, first.amount) == (
        vehicle_id,
        customer_id,
        "maintenance",
        Decimal("680.00"),
    )
    assert records[ids[7]].amount == Decimal("3200.50") and records[ids[7]].vehicle_id == vehicle_id
    assert (records[ids[5]].vehicle_id, records[ids[5]].customer_id) == (martin_car.id, martin.id)
    assert sorted(tuple(r) for r in readings) == sorted(
        [(vehicle_id, 15200, ids[2]), (martin_car.id, 5000, ids[5])]
    )
    assert wang_customer is not None and wang_customer.is_base
    assert wang_customer.cumulative_spend == Decimal("3880.50")
    assert wang_customer.last_service_on == dt.date(2027, 1, 1)
    assert martin.is_base and martin_car.customer_id == martin.id
