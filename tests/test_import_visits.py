"""Importing a store's visitor log: exactly which rows land, which are reported and why;
re-imports add nothing; a stopped import leaves a recorded part that a re-run completes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_import_books import xlsx

from showroom import validation
from showroom.db import Database
from showroom.importers import ImportOptions, remembered_mapping, run_import
from showroom.importers import messages as m
from showroom.importers.fields import field_of
from showroom.importers.kinds import VisitHandler
from showroom.models import (
    AuditEntry,
    CarModel,
    Customer,
    ImportBatch,
    ImportedRow,
    RefItem,
    Visit,
)
from showroom.services.context import Actor

TODAY = dt.date(2026, 12, 1)
HEADER = ["日期", "来店时间", "离店时间", "来店/来电", "客户姓名", "性别", "联系电话",
          "来店人数", "信息来源", "意向车型", "留档", "销售顾问", "备注"]  # fmt: skip


def _row(day: object, time: object, name: str, phone: object, **more: object) -> list[object]:
    cells: dict[str, object] = {"日期": day, "来店时间": time, "客户姓名": name, "联系电话": phone}
    cells.update({k: v for k, v in more.items()})
    return [cells.get(h) for h in HEADER]


def _options(**kw: object) -> ImportOptions:
    return ImportOptions("visits", today=TODAY, **kw)  # type: ignore[arg-type]


def _count(db: Database, model: type) -> int:
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _visits(db: Database) -> dict[int, Visit]:
    with db.reader() as s:
        return {v.id: v for v in s.scalars(select(Visit))}


@pytest.fixture
def known_customer(db: Database, actor: Actor) -> int:
    """周九 is already a customer and was here on 2 November."""
    with db.session(actor.user_id) as s:
        customer = Customer(name="周九", mobile="13500135000", mobile_tail="5000")
        s.add(customer)
        s.flush()
        s.add(Visit(visit_date=dt.date(2026, 11, 2), arrived_at=dt.datetime(2026, 11, 2, 9),
                    customer_id=customer.id, visitor_name="周九", phone="13500135000"))  # fmt: skip
        return customer.id


def _log(path: Path) -> Path:
    return xlsx(
        path,
        HEADER,
        [
            # 3: text date with slashes, phone with spaces
            _row("2026/11/3", "10:30", "张三", "138 0013 8000", **{
                "离店时间": "11:15", "来店/来电": "来店", "性别": "男", "来店人数": 2,
                "信息来源": "网络", "意向车型": "轩逸", "留档": "是", "销售顾问": "管理员"}),
            # 4: 年月日 date, a real time cell, +86 with hyphens, a call
            _row("2026年11月3日", dt.time(11, 0), "李四", "+86 139-0013-9000",
                 **{"来店/来电": "来电", "性别": "女"}),
            # 5: ISO date; the same person as row 3 comes back
            _row("2026-11-04", "09:00", "张三", "13800138000"),
            # 6: an Excel serial (46330 = 2026-11-04); a model the store does not have
            _row(46330, "15:00", "王五", "13700137000", **{"意向车型": "天籁x"}),
            # 7: a datetime in the date column; a landline; left no contact
            _row(dt.datetime(2026, 11, 5, 16, 20), None, "赵六", "010-62345678",
                 **{"留档": "否"}),
            _row("2026-13-01", "14:00", "错日期", "13700137001"),  # 8: no such month
            _row("2026-11-05", "10:00", "钱七", "12345"),  # 9: not a phone number
            _row(None, None, "孙八", "13600136000"),  # 10: no date at all
            _row("2026-11-06", "10:00", "", None, **{"来店人数": 3}),  # 11: nobody
            # 12: row 3 again, cell for cell
            _row("2026/11/3", "10:30", "张三", "138 0013 8000", **{
                "离店时间": "11:15", "来店/来电": "来店", "性别": "男", "来店人数": 2,
                "信息来源": "网络", "意向车型": "轩逸", "留档": "是", "销售顾问": "管理员"}),
            [None] * len(HEADER),  # 13: blank
            # 14: row 3's visit with a note added
            _row("2026-11-03", "10:30", "张三", "13800138000", **{"备注": "再次确认"}),
            # 15: a known customer's new visit
            _row("2026-11-07", "10:00", "周九", "13500135000"),
            # 16: the visit already in the database, with a note
            _row("2026-11-02", "09:00", "周九", "13500135000", **{"备注": "补录"}),
        ],
        title="2026年11月 展厅来店（电）客户登记表",
    )  # fmt: skip


def test_visitor_log_rows_land_or_are_reported_with_reasons(
    db: Database, actor: Actor, known_customer: int, tmp_path: Path
) -> None:
    path = _log(tmp_path / "来店登记.xlsx")
    customers_before = _count(db, Customer)

    result = run_import(db, actor, path, _options())

    assert result.status == "done"
    assert {row: action for row, (action, _id) in result.landed.items()} == {
        3: "create", 4: "create", 5: "create", 6: "create", 7: "create",
        14: "update", 15: "create", 16: "update",
    }  # fmt: skip
    assert (result.created, result.updated, result.skipped, result.rejected) == (6, 2, 1, 4)
    issues = {(i.row, i.field, i.severity): i.reason for i in result.issues}
    labels = " / ".join(field_of("visits", k).label.text() for k in ("visit_date", "arrived_at"))
    assert issues == {
        (6, "intended_model", "warning"): m.unknown_reference("天籁x"),
        (8, "visit_date", "error"): m.BAD_DATE,
        (9, "phone", "error"): validation.check_phone("12345").error,
        (10, "visit_date", "error"): m.required_missing(labels),
        (11, "name", "error"): m.NEED_VISITOR,
        (12, "visit_date", "note"): m.same_as_row(3),
        (14, "arrived_at", "note"): m.same_as_row(3),
        (16, "arrived_at", "note"): m.already_in_database(result.landed[16][1], m.POLICY_FILL),
    }
    by_row = {row: _visits(db)[record] for row, (_a, record) in result.landed.items()}
    zhang = by_row[3]
    assert (zhang.visit_date, zhang.arrived_at, zhang.departed_at) == (
        dt.date(2026, 11, 3),
        dt.datetime(2026, 11, 3, 10, 30),
        dt.datetime(2026, 11, 3, 11, 15),
    )
    assert (zhang.phone, zhang.kind, zhang.sex, zhang.party_size) == ("13800138000", "walk_in",
                                                                      "M", 2)  # fmt: skip
    assert zhang.is_first_visit and zhang.contact_left and zhang.consultant_id == actor.user_id
    assert zhang.notes == "再次确认"  # row 14 filled the empty note
    with db.reader() as s:
        assert s.get(RefItem, zhang.source_id).code == "internet"  # type: ignore[union-attr]
        assert s.get(CarModel, zhang.intended_model_id).name == "轩逸"  # type: ignore[union-attr]
    assert (by_row[4].kind, by_row[4].phone, by_row[4].arrived_at) == (
        "call",
        "13900139000",
        dt.datetime(2026, 11, 3, 11),
    )
    # The same mobile is the same person: one customer, the second visit is a repeat.
    assert by_row[5].customer_id == zhang.customer_id is not None
    assert not by_row[5].is_first_visit
    assert by_row[6].visit_date == dt.date(2026, 11, 4) and by_row[6].intended_model_id is None
    assert by_row[7].arrived_at == dt.datetime(2026, 11, 5, 16, 20)
    assert (by_row[7].phone, by_row[7].customer_id, by_row[7].contact_left) == (
        "010-62345678",
        None,
        False,
    )
    # The known customer is linked, not duplicated; her earlier visit makes this a repeat.
    assert by_row[15].customer_id == known_customer and not by_row[15].is_first_visit
    assert by_row[16].notes == "补录" and by_row[16].customer_id == known_customer
    with db.reader() as s:
        names = sorted(s.scalars(select(Customer.name)))
    assert names == ["周九", "张三", "李四", "王五"]
    assert _count(db, Customer) == customers_before + 3


def test_importing_the_same_file_twice_adds_nothing(
    db: Database, actor: Actor, known_customer: int, tmp_path: Path
) -> None:
    path = _log(tmp_path / "log.xlsx")
    first = run_import(db, actor, path, _options())
    counts = (_count(db, Visit), _count(db, Customer), _count(db, ImportedRow))

    second = run_import(db, actor, path, _options(policy="overwrite"))

    assert (second.created, second.updated, second.already) == (0, 0, 8)
    assert (second.skipped, second.rejected) == (1, 4)
    assert second.landed == {}
    assert (_count(db, Visit), _count(db, Customer), _count(db, ImportedRow)) == counts
    with db.reader() as s:
        batches = s.scalars(select(ImportBatch).order_by(ImportBatch.id)).all()
        audits = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "import").order_by(AuditEntry.id)
        ).all()
    assert [(b.status, b.rows_created, b.rows_skipped, b.rows_rejected) for b in batches] == [
        ("done", first.created, 1, 4),
        ("done", 0, 9, 4),
    ]
    assert batches[0].file_sha256 == batches[1].file_sha256
    assert [a.entity_id for a in audits] == [b.id for b in batches]
    assert audits[0].changes["created"] == 6 and audits[0].user_id == actor.user_id


def _plain_log(path: Path, count: int) -> Path:
    rows = [_row(f"2026-11-{day:02d}", "10:00", f"客户{day}", f"1380000{day:04d}")
            for day in range(1, count + 1)]  # fmt: skip
    return xlsx(path, HEADER, rows)


def test_a_cancelled_import_keeps_whole_batches_and_a_rerun_completes_it(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    path = _plain_log(tmp_path / "log.xlsx", 7)
    calls: list[tuple[int, int]] = []

    def stop_after_first_batch(done: int, total: int) -> bool:
        calls.append((done, total))
        return done == 0

    stopped = run_import(db, actor, path, _options(batch_rows=3), progress=stop_after_first_batch)

    assert stopped.status == "cancelled" and calls == [(0, 7), (3, 7)]
    assert sorted(stopped.landed) == [2, 3, 4] and stopped.created == 3
    assert _count(db, Visit) == 3 and _count(db, Customer) == 3
    with db.reader() as s:  # each row: its visit, and the customer it brought in
        assert s.scalar(select(func.count()).where(ImportedRow.entity == "visits")) == 3
        assert s.scalar(select(func.count()).where(ImportedRow.entity == "customers")) == 3
    with db.reader() as s:
        batch = s.get(ImportBatch, stopped.batch_id)
        assert batch is not None
        assert (batch.status, batch.rows_total, batch.rows_created) == ("cancelled", 3, 3)
        assert batch.finished_at is not None

    again = run_import(db, actor, path, _options(batch_rows=3))

    assert again.status == "done"
    assert (again.already, again.created) == (3, 4) and sorted(again.landed) == [5, 6, 7, 8]
    assert _count(db, Visit) == 7 and _count(db, Customer) == 7


def test_a_crash_mid_import_leaves_the_saved_batches_and_nothing_of_the_failed_one(
    db: Database, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _plain_log(tmp_path / "log.xlsx", 6)
    original = VisitHandler.apply

    def failing(self: VisitHandler, session: object, row: object) -> object:
        if row.number == 6:  # type: ignore[attr-defined]
            raise OSError("disk full")
        return original(self, session, row)  # type: ignore[arg-type]

    monkeypatch.setattr(VisitHandler, "apply", failing)
    with pytest.raises(OSError):
        run_import(db, actor, path, _options(batch_rows=3))
    monkeypatch.undo()

    with db.reader() as s:
        batch = s.scalars(select(ImportBatch)).one()
        assert (batch.status, batch.rows_created) == ("failed", 3)
        assert sorted(s.scalars(select(Visit.visitor_name))) == ["客户1", "客户2", "客户3"]
    rerun = run_import(db, actor, path, _options(batch_rows=3))
    assert (rerun.already, rerun.created) == (3, 3) and _count(db, Visit) == 6


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_chinese_encodings(
    db: Database, actor: Actor, tmp_path: Path, encoding: str
) -> None:
    text = (
        "日期,来店时间,客户姓名,联系电话,意向车型,备注\r\n"
        "2026/11/3,10:30,欧阳娜娜,139 1234 5678,奇骏,“喜欢白色”\r\n"
        "2026年11月4日,9:05,司马光,+8613812345678,,\r\n"
    )
    path = tmp_path / "来店.csv"
    path.write_bytes(text.encode(encoding))

    result = run_import(db, actor, path, _options())

    assert sorted(result.landed) == [2, 3] and result.issues == []
    with db.reader() as s:
        rows = s.execute(select(Visit.visitor_name, Visit.phone, Visit.arrived_at, Visit.notes)
                         .order_by(Visit.id)).all()  # fmt: skip
    assert [tuple(r) for r in rows] == [
        ("欧阳娜娜", "13912345678", dt.datetime(2026, 11, 3, 10, 30), "“喜欢白色”"),
        ("司马光", "13812345678", dt.datetime(2026, 11, 4, 9, 5), None),
    ]


def test_every_imported_record_has_its_create_entry_in_the_audit_trail(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    result = run_import(db, actor, _plain_log(tmp_path / "log.xlsx", 3), _options())

    with db.reader() as s:
        entries = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "create", AuditEntry.entity.in_(["customers", "visits"]))
            .order_by(AuditEntry.id)
        ).all()
        visits = s.scalars(select(Visit).order_by(Visit.id)).all()
    by_entity = {(e.entity, e.entity_id): e for e in entries}
    assert sorted(e.entity for e in entries) == ["customers"] * 3 + ["visits"] * 3
    for visit in visits:
        entry = by_entity[("visits", visit.id)]
        assert entry.user_id == actor.user_id
        assert entry.changes["visitor_name"] == visit.visitor_name
        assert entry.changes["customer_id"] == visit.customer_id
        assert visit.created_by_id == actor.user_id and visit.version == 1
    assert sorted(result.landed) == [2, 3, 4]


def test_the_mapping_of_a_layout_is_remembered_for_the_next_file(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    november = _plain_log(tmp_path / "11.xlsx", 2)
    # The store's 备注 column really holds the intended colour.
    mapping = {0: "visit_date", 1: "arrived_at", 4: "name", 6: "phone", 12: "intended_colour"}
    assert remembered_mapping(db, "visits", HEADER) is None
    run_import(db, actor, november, _options(mapping=mapping))

    assert remembered_mapping(db, "visits", HEADER) == mapping
    assert remembered_mapping(db, "visits", HEADER[:-1]) is None  # another layout
    assert remembered_mapping(db, "customers", HEADER) is None
    december = xlsx(tmp_path / "12.xlsx", HEADER, [_row("2026-12-01", "10:00", "冯", None,
                                                        **{"备注": "白色"})])  # fmt: skip
    result = run_import(db, actor, december, _options())
    with db.reader() as s:
        visit = s.get(Visit, result.landed[2][1])
    assert visit is not None and (visit.intended_colour, visit.notes) == ("白色", None)
