"""Words for the codes the database stores: one table per code family, one home for all.

The database keeps codes (``"M"``, ``"walk_in"``, ``"L2"``); the screens, the printouts,
the workbooks and the command line show these words. Each family has its own
translation context, named after the code's enum (``"Sex"``, ``"VisitKind"``), so the
same English word in two families ("Open" complaint, "Open" order) can read differently
in Chinese, and a translator sees what a word labels.

Every source is marked with ``QT_TRANSLATE_NOOP(context, source)`` so ``pyside6-lupdate``
collects it; a label is a :class:`~showroom.i18n.Msg`, translated when shown, in
whichever language is asked (the GUI's, or a printout's).

To add a code: add its word to its family here (the context literal must be the family's).
To add a family: a new :class:`CodeLabels` with a new context, named after the enum.
Nothing else defines words for stored codes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from showroom.i18n import QT_TRANSLATE_NOOP, Msg
from showroom.models import (
    CallOutcome,
    CareCallKind,
    ComplaintStatus,
    FollowUpMethod,
    LoyaltyClass,
    MarkKind,
    Payment,
    ProspectStatus,
    PurchaseType,
    Role,
    Sex,
    ValueClass,
    VisitKind,
)


class CodeLabels(Mapping[str, Msg]):
    """The words of one family of codes: ``labels[code]`` is the code's :class:`Msg`.

    The messages are made once, so a sheet may compare a cell with ``is``. Iterating
    gives the codes in the order written here (the order choice lists show).
    """

    def __init__(self, context: str, sources: Mapping[str, str]) -> None:
        self.context = context
        self._messages = {str(code): Msg(context, source) for code, source in sources.items()}

    def __getitem__(self, code: str) -> Msg:
        return self._messages[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._messages)

    def __len__(self) -> int:
        return len(self._messages)

    def label(self, code: str | None) -> Msg | None:
        """The code's word; ``None`` for no code or a code this version does not know."""
        return self._messages.get(code) if code else None

    def text(self, code: str | None, lang: str | None = None) -> str:
        """The code's word as text: empty for no code, the code itself when unknown (a
        newer version wrote it), so nothing stored is ever hidden."""
        if not code:
            return ""
        message = self._messages.get(code)
        return message.text(lang) if message is not None else code

    def choices(self, lang: str | None = None) -> list[tuple[str, str]]:
        """(word, code) pairs for a choice list, in this family's order."""
        return [(message.text(lang), code) for code, message in self._messages.items()]


SEX = CodeLabels(
    "Sex",
    {Sex.MALE: QT_TRANSLATE_NOOP("Sex", "Male"), Sex.FEMALE: QT_TRANSLATE_NOOP("Sex", "Female")},
)
#: The one-letter form of a sheet's narrow column (the same word in Chinese: 男/女).
SEX_SHORT = CodeLabels(
    "Sex", {Sex.MALE: QT_TRANSLATE_NOOP("Sex", "M"), Sex.FEMALE: QT_TRANSLATE_NOOP("Sex", "F")}
)

ROLE = CodeLabels(
    "Role",
    {
        Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
        Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Showroom manager"),
        Role.CONSULTANT: QT_TRANSLATE_NOOP("Role", "Sales consultant"),
        Role.RECEPTION: QT_TRANSLATE_NOOP("Role", "Reception"),
        Role.SERVICE_ADVISOR: QT_TRANSLATE_NOOP("Role", "Service advisor"),
    },
)

# ----------------------------------------------------------------------- customers

