"""The one way a customer record is made, and its derived columns kept true.

Every writer — the card's form (:mod:`.customers`), the visitor log (:mod:`.visits`), the
importer and the demo generator — builds customers here, so however a person was entered
the derived columns are the same: birthday and sex read from a valid resident ID when not
given, and the search keys of :func:`showroom.keys.customer_keys` (pinyin, initials, the
mobile's last four digits, the birthday's month-day).

:func:`customer_columns` returns plain column values, so the demo's bulk INSERTs and the
ORM writers share one derivation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from showroom.keys import customer_keys
from showroom.models import Customer
from showroom.validation import resident_id_info


def customer_columns(values: Mapping[str, Any], *, identity: bool = True) -> dict[str, Any]:
    """``values`` (column → value) with the derived columns filled in; ``identity=False``
    leaves birthday and sex as they are (only the search keys follow)."""
    out = dict(values)
    resident_id = out.get("resident_id")
    info = resident_id_info(resident_id) if identity and resident_id else None
    if info is not None:
        if out.get("birthday") is None:
            out["birthday"] = info.birth_date
        if out.get("sex") is None:
            out["sex"] = info.sex
    out.update(customer_keys(out.get("name") or "", out.get("mobile"), out.get("birthday")))
    return out


def new_customer(**values: Any) -> Customer:
    """A new, unsaved customer: the caller adds it to its session (or to an import batch)."""
    return Customer(**customer_columns(values))


def refresh_derived(customer: Customer, *, identity: bool = True) -> None:
    """Sets the derived columns again after the customer's own fields changed (an edit, an
    imported update; a merge or its undo with ``identity=False``, which puts fields back
    exactly as they were). Only columns whose value moves are touched."""
    own = {
        "name": customer.name,
        "mobile": customer.mobile,
        "birthday": customer.birthday,
        "sex": customer.sex,
        "resident_id": customer.resident_id,
    }
    for attr, value in customer_columns(own, identity=identity).items():
        if getattr(customer, attr) != value:
            setattr(customer, attr, value)
