"""The importer's own words: reasons in the report, summary lines, field names.

Every message is a :class:`~showroom.i18n.Msg` in the ``Import`` context, so the report is
shown and exported in the user's language; placeholders are filled after translation.
"""

from __future__ import annotations

from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.labels import IMPORT_KIND

CONTEXT = "Import"


def msg(source: str, **params: object) -> Msg:
    return Msg(CONTEXT, source, params)


# --- reading the file ------------------------------------------------------------------
def unsupported_file(suffix: str) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP(
            "Import",
            "Files of type “{suffix}” cannot be imported; please save the workbook as "
            "Excel (.xlsx) or CSV.",
        ),
        suffix=suffix,
    )


def unreadable_file(detail: str) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Import", "The file cannot be read: {detail}"),
        detail=detail,
    )


def no_sheet(name: str) -> Msg:
    return msg(QT_TRANSLATE_NOOP("Import", "The workbook has no sheet named “{name}”."), name=name)


NO_HEADER = msg(
    QT_TRANSLATE_NOOP(
        "Import", "No header row was found: the sheet needs a row of column names above the data."
    )
)


def required_unmapped(fields: str) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP(
            "Import", "Choose a column for every required field before importing: {fields}."
        ),
        fields=fields,
    )


# --- values ----------------------------------------------------------------------------
def required_missing(field: str) -> Msg:
    return msg(QT_TRANSLATE_NOOP("Import", "“{field}” is required but empty."), field=field)


BAD_DATE = msg(
    QT_TRANSLATE_NOOP(
        "Import",
        "Not a date; write dates as 2026-11-03, 2026/11/3 or 2026年11月3日.",
    )
)
BAD_TIME = msg(QT_TRANSLATE_NOOP("Import", "Not a time; write times as 14:30."))
BAD_NUMBER = msg(QT_TRANSLATE_NOOP("Import", "Not a number."))
BAD_WHOLE_NUMBER = msg(QT_TRANSLATE_NOOP("Import", "Not a whole number."))
NEGATIVE = msg(QT_TRANSLATE_NOOP("Import", "The number cannot be negative."))
BAD_YES_NO = msg(QT_TRANSLATE_NOOP("Import", "Write 是 or 否 (yes or no)."))
ID_AS_NUMBER = msg(
    QT_TRANSLATE_NOOP(
        "Import",
        "The resident ID was stored as a number in Excel, which loses its last digits; "
        "format the column as text and type the ID again.",
    )
)
LEFT_BEFORE_ARRIVING = msg(
    QT_TRANSLATE_NOOP(
        "Import",
        "The visitor left before arriving; the departure time is kept in the visit's notes.",
    )
)


def departure_kept(value: str) -> Msg:
    """What the visit's notes keep of a departure that could not be the departure."""
    return msg(QT_TRANSLATE_NOOP("Import", "Departure as imported: {value}"), value=value)
FUTURE_DATE = msg(QT_TRANSLATE_NOOP("Import", "The date lies in the future; please check it."))


def too_large(largest: str) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Import", "The number is too large; the largest accepted is {largest}."),
        largest=largest,
    )


UNCACHED_FORMULA = msg(
    QT_TRANSLATE_NOOP(
        "Import",
        "This cell holds a formula with no saved value: open and save the file in Excel, or "
        "paste the column as values.",
    )
)


def too_long(count: int, limit: int) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Import", "The text has {count} characters; at most {limit} fit."),
        count=count,
        limit=limit,
    )


def not_in_list(value: str, choices: str) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Import", "“{value}” is not one of: {choices}."),
        value=value,
        choices=choices,
    )


def unknown_reference(value: str) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP(
            "Import",
            "“{value}” is not in the store's list; the field was left empty. Add it under "
            "Settings and import the row again if it matters.",
        ),
        value=value,
    )


def unknown_user(value: str) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP(
            "Import", "No staff member is called “{value}”; the field was left empty."
        ),
        value=value,
    )


