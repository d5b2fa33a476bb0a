"""The one export entry: every sheet goes through it, it refuses a role without the
sheet's permission, audits by one rule, and a cancelled export leaves no file."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from export_checks import chinese  # noqa: F401  (autouse: Chinese, as shipped)
from prospects_support import Staff, add_customer, add_staff
from report_store import DAY, build_report_store
from sqlalchemy import func, select

from showroom.db import Database
from showroom.errors import Cancelled, UserError
from showroom.models import AuditEntry, Role
from showroom.services.audit_log import AuditFilter
from showroom.services.context import Actor
from showroom.services.customer_list import CustomerFilter
from showroom.services.permissions import ROLE_PERMISSIONS, PermissionDenied
from showroom.services.prospect_types import ProspectFilter
from showroom.services.prospects import open_prospect
from showroom.services.visit_types import VisitFilter
from showroom.sheets.audit_log import AuditLogSheet
from showroom.sheets.base import Format, Sheet, registered
from showroom.sheets.customer_card import CustomerCardSheet
from showroom.sheets.customers import CustomersSheet
from showroom.sheets.daily_report import DailyReportSheet
from showroom.sheets.export import AUDIT_ACTIONS, Destination, export, record_printed
from showroom.sheets.funnel import FunnelSheet
from showroom.sheets.import_report import ImportReportSheet
from showroom.sheets.monthly_report import MonthlyReportSheet
from showroom.sheets.prospects import ProspectCardSheet, ProspectListSheet
from showroom.sheets.service_lists import ListRequest, ServiceList, ServiceListSheet
from showroom.sheets.visits import VisitsSheet

TODAY = dt.date.today()


class Records:
    """A small store: the staff, one customer, one prospect of theirs."""

    def __init__(self, db: Database) -> None:
        self.staff: Staff = add_staff(db)
        self.customer = add_customer(db, name="赵建国")
        with db.session() as s:
            self.prospect = open_prospect(
                s, self.staff.alice, customer_id=self.customer, level_code="B",
                consultant_id=self.staff.alice.user_id, today=TODAY,
            ).id  # fmt: skip


#: One instance of every sheet. A new sheet module must add its own here (checked below).
SAMPLES: dict[type[Sheet], Callable[[Records], Sheet]] = {
    DailyReportSheet: lambda r: DailyReportSheet(TODAY),
    MonthlyReportSheet: lambda r: MonthlyReportSheet(TODAY),
    FunnelSheet: lambda r: FunnelSheet(TODAY.replace(day=1), TODAY),
    VisitsSheet: lambda r: VisitsSheet(VisitFilter(start=TODAY, end=TODAY)),
    CustomersSheet: lambda r: CustomersSheet(CustomerFilter()),
    CustomerCardSheet: lambda r: CustomerCardSheet(r.customer),
    ProspectListSheet: lambda r: ProspectListSheet(ProspectFilter()),
    ProspectCardSheet: lambda r: ProspectCardSheet(r.prospect),
    ServiceListSheet: lambda r: ServiceListSheet(ListRequest(ServiceList.DUE)),
    AuditLogSheet: lambda r: AuditLogSheet(AuditFilter()),
    ImportReportSheet: lambda r: ImportReportSheet((), "customers.xlsx", "customers"),
}
SHEETS = sorted(SAMPLES, key=lambda cls: cls.__name__)


def _audit(db: Database) -> list[AuditEntry]:
    with db.reader() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action.in_(["export", "print"]))
                .order_by(AuditEntry.id)
            )
        )


def test_every_registered_sheet_has_a_sample() -> None:
    assert set(registered()) == set(SAMPLES)


@pytest.mark.parametrize("sheet_class", SHEETS, ids=lambda cls: cls.__name__)
def test_every_sheet_goes_through_the_one_entry(
    db: Database, tmp_path: Path, sheet_class: type[Sheet]
) -> None:
    records = Records(db)
    sheet = SAMPLES[sheet_class](records)
    for fmt in sheet.formats:
        path = tmp_path / sheet.file_name(fmt)
        output = export(db, records.staff.manager, sheet, fmt, path, lang="zh_CN")
        assert output.path == path and path.stat().st_size > 0
        if fmt is Format.XLSX:
            assert "导出信息" in openpyxl.load_workbook(path).sheetnames
        else:
            assert path.read_bytes().startswith(b"%PDF")
    entries = _audit(db)
    assert [(e.action, e.entity, e.entity_id, e.changes["format"]) for e in entries] == [
        ("export", sheet.entity, sheet.entity_id, fmt.value) for fmt in sheet.formats
    ]
    assert {e.user_id for e in entries} == {records.staff.manager.user_id}


@pytest.mark.parametrize("sheet_class", SHEETS, ids=lambda cls: cls.__name__)
def test_every_sheet_refuses_a_role_without_its_permission(
    db: Database, tmp_path: Path, sheet_class: type[Sheet], monkeypatch: pytest.MonkeyPatch
) -> None:
    records = Records(db)
    sheet = SAMPLES[sheet_class](records)

    def computed(*_args: object) -> None:
        raise AssertionError("the sheet was computed before the permission was checked")

    monkeypatch.setattr(sheet_class, "content", computed)
    granted = dict(ROLE_PERMISSIONS)
    assert sheet.permissions
    for role, permission in itertools.product(Role, sheet.permissions):
        # Each role of the program, with one of the sheet's permissions taken away.
        monkeypatch.setitem(ROLE_PERMISSIONS, role, granted[role] - {permission})  # type: ignore[arg-type]
        actor = Actor(records.staff.manager.user_id, "who", "谁", role)
        for fmt in sheet.formats:
            path = tmp_path / f"refused.{fmt}"
            with pytest.raises(PermissionDenied) as refused:
                export(db, actor, sheet, fmt, path)
            assert refused.value.permission in sheet.permissions
            assert refused.value.permission not in ROLE_PERMISSIONS[role]
            assert not path.exists()
        monkeypatch.setitem(ROLE_PERMISSIONS, role, granted[role])  # type: ignore[arg-type]
    assert _audit(db) == []


def test_the_audit_rule_a_saved_file_is_an_export_paper_a_print(
    db: Database, tmp_path: Path
) -> None:
    staff = build_report_store(db)
    sheet = DailyReportSheet(DAY)
    export(db, staff.manager, sheet, Format.PDF, tmp_path / "day.pdf")
    export(db, staff.manager, sheet, Format.XLSX, tmp_path / "day.xlsx")
    previewed = export(
        db, staff.manager, sheet, "pdf", tmp_path / "preview.pdf", destination=Destination.PREVIEW
    )
    assert previewed.path.exists()
    assert [(e.action, e.changes["file"]) for e in _audit(db)] == [
        ("export", "day.pdf"),
        ("export", "day.xlsx"),
    ]  # the preview alone is not audited …
    record_printed(db, staff.manager, previewed, pages=2)
    printed = _audit(db)[-1]  # … its printing is
    assert (printed.action, printed.entity, printed.changes["format"]) == (
        "print", "daily_report", "pdf",
    )  # fmt: skip
    assert printed.changes["pages"] == 2 and printed.changes["day"] == DAY.isoformat()
    assert AUDIT_ACTIONS == {
        Destination.FILE: "export",
        Destination.PREVIEW: None,
        Destination.PRINTER: "print",
    }


def test_a_sheet_refuses_a_format_it_has_not(db: Database, tmp_path: Path) -> None:
    records = Records(db)
    with pytest.raises(ValueError, match="no xlsx"):
        export(db, records.staff.manager, CustomerCardSheet(records.customer), "xlsx",
               tmp_path / "card.xlsx")  # fmt: skip
    assert not (tmp_path / "card.xlsx").exists()


@pytest.mark.parametrize("fmt", list(Format))
def test_a_cancelled_export_leaves_no_file(db: Database, tmp_path: Path, fmt: Format) -> None:
    staff = build_report_store(db)
    folder = tmp_path / "out"
    folder.mkdir()
    fresh = folder / f"new.{fmt}"
    kept = folder / f"old.{fmt}"
    kept.write_bytes(b"the file from yesterday")
    for path in (fresh, kept):
        with pytest.raises(Cancelled) as stopped:
            export(db, staff.manager, DailyReportSheet(DAY), fmt, path, lambda done, total: False)
        assert isinstance(stopped.value, UserError)
        assert stopped.value.msg.text("zh_CN") == "导出已取消。"
    assert not fresh.exists()
    assert kept.read_bytes() == b"the file from yesterday"
    assert sorted(p.name for p in folder.iterdir()) == [kept.name]  # no partial file
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "export"
        )) == 0  # fmt: skip
