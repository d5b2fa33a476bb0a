"""The owner's today list shows a colleague's visit (the row's ``visited_by``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from showroom.services.prospect_types import ProspectRow
from ui.prospect_table import ProspectTableModel

TODAY = dt.date.today()


def _row(visited_by: str | None, last_content: str | None) -> ProspectRow:
    return ProspectRow(
        id=1, customer_id=1, customer_name="赵先生", phone="13812345678", marks="",
        level="A", level_rank=2, status="open", consultant_id=1, consultant_name="李丽",
        source=None, model=None, created_on=TODAY, next_followup_on=TODAY,
        last_followup_on=None, last_content=last_content, overdue_days=0,
        visited_by=visited_by,
    )  # fmt: skip


def test_the_today_list_says_who_received_the_customer(qapp: QApplication) -> None:
    model = ProspectTableModel()
    flagged = model.row_texts(_row("张伟", "客户出差"))
    assert "张伟" in flagged[-1] and flagged[-1].endswith(" · 客户出差")
    assert model.row_texts(_row("张伟", None))[-1].count("张伟") == 1
    assert model.row_texts(_row(None, "客户出差"))[-1] == "客户出差"
