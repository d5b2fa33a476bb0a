"""Call scripts (话术): editable templates per call kind and language, filled safely.

Templates use named placeholders (``{customer}``, ``{model}``, ``{km}``, …). Filling never
fails and never evaluates anything: only known names are replaced, attribute or index
access (``{customer.__class__}``) and unknown names are left as written, and a value the
record does not have shows as "…" so the advisor knows to ask.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from showroom.db import Database
from showroom.defaults import CALL_SCRIPTS
from showroom.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Msg
from showroom.labels import CARE_CALL_KIND
from showroom.models import CallScript, CareCallKind
from showroom.validation import ValidationFailed

from .context import Actor
from .permissions import Permission, allowed, require

CTX = "CallScripts"
MISSING = "…"

#: Placeholder → what it holds (shown beside the editor).
PLACEHOLDERS: Mapping[str, str] = {
    "customer": QT_TRANSLATE_NOOP("CallScripts", "customer's name with Mr/Ms"),
    "name": QT_TRANSLATE_NOOP("CallScripts", "customer's full name"),
    "store": QT_TRANSLATE_NOOP("CallScripts", "store name"),
    "caller": QT_TRANSLATE_NOOP("CallScripts", "your name"),
    "model": QT_TRANSLATE_NOOP("CallScripts", "car model"),
    "plate": QT_TRANSLATE_NOOP("CallScripts", "plate number"),
    "km": QT_TRANSLATE_NOOP("CallScripts", "predicted mileage now"),
    "due_date": QT_TRANSLATE_NOOP("CallScripts", "maintenance due date"),
    "delivered_on": QT_TRANSLATE_NOOP("CallScripts", "delivery date"),
    "insurer": QT_TRANSLATE_NOOP("CallScripts", "insurer"),
    "renewal_date": QT_TRANSLATE_NOOP("CallScripts", "insurance renewal date"),
}

#: Call kinds that have a script, in the order the settings tab lists them.
SCRIPT_KINDS = (
    CareCallKind.DELIVERY_FOLLOWUP,
    CareCallKind.FIRST_MAINTENANCE,
    CareCallKind.MANAGER_CHECK,
    CareCallKind.MAINTENANCE_DUE,
    CareCallKind.INSURANCE,
    CareCallKind.BIRTHDAY,
)


def kind_name(kind: str) -> Msg:
    """The call kind's words (showroom.labels); an unknown kind shows as its code."""
    return CARE_CALL_KIND.label(kind) or Msg(CARE_CALL_KIND.context, kind)


class _SafeValues(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return MISSING


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with its known placeholders replaced by ``values``."""
    out: list[str] = []
    safe = _SafeValues({k: "" if v is None else str(v) for k, v in values.items()})
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:  # unbalanced braces: show the text as written
        return template
    for literal, name, spec, conversion in parsed:
        out.append(literal)
        if name is None:
            continue
        if name in PLACEHOLDERS:
            out.append(safe[name] or MISSING)
        else:  # unknown, positional or attribute access: keep it visible, unevaluated
            tail = (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            out.append("{" + name + tail + "}")
    return "".join(out)


def template_errors(template: str) -> Msg | None:
    """Why a template cannot be saved, or ``None``."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError:
        return Msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "CallScripts", "A brace { or } is not closed; write {{ or }} for a literal brace."
            ),
        )
    unknown = sorted({n for n in names if n not in PLACEHOLDERS})
    if unknown:
        return Msg(
            CTX,
            QT_TRANSLATE_NOOP("CallScripts", "Unknown placeholder: {names}"),
            {"names": ", ".join("{" + n + "}" for n in unknown)},
        )
    return None


@dataclass(frozen=True)
class Script:
    kind: str
    lang: str
    title: str
    body: str
    #: False when the store has not saved its own and the shipped default is shown.
    stored: bool


def _defaults() -> dict[tuple[str, str], tuple[str, str]]:
    return {(kind, lang): (title, body) for kind, lang, title, body in CALL_SCRIPTS}


def scripts(db: Database) -> list[Script]:
    """Every kind in both languages: the store's own, else the shipped default."""
    with db.reader() as session:
        stored = {
            (s.kind, s.lang): s
            for s in session.scalars(select(CallScript).where(CallScript.deleted_at.is_(None)))
        }
    defaults = _defaults()
    found = []
    for kind in SCRIPT_KINDS:
        for lang in LANGUAGES:
            row = stored.get((kind, lang))
            if row is not None:
                found.append(Script(kind, lang, row.title, row.body, True))
            else:
                title, body = defaults.get((kind, lang), ("", ""))
                found.append(Script(kind, lang, title, body, False))
    return found


def script_for(db: Database, kind: str, lang: str) -> Script:
    """The script to read on a call of ``kind``; the other language if this one is empty."""
    by_key = {(s.kind, s.lang): s for s in scripts(db)}
    for candidate in (lang, *LANGUAGES):
        script = by_key.get((kind, candidate))
        if script is not None and script.body.strip():
            return script
    return Script(kind, lang, "", "", False)


def save_script(db: Database, actor: Actor, kind: str, lang: str, title: str, body: str) -> None:
    """Store the store's own wording for ``kind`` in ``lang``."""
    if not (
        allowed(actor, Permission.SETTINGS_MANAGE) or allowed(actor, Permission.AFTERSALES_ALL)
    ):
        require(actor, Permission.SETTINGS_MANAGE)  # raises with the usual message
    errors: dict[str, Msg] = {}
    if lang not in LANGUAGES or kind not in set(CareCallKind):
        errors["kind"] = Msg(
            CTX, QT_TRANSLATE_NOOP("CallScripts", "Unknown call kind or language.")
        )
    if not title.strip():
        errors["title"] = Msg(CTX, QT_TRANSLATE_NOOP("CallScripts", "Give the script a title."))
    if not body.strip():
        errors["body"] = Msg(CTX, QT_TRANSLATE_NOOP("CallScripts", "Write the script."))
    elif (problem := template_errors(body)) is not None:
        errors["body"] = problem
    if errors:
        raise ValidationFailed(errors)
    with db.session(actor.user_id) as session:
        row = session.scalar(
            select(CallScript).where(CallScript.kind == kind, CallScript.lang == lang)
        )
        if row is None:
            session.add(CallScript(kind=kind, lang=lang, title=title.strip(), body=body.strip()))
        else:
            row.title, row.body, row.deleted_at = title.strip(), body.strip(), None
