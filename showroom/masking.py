"""Masking personal data for roles that do not need it in full.

Lists, printouts and exports show ``138****5678`` and ``110***********1234`` unless the
actor's role needs the full number (:func:`sees_full_personal_data`). Masking keeps
enough digits for a receptionist to confirm "the one ending 5678" on the phone.
"""

from __future__ import annotations

from showroom.models import Role
from showroom.services.context import Actor

#: Roles that work with full phone numbers and resident IDs (the manager exports them;
#: the administrator maintains records). Everyone else sees masked values.
FULL_PERSONAL_DATA_ROLES = frozenset({Role.ADMIN, Role.MANAGER})


def sees_full_personal_data(actor: Actor) -> bool:
    return actor.role in FULL_PERSONAL_DATA_ROLES


def mask_middle(value: str | None, keep_start: int, keep_end: int) -> str | None:
    """``value`` with every character but the first/last few replaced by ``*``."""
    if not value:
        return value
    if len(value) <= keep_start + keep_end:
        return "*" * len(value)
    hidden = len(value) - keep_start - keep_end
    return value[:keep_start] + "*" * hidden + value[len(value) - keep_end :]


def mask_phone(value: str | None) -> str | None:
    """``13812345678`` → ``138****5678``; a landline keeps its area code and last four."""
    if not value:
        return value
    if "-" in value:
        area, _, number = value.partition("-")
        return f"{area}-{mask_middle(number, 0, 4)}"
    return mask_middle(value, 3, 4)


def mask_resident_id(value: str | None) -> str | None:
    """``110101199003071234`` → ``110***********1234``."""
    return mask_middle(value, 3, 4)


def phone_for(actor: Actor, value: str | None, owner_id: int | None = None) -> str | None:
    """``value`` in full for managers and for the person the record is assigned to.

    ``owner_id`` is whoever works the record: a prospect's consultant, a care call's or a
    due-list entry's service advisor. They phone that customer as their job, so hiding the
    number from them would only make them reveal it (an audited action) on every call;
    everyone else — colleagues, reception — sees it masked. Resident IDs have no such
    need and stay masked for all but managers (:func:`resident_id_for`).
    """
    if sees_full_personal_data(actor) or (owner_id is not None and owner_id == actor.user_id):
        return value
    return mask_phone(value)


def resident_id_for(actor: Actor, value: str | None) -> str | None:
    return value if sees_full_personal_data(actor) else mask_resident_id(value)


def mask_address(value: str | None) -> str | None:
    """``北京市朝阳区建国路88号2单元301`` → ``北京市朝阳区***…``: the district stays, so a
    colleague can still tell "the one in Chaoyang"; street and door are hidden."""
    return mask_middle(value, 6, 0)


#: The customer card's fields that are masked for whoever may not see them in full, with
#: their masks (the card screen, its PDF and the save that must not store the mask).
CARD_MASKS = {
    "resident_id": mask_resident_id,
    "mobile": mask_phone,
    "home_phone": mask_phone,
    "office_phone": mask_phone,
    "home_address": mask_address,
    "work_address": mask_address,
}


def sees_card_field(actor: Actor, field: str, owner_ids: tuple[int | None, ...] = ()) -> bool:
    """Whether ``actor`` sees the card's ``field`` in full: managers always; the customer's
    own consultant or service advisor (``owner_ids``) their phones and addresses, as
    :func:`phone_for` does on the lists; the resident ID only managers (
    :func:`resident_id_for`). Everyone else sees the mask and may reveal (audited)."""
    if sees_full_personal_data(actor):
        return True
    if field == "resident_id":
        return False
    return actor.user_id in {o for o in owner_ids if o is not None}


def card_value_for(
    actor: Actor, field: str, value: str | None, owner_ids: tuple[int | None, ...] = ()
) -> str | None:
    """``value`` of the card's ``field`` as ``actor`` may see it (masked or in full)."""
    mask = CARD_MASKS.get(field)
    if mask is None or sees_card_field(actor, field, owner_ids):
        return value
    return mask(value)
