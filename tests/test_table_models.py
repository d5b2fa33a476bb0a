"""The screen's table models without a window: rows, headers, sorting, paging, masking.

Each model is built directly (no page, no view) and fed plain service rows, or rows from
the database where the service's masking is what is tested. Colours are checked against
the palette, the one place they are defined.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from customers_support import new_customer
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication

from showroom import i18n, labels, palette
from showroom.db import Database
from showroom.exports import Column, ColumnKind, RowStyle, SheetSpec
from showroom.exports.columns import StyledRow
from showroom.i18n import Msg
from showroom.models import Role, User
from showroom.services.audit_log import AuditRow
from showroom.services.complaints import Clock, ComplaintRow
from showroom.services.context import Actor
from showroom.services.customer_marks import set_mark
from showroom.services.prospect_types import ProspectPage, ProspectRow
from showroom.services.service_lists import BirthdayRow
from showroom.services.store import store_info
from showroom.services.visit_types import VisitPage, VisitRow
from showroom.sheets.service_lists import COLUMNS as SERVICE_COLUMNS
from showroom.sheets.service_lists import ServiceList
from showroom.sheets.visits import COLUMNS as VISIT_COLUMNS
from ui.complaint_tab import ComplaintModel
from ui.customers_page import CustomerListModel
from ui.history_dialog import AuditTableModel
from ui.paged_model import ROW_ROLE, Page, PagedTableModel
from ui.pages import PageContext
from ui.prospect_table import ProspectTableModel
from ui.report_table import ReportTableModel
from ui.service_table import ServiceTableModel
from ui.translations import install_translators, remove_translators
from ui.visit_table import VisitTableModel

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 20)
DISPLAY = Qt.ItemDataRole.DisplayRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The program's own translators, as the running program installs them."""
    translators = install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def english(qapp: QApplication) -> None:
    """Stored codes' words in English, the source language: true on any catalog."""
    i18n.set_language("en")


def _header(model: Any, section: int) -> str:
    return model.headerData(section, Qt.Orientation.Horizontal, DISPLAY)


def _text(model: Any, row: int, column: int) -> str:
    return model.data(model.index(row, column), DISPLAY)


def _fill(model: Any, row: int) -> str | None:
    brush = model.data(model.index(row, 0), BACKGROUND)
    assert brush is None or isinstance(brush, QBrush)
    return brush.color().name().upper() if brush is not None else None


def _column(columns: Any, key: str) -> int:
    return [c.key for c in columns].index(key)


def _sort_requests(model: Any) -> list[tuple[str, bool]]:
    seen: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, descending: seen.append((key, descending)))
    return seen


# --------------------------------------------------------------------- shared paging


class _Numbers(PagedTableModel[int]):
    def __init__(self) -> None:
        super().__init__([Column("n", Msg("VisitSheet", "Party"), ColumnKind.INT)])

    def row_texts(self, row: int) -> list[str]:
        return [str(row)]


def _counted(numbers: list[int], asked: list[tuple[int, int]]) -> Any:
    def fetch(offset: int, limit: int) -> Page[int]:
        asked.append((offset, limit))
        return Page(numbers[offset : offset + limit], len(numbers))

    return fetch


