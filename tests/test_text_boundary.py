"""One boundary for text: control characters (NUL included) never reach a table, the same
on SQLite and PostgreSQL, whoever writes; a name must show something."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from showroom.db import Database
from showroom.importers import ImportOptions, run_import
from showroom.models import Customer, Visit
from showroom.services.context import Actor
from showroom.services.customers import CustomerInput, create_customer
from showroom.validation import ValidationFailed, check_name


def test_a_nul_in_free_text_saves_on_both_databases(db: Database, actor: Actor) -> None:
    customer_id = create_customer(
        db, actor,
        CustomerInput(name="张三", mobile="13812345678", occupation="教\x00师",
                      notes="第一行\n第二行\x00\x07"),
    )  # fmt: skip
    with db.reader() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        assert customer.occupation == "教师"
        assert customer.notes == "第一行\n第二行"  # the line break stays


def test_an_imported_nul_is_removed_and_the_batch_saves(
    db: Database, actor: Actor, tmp_path: pytest.TempPathFactory
) -> None:
    path = tmp_path / "log.csv"  # type: ignore[operator]
    path.write_text(
        "日期,来店时间,客户姓名,联系电话,备注\n"
        "2026-11-03,10:00,王五,13800138000,带\x00小孩\n"
        "2026-11-03,11:00,赵六,13900139000,正常\n",
        encoding="utf-8",
    )
    result = run_import(db, actor, path, ImportOptions("visits", today=dt.date(2026, 12, 1)))
    assert result.status == "done" and result.created == 2
    with db.reader() as session:
        notes = session.scalars(select(Visit.notes).order_by(Visit.id)).all()
    assert notes == ["带小孩", "正常"]


@pytest.mark.parametrize("name", ["\u200b", "\u200f\u200b", "\u202e", " \u200b "])
def test_a_name_of_invisible_marks_only_is_refused(name: str) -> None:
    check = check_name(name)
    assert check.value is None and check.error is not None
    assert "no letters" in check.error.text("en")


def test_a_name_with_a_direction_mark_and_letters_is_fine() -> None:
    assert check_name("\u200f张三").value is not None


def test_the_card_refuses_an_invisible_name(db: Database, actor: Actor) -> None:
    with pytest.raises(ValidationFailed) as failed:
        create_customer(db, actor, CustomerInput(name="\u200b\u200f", mobile="13812345678"))
    assert "name" in failed.value.errors