# --- rows ------------------------------------------------------------------------------
NEED_PHONE_OR_ID = msg(
    QT_TRANSLATE_NOOP(
        "Import",
        "The customer needs a mobile number or a resident ID, so that the same person is "
        "never entered twice.",
    )
)
NEED_PLATE_OR_VIN = msg(QT_TRANSLATE_NOOP("Import", "The vehicle needs a plate number or a VIN."))
NEED_OWNER = msg(
    QT_TRANSLATE_NOOP(
        "Import",
        "The owner is not in the database; give the owner's name with a mobile number or "
        "resident ID.",
    )
)
NEED_VEHICLE = msg(
    QT_TRANSLATE_NOOP(
        "Import",
        "No vehicle with this plate or VIN is in the database; give the owner's name and "
        "mobile to create it.",
    )
)
NEED_VISITOR = msg(QT_TRANSLATE_NOOP("Import", "A visit needs the visitor's name or phone number."))


def ambiguous_match(count: int) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP(
            "Import",
            "{count} customers in the database have this number; the row was not imported. "
            "Merge the duplicates first or import the row by hand.",
        ),
        count=count,
    )


CONFLICTING_MATCH = msg(
    QT_TRANSLATE_NOOP(
        "Import",
        "The mobile number and the resident ID belong to two different customers in the "
        "database; the row was not imported.",
    )
)


def same_as_row(row: int) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Import", "Same as row {row} of this file; combined with it."),
        row=row,
    )


POLICY_FILL = msg(QT_TRANSLATE_NOOP("Import", "empty fields were filled in"))
POLICY_OVERWRITE = msg(QT_TRANSLATE_NOOP("Import", "its fields were overwritten"))
POLICY_SKIP = msg(QT_TRANSLATE_NOOP("Import", "left unchanged"))


def already_in_database(record_id: int, policy: Msg) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP("Import", "Already in the database (no. {id}): {policy}."),
        id=record_id,
        policy=policy.text(),
    )


def other_owner(record_id: int) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP(
            "Import",
            "The vehicle is registered to another customer (no. {id}); the owner was not changed.",
        ),
        id=record_id,
    )


# --- report sheet ----------------------------------------------------------------------
REPORT_TITLE = msg(QT_TRANSLATE_NOOP("Import", "Import report"))
COL_ROW = msg(QT_TRANSLATE_NOOP("Import", "Row"))
COL_COLUMN = msg(QT_TRANSLATE_NOOP("Import", "Column"))
COL_VALUE = msg(QT_TRANSLATE_NOOP("Import", "Value"))
COL_OUTCOME = msg(QT_TRANSLATE_NOOP("Import", "Outcome"))
COL_REASON = msg(QT_TRANSLATE_NOOP("Import", "Reason"))
OUTCOME_REJECTED = msg(QT_TRANSLATE_NOOP("Import", "Not imported"))
OUTCOME_DOUBTFUL = msg(QT_TRANSLATE_NOOP("Import", "Imported, please check"))
OUTCOME_NOTE = msg(QT_TRANSLATE_NOOP("Import", "Note"))
FILTER_FILE = msg(QT_TRANSLATE_NOOP("Import", "File"))
FILTER_KIND = msg(QT_TRANSLATE_NOOP("Import", "Kind"))

#: What each kind of import is called (the words are showroom.labels').
KIND_NAMES = IMPORT_KIND

POLICY_NAMES = {
    "fill": msg(QT_TRANSLATE_NOOP("Import", "Fill in empty fields")),
    "overwrite": msg(QT_TRANSLATE_NOOP("Import", "Overwrite")),
    "skip": msg(QT_TRANSLATE_NOOP("Import", "Skip")),
}


def summary(created: int, updated: int, skipped: int, already: int, rejected: int) -> Msg:
    return msg(
        QT_TRANSLATE_NOOP(
            "Import",
            "{created} new, {updated} updated, {skipped} unchanged, {already} imported "
            "before, {rejected} not imported.",
        ),
        created=created,
        updated=updated,
        skipped=skipped,
        already=already,
        rejected=rejected,
    )


CANCELLED = msg(
    QT_TRANSLATE_NOOP(
        "Import",
        "The import was stopped. The rows counted above are saved; importing the file again "
        "adds the rest without duplicates.",
    )
)

TEMPLATE_EXAMPLE = msg(QT_TRANSLATE_NOOP("Import", "Example row: replace it with your data."))
