"""Test configuration: offscreen Qt, a private data folder, and a fresh database per test.

Database tests take the ``db`` fixture. It always runs on SQLite and, when
``SHOWROOM_TEST_PG_URL`` names a PostgreSQL server, also on PostgreSQL (``.ci/run`` sets it).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt: GUI tests run without a screen, everywhere.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("SHOWROOM_LANG", "zh_CN")
_DATA = Path(tempfile.mkdtemp(prefix="showroom-test-data-"))
os.environ["SHOWROOM_DATA_DIR"] = str(_DATA)
os.environ.pop("SHOWROOM_DB_URL", None)

import pytest  # noqa: E402
from sqlalchemy import create_engine, make_url, text  # noqa: E402

from showroom.db import Database  # noqa: E402
from showroom.i18n import set_language  # noqa: E402
from showroom.models import Base  # noqa: E402
from showroom.services.context import Actor  # noqa: E402
from showroom.services.store import default_actor, open_store  # noqa: E402

PG_URL_ENV = "SHOWROOM_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _language_restored() -> Iterator[None]:
    """A test that switches the language (``--lang en`` on a command line) must not leave
    the rest of the run in English."""
    yield
    set_language(os.environ["SHOWROOM_LANG"])


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, seeded SQLite file; each test gets a copy (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_store(f"sqlite:///{path}", backup_dir=None)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def _pg_url() -> Iterator[str]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(
            f"PostgreSQL tests need {PG_URL_ENV} (e.g. postgresql+psycopg://postgres@127.0.0.1/test)"
        )
    # A database of this run's own, when the server lets us create one: two test runs
    # on one server (two developers, CI beside a developer) must not truncate each
    # other's tables. Without that right, the given database is used as it is.
    own = _create_own_database(url)
    target = own or url
    db = Database(target)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"PostgreSQL at {PG_URL_ENV} is not reachable: {exc}")
    db.dispose()
    open_store(target, backup_dir=None).dispose()
    yield target
    if own:
        _drop_database(url, make_url(own).database or "")


def _create_own_database(url: str) -> str | None:
    name = f"showroom_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception:
        return None
    finally:
        engine.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop_database(url: str, name: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


def _fresh_sqlite(template: Path, tmp_path: Path) -> Database:
    target = tmp_path / "showroom.db"
    shutil.copyfile(template, target)
    return Database(f"sqlite:///{target}")


def _fresh_pg(url: str) -> Database:
    db = Database(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    db.dispose()
    return open_store(url, backup_dir=None)  # re-seed the defaults


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = _fresh_sqlite(request.getfixturevalue("_sqlite_template"), tmp_path)
    else:
        database = _fresh_pg(request.getfixturevalue("_pg_url"))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(_sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """SQLite only: for GUI tests and anything SQLite-specific."""
    database = _fresh_sqlite(_sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def actor(db: Database) -> Actor:
    return default_actor(db)
