"""The export layer's own words: labels of the info sheet, page footers, yes/no.

Each is marked with ``QT_TRANSLATE_NOOP("Exports", ...)`` so ``pyside6-lupdate`` collects it
into the ``Exports`` context of the catalog; sheets bring their own titles and headers.
"""

from __future__ import annotations

from showroom.i18n import QT_TRANSLATE_NOOP, Msg

CONTEXT = "Exports"


def _msg(source: str) -> Msg:
    return Msg(CONTEXT, source)


YES = _msg(QT_TRANSLATE_NOOP("Exports", "Yes"))
NO = _msg(QT_TRANSLATE_NOOP("Exports", "No"))
TOTAL = _msg(QT_TRANSLATE_NOOP("Exports", "Total"))
NO_RECORDS = _msg(QT_TRANSLATE_NOOP("Exports", "No records"))

# The info sheet of a workbook: what was exported, by whom, when, with which filters.
INFO_SHEET = _msg(QT_TRANSLATE_NOOP("Exports", "Export information"))
SHEET = _msg(QT_TRANSLATE_NOOP("Exports", "Sheet"))
PERIOD = _msg(QT_TRANSLATE_NOOP("Exports", "Period"))
STORE = _msg(QT_TRANSLATE_NOOP("Exports", "Store"))
EXPORTED_BY = _msg(QT_TRANSLATE_NOOP("Exports", "Exported by"))
EXPORTED_AT = _msg(QT_TRANSLATE_NOOP("Exports", "Exported at"))
ROW_COUNT = _msg(QT_TRANSLATE_NOOP("Exports", "Rows"))
FILTERS = _msg(QT_TRANSLATE_NOOP("Exports", "Filters"))
NO_FILTERS = _msg(QT_TRANSLATE_NOOP("Exports", "None (all records)"))

# Signature lines at the foot of a printed report.
PREPARED_BY = _msg(QT_TRANSLATE_NOOP("Exports", "Prepared by"))
REVIEWED_BY = _msg(QT_TRANSLATE_NOOP("Exports", "Reviewed by"))
DATE = _msg(QT_TRANSLATE_NOOP("Exports", "Date"))


def label_value(label: str, value: str) -> Msg:
    """ "Consultant: 张三" — the separator differs by language (full-width colon in Chinese)."""
    return Msg(
        CONTEXT, QT_TRANSLATE_NOOP("Exports", "{label}: {value}"), {"label": label, "value": value}
    )


def list_separator() -> Msg:
    """Between the filters of the one-line summary ("；" in Chinese)."""
    return _msg(QT_TRANSLATE_NOOP("Exports", "; "))


def page_of(page: int, pages: int) -> Msg:
    return Msg(
        CONTEXT,
        QT_TRANSLATE_NOOP("Exports", "Page {page} of {pages}"),
        {"page": page, "pages": pages},
    )


def printed_at_by(time: str, user: str) -> Msg:
    return Msg(
        CONTEXT,
        QT_TRANSLATE_NOOP("Exports", "Printed {time} by {user}"),
        {"time": time, "user": user},
    )


def cancelled() -> Msg:
    return _msg(QT_TRANSLATE_NOOP("Exports", "The export was cancelled."))


def file_busy(path: str) -> Msg:
    return Msg(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Exports",
            "Could not write {path}. The file may be open in another program: "
            "close it and try again.",
        ),
        {"path": path},
    )


def too_many_rows(limit: int) -> Msg:
    return Msg(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Exports",
            "Excel holds at most {limit} rows in one sheet. Narrow the filter and export again.",
        ),
        {"limit": limit},
    )
