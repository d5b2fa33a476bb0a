"""One file row → the values to store, with every problem found on the way.

:class:`Lookups` holds the store's lists (sources, car models, staff, levels, service
types) loaded once per import, so a consultant written "王磊" or a model written "日产
轩逸" becomes the id the forms would have stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom import validation
from showroom.i18n import Msg
from showroom.models import CarModel, LevelRule, RefItem, RefKind, User

from . import messages as m
from . import values as v
from .fields import REQUIRED, FieldSpec, field_of, fields_of, normalise_header

Severity = str  # "error" (row not imported) | "warning" (imported, check it) | "note"


@dataclass(frozen=True)
class Issue:
    row: int
    column: str
    field: str
    value: str
    reason: Msg
    severity: Severity = "error"


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]
    issues: list[Issue] = field(default_factory=list)
    #: The header of the column each field came from (for the report).
    columns: dict[str, str] = field(default_factory=dict)

    @property
    def rejected(self) -> bool:
        return any(i.severity == "error" for i in self.issues)

    def issue(self, key: str, reason: Msg, severity: Severity = "error") -> None:
        value = self.values.get(key)
        self.issues.append(
            Issue(self.number, self.columns.get(key, ""), key, _shown(value), reason, severity)
        )

    def fingerprint(self, kind: str) -> str:
        """The same values give the same hash, whatever file or column order they came in."""
        payload = json.dumps(
            [kind, sorted((k, _shown(val)) for k, val in self.values.items() if val is not None)],
            ensure_ascii=False,
        )
        return hashlib.sha1(payload.encode("utf-8")).hexdigest()


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return v.cell_text(value) if not isinstance(value, dt.date | dt.time) else value.isoformat()


def _key(text: str) -> str:
    return normalise_header(text)


@dataclass
class Lookups:
    sources: dict[str, int]
    service_types: dict[str, str]
    models: dict[str, int]
    users: dict[str, int]
    levels: dict[str, LevelRule]

    @classmethod
    def load(cls, session: Session) -> Lookups:
        sources: dict[str, int] = {}
        service_types: dict[str, str] = {}
        for item in session.scalars(
            select(RefItem).where(
                RefItem.kind.in_([RefKind.SOURCE, RefKind.SERVICE_TYPE]),
                RefItem.deleted_at.is_(None),
            )
        ):
            names = (item.code, item.name_zh, item.name_en)
            for name in names:
                if item.kind == RefKind.SOURCE:
                    sources.setdefault(_key(name), item.id)
                else:
                    service_types.setdefault(_key(name), item.code)
        models: dict[str, int] = {}
        for model in session.scalars(select(CarModel).where(CarModel.deleted_at.is_(None))):
            for name in (model.name, model.name_en or "", model.brand + model.name):
                if name:
                    models.setdefault(_key(name), model.id)
        users: dict[str, int] = {}
        for user in session.scalars(select(User).where(User.deleted_at.is_(None))):
            users.setdefault(_key(user.display_name), user.id)
            users.setdefault(_key(user.username), user.id)
        levels = {
            rule.code.upper(): rule
            for rule in session.scalars(
                select(LevelRule).where(LevelRule.deleted_at.is_(None), LevelRule.active)
            )
        }
        for rule in levels.values():
            session.expunge(rule)
        return cls(sources, service_types, models, users, levels)


def _reference(
    table: Mapping[str, Any], unknown: Callable[[str], v.Parsed]
) -> Callable[[object], v.Parsed]:
    """A name from one of the store's lists → its id or code; ``unknown`` says what an
    unlisted name gives (a warning and no value, or an error)."""

    def parse(raw: object) -> v.Parsed:
        text = v.cell_text(raw)
        if not text:
            return v.EMPTY
        found = table.get(_key(text))
        return unknown(text) if found is None else v.Parsed(found)

    return parse


def _left_empty(message: Callable[[str], Msg]) -> Callable[[str], v.Parsed]:
    return lambda text: v.Parsed(warning=message(text))


def _refused(table: Mapping[str, Any]) -> Callable[[str], v.Parsed]:
    shown = "、".join(sorted(k for k in table if not k.isascii()) or sorted(table))
    return lambda text: v.Parsed(error=m.not_in_list(text, shown))


SEXES = {"男": "M", "男性": "M", "先生": "M", "m": "M", "male": "M",
         "女": "F", "女性": "F", "女士": "F", "f": "F", "female": "F"}  # fmt: skip
VISIT_KINDS = {"来店": "walk_in", "到店": "walk_in", "进店": "walk_in", "展厅": "walk_in",
               "walkin": "walk_in", "walk-in": "walk_in", "visit": "walk_in",
               "来电": "call", "电话": "call", "call": "call", "phone": "call"}  # fmt: skip
PURCHASE_TYPES = {"首购": "first", "首次购车": "first", "first": "first",
                  "增购": "additional", "additional": "additional",
                  "换购": "replacement", "置换": "replacement", "replacement": "replacement",
                  "trade-in": "replacement"}  # fmt: skip
PAYMENTS = {"现金": "cash", "全款": "cash", "一次性付款": "cash", "cash": "cash",
            "贷款": "loan", "分期": "loan", "按揭": "loan", "loan": "loan"}  # fmt: skip


def build_parsers(lookups: Lookups) -> dict[str, Callable[[object], v.Parsed]]:
    levels = {code.lower(): code for code in lookups.levels}
    return {
        "name": v.checked(lambda t: validation.check_name(t, required=False)),
        "mobile": v.checked(validation.check_mobile),
        "phone": v.checked(validation.check_phone),
        "resident_id": v.parse_resident_id,
        "plate": v.checked(validation.check_plate),
        "vin": v.checked(validation.check_vin),
        "email": v.checked(validation.check_email),
        "postcode": v.parse_postcode,
        "date": v.parse_date,
        "day": v.parse_day,
        "time": v.parse_datetime,
        "int": v.parse_int,
        "money": v.parse_money,
        "bool": v.parse_bool,
        "sex": v.choice_parser(SEXES, "男、女"),
        "visit_kind": v.choice_parser(VISIT_KINDS, "来店、来电"),
        "purchase_type": v.choice_parser(PURCHASE_TYPES, "首购、增购、换购"),
        "payment": v.choice_parser(PAYMENTS, "现金、贷款"),
        "source": _reference(lookups.sources, _left_empty(m.unknown_reference)),
        "model": _reference(lookups.models, _left_empty(m.unknown_reference)),
        "user": _reference(lookups.users, _left_empty(m.unknown_user)),
        "level": _reference(levels, _refused(levels)),
        "service_type": _reference(lookups.service_types, _refused(lookups.service_types)),
    }


class RowParser:
    """Parses the rows of one sheet with one mapping (column index → field key)."""

    def __init__(
        self,
        kind: str,
        mapping: Mapping[int, str],
        headers: Sequence[str],
        lookups: Lookups,
        today: dt.date | None = None,
    ) -> None:
        self.kind = kind
        self.today = today or dt.date.today()
        parsers = build_parsers(lookups)
        self.columns: list[tuple[int, FieldSpec, Callable[[object], v.Parsed], str]] = []
        for column, key in sorted(mapping.items()):
            spec = field_of(kind, key)
            limit_parser = v.text_parser(spec.limit) if spec.parser == "text" else None
            header = headers[column] if column < len(headers) else ""
            self.columns.append((column, spec, limit_parser or parsers[spec.parser], header))
        self.mapped = set(mapping.values())

    def parse(self, number: int, raw: Sequence[object]) -> ParsedRow | None:
        """The parsed row, or None for a row with nothing in the mapped columns."""
        cells = [(raw[c] if c < len(raw) else None) for c, *_ in self.columns]
        if all(v.is_blank(cell) for cell in cells):
            return None
        row = ParsedRow(number, {})
        for cell, (_column, spec, parse, header) in zip(cells, self.columns, strict=True):
            row.columns[spec.key] = header
            if isinstance(cell, v.UncachedFormula):  # the value is unknown, not empty
                row.issues.append(
                    Issue(number, header, spec.key, cell.formula, m.UNCACHED_FORMULA, "error")
                )
                continue
            result = parse(cell)
            if result.error is not None:
                row.issues.append(
                    Issue(number, header, spec.key, v.cell_text(cell), result.error, "error")
                )
                continue
            row.values[spec.key] = result.value
            if result.warning is not None:
                row.issues.append(
                    Issue(number, header, spec.key, v.cell_text(cell), result.warning, "warning")
                )
        _FINISH.get(self.kind, _no_finish)(row, self.today)
        failed = {i.field for i in row.issues if i.severity == "error"}
        for group in REQUIRED[self.kind]:
            if all(row.values.get(k) is None for k in group) and not failed & set(group):
                labels = " / ".join(field_of(self.kind, k).label.text() for k in group)
                mapped = next((k for k in group if k in row.columns), group[0])
                row.issues.append(
                    Issue(number, row.columns.get(mapped, ""), mapped, "",
                          m.required_missing(labels), "error")
                )  # fmt: skip
        return row


def _no_finish(row: ParsedRow, today: dt.date) -> None:
    pass


def _combine(day: dt.date | None, value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.time) and day is not None:
        return dt.datetime.combine(day, value)
    return None


def _finish_visit(row: ParsedRow, today: dt.date) -> None:
    values = row.values
    arrived = values.get("arrived_at")
    stamp = values.get("visit_date")
    if isinstance(stamp, dt.datetime):
        values["visit_date"] = stamp.date()
        if arrived is None:
            arrived = stamp
    if values.get("visit_date") is None and isinstance(arrived, dt.datetime):
        values["visit_date"] = arrived.date()
    day = values.get("visit_date")
    if day is None:
        values.pop("arrived_at", None)
        return
    values["arrived_at"] = _combine(day, arrived) or dt.datetime.combine(day, dt.time())
    departed = _combine(day, values.get("departed_at"))
    values["departed_at"] = departed
    if departed is not None and departed < values["arrived_at"]:
        # Nothing imported is dropped: the value that cannot be a departure stays readable
        # in the visit's notes, and the row is listed in the report.
        row.issue("departed_at", m.LEFT_BEFORE_ARRIVING, "warning")
        values["departed_at"] = None
        kept = m.departure_kept(departed.strftime("%Y-%m-%d %H:%M")).text()
        notes = values.get("notes")
        values["notes"] = f"{notes}\n{kept}" if notes else kept
    if day > today:
        row.issue("visit_date", m.FUTURE_DATE, "warning")


def _finish_service(row: ParsedRow, today: dt.date) -> None:
    day = row.values.get("service_date")
    if day is not None and day > today:
        row.issue("service_date", m.FUTURE_DATE, "warning")


_FINISH: dict[str, Callable[[ParsedRow, dt.date], None]] = {
    "visits": _finish_visit,
    "services": _finish_service,
}


def field_labels(kind: str) -> dict[str, str]:
    return {spec.key: spec.label.text() for spec in fields_of(kind)}
