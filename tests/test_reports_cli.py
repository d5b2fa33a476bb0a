"""``showroom report daily|monthly`` writes the same files the page does, for scheduled jobs."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from cli_support import CLI_PASSWORD, sign_in_as
from export_checks import chinese  # noqa: F401  (autouse: Chinese, as shipped)
from report_store import build_report_store

from showroom.cli import build_parser, run_command
from showroom.db import Database


def _run(db: Database, *argv: str) -> int:
    args = build_parser(["--db", db.url, *argv]).parse_args(["--db", db.url, *argv])
    return run_command(args)


def test_daily_report_files_from_the_command_line(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    build_report_store(sqlite_db)
    sign_in_as(sqlite_db, monkeypatch, "wang")
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    code = _run(
        sqlite_db, "report", "daily", "--date", "2026-11-20", "--pdf", str(pdf),
        "--xlsx", str(xlsx), "--user", "wang",
    )  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.split() == [str(pdf), str(xlsx)]
    assert pdf.read_bytes().startswith(b"%PDF")
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    total = [r for r in ws.iter_rows(min_row=3, values_only=True) if r[1] == "本月累计"][-1]
    assert total[0] == "全店合计" and total[2] == 7


def test_monthly_report_for_one_consultant(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_report_store(sqlite_db)
    user = sign_in_as(sqlite_db, monkeypatch)  # the administrator: the whole store
    xlsx = tmp_path / "month.xlsx"
    assert _run(sqlite_db, *user, "report", "monthly", "--month", "2026-11", "--consultant",
                "bob", "--xlsx", str(xlsx)) == 0  # fmt: skip
    info = list(openpyxl.load_workbook(xlsx).worksheets[-1].iter_rows(values_only=True))
    assert ("销售顾问", "张伟") in info


def test_bad_input_is_refused_clearly(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    build_report_store(sqlite_db)
    user = sign_in_as(sqlite_db, monkeypatch, "wang")
    with pytest.raises(SystemExit):
        _run(sqlite_db, "report", "daily", "--date", "20.11.2026", "--pdf", "x.pdf")
    assert "2026-11-20" in capsys.readouterr().err
    assert _run(sqlite_db, *user, "report", "daily", "--date", "2026-11-20") == 2
    assert _run(sqlite_db, "report", "daily", "--user", "nobody", "--pdf", "x.pdf") == 2
    # A deactivated user may not make reports, even with the right password.
    from showroom.models import Role, User
    from showroom.services.auth import hash_password

    with sqlite_db.session() as s:
        s.add(User(username="gone", display_name="离职", role=Role.CONSULTANT, active=False,
                   password_hash=hash_password(CLI_PASSWORD)))  # fmt: skip
    capsys.readouterr()
    out = tmp_path / "gone.pdf"
    assert (
        _run(sqlite_db, "--lang", "en", "report", "daily", "--user", "gone", "--pdf", str(out)) == 2
    )
    assert "deactivated" in capsys.readouterr().err
    assert not out.exists()
