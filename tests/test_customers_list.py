"""The customer list (filters, paging, masking), its Excel export and the printed card."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from customers_support import ID_MALE_1990, new_customer, new_vehicle, serve
from openpyxl import load_workbook

from showroom.db import Database
from showroom.models import Role, User
from showroom.rules.classes import mark_badges
from showroom.services.context import Actor
from showroom.services.customer_list import CustomerFilter, list_customers
from showroom.services.customer_marks import set_mark
from showroom.sheets.customer_card import CustomerCardSheet
from showroom.sheets.customers import CustomersSheet
from showroom.sheets.export import export


def _consultant(db: Database) -> Actor:
    with db.session() as session:
        user = User(username="li", display_name="李顾问", role=Role.CONSULTANT)
        session.add(user)
        session.flush()
        return Actor(user.id, "li", "李顾问", Role.CONSULTANT)


def _store(db: Database, actor: Actor) -> tuple[list[int], Actor]:
    consultant = _consultant(db)
    ids = []
    for n, name in enumerate(["赵一", "钱二", "孙三", "李四", "周五"]):
        cid = new_customer(
            db,
            actor,
            name,
            mobile=f"1381234567{n}",
            consultant_id=consultant.user_id if n % 2 == 0 else None,
            resident_id=ID_MALE_1990 if n == 0 else "",
        )
        ids.append(cid)
    vid = new_vehicle(db, actor, ids[0], 1)
    serve(db, actor, vid, dt.date(2024, 5, 1), "minor_repair", 3000, "900")
    set_mark(db, actor, ids[0], "vip", "集团高管")
    set_mark(db, actor, ids[3], "difficult", "多次无理投诉")
    return ids, consultant


def test_filters_paging_and_masking(db: Database, actor: Actor) -> None:
    ids, consultant = _store(db, actor)
    page = list_customers(db, actor)
    assert page.total == 5
    assert [r.id for r in page.rows] == ids[::-1]  # newest first
    first = page.rows[-1]
    assert first.plates == "粤B00001" and first.marks == ("vip",)
    assert first.mobile == "13812345670" and first.resident_id == ID_MALE_1990  # admin: full
    assert list_customers(db, actor, CustomerFilter(mark="vip")).total == 1
    assert [r.name for r in list_customers(db, actor, CustomerFilter(mark="difficult")).rows] == [
        "李四"
    ]
    assert list_customers(db, actor, CustomerFilter(value_class="platinum")).total == 1
    assert list_customers(db, actor, CustomerFilter(base=True)).total == 1
    assert list_customers(db, actor, CustomerFilter(base=False)).total == 4
    mine = list_customers(db, actor, CustomerFilter(consultant_id=consultant.user_id))
    assert {r.name for r in mine.rows} == {"赵一", "孙三", "周五"}
    assert all(r.consultant == "李顾问" for r in mine.rows)
    paged = list_customers(db, actor, offset=2, limit=2, sort="name")
    assert paged.total == 5 and len(paged.rows) == 2
    # A consultant sees masked phones and IDs, except the phones of their own customers.
    own = list_customers(db, consultant, CustomerFilter(mark="vip")).rows[0]
    assert own.mobile == "13812345670"
    assert own.resident_id == "440***********1234"
    other = list_customers(db, consultant, CustomerFilter(mark="difficult")).rows[0]
    assert other.mobile == "138****5673"


def test_excel_export_masks_for_roles(sqlite_db: Database, tmp_path: Path) -> None:
    from showroom.services.store import default_actor

    admin = default_actor(sqlite_db)
    _ids, consultant = _store(sqlite_db, admin)
    path = tmp_path / "customers.xlsx"
    every = CustomersSheet(CustomerFilter())
    assert export(sqlite_db, consultant, every, "xlsx", path, lang="zh_CN").rows == 5
    sheet = load_workbook(path).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    names = [r[0] for r in rows]
    assert mark_badges("vip", "zh_CN") + "赵一" in names
    assert mark_badges("difficult", "zh_CN") + "李四" in names
    mobiles = {r[2] for r in rows}
    assert "138****5673" in mobiles and "13812345673" not in mobiles
    assert "440***********1234" in {r[3] for r in rows}
    info = load_workbook(path).worksheets[-1]
    assert info.title != sheet.title
    # A manager's export has the numbers in full.
    full = tmp_path / "full.xlsx"
    export(sqlite_db, admin, CustomersSheet(CustomerFilter(mark="vip")), "xlsx", full, lang="en")
    rows = list(load_workbook(full).worksheets[0].iter_rows(min_row=3, values_only=True))
    assert len(rows) == 1 and rows[0][0] == "[VIP]赵一" and rows[0][2] == "13812345670"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_printed_card_is_one_page_with_chinese_and_the_mark(
    sqlite_db: Database, tmp_path: Path
) -> None:
    from showroom.services.store import default_actor

    admin = default_actor(sqlite_db)
    ids, _ = _store(sqlite_db, admin)
    # A fleet customer: more vehicles and services than a page holds.
    for n in range(2, 14):
        vid = new_vehicle(sqlite_db, admin, ids[0], n)
        serve(sqlite_db, admin, vid, dt.date(2024, 6, 1), "maintenance", 5000 + n, "450")
        serve(sqlite_db, admin, vid, dt.date(2024, 9, 1), "maintenance", 9000 + n, "520")
    path = Path(os.environ.get("CARD_PDF", tmp_path / "card.pdf"))
    export(sqlite_db, admin, CustomerCardSheet(ids[0]), "pdf", path, lang="zh_CN")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.M), info.stdout
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "客户信息卡" in text
    assert "赵一" in text
    assert "VIP" in text and "集团高管" in text
    assert "粤B00013" in text  # the newest vehicles are printed …
    assert "另有 3 条" in text  # … and those that did not fit are counted
