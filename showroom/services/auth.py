"""Signing in, the first administrator, and managing who may sign in.

Passwords are stored as argon2id hashes (argon2-cffi's defaults, re-hashed on sign-in
when those defaults grow). No password ships with the program: the seeded ``admin``
account has an empty hash and cannot sign in until the first start sets its password
(:func:`needs_first_administrator` / :func:`set_up_administrator`).

Sign-ins, failed sign-ins and every change to an account are in the audit trail: the
account changes through the ORM hook, the sign-ins through :func:`showroom.db.audit.record`
(the hash itself is never written to the trail).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from showroom.db import Database
from showroom.db.audit import record
from showroom.errors import UserError
from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import Role, User
from showroom.validation import ValidationFailed

from .context import Actor
from .permissions import Permission, require

CTX = "Auth"
MIN_PASSWORD_LENGTH = 8
#: Wrong passwords in a row that lock an account for LOCK_MINUTES (guessing is slowed to
#: a crawl; a password reset by the administrator lifts the lock).
MAX_FAILURES = 5
LOCK_MINUTES = 15
_hasher = PasswordHasher()


class SignInFailed(UserError):
    pass


class AccountError(UserError):
    """A user-management request that would break the store (e.g. no administrator left)."""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    last_login_at: dt.datetime | None
    version: int


def _msg(source: str, **params: object) -> Msg:
    return Msg(CTX, source, params)


# --- passwords ---------------------------------------------------------------------------
def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def password_problem(password: str) -> Msg | None:
    """What is wrong with a new password, if anything. (Length beats composition rules.)"""
    if not password.strip():
        return _msg(QT_TRANSLATE_NOOP("Auth", "Enter a password."))
    if len(password) < MIN_PASSWORD_LENGTH:
        return _msg(
            QT_TRANSLATE_NOOP("Auth", "The password needs at least {count} characters."),
            count=MIN_PASSWORD_LENGTH,
        )
    return None


def username_problem(username: str) -> Msg | None:
    name = username.strip()
    if not name:
        return _msg(QT_TRANSLATE_NOOP("Auth", "Enter a user name."))
    if len(name) > 40 or any(c.isspace() for c in name):
        return _msg(
            QT_TRANSLATE_NOOP("Auth", "A user name has no spaces and at most 40 characters.")
        )
    return None


def _display_name_problem(display_name: str) -> Msg | None:
    name = display_name.strip()
    if not name:
        return _msg(QT_TRANSLATE_NOOP("Auth", "Enter the person's name."))
    if len(name) > 80:
        return _msg(QT_TRANSLATE_NOOP("Auth", "The name is longer than 80 characters."))
    return None


def _role_problem(role: Role | str) -> Msg | None:
    try:
        Role(role)
    except ValueError:
        return _msg(QT_TRANSLATE_NOOP("Auth", "Choose a role."))
    return None


def _raise_if_any(**problems: Msg | None) -> None:
    errors = {field: msg for field, msg in problems.items() if msg is not None}
    if errors:
        raise ValidationFailed(errors)


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role(user.role))


# --- first start -------------------------------------------------------------------------
def _active_admins(session: Session) -> list[User]:
    return list(
        session.scalars(
            select(User)
            .where(User.role == Role.ADMIN, User.active.is_(True), User.deleted_at.is_(None))
            .order_by(User.id)
        )
    )


def needs_first_administrator(db: Database) -> bool:
    """True until some active administrator has a password (the first start)."""
    with db.reader() as session:
        return not any(u.password_hash for u in _active_admins(session))


def anyone_can_sign_in(db: Database) -> bool:
    """True once some active account has a password (before that, there is no one to sign
    in as: the command line fills or migrates an empty store without a sign-in)."""
    with db.reader() as session:
        return (
            session.scalar(
                select(User.id)
                .where(User.active.is_(True), User.deleted_at.is_(None), User.password_hash != "")
                .limit(1)
            )
            is not None
        )


def first_administrator_name(db: Database) -> str:
    """The seeded administrator's user name, to show on the first-start form."""
    with db.reader() as session:
        admins = _active_admins(session)
        return admins[0].username if admins else "admin"


