"""The customer factory: every writer derives the same columns from the same fields."""

from __future__ import annotations

import datetime as dt

from test_visits import NOW, _walk_in, sources, staff  # noqa: F401 (fixtures)

from showroom.db import Database
from showroom.keys import customer_keys
from showroom.models import Customer
from showroom.services.context import Actor
from showroom.services.customer_factory import customer_columns, new_customer, refresh_derived
from showroom.services.visits import log_visit

RID_FEMALE_1949 = "11010519491231002X"


def test_columns_read_the_resident_id_and_set_the_search_keys() -> None:
    columns = customer_columns(
        {"name": "王芳", "mobile": "13912345678", "resident_id": RID_FEMALE_1949}
    )
    assert (columns["birthday"], columns["sex"]) == (dt.date(1949, 12, 31), "F")
    assert columns["name_pinyin"] == "wangfang" and columns["name_initials"] == "wf"
    assert (columns["mobile_tail"], columns["birthday_md"]) == ("5678", "12-31")
    # What was typed wins over the resident ID (the form reports the disagreement).
    typed = customer_columns({"name": "王芳", "resident_id": RID_FEMALE_1949, "sex": "M"})
    assert typed["sex"] == "M"
    assert customer_columns({"name": "王芳", "resident_id": "bad"}).get("birthday") is None


def test_new_and_refreshed_records_carry_the_same_keys() -> None:
    customer = new_customer(name="李雷", mobile="13800001111")
    assert (customer.name_initials, customer.mobile_tail) == ("ll", "1111")
    customer.name, customer.mobile = "韩梅梅", "13922223333"
    customer.resident_id = RID_FEMALE_1949
    refresh_derived(customer, identity=False)
    assert (customer.name_initials, customer.mobile_tail) == ("hmm", "3333")
    assert customer.birthday is None  # a merge's undo puts fields back as they were
    refresh_derived(customer)
    assert customer.birthday == dt.date(1949, 12, 31) and customer.birthday_md == "12-31"


def test_visitor_log_sets_a_linked_customers_mobile_key(
    db: Database,
    actor: Actor,
    staff: dict[str, Actor],  # noqa: F811
    sources: dict[str, int],  # noqa: F811
) -> None:
    with db.session(actor.user_id) as session:
        customer = Customer(name="张伟", **customer_keys("张伟", None, None))
        session.add(customer)
        session.flush()
        cid = customer.id
    log_visit(db, staff["desk"], _walk_in(staff, sources, customer_id=cid), now=NOW)
    with db.reader() as session:
        linked = session.get(Customer, cid)
        assert linked is not None
        assert (linked.mobile, linked.mobile_tail) == ("13812345678", "5678")
