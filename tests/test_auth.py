"""Signing in, the first administrator, and user management (administrator only)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from showroom.db import Database
from showroom.models import AuditEntry, Role, User
from showroom.services import auth
from showroom.services.context import Actor
from showroom.services.permissions import PermissionDenied
from showroom.validation import ValidationFailed

PASSWORD = "correct horse"


@pytest.fixture
def admin(db: Database) -> Actor:
    return auth.set_up_administrator(db, PASSWORD, display_name="店长")


def _audit(db: Database, action: str) -> list[AuditEntry]:
    with db.reader() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_the_seeded_administrator_cannot_sign_in_until_the_first_start_sets_a_password(
    db: Database,
) -> None:
    assert auth.needs_first_administrator(db)
    assert auth.first_administrator_name(db) == "admin"
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(db, "admin", "")
    actor = auth.set_up_administrator(db, PASSWORD, display_name="店长")
    assert actor.role is Role.ADMIN and actor.display_name == "店长"
    assert not auth.needs_first_administrator(db)
    with pytest.raises(auth.AccountError):
        auth.set_up_administrator(db, "another password")
    assert auth.sign_in(db, "ADMIN", PASSWORD).user_id == actor.user_id


def test_first_start_refuses_a_short_password(db: Database) -> None:
    with pytest.raises(ValidationFailed) as caught:
        auth.set_up_administrator(db, "short")
    assert "8" in caught.value.errors["password"].text("en")
    assert auth.needs_first_administrator(db)


def test_password_is_stored_as_argon2_and_never_in_the_audit_trail(
    db: Database, admin: Actor
) -> None:
    with db.reader() as s:
        stored = s.get(User, admin.user_id)
        assert stored is not None
        assert stored.password_hash.startswith("$argon2id$")
        assert PASSWORD not in stored.password_hash
        trail = list(s.scalars(select(AuditEntry.changes)))
    assert not any(stored.password_hash in str(changes) for changes in trail)


def test_wrong_password_and_inactive_accounts_are_refused_and_audited(
    db: Database, admin: Actor
) -> None:
    with pytest.raises(auth.SignInFailed) as wrong:
        auth.sign_in(db, "admin", "not the password")
    with pytest.raises(auth.SignInFailed) as unknown:
        auth.sign_in(db, "nobody", PASSWORD)
    # Same message: the form must not reveal which user names exist.
    assert wrong.value.msg == unknown.value.msg
    clerk = auth.create_user(db, admin, "li", "李娜", Role.RECEPTION, "reception-1")
    auth.set_active(db, admin, clerk.id, False)
    with pytest.raises(auth.SignInFailed) as inactive:
        auth.sign_in(db, "li", "reception-1")
    assert "deactivated" in inactive.value.msg.text("en")
    assert len(_audit(db, "login_fail")) == 3
    good = auth.sign_in(db, "admin", PASSWORD)
    logins = _audit(db, "login")
    assert logins[-1].user_id == good.user_id


def test_the_administrator_manages_users(db: Database, admin: Actor) -> None:
    row = auth.create_user(db, admin, "wang", "王强", Role.CONSULTANT, "consultant-1")
    assert row.role is Role.CONSULTANT and row.active and row.has_password
    consultant = auth.sign_in(db, "wang", "consultant-1")
    assert consultant.role is Role.CONSULTANT

    auth.change_role(db, admin, row.id, Role.MANAGER)
    assert auth.sign_in(db, "wang", "consultant-1").role is Role.MANAGER
    auth.reset_password(db, admin, row.id, "new-secret-1")
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(db, "wang", "consultant-1")
    assert auth.sign_in(db, "wang", "new-secret-1").user_id == row.id
    names = [u.username for u in auth.list_users(db, admin)]
    assert names == ["admin", "wang"]

    with db.reader() as s:
        changes = list(
            s.scalars(
                select(AuditEntry.changes).where(
                    AuditEntry.entity == "users",
                    AuditEntry.entity_id == row.id,
                    AuditEntry.action == "update",
                )
            )
        )
    assert {"role": ["consultant", "manager"]} in changes
    assert {"password_hash": ["***", "***"]} in changes


def test_duplicate_user_names_and_bad_fields_are_refused_per_field(
    db: Database, admin: Actor
) -> None:
    auth.create_user(db, admin, "zhao", "赵敏", Role.SERVICE_ADVISOR, "advisor-1")
    with pytest.raises(ValidationFailed) as caught:
        auth.create_user(db, admin, "ZHAO", "", "pilot", "x")
    assert set(caught.value.errors) == {"display_name", "role", "password"}
    with pytest.raises(ValidationFailed) as taken:
        auth.create_user(db, admin, "Zhao", "赵敏", Role.SERVICE_ADVISOR, "advisor-1")
    assert "already taken" in taken.value.errors["username"].text("en")


def test_the_last_administrator_cannot_be_removed(db: Database, admin: Actor) -> None:
    with pytest.raises(auth.AccountError):
        auth.change_role(db, admin, admin.user_id, Role.MANAGER)
    with pytest.raises(auth.AccountError):
        auth.set_active(db, admin, admin.user_id, False)
    second = auth.create_user(db, admin, "boss", "老板", Role.ADMIN, "admin-two-2")
    auth.change_role(db, admin, admin.user_id, Role.MANAGER)  # another admin exists now
    boss = auth.sign_in(db, "boss", "admin-two-2")
    with pytest.raises(auth.AccountError):
        auth.set_active(db, boss, second.id, False)  # not one's own account


@pytest.mark.parametrize(
    "role", [Role.MANAGER, Role.CONSULTANT, Role.RECEPTION, Role.SERVICE_ADVISOR]
)
def test_only_the_administrator_manages_users(db: Database, admin: Actor, role: Role) -> None:
    row = auth.create_user(db, admin, "someone", "某人", role, "password-1")
    someone = auth.sign_in(db, "someone", "password-1")
    with pytest.raises(PermissionDenied):
        auth.list_users(db, someone)
    with pytest.raises(PermissionDenied):
        auth.create_user(db, someone, "x", "X", Role.ADMIN, "password-2")
    with pytest.raises(PermissionDenied):
        auth.change_role(db, someone, row.id, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        auth.reset_password(db, someone, admin.user_id, "password-3")
    with pytest.raises(PermissionDenied):
        auth.set_active(db, someone, admin.user_id, False)
    assert auth.sign_in(db, "someone", "password-1").role is role  # nothing changed


def test_a_user_changes_their_own_password(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationFailed) as caught:
        auth.change_own_password(db, admin, "wrong", "brand-new-1")
    assert set(caught.value.errors) == {"current_password"}
    auth.change_own_password(db, admin, PASSWORD, "brand-new-1")
    assert auth.sign_in(db, "admin", "brand-new-1").user_id == admin.user_id


def test_repeated_wrong_passwords_lock_the_account_until_a_reset(
    db: Database, admin: Actor
) -> None:
    row = auth.create_user(db, admin, "wang", "王强", Role.CONSULTANT, "consultant-1")
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(auth.SignInFailed):
            auth.sign_in(db, "wang", "guess")
    with pytest.raises(auth.SignInFailed) as locked:
        auth.sign_in(db, "wang", "consultant-1")  # even the right password waits now
    assert "Too many wrong passwords" in locked.value.msg.text("en")
    assert auth.sign_in(db, "admin", PASSWORD)  # other accounts are not affected
    auth.reset_password(db, admin, row.id, "fresh-password-1")
    assert auth.sign_in(db, "wang", "fresh-password-1").user_id == row.id


def test_parallel_wrong_passwords_get_no_more_checks_than_the_limit(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """16 attempts at once: each check waits until every attempt has either reached its
    own check or been turned away, so attempts that only counted first and checked later
    would all be checked (16), and the test would fail."""
    auth.create_user(db, admin, "wang", "王强", Role.CONSULTANT, "consultant-1")
    attempts = 16
    real = auth.password_matches
    state = threading.Condition()
    checks = 0
    arrived = 0

    def arrive() -> None:
        nonlocal arrived
        with state:
            arrived += 1
            state.notify_all()

    def counting(password_hash: str, password: str) -> bool:
        nonlocal checks
        with state:
            checks += 1
        arrive()
        with state:  # the timeout only keeps a broken lock from hanging the run
            assert state.wait_for(lambda: arrived == attempts, timeout=60)
        return real(password_hash, password)

    monkeypatch.setattr(auth, "password_matches", counting)
    start = threading.Barrier(attempts)
    refused: list[str] = []

    def attempt() -> None:
        start.wait()
        try:
            auth.sign_in(db, "wang", "guess")
        except auth.SignInFailed as exc:
            refused.append(exc.msg.text("en"))
            if "Too many" in refused[-1]:
                arrive()  # turned away without a check

    threads = [threading.Thread(target=attempt) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(refused) == attempts
    assert checks == auth.MAX_FAILURES
    assert sum("Too many" in text for text in refused) == attempts - auth.MAX_FAILURES
    with pytest.raises(auth.SignInFailed) as locked:
        auth.sign_in(db, "wang", "consultant-1")  # locked now, even with the right password
    assert "Too many wrong passwords" in locked.value.msg.text("en")
    assert checks == auth.MAX_FAILURES


def test_a_success_clears_earlier_wrong_passwords(db: Database, admin: Actor) -> None:
    for _ in range(auth.MAX_FAILURES - 1):
        with pytest.raises(auth.SignInFailed):
            auth.sign_in(db, "admin", "guess")
    auth.sign_in(db, "admin", PASSWORD)
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(db, "admin", "guess")
    assert auth.sign_in(db, "admin", PASSWORD)