MARK_KIND = CodeLabels(
    "MarkKind",
    {
        MarkKind.FLEET: QT_TRANSLATE_NOOP("MarkKind", "Fleet"),
        MarkKind.VIP: QT_TRANSLATE_NOOP("MarkKind", "VIP"),
        MarkKind.DIFFICULT: QT_TRANSLATE_NOOP("MarkKind", "Blacklist"),
    },
)
VALUE_CLASS = CodeLabels(
    "ValueClass",
    {
        ValueClass.PLATINUM: QT_TRANSLATE_NOOP("ValueClass", "Platinum"),
        ValueClass.GOLD: QT_TRANSLATE_NOOP("ValueClass", "Gold"),
        ValueClass.IRON: QT_TRANSLATE_NOOP("ValueClass", "Iron"),
        ValueClass.LEAD: QT_TRANSLATE_NOOP("ValueClass", "Lead"),
    },
)
LOYALTY_CLASS = CodeLabels(
    "LoyaltyClass",
    {
        LoyaltyClass.EVERY_TIME: QT_TRANSLATE_NOOP("LoyaltyClass", "Came every time"),
        LoyaltyClass.MISSED_ONE: QT_TRANSLATE_NOOP("LoyaltyClass", "Missed one"),
        LoyaltyClass.MISSED_TWO: QT_TRANSLATE_NOOP("LoyaltyClass", "Missed two"),
        LoyaltyClass.MISSED_THREE_FOUR: QT_TRANSLATE_NOOP("LoyaltyClass", "Missed three or four"),
        LoyaltyClass.MISSED_MORE: QT_TRANSLATE_NOOP("LoyaltyClass", "Missed more than four"),
    },
)
#: How the customer likes to be reached (``customers.preferred_contact``).
CONTACT_METHOD = CodeLabels(
    "ContactMethod",
    {
        "phone": QT_TRANSLATE_NOOP("ContactMethod", "Phone call"),
        "sms": QT_TRANSLATE_NOOP("ContactMethod", "SMS"),
        "wechat": QT_TRANSLATE_NOOP("ContactMethod", "WeChat"),
        "email": QT_TRANSLATE_NOOP("ContactMethod", "E-mail"),
        "visit": QT_TRANSLATE_NOOP("ContactMethod", "Visit"),
    },
)

# ------------------------------------------------------------------ visits and sales

VISIT_KIND = CodeLabels(
    "VisitKind",
    {
        VisitKind.WALK_IN: QT_TRANSLATE_NOOP("VisitKind", "Walk-in"),
        VisitKind.CALL: QT_TRANSLATE_NOOP("VisitKind", "Call"),
    },
)
PURCHASE_TYPE = CodeLabels(
    "PurchaseType",
    {
        PurchaseType.FIRST: QT_TRANSLATE_NOOP("PurchaseType", "First car"),
        PurchaseType.ADDITIONAL: QT_TRANSLATE_NOOP("PurchaseType", "Additional"),
        PurchaseType.REPLACEMENT: QT_TRANSLATE_NOOP("PurchaseType", "Replacement"),
    },
)
PAYMENT = CodeLabels(
    "Payment",
    {
        Payment.CASH: QT_TRANSLATE_NOOP("Payment", "Cash"),
        Payment.LOAN: QT_TRANSLATE_NOOP("Payment", "Loan"),
    },
)
FOLLOW_UP_METHOD = CodeLabels(
    "FollowUpMethod",
    {
        FollowUpMethod.PHONE: QT_TRANSLATE_NOOP("FollowUpMethod", "Phone"),
        FollowUpMethod.VISIT: QT_TRANSLATE_NOOP("FollowUpMethod", "Showroom visit"),
        FollowUpMethod.MESSAGE: QT_TRANSLATE_NOOP("FollowUpMethod", "SMS / WeChat"),
        FollowUpMethod.HOME_VISIT: QT_TRANSLATE_NOOP("FollowUpMethod", "Home visit"),
    },
)
PROSPECT_STATUS = CodeLabels(
    "ProspectStatus",
    {
        ProspectStatus.OPEN: QT_TRANSLATE_NOOP("ProspectStatus", "Following up"),
        ProspectStatus.ORDERED: QT_TRANSLATE_NOOP("ProspectStatus", "Ordered"),
        ProspectStatus.LOST: QT_TRANSLATE_NOOP("ProspectStatus", "Lost"),
    },
)

# ------------------------------------------------------------------------ after-sales

