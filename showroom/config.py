"""Where the program keeps its data and which database it talks to."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Showroom"
#: Overrides the database URL (a PostgreSQL server for a store with many workstations).
DB_URL_ENV = "SHOWROOM_DB_URL"
#: Overrides the data folder (tests and portable installs).
DATA_DIR_ENV = "SHOWROOM_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'showroom.db'}"


def resolve_db_url(cli_url: str | None = None) -> str:
    """``--db`` wins, then the environment, then the SQLite file in the user's data folder."""
    return cli_url or os.environ.get(DB_URL_ENV) or default_db_url()


def display_url(url: str) -> str | None:
    """``url`` as it may be shown (password hidden); None when it is not a database URL."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return None
