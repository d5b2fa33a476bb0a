"""The store's starting configuration: the defaults of docs/ARCHITECTURE.md §6, all editable later.

These are data, stored in both languages in the reference tables, because each store
renames and extends them; the code only relies on the ``system`` codes.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom.models import (
    CallScript,
    CarModel,
    LevelRule,
    MembershipRule,
    RefItem,
    RefKind,
    Role,
    Setting,
    User,
)

# (code, 中文, English)
SOURCES = [
    ("internet", "网络", "Internet"),
    ("tv_radio", "电视/电台", "TV / radio"),
    ("print", "报纸/杂志", "Newspaper / magazine"),
    ("referral", "老客户介绍", "Referred by a customer"),
    ("passing", "路过", "Passing by"),
    ("exhibition", "车展/外展", "Motor show / exhibition"),
    ("old_customer", "老客户", "Existing customer"),
    ("outdoor", "户外广告", "Outdoor advertising"),
    ("phone_in", "来电咨询", "Phone enquiry"),
    ("other", "其他", "Other"),
]
SYSTEM_SOURCES = {"referral", "old_customer"}

COLOURS = [
    ("white", "珍珠白", "Pearl white"),
    ("black", "曜石黑", "Obsidian black"),
    ("silver", "星光银", "Starlight silver"),
    ("grey", "深空灰", "Space grey"),
    ("red", "烈焰红", "Flame red"),
    ("blue", "极光蓝", "Aurora blue"),
    ("brown", "咖啡棕", "Coffee brown"),
]

LOSS_REASONS = [
    ("price", "价格因素", "Price"),
    ("competitor", "购买竞品", "Bought a competitor"),
    ("other_dealer", "在其他经销店购买", "Bought at another dealer"),
    ("financing", "贷款未获批", "Loan not approved"),
    ("postponed", "推迟购车", "Postponed the purchase"),
    ("no_stock", "无现车/交期长", "No stock / long delivery"),
    ("service", "对服务不满意", "Unhappy with our service"),
    ("family", "家人反对", "Family disagreed"),
    ("unreachable", "联系不上", "Could not be reached"),
    ("other", "其他", "Other"),
]

COMPETITORS = [
    ("accord", "本田雅阁", "Honda Accord"),
    ("camry", "丰田凯美瑞", "Toyota Camry"),
    ("sylphy", "日产轩逸", "Nissan Sylphy"),
    ("magotan", "大众迈腾", "VW Magotan"),
    ("byd_qin", "比亚迪秦", "BYD Qin"),
    ("model3", "特斯拉 Model 3", "Tesla Model 3"),
    ("crv", "本田 CR-V", "Honda CR-V"),
    ("rav4", "丰田 RAV4", "Toyota RAV4"),
]

SERVICE_TYPES = [
    ("first_maintenance", "首保", "First maintenance"),
    ("maintenance", "保养", "Maintenance"),
    ("warranty", "索赔", "Warranty claim"),
    ("minor_repair", "小修", "Minor repair"),
    ("major_repair", "大修", "Major repair"),
    ("insurance_repair", "保险维修", "Insurance repair"),
    ("body_paint", "钣喷自费", "Body & paint (self-paid)"),
    ("accessories", "装饰", "Accessories"),
    ("parts", "零件外购", "Parts purchase"),
    ("rescue", "救援", "Roadside rescue"),
    ("insurance_renewal", "续保", "Insurance renewal"),
    ("annual_inspection", "代办年检", "Annual inspection service"),
]

FOLLOWUP_METHODS = [
    ("phone", "电话", "Phone"),
    ("visit", "到店", "Showroom visit"),
    ("message", "短信/微信", "SMS / WeChat"),
    ("home_visit", "上门拜访", "Home visit"),
]

COMPLAINT_CATEGORIES = [
    ("sales", "销售服务", "Sales service"),
    ("repair_quality", "维修质量", "Repair quality"),
    ("waiting", "等待时间", "Waiting time"),
    ("price", "收费", "Charges"),
    ("product", "产品质量", "Product quality"),
    ("attitude", "服务态度", "Staff attitude"),
]

OCCUPATIONS = [
    ("civil_servant", "公务员", "Civil servant"),
    ("teacher", "教师", "Teacher"),
    ("doctor", "医生", "Doctor"),
    ("engineer", "工程师", "Engineer"),
    ("business_owner", "私营业主", "Business owner"),
    ("employee", "企业职员", "Company employee"),
    ("freelancer", "自由职业", "Freelancer"),
    ("retired", "退休", "Retired"),
]

REF_LISTS: dict[RefKind, list[tuple[str, str, str]]] = {
    RefKind.SOURCE: SOURCES,
    RefKind.COLOUR: COLOURS,
    RefKind.LOSS_REASON: LOSS_REASONS,
    RefKind.COMPETITOR: COMPETITORS,
    RefKind.SERVICE_TYPE: SERVICE_TYPES,
    RefKind.FOLLOWUP_METHOD: FOLLOWUP_METHODS,
    RefKind.COMPLAINT_CATEGORY: COMPLAINT_CATEGORIES,
    RefKind.OCCUPATION: OCCUPATIONS,
}

# (code, 中文, English, horizon days, follow-up every N days, is_order, is_lost)
LEVELS = [
    ("H", "H级（7天内订车）", "H (orders within 7 days)", 7, 2, False, False),
    ("A", "A级（15天内订车）", "A (orders within 15 days)", 15, 4, False, False),
    ("B", "B级（30天内订车）", "B (orders within 30 days)", 30, 7, False, False),
    ("C", "C级（3个月内订车）", "C (orders within 3 months)", 90, 15, False, False),
    ("O", "O级（已订车）", "O (ordered)", None, None, True, False),
    ("F", "F级（战败）", "F (lost)", None, None, False, True),
]

# (brand, name, English name, seats, guide price)
CAR_MODELS = [
    ("东风日产", "轩逸", "Sylphy", 5, 119900),
    ("东风日产", "天籁", "Teana", 5, 179800),
    ("东风日产", "奇骏", "X-Trail", 5, 181800),
    ("东风日产", "逍客", "Qashqai", 5, 139900),
    ("东风日产", "楼兰", "Murano", 5, 239800),
    ("东风日产", "骐达", "Tiida", 5, 99900),
    ("东风日产", "劲客", "Kicks", 5, 99800),
    ("东风日产", "艾睿泽", "Ariya", 5, 272800),
]

MEMBERSHIP = [
    # code, 中文, English, min spend, max loyalty rank
    ("diamond", "钻石会员", "Diamond", 50000, 2),
    ("gold", "金卡会员", "Gold", 20000, 3),
    ("silver", "银卡会员", "Silver", 5000, 4),
    ("regular", "普通会员", "Regular", 0, 5),
]

DEFAULT_SETTINGS: dict[str, object] = {
    "store_name": {"zh_CN": "示范汽车销售服务有限公司", "en": "Demo Motors 4S Store"},
    # km/day assumed for a vehicle with a single mileage reading.
    "default_km_per_day": 40,
    # Value class by revenue rank: top share of customers by cumulative spend.
    "value_class_shares": {"platinum": 0.05, "gold": 0.20, "iron": 0.50},
    # Loyalty class: a maintenance up to this many days after its due date still counts.
    "loyalty_grace_days": 30,
    "care_call_schedule": [
        {"kind": "delivery", "after_days": 2, "latest_days": 3},
        {"kind": "first_maint", "after_days": 60, "latest_days": 75},
    ],
    "followups_skip_weekends": False,
    "insurance_call_days_ahead": 60,
    # The source a returning customer's visit takes unless reception picks another.
    "returning_source": "old_customer",
    # What an anonymous guest (no phone, no customer) must have besides the time: the
    # visit form asks for these alone. Any of "source_id", "consultant_id".
    "guest_required": ["source_id"],
    # A window nobody has touched for this many minutes asks for the password again
    # (0: never). Open forms keep what was typed.
    "idle_lock_minutes": 15,
}

CALL_SCRIPTS = [
    (
        "delivery",
        "zh_CN",
        "交车后回访（第2–3天）",
        "{customer}您好，我是{store}的{caller}。感谢您选购{model}！新车开了这两天感觉怎么样？"
        "使用中有没有什么疑问需要我们解答？",
    ),
    (
        "delivery",
        "en",
        "Call after delivery (day 2–3)",
        "Hello {customer}, this is {caller} from {store}. Thank you for choosing the {model}! "
        "How has the car been these first days? Is there anything we can help with?",
    ),
    (
        "first_maint",
        "zh_CN",
        "首保提醒（约2个月）",
        "{customer}您好，我是{store}的{caller}。您的{model}（{plate}）现在大约行驶了多少公里？"
        "首次保养在5000公里或交车3个月时进行，免费首保可以帮您预约，您看哪天方便？",
    ),
    (
        "first_maint",
        "en",
        "First maintenance reminder (~2 months)",
        "Hello {customer}, this is {caller} from {store}. About how many kilometres has your "
        "{model} ({plate}) done so far? The free first maintenance is due at 5,000 km or three "
        "months after delivery; may I book it for you?",
    ),
    (
        "manager",
        "zh_CN",
        "展厅经理回访（第7天）",
        "{customer}您好，我是{store}的展厅经理{caller}。感谢您在我们店购买{model}，"
        "请问您对我们的销售顾问和交车过程满意吗？有什么建议请告诉我。",
    ),
    (
        "manager",
        "en",
        "Manager's call (day 7)",
        "Hello {customer}, this is {caller}, showroom manager at {store}. Thank you for buying "
        "your {model} with us. Were you happy with your consultant and the delivery?",
    ),
    (
        "maint_due",
        "zh_CN",
        "保养提醒",
        "{customer}您好，我是{store}的服务顾问{caller}。您的{model}（{plate}）目前大约行驶"
        "{km}公里，预计{due_date}前后需要保养。需要帮您预约吗？哪天方便？",
    ),
    (
        "maint_due",
        "en",
        "Maintenance reminder",
        "Hello {customer}, this is {caller}, service advisor at {store}. Your {model} "
        "({plate}) should be at about {km} km now and is due for maintenance around "
        "{due_date}. Shall I book a visit for you?",
    ),
    (
        "insurance",
        "zh_CN",
        "续保提醒",
        "{customer}您好，我是{store}的{caller}。您的{model}（{plate}）车险将于{renewal_date}"
        "到期，我们可以为您办理续保并提供报价，您看需要吗？",
    ),
    (
        "insurance",
        "en",
        "Insurance renewal reminder",
        "Hello {customer}, this is {caller} from {store}. The insurance of your {model} "
        "({plate}) runs out on {renewal_date}. May we send you a renewal quote?",
    ),
    (
        "birthday",
        "zh_CN",
        "生日祝福",
        "{customer}您好，我是{store}的{caller}。今天是您的生日，祝您生日快乐、用车愉快！",
    ),
    (
        "birthday",
        "en",
        "Birthday greeting",
        "Hello {customer}, this is {caller} from {store}. Happy birthday from all of us, "
        "and safe driving!",
    ),
]


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def seed_reference_data(session: Session) -> bool:
    """Fill empty reference tables with the defaults. Safe to call at every start."""
    changed = False
    if _count(session, RefItem) == 0:
        for kind, rows in REF_LISTS.items():
            for order, (code, zh, en) in enumerate(rows):
                system = kind is RefKind.SERVICE_TYPE or (
                    kind is RefKind.SOURCE and code in SYSTEM_SOURCES
                )
                session.add(
                    RefItem(
                        kind=kind,
                        code=code,
                        name_zh=zh,
                        name_en=en,
                        sort_order=order,
                        system=system,
                    )
                )
        changed = True
    if _count(session, LevelRule) == 0:
        for order, (code, zh, en, horizon, every, is_order, is_lost) in enumerate(LEVELS):
            session.add(
                LevelRule(
                    code=code,
                    name_zh=zh,
                    name_en=en,
                    horizon_days=horizon,
                    followup_days=every,
                    sort_order=order,
                    is_order=is_order,
                    is_lost=is_lost,
                )
            )
        changed = True
    if _count(session, CarModel) == 0:
        for brand, name, name_en, seats, price in CAR_MODELS:
            session.add(
                CarModel(
                    brand=brand,
                    name=name,
                    name_en=name_en,
                    seats=seats,
                    guide_price=Decimal(price),
                )
            )
        changed = True
    if _count(session, MembershipRule) == 0:
        for order, (code, zh, en, spend, rank) in enumerate(MEMBERSHIP):
            session.add(
                MembershipRule(
                    code=code,
                    name_zh=zh,
                    name_en=en,
                    min_spend=Decimal(spend),
                    max_loyalty_rank=rank,
                    sort_order=order,
                )
            )
        changed = True
    if _count(session, CallScript) == 0:
        for kind, lang, title, body in CALL_SCRIPTS:
            session.add(CallScript(kind=kind, lang=lang, title=title, body=body))
        changed = True
    existing = set(session.scalars(select(Setting.key)))
    for key, value in DEFAULT_SETTINGS.items():
        if key not in existing:
            session.add(Setting(key=key, value=value))
            changed = True
    if _count(session, User) == 0:
        # The first start needs someone to sign in as; the password is set on first sign-in.
        session.add(User(username="admin", display_name="管理员", role=Role.ADMIN))
        changed = True
    return changed