CARE_CALL_KIND = CodeLabels(
    "CareCallKind",
    {
        CareCallKind.DELIVERY_FOLLOWUP: QT_TRANSLATE_NOOP("CareCallKind", "Call after delivery"),
        CareCallKind.FIRST_MAINTENANCE: QT_TRANSLATE_NOOP(
            "CareCallKind", "First maintenance reminder"
        ),
        CareCallKind.MANAGER_CHECK: QT_TRANSLATE_NOOP("CareCallKind", "Manager's call"),
        CareCallKind.MAINTENANCE_DUE: QT_TRANSLATE_NOOP("CareCallKind", "Maintenance due"),
        CareCallKind.INSURANCE: QT_TRANSLATE_NOOP("CareCallKind", "Insurance renewal"),
        CareCallKind.BIRTHDAY: QT_TRANSLATE_NOOP("CareCallKind", "Birthday greeting"),
        CareCallKind.INSPECTION: QT_TRANSLATE_NOOP("CareCallKind", "Annual inspection"),
        CareCallKind.SATISFACTION: QT_TRANSLATE_NOOP("CareCallKind", "Satisfaction call"),
    },
)
CALL_OUTCOME = CodeLabels(
    "CallOutcome",
    {
        CallOutcome.REACHED: QT_TRANSLATE_NOOP("CallOutcome", "Reached"),
        CallOutcome.BOOKED: QT_TRANSLATE_NOOP("CallOutcome", "Booked a visit"),
        CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("CallOutcome", "No answer"),
        CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("CallOutcome", "Wrong number"),
        CallOutcome.DECLINED: QT_TRANSLATE_NOOP("CallOutcome", "Declined"),
    },
)
COMPLAINT_STATUS = CodeLabels(
    "ComplaintStatus",
    {
        ComplaintStatus.OPEN: QT_TRANSLATE_NOOP("ComplaintStatus", "Open"),
        ComplaintStatus.ESCALATED: QT_TRANSLATE_NOOP("ComplaintStatus", "Escalated"),
        ComplaintStatus.ANSWERED: QT_TRANSLATE_NOOP("ComplaintStatus", "Answered"),
        ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("ComplaintStatus", "Closed"),
    },
)

# ------------------------------------------------------------------ audit and imports

#: ``audit_log.action``: what was done to a record.
AUDIT_ACTION = CodeLabels(
    "AuditAction",
    {
        "create": QT_TRANSLATE_NOOP("AuditAction", "created"),
        "update": QT_TRANSLATE_NOOP("AuditAction", "changed"),
        "delete": QT_TRANSLATE_NOOP("AuditAction", "deleted"),
        "restore": QT_TRANSLATE_NOOP("AuditAction", "restored"),
        "purge": QT_TRANSLATE_NOOP("AuditAction", "removed"),
        "merge": QT_TRANSLATE_NOOP("AuditAction", "merged"),
        "unmerge": QT_TRANSLATE_NOOP("AuditAction", "merge undone"),
        "import": QT_TRANSLATE_NOOP("AuditAction", "imported"),
        "export": QT_TRANSLATE_NOOP("AuditAction", "exported"),
        "print": QT_TRANSLATE_NOOP("AuditAction", "printed"),
        "reveal": QT_TRANSLATE_NOOP("AuditAction", "revealed personal data"),
        "login": QT_TRANSLATE_NOOP("AuditAction", "signed in"),
        "logout": QT_TRANSLATE_NOOP("AuditAction", "signed out"),
        "login_fail": QT_TRANSLATE_NOOP("AuditAction", "failed sign-in"),
        "setup": QT_TRANSLATE_NOOP("AuditAction", "administrator set up"),
    },
)

