"""Reverting an import: what it created goes, what it filled in is empty again, later work
by anyone is kept and reported, and the same file imported again comes back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_import_books import xlsx

from showroom.cli import build_parser, run_command
from showroom.db import Database
from showroom.errors import Cancelled
from showroom.importers import ImportOptions, run_import
from showroom.importers.revert import (
    CHANGED_SINCE,
    RevertError,
    list_imports,
    revert_import,
)
from showroom.models import AuditEntry, Customer, ImportBatch, Role, User, Visit
from showroom.services.context import Actor
from showroom.services.permissions import PermissionDenied
from showroom.services.search import search_customers

TODAY = dt.date(2026, 12, 1)
CUSTOMER_HEADER = ["客户姓名", "手机号码", "家庭住址"]
VISIT_HEADER = ["日期", "来店时间", "客户姓名", "联系电话"]


@pytest.fixture
def known(db: Database, actor: Actor) -> int:
    """刘备 is already a customer, with no home address."""
    with db.session(actor.user_id) as s:
        customer = Customer(name="刘备", mobile="13811112222")
        s.add(customer)
        s.flush()
        return customer.id


def _customer_book(path: Path) -> Path:
    return xlsx(path, CUSTOMER_HEADER, [
        ["刘备", "138 1111 2222", "成都"],  # fills the known customer's empty address
        ["孙权", "13955556666", "建业"],  # new
    ])  # fmt: skip


def _visit_book(path: Path) -> Path:
    return xlsx(path, VISIT_HEADER, [
        ["2026-11-03", "10:30", "张三", "13800138000"],  # new visit and new customer
        ["2026-11-04", "09:00", "刘备", "13811112222"],  # new visit of the known customer
    ])  # fmt: skip


def _import(db: Database, actor: Actor, path: Path, kind: str) -> int:
    result = run_import(db, actor, path, ImportOptions(kind, today=TODAY))
    assert result.status == "done" and result.rejected == 0, result.issues
    return result.batch_id


def _live_customers(db: Database) -> dict[str, Customer]:
    with db.reader() as s:
        return {c.name: c for c in s.scalars(select(Customer).where(Customer.deleted_at.is_(None)))}


def _live_visits(db: Database) -> list[str | None]:
    with db.reader() as s:
        return sorted(s.scalars(select(Visit.visitor_name).where(Visit.deleted_at.is_(None))))


def test_revert_removes_what_was_created_and_restores_what_was_filled(
    db: Database, actor: Actor, known: int, tmp_path: Path
) -> None:
    customers_id = _import(db, actor, _customer_book(tmp_path / "c.xlsx"), "customers")
    visits_id = _import(db, actor, _visit_book(tmp_path / "v.xlsx"), "visits")
    assert set(_live_customers(db)) == {"刘备", "孙权", "张三"}
    assert _live_customers(db)["刘备"].home_address == "成都"
    assert _live_visits(db) == ["刘备", "张三"]
    calls: list[tuple[int, int]] = []

    visits = revert_import(db, actor, visits_id, progress=lambda d, t: calls.append((d, t)))

    # The two visits and the customer the visit log brought in go; 刘备 stays.
    assert (visits.deleted, visits.restored, visits.kept) == (3, 0, [])
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert _live_visits(db) == []
    assert set(_live_customers(db)) == {"刘备", "孙权"}
    assert search_customers(db, "13800138000") == []

    customers = revert_import(db, actor, customers_id)

    assert (customers.deleted, customers.restored, customers.kept) == (1, 1, [])
    live = _live_customers(db)
    assert set(live) == {"刘备"} and live["刘备"].home_address is None
    assert search_customers(db, "13955556666") == []
    assert [h.id for h in search_customers(db, "13811112222")] == [known]
    with db.reader() as s:
        batches = {b.id: b for b in s.scalars(select(ImportBatch))}
        audits = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "revert_import").order_by(AuditEntry.id)
        ).all()
        address_audit = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "customers",
                                     AuditEntry.entity_id == known)
            .order_by(AuditEntry.id.desc())
        ).first()  # fmt: skip
    assert batches[visits_id].status == batches[customers_id].status == "reverted"
    assert batches[customers_id].reverted_by_id == actor.user_id
    assert [(a.entity_id, a.user_id, a.changes["deleted"]) for a in audits] == [
        (visits_id, actor.user_id, 3),
        (customers_id, actor.user_id, 1),
    ]
    assert address_audit is not None and address_audit.changes["home_address"] == ["成都", None]


def test_later_work_is_kept_and_reported(
    db: Database, actor: Actor, known: int, tmp_path: Path
) -> None:
    batch_id = _import(db, actor, _customer_book(tmp_path / "c.xlsx"), "customers")
    with db.session(actor.user_id) as s:
        liu = s.get(Customer, known)
        sun = s.scalars(select(Customer).where(Customer.name == "孙权")).one()
        assert liu is not None
        liu.home_address = "成都武侯祠"  # someone corrected the imported address
        sun_id = sun.id
    # 孙权 came in with the import, then visited: his card now holds later work.
    with db.session(actor.user_id) as s:
        s.add(Visit(visit_date=dt.date(2026, 12, 2), arrived_at=dt.datetime(2026, 12, 2, 10),
                    customer_id=sun_id, visitor_name="孙权", phone="13955556666"))  # fmt: skip

    result = revert_import(db, actor, batch_id)

    assert (result.deleted, result.restored) == (0, 0)
    assert sorted((k.row, k.entity, k.entity_id) for k in result.kept) == [
        (2, "customers", known), (3, "customers", sun_id),
    ]  # fmt: skip
    assert next(k for k in result.kept if k.entity_id == known).reason == CHANGED_SINCE
    live = _live_customers(db)
    assert live["刘备"].home_address == "成都武侯祠" and "孙权" in live


def test_revert_twice_is_refused_and_reimport_brings_the_rows_back(
    db: Database, actor: Actor, known: int, tmp_path: Path
) -> None:
    path = _visit_book(tmp_path / "v.xlsx")
    batch_id = _import(db, actor, path, "visits")
    revert_import(db, actor, batch_id)

    with pytest.raises(RevertError) as refused:
        revert_import(db, actor, batch_id)
    assert "already been reverted" in refused.value.msg.text("en")
    with pytest.raises(RevertError):
        revert_import(db, actor, 999_999)

    again = run_import(db, actor, path, ImportOptions("visits", today=TODAY))

    assert (again.created, again.already) == (2, 0)
    assert _live_visits(db) == ["刘备", "张三"]
    assert set(_live_customers(db)) == {"刘备", "张三"}
    # …and that import can itself be reverted.
    assert revert_import(db, actor, again.batch_id).deleted == 3


def test_a_cancelled_revert_changes_nothing(
    db: Database, actor: Actor, known: int, tmp_path: Path
) -> None:
    batch_id = _import(db, actor, _visit_book(tmp_path / "v.xlsx"), "visits")

    with pytest.raises(Cancelled):
        revert_import(db, actor, batch_id, progress=lambda done, total: done == 0)

    assert _live_visits(db) == ["刘备", "张三"]
    assert list_imports(db)[0].status == "done"


def test_only_managers_may_revert(db: Database, actor: Actor, known: int, tmp_path: Path) -> None:
    batch_id = _import(db, actor, _visit_book(tmp_path / "v.xlsx"), "visits")
    with db.session(actor.user_id) as s:
        user = User(username="xiaowang", display_name="小王", role=Role.CONSULTANT)
        s.add(user)
        s.flush()
        consultant = Actor(user.id, user.username, user.display_name, Role.CONSULTANT)

    with pytest.raises(PermissionDenied):
        revert_import(db, consultant, batch_id)
    assert list_imports(db)[0].status == "done"


def test_command_line_lists_and_reverts(
    sqlite_db: Database, known_sqlite: int, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from cli_support import sign_in_as

    path = _visit_book(tmp_path / "访客.xlsx")
    user = sign_in_as(sqlite_db, monkeypatch)

    def run(*argv: str) -> int:
        args = build_parser([]).parse_args(["--db", sqlite_db.url, "--lang", "en", *user, *argv])
        return run_command(args)

    assert run("import", str(path), "--kind", "visits") == 0
    capsys.readouterr()
    batch_id = list_imports(sqlite_db)[0].id

    assert run("import", "--list") == 0
    listed = capsys.readouterr().out
    assert "访客.xlsx" in listed and "Visitor log" in listed and str(batch_id) in listed

    assert run("import", "--revert", str(batch_id)) == 0
    assert "3 records removed" in capsys.readouterr().out
    assert _live_visits(sqlite_db) == []

    assert run("import", "--revert", str(batch_id)) == 2
    assert "already been reverted" in capsys.readouterr().err
    assert run("import", "--list") == 0
    assert "Reverted" in capsys.readouterr().out


@pytest.fixture
def known_sqlite(sqlite_db: Database) -> int:
    from showroom.services.store import default_actor

    with sqlite_db.session(default_actor(sqlite_db).user_id) as s:
        customer = Customer(name="刘备", mobile="13811112222")
        s.add(customer)
        s.flush()
        return customer.id


def test_history_dialog_reverts_the_chosen_import(
    qtbot: QtBot, sqlite_db: Database, known_sqlite: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from showroom.services.store import default_actor
    from ui.import_history import ImportHistoryDialog

    actor = default_actor(sqlite_db)
    older = _import(sqlite_db, actor, _customer_book(tmp_path / "c.xlsx"), "customers")
    newer = _import(sqlite_db, actor, _visit_book(tmp_path / "访客.xlsx"), "visits")
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    dialog = ImportHistoryDialog(sqlite_db, actor)
    qtbot.addWidget(dialog)
    dialog.show()

    table = dialog.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [str(newer), str(older)]
    assert table.item(0, 3).text() == "访客.xlsx" and table.item(0, 5).text() == "2"
    assert dialog.selected() is not None and dialog.selected().id == newer  # type: ignore[union-attr]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the older import: the customer list
    assert dialog.selected().id == older  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)

    assert asked and "c.xlsx" in asked[0]
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30000)
    assert dialog.last_result is not None
    assert (dialog.last_result.deleted, dialog.last_result.restored) == (1, 1)
    assert dialog.last_result.summary.text() in dialog.status.text()
    statuses = {r.id: r.status for r in list_imports(sqlite_db)}
    assert statuses == {newer: "done", older: "reverted"}
    assert set(_live_customers(sqlite_db)) == {"刘备", "张三"}
    # The reverted import cannot be reverted again from here.
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == str(older))
    table.selectRow(row)
    assert not dialog.revert_button.isEnabled()
