"""The tracking sheet to PDF and Excel: the card's header, follow-ups and level history."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from prospects_support import add_customer, add_staff

from showroom.db import Database
from showroom.services.follow_ups import record_follow_up
from showroom.services.permissions import PermissionDenied
from showroom.services.prospect_types import ProspectFilter
from showroom.services.prospects import open_prospect
from showroom.sheets.export import export
from showroom.sheets.prospects import ProspectCardSheet, ProspectListSheet

TODAY = dt.date.today()


def _card(db: Database) -> tuple[object, int]:
    staff = add_staff(db)
    customer = add_customer(db, name="赵建国")
    with db.session() as s:
        pid = open_prospect(
            s, staff.alice, customer_id=customer, level_code="B",
            consultant_id=staff.alice.user_id, today=TODAY - dt.timedelta(days=9),
        ).id  # fmt: skip
    record_follow_up(
        db, staff.alice, pid, method="phone", content="介绍轩逸优惠政策", feedback="关心油耗",
        new_level="A", followed_on=TODAY - dt.timedelta(days=3),
    )  # fmt: skip
    return staff, pid


def test_card_pdf_prints_the_sheet_in_chinese(sqlite_db: Database, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    staff, pid = _card(sqlite_db)
    path = tmp_path / "card.pdf"
    card = ProspectCardSheet(pid)
    assert export(sqlite_db, staff.alice, card, "pdf", path, lang="zh_CN").rows == 1  # type: ignore[arg-type]
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for expected in (
        "潜在客户跟踪表",
        "赵建国",
        "介绍轩逸优惠政策",
        "关心油耗",
        "级别变化记录",
        "李丽",
    ):
        assert expected in text


def test_card_workbook_has_header_follow_ups_and_history(
    sqlite_db: Database, tmp_path: Path
) -> None:
    staff, pid = _card(sqlite_db)
    path = tmp_path / "card.xlsx"
    export(sqlite_db, staff.alice, ProspectCardSheet(pid), "xlsx", path, lang="zh_CN")  # type: ignore[arg-type]
    book = openpyxl.load_workbook(path)
    header, follow_ups, history = book.worksheets[:3]
    pairs = {row[0]: row[1] for row in header.iter_rows(min_row=3, values_only=True)}
    assert pairs["客户"] == "赵建国" and pairs["级别"].startswith("A")
    rows = list(follow_ups.iter_rows(min_row=3, values_only=True))
    assert rows[0][2] == "介绍轩逸优惠政策" and rows[0][1] == "电话"
    levels = [r[1:3] for r in history.iter_rows(min_row=3, values_only=True)]
    assert levels == [("—", "B"), ("B", "A")]


def test_list_export_follows_the_actor_scope(sqlite_db: Database, tmp_path: Path) -> None:
    staff, _pid = _card(sqlite_db)
    path = tmp_path / "list.xlsx"
    sheet = ProspectListSheet(ProspectFilter())
    assert export(sqlite_db, staff.bob, sheet, "xlsx", path).rows == 0  # type: ignore[attr-defined]
    assert export(sqlite_db, staff.manager, sheet, "xlsx", path).rows == 1  # type: ignore[attr-defined]
    from showroom.models import Role
    from showroom.services.context import Actor

    advisor = Actor(99, "sa", "服务顾问", Role.SERVICE_ADVISOR)
    with pytest.raises(PermissionDenied):
        export(sqlite_db, advisor, sheet, "pdf", path)
