"""Importing a customer list: the same mobile or resident ID is the same person, in the
file and in the database; the duplicate policy decides what happens to stored fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from test_import_books import resident_id, xlsx

from showroom import validation
from showroom.cli import build_parser, run_command
from showroom.db import Database
from showroom.importers import ImportOptions, run_import
from showroom.importers import messages as m
from showroom.importers.fields import field_of
from showroom.models import Customer, ImportedRow
from showroom.services.context import Actor

HEADER = ["客户姓名", "手机号码", "身份证号码", "性别", "出生日期", "电子邮箱", "家庭住址",
          "邮编", "备注"]  # fmt: skip
RID_ZHANG = resident_id("11010519800506001")  # male, born 1980-05-06
RID_CAO = resident_id("32010219700101002")
BAD_RID = RID_ZHANG[:-1] + ("0" if RID_ZHANG[-1] != "0" else "1")


def _row(name: object, mobile: object = None, rid: object = None, **more: object) -> list[object]:
    cells = {"客户姓名": name, "手机号码": mobile, "身份证号码": rid, **more}
    return [cells.get(h) for h in HEADER]


def _customers(db: Database) -> dict[int, Customer]:
    with db.reader() as s:
        return {c.id: c for c in s.scalars(select(Customer))}


@pytest.fixture
def stored(db: Database, actor: Actor) -> dict[str, int]:
    with db.session(actor.user_id) as s:
        people = {
            "liu": Customer(name="刘备", mobile="13811112222", email="old@example.com"),
            "guan": Customer(name="关羽", mobile="13933334444"),
            # A legacy duplicate (from before one customer per mobile): flagged for merging.
            "guan2": Customer(name="关平", mobile="13933334444", duplicate_mobile=True),
            "cao": Customer(name="曹操", resident_id=RID_CAO),
        }
        s.add_all(people.values())
        s.flush()
        return {key: c.id for key, c in people.items()}


def test_customer_list_with_duplicates_in_the_file_and_the_database(
    db: Database, actor: Actor, stored: dict[str, int], tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "客户.xlsx",
        HEADER,
        [
            _row("张飞", "138 2222 3333", RID_ZHANG, **{"出生日期": "1980/5/6",  # 3
                 "电子邮箱": "zf@qq.com", "家庭住址": "北京", "邮编": "100080"}),
            _row("赵云", "+86 13844445555", None, **{"性别": "男", "出生日期": "1985年7月8日"}),
            _row("刘备", "13811112222", None, **{"电子邮箱": "new@example.com",  # 5
                 "家庭住址": "成都"}),
            _row("张飞", "13822223333", None, **{"家庭住址": "涿州", "备注": "老客户"}),  # 6
            _row("曹孟德", "13855556666", RID_CAO),  # 7
            _row("关羽", "13933334444"),  # 8: two stored customers share this mobile
            _row("刘备", "13811112222", RID_CAO),  # 9: mobile and ID name two people
            _row("孙乾", "1381111"),  # 10
            _row("简雍", None, BAD_RID),  # 11
            _row("13800001111", "13800001111"),  # 12: a phone number as the name
            _row("孙权"),  # 13: no way to tell whether he is here already
            _row("糜竺", "13866667777", **{"电子邮箱": "abc@"}),  # 14
            _row("马超", "13877778888", **{"出生日期": 29000, "邮编": 10080}),  # 15
            _row("黄忠", "13888889999", **{"出生日期": dt.datetime(1990, 1, 2)}),  # 16
            _row("魏延", "13899990000", **{"出生日期": "明天"}),  # 17
        ],
        title="2026年 客户信息汇总表",
    )  # fmt: skip
    before = len(_customers(db))

    result = run_import(db, actor, path, ImportOptions("customers"))

    actions = {row: action for row, (action, _id) in result.landed.items()}
    assert actions == {3: "create", 4: "create", 5: "update", 6: "update", 7: "update",
                       15: "create", 16: "create"}  # fmt: skip
    ids = {row: record for row, (_a, record) in result.landed.items()}
    assert ids[5] == stored["liu"] and ids[6] == ids[3] and ids[7] == stored["cao"]
    contact = " / ".join(field_of("customers", k).label.text() for k in ("mobile", "resident_id"))
    assert {(i.row, i.field, i.severity): i.reason for i in result.issues} == {
        (5, "mobile", "note"): m.already_in_database(stored["liu"], m.POLICY_FILL),
        (6, "mobile", "note"): m.same_as_row(3),
        (7, "resident_id", "note"): m.already_in_database(stored["cao"], m.POLICY_FILL),
        (8, "mobile", "error"): m.ambiguous_match(2),
        (9, "mobile", "error"): m.CONFLICTING_MATCH,
        (10, "mobile", "error"): validation.check_mobile("1381111").error,
        (11, "resident_id", "error"): validation.check_resident_id(BAD_RID).error,
        (12, "name", "error"): validation.check_name("13800001111").error,
        (13, "mobile", "error"): m.required_missing(contact),
        (14, "email", "error"): validation.check_email("abc@").error,
        (17, "birthday", "error"): m.BAD_DATE,
    }
    assert (result.created, result.updated, result.rejected) == (4, 3, 8)

    customers = _customers(db)
    assert len(customers) == before + 4
    zhang = customers[ids[3]]
    assert (zhang.mobile, zhang.resident_id, zhang.birthday, zhang.sex) == (
        "13822223333",
        RID_ZHANG,
        dt.date(1980, 5, 6),
        "M",
    )
    # Row 6 filled the empty note; the address from row 3 stayed (policy: fill).
    assert (zhang.home_address, zhang.notes, zhang.home_postcode) == ("北京", "老客户", "100080")
    assert (zhang.name_pinyin, zhang.name_initials, zhang.mobile_tail) == ("zhangfei", "zf",
                                                                          "3333")  # fmt: skip
    zhao = customers[ids[4]]
    assert (zhao.mobile, zhao.sex, zhao.birthday) == ("13844445555", "M", dt.date(1985, 7, 8))
    liu = customers[stored["liu"]]
    assert (liu.email, liu.home_address) == ("old@example.com", "成都")
    cao = customers[stored["cao"]]
    assert (cao.name, cao.mobile, cao.birthday) == ("曹操", "13855556666", dt.date(1970, 1, 1))
    ma = customers[ids[15]]
    assert (ma.birthday, ma.home_postcode) == (dt.date(1979, 5, 25), "010080")
    assert customers[ids[16]].birthday == dt.date(1990, 1, 2)


@pytest.mark.parametrize(
    ("policy", "email", "address", "action"),
    [
        ("fill", "old@example.com", "成都", "update"),
        ("overwrite", "new@example.com", "成都", "update"),
        ("skip", "old@example.com", None, "skip"),
    ],
)
def test_duplicate_policy_decides_what_happens_to_the_stored_customer(
    db: Database, actor: Actor, stored: dict[str, int], tmp_path: Path,
    policy: str, email: str, address: str | None, action: str,
) -> None:  # fmt: skip
    path = xlsx(tmp_path / "c.xlsx", HEADER,
                [_row("刘玄德", "138-1111-2222", None, **{"电子邮箱": "new@example.com",
                                                         "家庭住址": "成都"})])  # fmt: skip

    result = run_import(db, actor, path, ImportOptions("customers", policy=policy))

    assert result.landed == {2: (action, stored["liu"])}
    liu = _customers(db)[stored["liu"]]
    name = "刘玄德" if policy == "overwrite" else "刘备"
    assert (liu.name, liu.email, liu.home_address, liu.mobile) == (
        name,
        email,
        address,
        "13811112222",
    )
    with db.reader() as s:
        before = s.scalars(select(ImportedRow.before)).one()
    expected = {"fill": {"home_address": None},
                "overwrite": {"email": "old@example.com", "home_address": None, "name": "刘备"},
                "skip": None}[policy]  # fmt: skip
    assert before == expected


def test_command_line_import_writes_the_report(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cli_support import sign_in_as

    user = sign_in_as(sqlite_db, monkeypatch)
    path = xlsx(tmp_path / "c.xlsx", HEADER,
                [_row("张三", "13800138000"), _row("李四", "12")])  # fmt: skip
    report = tmp_path / "report.xlsx"
    args = build_parser([]).parse_args(
        ["--db", sqlite_db.url, "--lang", "en", "import", str(path), "--kind", "customers",
         "--report", str(report), *user]
    )  # fmt: skip

    assert run_command(args) == 1  # one row was not imported

    with sqlite_db.reader() as s:
        assert s.scalars(select(Customer.name).where(Customer.mobile.is_not(None))).all() == [
            "张三"
        ]
        assert s.scalar(select(func.count()).select_from(ImportedRow)) == 1
    sheet = load_workbook(report, read_only=True).worksheets[0]
    rows = [r for r in sheet.iter_rows(values_only=True) if any(r)]
    assert rows[1] == ("Row", "Column", "Value", "Outcome", "Reason")
    assert rows[2][:4] == (3, "手机号码", "12", "Not imported")
    assert "11" in rows[2][4]
