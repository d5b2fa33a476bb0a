"""The data model: one module per aggregate, all on one declarative ``Base``."""

from .aftersales import CallOutcome, CareCall, CareCallKind, Complaint, ComplaintStatus
from .audit import AuditEntry, ImportBatch, ImportedRow
from .base import Base
from .changes import ChangeLogEntry
from .customers import (
    ConsentEvent,
    Customer,
    CustomerMark,
    CustomerMerge,
    LoyaltyClass,
    MarkKind,
    Sex,
    ValueClass,
)
from .prospects import (
    FollowUp,
    FollowUpMethod,
    LevelChange,
    Loss,
    Order,
    OrderStatus,
    Payment,
    Prospect,
    ProspectStatus,
    SalesTarget,
    TestDrive,
)
from .reference import CallScript, CarModel, LevelRule, MembershipRule, RefItem, RefKind, Setting
from .users import Role, User
from .vehicles import (
    MAINTENANCE_TYPES,
    MileageReading,
    ReadingSource,
    ServiceRecord,
    ServiceType,
    Vehicle,
)
from .visits import PurchaseType, Visit, VisitKind

__all__ = [
    "MAINTENANCE_TYPES",
    "AuditEntry",
    "Base",
    "CallOutcome",
    "CallScript",
    "CarModel",
    "CareCall",
    "CareCallKind",
    "ChangeLogEntry",
    "Complaint",
    "ComplaintStatus",
    "ConsentEvent",
    "Customer",
    "CustomerMark",
    "CustomerMerge",
    "FollowUp",
    "FollowUpMethod",
    "ImportBatch",
    "ImportedRow",
    "LevelChange",
    "LevelRule",
    "Loss",
    "LoyaltyClass",
    "MarkKind",
    "MembershipRule",
    "MileageReading",
    "Order",
    "OrderStatus",
    "Payment",
    "Prospect",
    "ProspectStatus",
    "PurchaseType",
    "ReadingSource",
    "RefItem",
    "RefKind",
    "Role",
    "SalesTarget",
    "ServiceRecord",
    "ServiceType",
    "Setting",
    "Sex",
    "TestDrive",
    "User",
    "ValueClass",
    "Vehicle",
    "Visit",
    "VisitKind",
]
