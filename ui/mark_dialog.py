"""A manager marks a customer fleet, VIP or difficult, and says why."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from showroom.db import Database
from showroom.models import MarkKind
from showroom.services.context import Actor
from showroom.services.customer_marks import set_mark

from .customer_card_fields import as_form_errors
from .labels import mark_label
from .prospect_forms import FormDialog, combo


class MarkDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        customer_id: int,
        taken: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Special mark"), parent)
        self.db, self.actor, self.customer_id = db, actor, customer_id
        kinds = [(mark_label(kind), kind.value) for kind in MarkKind if kind not in taken]
        self.kind: QComboBox = self.add_field(  # type: ignore[assignment]
            "kind", self.tr("&Mark"), combo(kinds, self)
        )
        self.reason = self.add_field("reason", self.tr("&Why"), QLineEdit(self))
        self.reason.setPlaceholderText(self.tr("e.g. company fleet of 12 cars"))
        self.initial_focus = self.reason
        self.setMinimumWidth(400)

    def save(self) -> None:
        self.submit(self._save)

    def _save(self) -> int:
        with as_form_errors():
            return set_mark(
                self.db,
                self.actor,
                self.customer_id,
                self.kind.currentData() or "",
                self.reason.text(),
            )