def set_up_administrator(
    db: Database, password: str, display_name: str | None = None, username: str | None = None
) -> Actor:
    """Give the seeded administrator a password (creating one if there is none) and sign in.

    Refused once an administrator has a password: from then on only an administrator
    signed in can manage accounts.
    """
    _raise_if_any(
        password=password_problem(password),
        display_name=None if display_name is None else _display_name_problem(display_name),
        username=None if username is None else username_problem(username),
    )
    with db.session() as session:
        admins = _active_admins(session)
        if any(u.password_hash for u in admins):
            raise AccountError(
                _msg(QT_TRANSLATE_NOOP("Auth", "The administrator has already been set up."))
            )
        user = admins[0] if admins else None
        if user is None:
            user = User(username=username or "admin", display_name="管理员", role=Role.ADMIN)
            session.add(user)
        elif username:
            user.username = username.strip()
        if display_name:
            user.display_name = display_name.strip()
        user.password_hash = hash_password(password)
        session.flush()
        session.info["user_id"] = user.id
        record(session, "setup", "users", user.id, username=user.username)
        _stamp_login(session, user)
        return _actor(user)


# --- signing in --------------------------------------------------------------------------
def _locked() -> SignInFailed:
    return SignInFailed(
        _msg(
            QT_TRANSLATE_NOOP(
                "Auth",
                "Too many wrong passwords for this account: try again in {minutes} "
                "minutes, or ask the administrator to reset the password.",
            ),
            minutes=LOCK_MINUTES,
        )
    )


def sign_in(db: Database, username: str, password: str) -> Actor:
    """The actor for a correct user name and password; :class:`SignInFailed` otherwise.

    The message does not say which of the two was wrong (nor whether the account exists).
    Each password check is reserved first (:func:`_reserve_check`), so however many
    attempts run at once, an account gets at most :data:`MAX_FAILURES` wrong guesses per
    lock window.
    """
    wrong = SignInFailed(_msg(QT_TRANSLATE_NOOP("Auth", "Wrong user name or password.")))
    with db.reader() as session:
        user = session.scalars(
            select(User).where(
                func.lower(User.username) == username.strip().lower(), User.deleted_at.is_(None)
            )
        ).first()
    if user is None:
        with db.session() as session:
            record(session, "login_fail", "users", None, username=username)
        raise wrong
    if not _reserve_check(db, user.id):
        with db.session() as session:
            record(session, "login_fail", "users", user.id, username=username, reason="locked")
        raise _locked()
    # The slow argon2 check runs outside any transaction: no lock is held meanwhile.
    if not password_matches(user.password_hash, password):
        with db.session() as session:
            record(session, "login_fail", "users", user.id, username=username)
        raise wrong
    with db.session() as session:
        _clear_failures(session, user.id)
        if not user.active:
            record(session, "login_fail", "users", user.id, username=username, reason="inactive")
            raise_after = SignInFailed(
                _msg(QT_TRANSLATE_NOOP("Auth", "This account has been deactivated."))
            )
        else:
            session.info["user_id"] = user.id
            if _hasher.check_needs_rehash(user.password_hash):
                session.execute(
                    update(User)
                    .where(User.id == user.id)
                    .values(password_hash=hash_password(password))
                    .execution_options(synchronize_session=False)
                )
            _stamp_login(session, user)
            return _actor(user)
    # Raised outside the transaction so the failed attempt stays in the audit trail.
    raise raise_after


