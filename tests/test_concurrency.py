"""Two workstations (two Database objects) editing the same record: the second save is
refused with a clear message, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from showroom.db import Database
from showroom.keys import customer_keys
from showroom.models import Customer, Role
from showroom.services import auth
from showroom.services.conflicts import (
    EditConflict,
    RecordGone,
    apply_edit,
    save_edit,
    stale_guard,
)
from showroom.services.context import Actor


@pytest.fixture
def second(db: Database) -> Iterator[Database]:
    """Another workstation on the same database: its own engine and connections."""
    other = Database(db.url)
    yield other
    other.dispose()


@pytest.fixture
def people(db: Database) -> tuple[Actor, Actor]:
    admin = auth.set_up_administrator(db, "admin-password", display_name="店长")
    auth.create_user(db, admin, "wang", "王强", Role.RECEPTION, "reception-1")
    return admin, auth.sign_in(db, "wang", "reception-1")


def _customer(db: Database, actor: Actor) -> int:
    with db.session(actor.user_id) as session:
        c = Customer(
            name="张三", mobile="13812345678", **customer_keys("张三", "13812345678", None)
        )
        session.add(c)
        session.flush()
        return c.id


def _loaded(db: Database, cid: int) -> tuple[int, dict[str, object]]:
    with db.reader() as session:
        c = session.get(Customer, cid)
        assert c is not None
        return c.version, {"occupation": c.occupation, "email": c.email, "notes": c.notes}


def _they_save_first(
    db: Database, second: Database, people: tuple[Actor, Actor]
) -> tuple[int, int, dict[str, object]]:
    """Both workstations open the card; the other one saves occupation = 医生 first.
    Returns the card's id and the version and values this workstation still holds."""
    me, them = people
    cid = _customer(db, me)
    my_version, my_form = _loaded(db, cid)
    their_version, their_form = _loaded(second, cid)
    save_edit(
        second,
        them,
        Customer,
        cid,
        version=their_version,
        original=their_form,
        changes={"occupation": "医生"},
    )
    return cid, my_version, my_form


def test_second_save_of_the_same_field_is_refused_with_theirs_and_mine(
    db: Database, second: Database, people: tuple[Actor, Actor]
) -> None:
    me, _them = people
    cid, my_version, my_form = _they_save_first(db, second, people)
    with pytest.raises(EditConflict) as caught:
        save_edit(
            db,
            me,
            Customer,
            cid,
            version=my_version,
            original=my_form,
            changes={"occupation": "教师"},
        )

    conflict = caught.value
    assert conflict.fields == ["occupation"]
    (field,) = conflict.conflicts
    assert (field.original, field.theirs, field.mine) == (None, "医生", "教师")
    assert conflict.changed_by == "王强"
    text = conflict.msg.text("en")
    assert "王强 saved this record" in text
    # The field by its label in the reader's language, never the column's name.
    assert "Occupation: mine “教师”, theirs “医生”, before both “(empty)”" in text
    assert "职业" in conflict.msg.text("zh_CN") and "occupation" not in conflict.msg.text("zh_CN")
    assert "王强" in conflict.msg.text("zh_CN")
    with db.reader() as session:
        stored = session.get(Customer, cid)
        assert stored is not None and stored.occupation == "医生"  # theirs kept, not overwritten


def test_different_fields_merge_instead_of_conflicting(
    db: Database, second: Database, people: tuple[Actor, Actor]
) -> None:
    me, _them = people
    cid, my_version, my_form = _they_save_first(db, second, people)
    new_version = save_edit(
        db,
        me,
        Customer,
        cid,
        version=my_version,
        original=my_form,
        changes={"email": "zs@example.com"},
    )
    assert new_version == my_version + 2
    with db.reader() as session:
        stored = session.get(Customer, cid)
        assert stored is not None
        assert (stored.occupation, stored.email) == ("医生", "zs@example.com")


def test_a_save_racing_between_read_and_write_is_caught_by_the_version_counter(
    db: Database, second: Database, people: tuple[Actor, Actor]
) -> None:
    me, them = people
    cid = _customer(db, me)
    with (
        pytest.raises(EditConflict) as caught,
        stale_guard(db, Customer, cid, {"notes": "mine"}),
        db.session(me.user_id) as s,
    ):
        mine = s.get(Customer, cid)
        assert mine is not None
        apply_edit(s, mine, version=mine.version, changes={"notes": "mine"})
        # The other workstation commits after this one read the row …
        with second.session(them.user_id) as other:
            theirs = other.get(Customer, cid)
            assert theirs is not None
            theirs.notes = "theirs"
        # … so this one's UPDATE … WHERE version = 1 finds no row.
    assert caught.value.conflicts[0].theirs == "theirs"
    assert caught.value.changed_by == "王强"
    with db.reader() as session:
        stored = session.get(Customer, cid)
        assert stored is not None and stored.notes == "theirs"


def test_editing_a_record_someone_deleted_is_refused(
    db: Database, second: Database, people: tuple[Actor, Actor]
) -> None:
    me, them = people
    cid = _customer(db, me)
    version, form = _loaded(db, cid)
    save_edit(
        second,
        them,
        Customer,
        cid,
        version=version,
        changes={"deleted_at": dt.datetime(2026, 1, 1)},
    )
    with pytest.raises(RecordGone) as caught:
        save_edit(db, me, Customer, cid, version=version, original=form, changes={"notes": "x"})
    assert "deleted by someone else" in caught.value.msg.text("en")
