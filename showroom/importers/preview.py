"""The first rows of a file as they will be stored: what the wizard's preview shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from showroom.db import Database
from showroom.exports import messages as export_messages
from showroom.i18n import Msg

from .engine import ImportOptions, resolve_layout
from .fields import field_of
from .parsing import Issue, Lookups, RowParser
from .reading import open_rows
from .values import cell_text

#: Fields stored as a reference to a list entry: shown by the name the file used.
_REFERENCES = {"source", "model", "user"}
_YES_NO = {True: export_messages.YES, False: export_messages.NO}


@dataclass(frozen=True)
class PreviewRow:
    number: int
    #: field key → the value as it will be stored, as text
    values: dict[str, str]
    issues: list[Issue]

    @property
    def rejected(self) -> bool:
        return any(i.severity == "error" for i in self.issues)


def shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _YES_NO[value].text()
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, Msg):
        return value.text()
    return str(value)


def preview(
    db: Database, path: str | Path, options: ImportOptions, limit: int = 20
) -> list[PreviewRow]:
    rows: list[PreviewRow] = []
    with open_rows(Path(path), options.sheet) as opened:
        layout, mapping = resolve_layout(opened, options, db)
        with db.reader() as session:
            lookups = Lookups.load(session)
        parser = RowParser(options.kind, mapping, layout.headers, lookups, options.today)
        columns = {key: column for column, key in mapping.items()}
        for number, raw in opened.rows:
            if number <= layout.header_row:
                continue
            row = parser.parse(number, raw)
            if row is None:
                continue
            values = {}
            for key, value in row.values.items():
                spec = field_of(options.kind, key)
                if spec.parser in _REFERENCES and value is not None:
                    column = columns.get(key)
                    values[key] = cell_text(raw[column]) if column is not None else ""
                else:
                    values[key] = shown(value)
            rows.append(PreviewRow(number, values, row.issues))
            if len(rows) >= limit:
                break
    return rows
