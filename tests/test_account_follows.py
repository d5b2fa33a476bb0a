"""A signed-in session follows its account: demoted or deactivated — here or on another
workstation — its next service call is refused."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from showroom.db import Database
from showroom.db.changes import Changes
from showroom.models import Role
from showroom.services import auth
from showroom.services.account import live_actor
from showroom.services.context import Actor
from showroom.services.customer_list import CustomerFilter, list_customers
from showroom.services.permissions import PermissionDenied
from showroom.services.targets import set_targets

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def people(db: Database) -> tuple[Actor, Actor]:
    admin = auth.set_up_administrator(db, "admin-password", display_name="店长")
    auth.create_user(db, admin, "li", "李经理", Role.MANAGER, "manager-pw-1")
    return admin, auth.sign_in(db, "li", "manager-pw-1")


def _user_id(db: Database, admin: Actor, username: str) -> int:
    return next(u.id for u in auth.list_users(db, admin) if u.username == username)


def test_a_demoted_session_is_refused_at_its_next_action(
    db: Database, people: tuple[Actor, Actor]
) -> None:
    admin, manager = people
    session = live_actor(db, manager)  # the window's actor
    list_customers(db, session, CustomerFilter())  # allowed as a manager
    auth.change_role(db, admin, _user_id(db, admin, "li"), Role.RECEPTION)
    assert session.current_role == Role.RECEPTION
    with pytest.raises(PermissionDenied):  # setting targets is a manager's
        set_targets(db, session, dt.date.today(), manager.user_id, walk_ins=10)


def test_a_deactivated_session_may_do_nothing(db: Database, people: tuple[Actor, Actor]) -> None:
    admin, manager = people
    session = live_actor(db, manager)
    auth.set_active(db, admin, _user_id(db, admin, "li"), False)
    assert session.current_role is None
    with pytest.raises(PermissionDenied):
        list_customers(db, session, CustomerFilter())


_DEMOTE = """
import sys
from showroom.db import Database
from showroom.models import Role
from showroom.services import auth
db = Database(sys.argv[1])
admin = auth.sign_in(db, "admin", "admin-password")
uid = next(u.id for u in auth.list_users(db, admin) if u.username == "li")
auth.set_active(db, admin, uid, False)
"""


def test_a_deactivation_on_another_workstation_reaches_the_open_session(
    db: Database, people: tuple[Actor, Actor]
) -> None:
    _admin, manager = people
    session = live_actor(db, manager)
    assert db.changes.watch(interval=0.2).wait(10)
    heard = threading.Event()

    def on_changes(changes: Changes) -> None:
        if changes.remote and changes.touches({"users"}):
            heard.set()

    db.changes.subscribe(on_changes)
    try:
        subprocess.run([sys.executable, "-c", _DEMOTE, db.url], cwd=ROOT, check=True, timeout=60)
        assert heard.wait(10)
        with pytest.raises(PermissionDenied):
            list_customers(db, session, CustomerFilter())
    finally:
        db.changes.stop()