def _reserve_check(db: Database, user_id: int) -> bool:
    """Count one attempt against the account *before* its password is checked; False when
    the account is locked (MAX_FAILURES attempts within LOCK_MINUTES of the last one).

    One conditional UPDATE, committed at once: the database serialises it (SQLite's write
    lock, PostgreSQL's row lock with the WHERE re-checked on the newest row), so of N
    parallel attempts at most the free places get ``rowcount`` 1. A success gives the
    place back (:func:`_clear_failures`); a window without attempts starts the count anew.
    """
    now = dt.datetime.now()
    expired = now - dt.timedelta(minutes=LOCK_MINUTES)
    stale = User.failed_login_at.is_(None) | (User.failed_login_at < expired)
    with db.session() as session:
        result = session.execute(
            update(User)
            .where(User.id == user_id, (User.failed_logins < MAX_FAILURES) | stale)
            .values(
                failed_logins=case((stale, 1), else_=User.failed_logins + 1),
                failed_login_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


def _clear_failures(session: Session, user_id: int) -> None:
    # A bulk UPDATE, like _stamp_login: no version bump, no "update" row in the trail.
    session.execute(
        update(User)
        .where(User.id == user_id)
        .values(failed_logins=0, failed_login_at=None)
        .execution_options(synchronize_session=False)
    )


def _stamp_login(session: Session, user: User) -> None:
    # A bulk UPDATE bypasses the version counter on purpose: signing in must not make an
    # administrator's open edit of this account stale, nor add an "update" audit row.
    session.execute(
        update(User)
        .where(User.id == user.id)
        .values(last_login_at=dt.datetime.now())
        .execution_options(synchronize_session=False)
    )
    record(session, "login", "users", user.id)


def sign_out(db: Database, actor: Actor) -> None:
    with db.session(actor.user_id) as session:
        record(session, "logout", "users", actor.user_id)


def change_own_password(db: Database, actor: Actor, current: str, new: str) -> None:
    _raise_if_any(new_password=password_problem(new))
    with db.session(actor.user_id) as session:
        user = session.get(User, actor.user_id)
        if user is None or not password_matches(user.password_hash, current):
            raise ValidationFailed(
                {
                    "current_password": _msg(
                        QT_TRANSLATE_NOOP("Auth", "The current password is wrong.")
                    )
                }
            )
        user.password_hash = hash_password(new)


# --- user management (administrator only) ------------------------------------------------
def list_users(db: Database, actor: Actor, include_inactive: bool = True) -> list[UserRow]:
    require(actor, Permission.USERS_MANAGE)
    stmt = select(User).where(User.deleted_at.is_(None)).order_by(User.username)
    if not include_inactive:
        stmt = stmt.where(User.active.is_(True))
    with db.reader() as session:
        return [_row(u) for u in session.scalars(stmt)]


def _row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        active=user.active,
        has_password=bool(user.password_hash),
        last_login_at=user.last_login_at,
        version=user.version,
    )


def create_user(
    db: Database, actor: Actor, username: str, display_name: str, role: Role | str, password: str
) -> UserRow:
    require(actor, Permission.USERS_MANAGE)
    _raise_if_any(
        username=username_problem(username),
        display_name=_display_name_problem(display_name),
        role=_role_problem(role),
        password=password_problem(password),
    )
    username = username.strip()
    with db.session(actor.user_id) as session:
        taken = session.scalar(
            select(func.count())
            .select_from(User)
            .where(func.lower(User.username) == username.lower())
        )
        if taken:
            raise ValidationFailed(
                {
                    "username": _msg(
                        QT_TRANSLATE_NOOP("Auth", "The user name {name} is already taken."),
                        name=username,
                    )
                }
            )
        user = User(
            username=username,
            display_name=display_name.strip(),
            role=Role(role).value,
            password_hash=hash_password(password),
            active=True,
        )
        session.add(user)
        session.flush()
        return _row(user)


def _editable_user(session: Session, actor: Actor, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None:
        raise AccountError(_msg(QT_TRANSLATE_NOOP("Auth", "This user no longer exists.")))
    return user


def _keep_an_administrator(session: Session, user: User) -> None:
    others = [u for u in _active_admins(session) if u.id != user.id]
    if user.role == Role.ADMIN and user.active and not others:
        raise AccountError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "Auth", "The store needs at least one active administrator: make another first."
                )
            )
        )


def set_active(db: Database, actor: Actor, user_id: int, active: bool) -> UserRow:
    """Deactivate (or reactivate) an account; its records and history stay as they are."""
    require(actor, Permission.USERS_MANAGE)
    with db.session(actor.user_id) as session:
        user = _editable_user(session, actor, user_id)
        if not active:
            if user.id == actor.user_id:
                raise AccountError(
                    _msg(QT_TRANSLATE_NOOP("Auth", "You cannot deactivate your own account."))
                )
            _keep_an_administrator(session, user)
        user.active = active
        session.flush()
        return _row(user)


def change_role(db: Database, actor: Actor, user_id: int, role: Role | str) -> UserRow:
    require(actor, Permission.USERS_MANAGE)
    _raise_if_any(role=_role_problem(role))
    with db.session(actor.user_id) as session:
        user = _editable_user(session, actor, user_id)
        if Role(role) is not Role.ADMIN:
            _keep_an_administrator(session, user)
        user.role = Role(role).value
        session.flush()
        return _row(user)


def reset_password(db: Database, actor: Actor, user_id: int, password: str) -> UserRow:
    require(actor, Permission.USERS_MANAGE)
    _raise_if_any(password=password_problem(password))
    with db.session(actor.user_id) as session:
        user = _editable_user(session, actor, user_id)
        user.password_hash = hash_password(password)
        _clear_failures(session, user.id)  # the new password lifts a lock
        session.flush()
        return _row(user)


def actor_for(db: Database, username: str) -> Actor:
    """The actor for an active account, without a password (scripted start-up and tests)."""
    with db.reader() as session:
        user = session.scalars(
            select(User).where(
                User.username == username, User.active.is_(True), User.deleted_at.is_(None)
            )
        ).first()
    if user is None:
        raise SignInFailed(_msg(QT_TRANSLATE_NOOP("Auth", "Wrong user name or password.")))
    return _actor(user)