#: ``import_batches.kind``: what a file imported.
IMPORT_KIND = CodeLabels(
    "ImportKind",
    {
        "customers": QT_TRANSLATE_NOOP("ImportKind", "Customers"),
        "vehicles": QT_TRANSLATE_NOOP("ImportKind", "Vehicles"),
        "visits": QT_TRANSLATE_NOOP("ImportKind", "Visitor log"),
        "prospects": QT_TRANSLATE_NOOP("ImportKind", "Prospects"),
        "services": QT_TRANSLATE_NOOP("ImportKind", "Service records"),
    },
)
#: ``import_batches.status``.
IMPORT_STATUS = CodeLabels(
    "ImportStatus",
    {
        "running": QT_TRANSLATE_NOOP("ImportStatus", "Running"),
        "done": QT_TRANSLATE_NOOP("ImportStatus", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("ImportStatus", "Stopped part-way"),
        "failed": QT_TRANSLATE_NOOP("ImportStatus", "Failed"),
        # Its process was gone (a crash, a closed lid): its saved batches can be reverted,
        # or the file imported again to complete it.
        "interrupted": QT_TRANSLATE_NOOP("ImportStatus", "Interrupted"),
        "reverted": QT_TRANSLATE_NOOP("ImportStatus", "Reverted"),
    },
)

#: The fields of a visitor-log row, as a conflict message names them.
VISIT_FIELD = CodeLabels(
    "VisitField",
    {
        "visit_date": QT_TRANSLATE_NOOP("VisitField", "Date"),
        "kind": QT_TRANSLATE_NOOP("VisitField", "Walk-in / call"),
        "arrived_at": QT_TRANSLATE_NOOP("VisitField", "Arrived"),
        "departed_at": QT_TRANSLATE_NOOP("VisitField", "Departed"),
        "customer_id": QT_TRANSLATE_NOOP("VisitField", "Customer"),
        "visitor_name": QT_TRANSLATE_NOOP("VisitField", "Name"),
        "sex": QT_TRANSLATE_NOOP("VisitField", "Sex"),
        "phone": QT_TRANSLATE_NOOP("VisitField", "Phone"),
        "party_size": QT_TRANSLATE_NOOP("VisitField", "Party size"),
        "is_first_visit": QT_TRANSLATE_NOOP("VisitField", "First or repeat"),
        "source_id": QT_TRANSLATE_NOOP("VisitField", "Source"),
        "referrer_id": QT_TRANSLATE_NOOP("VisitField", "Referred by"),
        "intended_model_id": QT_TRANSLATE_NOOP("VisitField", "Model"),
        "intended_colour": QT_TRANSLATE_NOOP("VisitField", "Colour"),
        "purchase_type": QT_TRANSLATE_NOOP("VisitField", "Purchase"),
        "level_given": QT_TRANSLATE_NOOP("VisitField", "Level"),
        "test_drive": QT_TRANSLATE_NOOP("VisitField", "Test drive"),
        "contact_left": QT_TRANSLATE_NOOP("VisitField", "Contact left"),
        "consultant_id": QT_TRANSLATE_NOOP("VisitField", "Consultant"),
        "notes": QT_TRANSLATE_NOOP("VisitField", "Notes"),
    },
)
#: The fields of the customer card's fixed information, as a conflict message names them.
CUSTOMER_FIELD = CodeLabels(
    "CustomerField",
    {
        "name": QT_TRANSLATE_NOOP("CustomerField", "Name"),
        "sex": QT_TRANSLATE_NOOP("CustomerField", "Sex"),
        "resident_id": QT_TRANSLATE_NOOP("CustomerField", "Resident ID"),
        "birthday": QT_TRANSLATE_NOOP("CustomerField", "Birthday"),
        "occupation": QT_TRANSLATE_NOOP("CustomerField", "Occupation"),
        "company": QT_TRANSLATE_NOOP("CustomerField", "Company"),
        "mobile": QT_TRANSLATE_NOOP("CustomerField", "Mobile"),
        "home_phone": QT_TRANSLATE_NOOP("CustomerField", "Home phone"),
        "office_phone": QT_TRANSLATE_NOOP("CustomerField", "Office phone"),
        "fax": QT_TRANSLATE_NOOP("CustomerField", "Fax"),
        "email": QT_TRANSLATE_NOOP("CustomerField", "E-mail"),
        "wechat": QT_TRANSLATE_NOOP("CustomerField", "WeChat"),
        "home_address": QT_TRANSLATE_NOOP("CustomerField", "Home address"),
        "home_postcode": QT_TRANSLATE_NOOP("CustomerField", "Home postcode"),
        "work_address": QT_TRANSLATE_NOOP("CustomerField", "Work address"),
        "work_postcode": QT_TRANSLATE_NOOP("CustomerField", "Work postcode"),
        "preferred_contact": QT_TRANSLATE_NOOP("CustomerField", "Preferred contact"),
        "preferred_contact_time": QT_TRANSLATE_NOOP("CustomerField", "Contact time"),
        "hobbies": QT_TRANSLATE_NOOP("CustomerField", "Hobbies"),
        "notes": QT_TRANSLATE_NOOP("CustomerField", "Notes"),
        "consultant_id": QT_TRANSLATE_NOOP("CustomerField", "Consultant"),
        "service_advisor_id": QT_TRANSLATE_NOOP("CustomerField", "Service advisor"),
    },
)
#: Per table, the words for its fields (a conflict names a field by them, never by column).
FIELD_LABELS: dict[str, CodeLabels] = {"visits": VISIT_FIELD, "customers": CUSTOMER_FIELD}

#: Every family, for the checks that each is complete.
FAMILIES: tuple[CodeLabels, ...] = (
    SEX,
    SEX_SHORT,
    ROLE,
    MARK_KIND,
    VALUE_CLASS,
    LOYALTY_CLASS,
    CONTACT_METHOD,
    VISIT_KIND,
    PURCHASE_TYPE,
    PAYMENT,
    FOLLOW_UP_METHOD,
    PROSPECT_STATUS,
    CARE_CALL_KIND,
    CALL_OUTCOME,
    COMPLAINT_STATUS,
    AUDIT_ACTION,
    IMPORT_KIND,
    IMPORT_STATUS,
)