def test_paging_fetches_the_next_page_and_stops_at_the_counted_end(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.paged_model.PAGE_SIZE", 2)
    model, asked = _Numbers(), []
    model.load(_counted(list(range(5)), asked))
    assert model.rowCount() == 2 and model.total == 5 and model.canFetchMore()
    model.fetchMore()
    assert [model.row(i) for i in range(model.rowCount())] == [0, 1, 2, 3]
    model.fetchMore()
    assert model.rowCount() == 5 and not model.canFetchMore()
    model.fetchMore()  # at the end: the service is not asked again
    assert asked == [(0, 2), (2, 2), (4, 2)]
    assert _text(model, 4, 0) == "4"


def test_uncounted_paging_goes_on_until_a_page_comes_back_empty(qapp: QApplication) -> None:
    pages = {0: [1, 2], 2: [3], 3: []}
    model = _Numbers()
    model.load(lambda offset, _limit: Page(pages[offset], None))
    assert model.total is None
    while model.canFetchMore():
        model.fetchMore()
    assert model.rows() == [1, 2, 3]


def test_a_list_that_shrank_since_it_was_counted_stops_where_the_rows_end(
    qapp: QApplication,
) -> None:
    model = _Numbers()
    model.load(lambda offset, _limit: Page([7, 8] if offset == 0 else [], 10))
    model.fetchMore()
    assert model.rowCount() == 2 and model.total == 2 and not model.canFetchMore()


def test_rows_shown_without_a_fetch_are_the_whole_list(qapp: QApplication) -> None:
    model = _Numbers()
    model.show_rows([4, 5])
    assert model.total == 2 and not model.canFetchMore()
    assert model.data(model.index(1, 0), ROW_ROLE) == 5
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children


# ---------------------------------------------------------------------- visitor log


def _visit(n: int, *, departed: bool = True, kind: str = "walk_in", **fields: Any) -> VisitRow:
    arrived = dt.datetime(2026, 11, 20, 9, 0) + dt.timedelta(minutes=10 * n)
    values: dict[str, Any] = {
        "id": n, "visit_date": TODAY, "kind": kind, "arrived_at": arrived,
        "departed_at": arrived + dt.timedelta(minutes=45) if departed else None,
        "visitor_name": f"客人{n}", "sex": "M", "phone": "138****5678", "party_size": 2,
        "is_first_visit": True, "source_name": None, "referrer_name": None,
        "model_name": None, "intended_colour": None, "purchase_type": "first",
        "level_given": "H", "test_drive": False, "contact_left": True, "consultant_id": None,
        "consultant_name": "李丽", "customer_id": None, "prospect_id": None, "notes": None,
    }  # fmt: skip
    values.update(fields)
    return VisitRow(**values)


def test_visit_rows_read_as_the_sheet_writes_them(english: None) -> None:
    model = VisitTableModel()
    model.set_rows([_visit(1), _visit(2, departed=False, kind="call")], TODAY)
    assert model.columnCount() == len(VISIT_COLUMNS) and model.rowCount() == 2
    first = model.texts(0)
    assert first[_column(VISIT_COLUMNS, "visit_date")] == "2026-11-20"
    assert first[_column(VISIT_COLUMNS, "duration")] == "0:45"
    assert first[_column(VISIT_COLUMNS, "kind")] == "Walk-in"
    assert first[_column(VISIT_COLUMNS, "sex")] == "M"
    assert first[_column(VISIT_COLUMNS, "purchase_type")] == "First car"
    assert model.texts(1)[_column(VISIT_COLUMNS, "kind")] == "Call"
    assert model.data(model.index(1, 0), ROW_ROLE).id == 2


def test_visit_headers_are_translated(chinese: None) -> None:
    model = VisitTableModel()
    assert _header(model, _column(VISIT_COLUMNS, "visit_date")) == "日期"
    assert _header(model, _column(VISIT_COLUMNS, "visitor_name")) == "姓名"


def test_a_walk_in_still_in_the_showroom_is_highlighted(qapp: QApplication) -> None:
    model = VisitTableModel()
    model.set_rows([_visit(1), _visit(2, departed=False), _visit(3, departed=False)], TODAY)
    assert _fill(model, 0) is None
    assert _fill(model, 1) == palette.HIGHLIGHT_FILL
    model.set_rows(model.rows(), TODAY + dt.timedelta(days=1))  # the next morning: gone
    assert _fill(model, 1) is None


def test_sorting_a_visit_column_asks_the_database(qapp: QApplication) -> None:
    model = VisitTableModel()
    requests = _sort_requests(model)
    model.sort(_column(VISIT_COLUMNS, "arrived_at"), Qt.SortOrder.DescendingOrder)
    model.sort(_column(VISIT_COLUMNS, "visitor_name"))
    model.sort(len(VISIT_COLUMNS))  # no such column: nothing asked
    assert requests == [("arrived_at", True), ("visitor_name", False)]


def test_visit_pages_come_until_the_log_is_complete(qapp: QApplication) -> None:
    log = [_visit(n) for n in range(1, 8)]
    offsets: list[int] = []

    def more(offset: int) -> VisitPage:
        offsets.append(offset)
        rows = log[offset : offset + 3]
        return VisitPage(rows, truncated=offset + 3 < len(log))

    model = VisitTableModel()
    model.set_rows(log[:3], TODAY, more=more)
    assert model.load_until(6) == 5  # fetches until the visit is loaded, no further
    assert offsets == [3] and model.canFetchMore()
    assert model.load_until(99) == -1  # not in the log: every page read, then no more
    assert offsets == [3, 6] and model.rowCount() == 7 and not model.canFetchMore()


# -------------------------------------------------------------------------- prospects


def _prospect(n: int, overdue_days: int = 0, marks: str = "") -> ProspectRow:
    return ProspectRow(
        id=n, customer_id=n, customer_name=f"客户{n}", phone="139****0000", marks=marks,
        level="H", level_rank=1, status="open", consultant_id=None, consultant_name="李丽",
        source=None, model=None, created_on=TODAY, next_followup_on=TODAY,
        last_followup_on=None, last_content=None, overdue_days=overdue_days,
    )  # fmt: skip


def test_prospect_pages_overdue_rows_and_marks(
    english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.paged_model.PAGE_SIZE", 2)
    rows = [_prospect(1, overdue_days=3, marks="vip"), _prospect(2), _prospect(3)]
    asked: list[tuple[int, int]] = []

    def loader(offset: int, limit: int) -> ProspectPage:
        asked.append((offset, limit))
        return ProspectPage(rows[offset : offset + limit], len(rows))

    model = ProspectTableModel()
    page = model.load(loader)
    assert isinstance(page, ProspectPage)  # the page's counts reach the page's counts bar
    assert model.total == 3 and model.rowCount() == 2
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore() and asked == [(0, 2), (2, 2)]
    assert _text(model, 0, 0) == "客户1 [VIP]"
    assert _text(model, 0, 3) == "Following up"
    assert _fill(model, 0) == palette.WARNING_FILL and _fill(model, 1) is None
    level = model.data(model.index(0, 2), Qt.ItemDataRole.FontRole)
    assert level is not None and level.bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None


# ---------------------------------------------------------------------- service lists


def _birthday(n: int, marks: tuple[str, ...] = ()) -> BirthdayRow:
    return BirthdayRow(
        customer_id=n, customer=f"车主{n}", phone="137****1111",
        birthday=dt.date(1990, 11, 25), next_birthday=dt.date(2026, 11, 25),
        loyalty_class="L2", value_class=None, marks=marks,
    )  # fmt: skip


def test_service_list_hides_paper_columns_pages_and_sorts(english: None) -> None:
    pages = {0: [_birthday(1, ("difficult",)), _birthday(2, ("vip",))], 2: [_birthday(3)], 3: []}
    model = ServiceTableModel(ServiceList.BIRTHDAYS)
    model.load(lambda offset: (pages[offset], None), TODAY)
    keys = [c.key for c in model.columns]
    assert "outcome" not in keys and len(keys) == len(SERVICE_COLUMNS[ServiceList.BIRTHDAYS]) - 3
    assert model.total is None and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 3
    assert model.texts(0)[keys.index("age")] == "36"
    assert model.texts(0)[keys.index("loyalty")] == "Missed one"
    assert [_fill(model, i) for i in range(3)] == [
        palette.WARNING_FILL,
        palette.HIGHLIGHT_FILL,
        None,
    ]
    requests = _sort_requests(model)
    model.sort(keys.index("birthday"), Qt.SortOrder.DescendingOrder)
    assert requests == [("birthday", True)]


def test_service_headers_are_translated(chinese: None) -> None:
    model = ServiceTableModel(ServiceList.BIRTHDAYS)
    assert _header(model, _column(model.columns, "birthday")) == "生日"


# ---------------------------------------------------------------------- customer list


def _consultant(db: Database) -> Actor:
    with db.session() as session:
        user = User(username="li", display_name="李顾问", role=Role.CONSULTANT)
        session.add(user)
        session.flush()
        return Actor(user.id, "li", "李顾问", Role.CONSULTANT)


def _customers(db: Database, actor: Actor) -> list[int]:
    ids = [
        new_customer(db, actor, name, mobile=f"1381234567{n}")
        for n, name in enumerate(["赵一", "钱二", "孙三", "李四", "周五"])
    ]
    set_mark(db, actor, ids[0], "vip", "集团高管")
    set_mark(db, actor, ids[3], "difficult", "多次无理投诉")
    return ids


def _customer_model(db: Database, actor: Actor) -> CustomerListModel:
    from showroom.services.customer_list import CustomerFilter

    model = CustomerListModel(PageContext(db, actor, store_info(db)))
    model.load(CustomerFilter(), {})
    return model


def test_customer_list_pages_and_tints_special_customers(
    qapp: QApplication, db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.paged_model.PAGE_SIZE", 2)
    _customers(db, actor)
    model = _customer_model(db, actor)
    assert model.total == 5 and model.rowCount() == 2
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5
    names = {model.row(i).name: i for i in range(5)}  # type: ignore[union-attr]
    assert len(names) == 5
    assert _fill(model, names["赵一"]) == palette.HIGHLIGHT_FILL
    assert _fill(model, names["李四"]) == palette.WARNING_FILL
    assert _fill(model, names["钱二"]) is None
    vip = _text(model, names["赵一"], 0)
    assert vip.endswith("赵一") and "VIP" in vip  # the badge before the name


def test_a_role_that_may_not_see_phones_gets_them_masked(
    qapp: QApplication, db: Database, actor: Actor
) -> None:
    _customers(db, actor)
    mobile = _column(_customer_model(db, actor).columns, "mobile")

    def shown(model: CustomerListModel) -> set[str]:
        return {_text(model, row, mobile) for row in range(model.rowCount())}

    assert shown(_customer_model(db, actor)) == {f"1381234567{n}" for n in range(5)}
    masked = shown(_customer_model(db, _consultant(db)))
    assert masked == {f"138****567{n}" for n in range(5)}


def test_customer_headers_are_translated(chinese: None, db: Database, actor: Actor) -> None:
    model = _customer_model(db, actor)
    assert _header(model, _column(model.columns, "mobile")) == "手机"


# ------------------------------------------------------------------------- reports


def test_report_rows_format_like_the_printout_and_totals_are_grey(qapp: QApplication) -> None:
    spec = SheetSpec(
        Msg("Test", "Report"),
        [Column("name", Msg("VisitSheet", "Name")), Column("amount", Msg("Test", "Amount"),
                                                          ColumnKind.MONEY)],
    )  # fmt: skip
    rows = [
        {"name": "李丽", "amount": Decimal("1234.5")},
        StyledRow({"name": "合计", "amount": Decimal("2000")}, style=RowStyle.TOTAL),
    ]
    model = ReportTableModel()
    model.set_sheet(spec, rows)
    assert model.row_texts(0) == ["李丽", "1,234.50"]
    assert _fill(model, 0) is None and _fill(model, 1) == palette.TOTAL_FILL
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    right = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight


# ------------------------------------------------------------------------ complaints


def _complaint(n: int, status: str, *, overdue: bool = False, closed: bool = False) -> ComplaintRow:
    received = dt.datetime(2026, 11, 20, 9, 30)
    return ComplaintRow(
        id=n, received_at=received, customer_id=None, customer="王五", phone=None,
        plate="粤B12345", channel="phone", category=None, category_en=None, content="异响",
        status=status, assignee=None, gm_notified_at=None, answered_at=None,
        closed_at=received if closed else None, answer=None, resolution=None,
        clock=Clock(received, received, gm_overdue=overdue, answer_overdue=False),
    )  # fmt: skip


def test_complaints_show_their_status_and_open_ones_are_red(english: None) -> None:
    model = ComplaintModel()
    model.set_rows(
        [
            _complaint(1, "open", overdue=True),
            _complaint(2, "escalated"),
            _complaint(3, "closed", closed=True),
        ]
    )
    assert model.rowCount() == 3 and model.columnCount() == 9
    assert [_text(model, i, 4) for i in range(3)] == ["Open", "Escalated", "Closed"]
    assert _text(model, 0, 0) == "11-20 09:30"
    assert [_fill(model, i) for i in range(3)] == [
        palette.OVERDUE_FILL,
        palette.WARNING_FILL,
        None,
    ]


def test_complaint_headers_are_translated(chinese: None) -> None:
    assert _header(ComplaintModel(), 0) == "受理时间"


# ------------------------------------------------------------------------ audit trail


def _audit(n: int, entity_id: int | None = 5) -> AuditRow:
    return AuditRow(
        id=n, at=dt.datetime(2026, 11, 20, 10, 0, n), user_id=1, user="admin",
        action="update", entity="customers", entity_id=entity_id,
        changes={"mobile": ["138", "139"], "name": "张三"}, workstation="desk-1",
    )  # fmt: skip


def test_audit_rows_appended_in_pages(chinese: None) -> None:
    model = AuditTableModel([_audit(1)])
    model.append_rows([_audit(2, entity_id=None)])
    model.append_rows([])
    assert model.rowCount() == 2 and model.columnCount() == len(AuditTableModel.COLUMNS)
    assert _header(model, 0) == "时间"
    record = AuditTableModel.COLUMNS.index("record")
    changes = AuditTableModel.COLUMNS.index("changes")
    assert _text(model, 0, 0) == "2026-11-20 10:00:01"
    assert [_text(model, i, record) for i in range(2)] == ["customers #5", "customers"]
    assert _text(model, 0, changes) == "mobile: 138 → 139; name: 张三"
    tooltip = model.data(model.index(0, changes), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "mobile: 138 → 139\nname: 张三"
    assert model.index(0, 0).parent() == QModelIndex()


# ------------------------------------------------------------------ labels and palette


def test_every_stored_code_has_its_word_in_its_own_context() -> None:
    from showroom import models

    families = [
        (labels.SEX, models.Sex), (labels.SEX_SHORT, models.Sex), (labels.ROLE, models.Role),
        (labels.MARK_KIND, models.MarkKind), (labels.VALUE_CLASS, models.ValueClass),
        (labels.LOYALTY_CLASS, models.LoyaltyClass), (labels.VISIT_KIND, models.VisitKind),
        (labels.PURCHASE_TYPE, models.PurchaseType), (labels.PAYMENT, models.Payment),
        (labels.FOLLOW_UP_METHOD, models.FollowUpMethod),
        (labels.PROSPECT_STATUS, models.ProspectStatus),
        (labels.CARE_CALL_KIND, models.CareCallKind), (labels.CALL_OUTCOME, models.CallOutcome),
        (labels.COMPLAINT_STATUS, models.ComplaintStatus),
    ]  # fmt: skip
    for family, enum in families:
        assert set(family) == {str(code) for code in enum}, family.context
    contexts = {family.context for family in labels.FAMILIES}
    assert len(contexts) == len(labels.FAMILIES) - 1  # the two forms of sex share "Sex"
    for family in labels.FAMILIES:
        assert all(message.context == family.context for message in family.values())


def test_a_code_without_a_word_is_shown_as_stored() -> None:
    assert labels.SEX.text(None) == "" and labels.SEX.label("") is None
    assert labels.MARK_KIND.text("gold_club", "en") == "gold_club"  # a newer version's code
    assert labels.PAYMENT.text("loan", "en") == "Loan"
    assert labels.VISIT_KIND.choices("en") == [("Walk-in", "walk_in"), ("Call", "call")]


def test_the_total_row_is_the_same_grey_on_screen_on_paper_and_in_the_workbook() -> None:
    from showroom.exports import excel, pdf

    assert excel.ROW_FILLS[RowStyle.TOTAL] == palette.TOTAL_FILL.removeprefix("#")
    assert "#" + pdf.ROW_FILLS[RowStyle.TOTAL].hexval()[2:].upper() == palette.TOTAL_FILL
    assert set(excel.ROW_FILLS) == set(pdf.ROW_FILLS) == set(palette.ROW_FILLS)


#: The palette, and the window theme (window, base, selection: no row's meaning).
_COLOUR_HOMES = {ROOT / "showroom" / "palette.py", ROOT / "ui" / "style.py"}
_COLOUR_CALL = re.compile(r"""(QColor|HexColor)\(\s*["']#?[0-9A-Fa-f]{6}""")


def test_no_row_colour_is_defined_outside_the_palette() -> None:
    fills = {palette.HIGHLIGHT_FILL, palette.WARNING_FILL, palette.OVERDUE_FILL, palette.TOTAL_FILL}
    bare = {fill.removeprefix("#").upper() for fill in fills} | {"EDEDED"}
    offenders = []
    for path in [*(ROOT / "showroom").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        if path in _COLOUR_HOMES:
            continue
        text = path.read_text(encoding="utf-8")
        if _COLOUR_CALL.search(text) or any(
            re.search(rf"\b{colour}\b", text, re.IGNORECASE) for colour in bare
        ):
            offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, offenders
