"""Recording one follow-up in one small dialog: method, what was said, the customer's
feedback, the level after; the next date is proposed from the level and can be changed.
Keyboard first: the cursor starts in "content", Tab walks the fields, Ctrl+Enter saves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QWidget

from showroom.db import Database
from showroom.i18n import current_language
from showroom.models import FollowUpMethod
from showroom.rules.levels import next_follow_up
from showroom.services.context import Actor
from showroom.services.follow_ups import record_follow_up
from showroom.services.level_rules import LevelInfo, list_levels, skip_weekends
from showroom.sheets.prospects import METHODS

from .prospect_forms import FormDialog, combo, date_edit, select_data, text_edit, to_date


class FollowUpDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        prospect_id: int,
        *,
        customer_name: str,
        level: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Follow-up: {customer}").format(customer=customer_name), parent)
        self.db, self.actor, self.prospect_id = db, actor, prospect_id
        self.today = today or dt.date.today()
        lang = current_language()
        self.levels: dict[str, LevelInfo] = {
            lv.code: lv for lv in list_levels(db) if lv.is_open and lv.active
        }
        self.skip_weekends = skip_weekends(db)

        self.followed_on = date_edit(self.today, self)
        self.followed_on.setMaximumDate(self.followed_on.date())
        self.method = combo([(METHODS[m].text(), str(m)) for m in FollowUpMethod], self)
        self.content = text_edit(self, 80)
        self.feedback = text_edit(self, 56)
        self.level = combo(
            [(f"{lv.code} — {lv.name(lang)}", lv.code) for lv in self.levels.values()], self
        )
        select_data(self.level, level)
        self.next_date = date_edit(None, self)
        self.proposal = QLabel(self)
        self.proposal.setStyleSheet("color: #555;")

        self.add_field("followed_on", self.tr("&Date"), self.followed_on)
        self.add_field("method", self.tr("&Method"), self.method)
        self.add_field("content", self.tr("&What was said"), self.content)
        self.add_field("feedback", self.tr("Customer &feedback"), self.feedback)
        self.add_field("level", self.tr("&Level after"), self.level)
        self.add_field("next_date", self.tr("&Next follow-up"), self.next_date)
        self.form.addRow("", self.proposal)
        self.setTabOrder(self.content, self.feedback)
        self.setTabOrder(self.feedback, self.level)
        self.setTabOrder(self.level, self.next_date)

        self.level.currentIndexChanged.connect(self.propose)
        self.followed_on.dateChanged.connect(self.propose)
        self.propose()
        self.resize(460, self.sizeHint().height())
        self.initial_focus = self.content

    @Slot()
    def propose(self) -> None:
        """Put the level's proposed date in the next-date field (the user may change it)."""
        level = self.levels.get(self.level.currentData())
        proposed = next_follow_up(level, to_date(self.followed_on.date()), self.skip_weekends)
        if proposed is not None:
            self.next_date.setDate(proposed)
            self.proposal.setText(
                self.tr("Proposed from level {level}: every {days} days").format(
                    level=level.code if level else "", days=level.followup_days if level else ""
                )
            )

    def save(self) -> None:
        self.submit(
            lambda: record_follow_up(
                self.db,
                self.actor,
                self.prospect_id,
                method=str(self.method.currentData()),
                content=self.content.toPlainText(),
                feedback=self.feedback.toPlainText(),
                new_level=str(self.level.currentData() or ""),
                next_date=to_date(self.next_date.date()),
                followed_on=to_date(self.followed_on.date()),
            )
        )
