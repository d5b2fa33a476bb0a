"""What can be imported: the fields of each kind, how each is parsed, and the header names
stores use for it.

``aliases`` are compared after :func:`normalise_header` (lower case, no spaces or
punctuation), so "客户 姓名：", "客户姓名*" and "客户姓名" are the same header. The first
alias of a field is its name in the template workbooks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from showroom.i18n import QT_TRANSLATE_NOOP, Msg

from .messages import msg

KINDS = ("customers", "vehicles", "visits", "prospects", "services")
POLICIES = ("fill", "overwrite", "skip")


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: Msg
    #: A parser name (see ``parsing.Parsers``): text, name, mobile, phone, date, …
    parser: str
    aliases: tuple[str, ...]
    #: Longest text accepted (the column's width in the database).
    limit: int = 200

    @property
    def template_header(self) -> str:
        return self.aliases[0]


def _f(key: str, label: str, parser: str, aliases: str, **kw: object) -> FieldSpec:
    return FieldSpec(key, msg(label), parser, tuple(aliases.split("|")), **kw)  # type: ignore[arg-type]


_PUNCT = re.compile(r"[\s*＊:：()（）\[\]【】/_\-、.。,，#№]+")


def normalise_header(text: str) -> str:
    return _PUNCT.sub("", text).lower()


# Labels are shown in the mapping combo boxes and the report's "Column" when a value
# comes from a field rather than a file column.
NAME = _f("name", QT_TRANSLATE_NOOP("Import", "Name"), "name",
          "客户姓名|姓名|客户名称|客户|客户名|车主|车主姓名|联系人|来访人|访客姓名|name|"
          "customer|customername|owner", limit=40)  # fmt: skip
MOBILE = _f("mobile", QT_TRANSLATE_NOOP("Import", "Mobile"), "mobile",
            "手机|手机号|手机号码|联系电话|电话|联系方式|移动电话|客户电话|车主电话|mobile|"
            "phone|cell|tel|telephone|mobilephone")  # fmt: skip
RESIDENT_ID = _f("resident_id", QT_TRANSLATE_NOOP("Import", "Resident ID"), "resident_id",
                 "身份证号|身份证|身份证号码|证件号码|证件号|idnumber|residentid|id")  # fmt: skip
SEX = _f("sex", QT_TRANSLATE_NOOP("Import", "Sex"), "sex", "性别|sex|gender")
SOURCE = _f("source", QT_TRANSLATE_NOOP("Import", "Source"), "source",
            "信息来源|来源|客户来源|获知渠道|source|channel")  # fmt: skip
CONSULTANT = _f("consultant", QT_TRANSLATE_NOOP("Import", "Sales consultant"), "user",
                "销售顾问|顾问|销售|接待顾问|销售人员|consultant|salesconsultant|"
                "sales")  # fmt: skip
NOTES = _f("notes", QT_TRANSLATE_NOOP("Import", "Notes"), "text",
           "备注|说明|notes|remarks|note", limit=2000)  # fmt: skip
MODEL = _f("model", QT_TRANSLATE_NOOP("Import", "Model"), "model",
           "车型|品牌车型|车辆型号|model")  # fmt: skip
INTENDED_MODEL = _f("intended_model", QT_TRANSLATE_NOOP("Import", "Intended model"), "model",
                    "意向车型|拟购车型|关注车型|intendedmodel|model|车型")  # fmt: skip
INTENDED_COLOUR = _f("intended_colour", QT_TRANSLATE_NOOP("Import", "Intended colour"), "text",
                     "意向颜色|颜色|intendedcolour|colour|color", limit=40)  # fmt: skip
PURCHASE_TYPE = _f("purchase_type", QT_TRANSLATE_NOOP("Import", "Purchase type"),
                   "purchase_type", "购买类型|购车类型|购买方式|purchasetype")  # fmt: skip
LEVEL = _f("level", QT_TRANSLATE_NOOP("Import", "Level"), "level",
           "级别|客户级别|意向级别|有望级别|level|grade")  # fmt: skip
PLATE = _f("plate", QT_TRANSLATE_NOOP("Import", "Plate"), "plate",
           "车牌号|车牌|车牌号码|plate|platenumber|licenseplate")  # fmt: skip
VIN = _f("vin", QT_TRANSLATE_NOOP("Import", "VIN"), "vin",
         "车架号|vin|车辆识别代号|车辆识别码|底盘号|vinno")  # fmt: skip

CUSTOMER_FIELDS = (
    NAME, MOBILE, RESIDENT_ID, SEX,
    _f("birthday", QT_TRANSLATE_NOOP("Import", "Birthday"), "date",
       "生日|出生日期|birthday|dateofbirth"),
    _f("home_phone", QT_TRANSLATE_NOOP("Import", "Home phone"), "phone",
       "住宅电话|家庭电话|家庭电话号码|homephone"),
    _f("office_phone", QT_TRANSLATE_NOOP("Import", "Office phone"), "phone",
       "办公电话|单位电话|officephone|workphone"),
    _f("email", QT_TRANSLATE_NOOP("Import", "E-mail"), "email", "电子邮箱|邮箱|email|e-mail"),
    _f("wechat", QT_TRANSLATE_NOOP("Import", "WeChat"), "text", "微信|微信号|wechat", limit=60),
    _f("occupation", QT_TRANSLATE_NOOP("Import", "Occupation"), "text", "职业|occupation",
       limit=60),
    _f("company", QT_TRANSLATE_NOOP("Import", "Company"), "text",
       "工作单位|单位|公司|单位名称|company|employer", limit=120),
    _f("home_address", QT_TRANSLATE_NOOP("Import", "Home address"), "text",
       "家庭住址|住址|家庭地址|地址|联系地址|address|homeaddress"),
    _f("home_postcode", QT_TRANSLATE_NOOP("Import", "Home postcode"), "postcode",
       "邮编|邮政编码|家庭邮编|postcode|zip"),
    _f("work_address", QT_TRANSLATE_NOOP("Import", "Work address"), "text",
       "单位地址|工作地址|workaddress"),
    _f("work_postcode", QT_TRANSLATE_NOOP("Import", "Work postcode"), "postcode",
       "单位邮编|workpostcode"),
    _f("fax", QT_TRANSLATE_NOOP("Import", "Fax"), "phone", "传真|fax"),
    _f("hobbies", QT_TRANSLATE_NOOP("Import", "Hobbies"), "text", "兴趣爱好|爱好|hobbies",
       limit=1000),
    SOURCE, CONSULTANT, NOTES,
)  # fmt: skip

VEHICLE_FIELDS = (
    PLATE, VIN, NAME, MOBILE, RESIDENT_ID, MODEL,
    _f("colour", QT_TRANSLATE_NOOP("Import", "Colour"), "text",
       "颜色|车身颜色|colour|color", limit=40),
    _f("purchase_date", QT_TRANSLATE_NOOP("Import", "Purchase date"), "date",
       "购车日期|购买日期|购车时间|purchasedate"),
    _f("delivered_on", QT_TRANSLATE_NOOP("Import", "Delivery date"), "date",
       "交车日期|交付日期|交车时间|deliverydate|delivered"),
    _f("registered_on", QT_TRANSLATE_NOOP("Import", "Registration date"), "date",
       "上牌日期|注册日期|登记日期|registrationdate"),
    _f("sold_here", QT_TRANSLATE_NOOP("Import", "Sold here"), "bool",
       "本店销售|本店购车|soldhere"),
    _f("insurance_policy_on", QT_TRANSLATE_NOOP("Import", "Insurance date"), "date",
       "保险日期|投保日期|起保日期|insurancedate"),
    _f("insurer", QT_TRANSLATE_NOOP("Import", "Insurer"), "text", "保险公司|insurer", limit=60),
    _f("first_service_on", QT_TRANSLATE_NOOP("Import", "First service date"), "date",
       "首保日期|firstservicedate"),
    _f("first_service_km", QT_TRANSLATE_NOOP("Import", "First service mileage"), "int",
       "首保里程|firstservicekm"),
    NOTES,
)  # fmt: skip

VISIT_FIELDS = (
    _f("visit_date", QT_TRANSLATE_NOOP("Import", "Date"), "day",
       "日期|来店日期|来访日期|登记日期|到店日期|date|visitdate"),
    _f("arrived_at", QT_TRANSLATE_NOOP("Import", "Arrival time"), "time",
       "来店时间|到店时间|进店时间|来访时间|来电时间|时间|arrival|arrivedat|time"),
    _f("departed_at", QT_TRANSLATE_NOOP("Import", "Departure time"), "time",
       "离店时间|离开时间|离店|departure|departedat"),
    _f("kind", QT_TRANSLATE_NOOP("Import", "Walk-in or call"), "visit_kind",
       "来店来电|来店/来电|类型|接待类型|来访方式|方式|kind|type"),
    NAME, SEX,
    _f("phone", QT_TRANSLATE_NOOP("Import", "Phone"), "phone",
       "联系电话|电话|手机|手机号|手机号码|联系方式|phone|mobile|tel"),
    _f("party_size", QT_TRANSLATE_NOOP("Import", "Party size"), "int",
       "来店人数|人数|partysize|people"),
    SOURCE, INTENDED_MODEL, INTENDED_COLOUR, PURCHASE_TYPE,
    _f("level_given", QT_TRANSLATE_NOOP("Import", "Level"), "level",
       "级别|客户级别|意向级别|level"),
    _f("test_drive", QT_TRANSLATE_NOOP("Import", "Test drive"), "bool",
       "试驾|是否试驾|testdrive"),
    _f("contact_left", QT_TRANSLATE_NOOP("Import", "Contact left"), "bool",
       "留档|是否留档|留资|contactleft"),
    CONSULTANT, NOTES,
)  # fmt: skip

PROSPECT_FIELDS = (
    NAME, MOBILE, RESIDENT_ID, SEX,
    _f("created_on", QT_TRANSLATE_NOOP("Import", "Created"), "date",
       "建档日期|创建日期|登记日期|日期|createdon|date"),
    LEVEL, SOURCE, INTENDED_MODEL, INTENDED_COLOUR,
    _f("budget", QT_TRANSLATE_NOOP("Import", "Budget"), "money", "购车预算|预算|budget"),
    _f("payment", QT_TRANSLATE_NOOP("Import", "Payment"), "payment",
       "付款方式|付款|支付方式|payment"),
    PURCHASE_TYPE,
    _f("competitors", QT_TRANSLATE_NOOP("Import", "Competitor models"), "text",
       "竞品车型|竞品|对比车型|竞争车型|competitors"),
    _f("next_followup_on", QT_TRANSLATE_NOOP("Import", "Next follow-up"), "date",
       "下次跟进日期|下次跟进|下次回访日期|nextfollowup"),
    CONSULTANT, NOTES,
)  # fmt: skip

SERVICE_FIELDS = (
    PLATE, VIN, NAME, MOBILE,
    _f("service_date", QT_TRANSLATE_NOOP("Import", "Service date"), "date",
       "服务日期|维修日期|进厂日期|日期|servicedate|date"),
    _f("service_type", QT_TRANSLATE_NOOP("Import", "Service type"), "service_type",
       "服务类型|维修类型|业务类型|servicetype|type"),
    _f("mileage", QT_TRANSLATE_NOOP("Import", "Mileage"), "int",
       "进厂里程|里程|公里数|行驶里程|mileage|km"),
    _f("amount", QT_TRANSLATE_NOOP("Import", "Amount"), "money",
       "金额|费用|结算金额|维修金额|amount"),
    _f("advisor", QT_TRANSLATE_NOOP("Import", "Service advisor"), "user",
       "服务顾问|顾问|接待|advisor|serviceadvisor"),
    _f("repair_order_no", QT_TRANSLATE_NOOP("Import", "Repair order no."), "text",
       "工单号|维修工单号|委托书号|工单|repairorder|rono", limit=30),
    NOTES,
)  # fmt: skip

#: Per kind, groups of fields of which each row needs at least one filled in (and the
#: mapping at least one column): a visit needs its date (or a full arrival time), a
#: customer a mobile or resident ID so the same person is never entered twice.
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "customers": (("name",), ("mobile", "resident_id")),
    "vehicles": (("plate", "vin"),),
    "visits": (("visit_date", "arrived_at"),),
    "prospects": (("name",), ("mobile", "resident_id"), ("level",)),
    "services": (("plate", "vin"), ("service_date",), ("service_type",)),
}

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "customers": CUSTOMER_FIELDS,
    "vehicles": VEHICLE_FIELDS,
    "visits": VISIT_FIELDS,
    "prospects": PROSPECT_FIELDS,
    "services": SERVICE_FIELDS,
}


def fields_of(kind: str) -> tuple[FieldSpec, ...]:
    return FIELDS[kind]


def field_of(kind: str, key: str) -> FieldSpec:
    return next(f for f in FIELDS[kind] if f.key == key)
