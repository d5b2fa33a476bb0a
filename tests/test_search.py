"""Global search finds a customer by any way a receptionist would type them."""

from __future__ import annotations

import datetime as dt

import pytest

from showroom.db import Database
from showroom.keys import customer_keys, plate_tail
from showroom.models import Customer, Vehicle
from showroom.pinyin import name_keys
from showroom.services.context import Actor
from showroom.services.search import MatchedOn, search_customers

PEOPLE = [
    # name, mobile, plate, vin
    ("张三", "13812345678", "京A12345", "LSVAU2180N2183294"),
    ("张珊珊", "13912340000", "粤BD12345", None),
    ("李四", "15800001111", "沪C88888", "1M8GDM9AXKP042788"),
    ("欧阳娜娜", "18688886666", None, None),
    ("单雄信", "13700007777", None, None),
]


@pytest.fixture
def people(db: Database, actor: Actor) -> dict[str, int]:
    ids = {}
    with db.session(actor.user_id) as session:
        for name, mobile, plate, vin in PEOPLE:
            customer = Customer(name=name, mobile=mobile, **customer_keys(name, mobile, None))
            session.add(customer)
            session.flush()
            ids[name] = customer.id
            if plate or vin:
                session.add(
                    Vehicle(
                        customer_id=customer.id, plate=plate, plate_tail=plate_tail(plate), vin=vin
                    )
                )
        gone = Customer(
            name="张三丰",
            mobile="13812345679",
            deleted_at=dt.datetime(2026, 1, 1),
            **customer_keys("张三丰", "13812345679", None),
        )
        session.add(gone)
    return ids


def _names(db: Database, query: str) -> list[str]:
    return [hit.name for hit in search_customers(db, query)]


@pytest.mark.parametrize(
    ("query", "expected", "matched_on"),
    [
        ("13812345678", "张三", MatchedOn.MOBILE),
        ("+86 138-1234-5678", "张三", MatchedOn.MOBILE),
        ("5678", "张三", MatchedOn.MOBILE_TAIL),
        ("zs", "张三", MatchedOn.INITIALS),
        ("ZhangSan", "张三", MatchedOn.PINYIN),
        ("京A12345", "张三", MatchedOn.PLATE),
        ("a12345", "张三", MatchedOn.PLATE),
        ("粤B·D12345", "张珊珊", MatchedOn.PLATE),
        ("1m8gdm9axkp", "李四", MatchedOn.VIN),
        ("李", "李四", MatchedOn.NAME),
        ("oynn", "欧阳娜娜", MatchedOn.INITIALS),
        ("shanxiong", "单雄信", MatchedOn.PINYIN),
    ],
)
def test_finds_customer(db: Database, people: dict[str, int], query: str, expected: str,
                        matched_on: MatchedOn) -> None:  # fmt: skip
    hits = search_customers(db, query)
    assert hits, f"nothing found for {query!r}"
    hit = next(h for h in hits if h.name == expected)
    assert hit.id == people[expected]
    assert hit.matched_on == matched_on


def test_prefix_finds_everyone_who_starts_so(db: Database, people: dict[str, int]) -> None:
    assert set(_names(db, "张")) == {"张三", "张珊珊"}
    assert set(_names(db, "zs")) == {"张三", "张珊珊"}


def test_hit_carries_plates(db: Database, people: dict[str, int]) -> None:
    (hit,) = search_customers(db, "13812345678")
    assert hit.plates == ("京A12345",)


def test_deleted_customers_are_not_found(db: Database, people: dict[str, int]) -> None:
    assert "张三丰" not in _names(db, "张三")
    assert _names(db, "13812345679") == []


@pytest.mark.parametrize("query", ["", "   ", "zzzz", "19999999999", "!!", "京Z99999"])
def test_no_match_is_empty(db: Database, people: dict[str, int], query: str) -> None:
    assert search_customers(db, query) == []


def test_limit_is_respected(db: Database, people: dict[str, int]) -> None:
    assert len(search_customers(db, "zs", limit=1)) == 1


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [("张三", "zhangsan", "zs"), ("吕布", "lvbu", "lb"), ("单雄信", "shanxiongxin", "sxx"),
     ("曾国藩", "zengguofan", "zgf"), ("Tom 李", "tomli", "tl")],
)  # fmt: skip
def test_pinyin_keys(name: str, full: str, initials: str) -> None:
    assert name_keys(name) == (full, initials)


def test_the_last_four_digits_put_the_latest_visitor_first(db: Database) -> None:
    with db.session() as session:
        for name, mobile, seen in (
            ("甲", "13800005266", dt.datetime(2026, 1, 5, 10)),
            ("乙", "13900005266", dt.datetime(2026, 11, 30, 16)),  # here last week
            ("丙", "13700005266", None),  # never visited
        ):
            session.add(Customer(name=name, mobile=mobile, last_visit_at=seen,
                                 **customer_keys(name, mobile, None)))  # fmt: skip
    assert [hit.name for hit in search_customers(db, "5266")] == ["乙", "甲", "丙"]
