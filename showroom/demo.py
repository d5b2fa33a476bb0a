"""A realistic demo dealership, generated into an empty store.

The demo store is what a new user explores and what the benchmark (``python -m bench``)
measures, so it has the shape of a real 4S store of the requested size: staff with their
roles; customers with Chinese names, unique mobiles, valid resident IDs, plates and VINs;
their vehicles with years of maintenance, repairs and mileage readings; several years of
showroom traffic with the prospects it produced, their follow-ups, level history, test
drives, orders, deliveries and losses; care calls, complaints, special marks, referrals,
consent and monthly targets. Derived columns (spend, value class, loyalty, membership,
next maintenance due, …) are filled the way the services would fill them.

Speed matters (100,000 customers means several million rows), so rows are built as plain
dicts with pre-assigned ids and written in chunks of executemany INSERTs (Core's on
PostgreSQL, a leaner driver-level one on SQLite), all in one transaction so that a cancel
leaves the store empty. Bulk inserts bypass the ORM audit hook on purpose: one audit row
records the generation instead. Every random choice comes from one ``random.Random(seed)`` and no
set or hash order is ever iterated, so a seed always gives the same store.

Nothing here imports Qt: the GUI runs :func:`generate_demo` in a worker thread and cancels
it through the progress callback.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Table,
    bindparam,
    case,
    func,
    insert,
    select,
    text,
    update,
)

from showroom.db import Database
from showroom.db.audit import record
from showroom.errors import Cancelled
from showroom.keys import plate_tail
from showroom.models import (
    CallOutcome,
    CareCall,
    CareCallKind,
    CarModel,
    Complaint,
    ComplaintStatus,
    ConsentEvent,
    Customer,
    CustomerMark,
    FollowUp,
    FollowUpMethod,
    LevelChange,
    LevelRule,
    Loss,
    MarkKind,
    MembershipRule,
    MileageReading,
    Order,
    OrderStatus,
    Payment,
    Prospect,
    ProspectStatus,
    PurchaseType,
    ReadingSource,
    RefItem,
    RefKind,
    Role,
    SalesTarget,
    ServiceRecord,
    ServiceType,
    Setting,
    TestDrive,
    User,
    ValueClass,
    Vehicle,
    Visit,
    VisitKind,
)
from showroom.pinyin import name_keys
from showroom.rules.loyalty import loyalty_class
from showroom.rules.maintenance import DuePrediction, Intervals, Reading, clock_start, predict
from showroom.services.customer_factory import customer_columns
from showroom.services.demo_store import demo_password_hash, mark_demo_store
from showroom.validation import resident_id_check_char, vin_check_char

#: Bump whenever the generated data changes shape: the benchmark's cached store keys on it.
DEMO_VERSION = 2  # 2: staff share the demo password; the store is marked a demo

DEFAULT_SEED = 20261123

#: ``progress(done, total)``; returning ``False`` cancels (the store is left empty).
Progress = Callable[[int, int], bool | None]

_T = TypeVar("_T")


@dataclass
class DemoSummary:
    """How many rows each table received (all zero, ``cancelled`` set, after a cancel)."""

    users: int = 0
    customers: int = 0
    vehicles: int = 0
    mileage_readings: int = 0
    service_records: int = 0
    visits: int = 0
    prospects: int = 0
    follow_ups: int = 0
    level_changes: int = 0
    test_drives: int = 0
    orders: int = 0
    losses: int = 0
    care_calls: int = 0
    complaints: int = 0
    customer_marks: int = 0
    consent_events: int = 0
    sales_targets: int = 0
    cancelled: bool = False

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "cancelled"}

    @property
    def total_rows(self) -> int:
        return sum(self.counts().values())


def generate_demo(
    db: Database,
    customers: int,
    *,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill the empty (migrated and seeded) store behind ``db`` with a demo dealership.

    Raises ``ValueError`` when ``customers`` is not positive or the store already has
    customers. When ``progress`` returns ``False`` the work stops, everything written is
    rolled back and a summary with ``cancelled=True`` is returned.
    """
    if customers < 1:
        raise ValueError(f"The demo needs at least one customer (got {customers}).")
    today = today or dt.date.today()
    try:
        with db.session() as session:
            conn = session.connection()
            existing = conn.scalar(select(func.count()).select_from(Customer.__table__)) or 0
            if existing:
                raise ValueError(
                    f"The store already has {existing} customers; demo data can only be "
                    "generated into an empty store."
                )
            ref = _load_reference(conn)
            session.info["user_id"] = ref.admin_id
            with _sqlite_bulk_settings(conn, db.is_sqlite):
                summary = _Generator(_Sink(conn), ref, customers, seed, today, progress).run()
            if not db.is_sqlite:
                _advance_sequences(conn)
            record(session, "demo", "store", None, customers=customers, seed=seed,
                   rows=summary.total_rows)  # fmt: skip
            mark_demo_store(session)
    except Cancelled:
        return DemoSummary(cancelled=True)
    return summary


# ------------------------------------------------------------------------------ database

# Parents before children: SQLite checks foreign keys row by row, not at commit.
_TABLES: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[attr-defined]
    for model in (
        User, Customer, Vehicle, Prospect, Visit, FollowUp, LevelChange, TestDrive, Order,
        Loss, ServiceRecord, CareCall, MileageReading, Complaint, CustomerMark,
        ConsentEvent, SalesTarget,
    )
)  # fmt: skip
_BATCH = 10_000


@contextmanager
def _sqlite_bulk_settings(conn: Connection, is_sqlite: bool) -> Iterator[None]:
    """A large page cache while millions of index entries go in, restored afterwards."""
    if not is_sqlite:
        yield
        return
    old = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    conn.exec_driver_sql("PRAGMA cache_size=-1048576")  # 1 GiB
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={old}")


def _advance_sequences(conn: Connection) -> None:
    # Ids were assigned here, so PostgreSQL's sequences never moved; the next ORM insert
    # would collide with a demo row without this.
    for table in _TABLES:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
            )
        )


class _Sink:
    """Rows waiting to be written, per table, with pre-assigned ids."""

    def __init__(self, conn: Connection) -> None:
        self.connection = conn
        self.rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in _TABLES}
        self.written: Counter[str] = Counter()
        self._next_id = {t.name: (conn.scalar(select(func.max(t.c.id))) or 0) + 1 for t in _TABLES}
        self._sqlite = conn.dialect.name == "sqlite"
        self._plans: dict[tuple[str, tuple[str, ...]], _InsertPlan] = {}

    def peek_id(self, table: str) -> int:
        return self._next_id[table]

    def new_id(self, table: str) -> int:
        value = self._next_id[table]
        self._next_id[table] = value + 1
        return value

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows[table].append(row)

    def flush(self) -> None:
        """Write every row gathered so far, parents before children."""
        for table in _TABLES:
            rows = self.rows[table.name]
            for start in range(0, len(rows), _BATCH):
                if self._sqlite:
                    self._insert_sqlite(table, rows[start : start + _BATCH])
                else:
                    self.connection.execute(insert(table), rows[start : start + _BATCH])
            self.written[table.name] += len(rows)
            rows.clear()

    def _insert_sqlite(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """The same INSERT as Core's, without its per-row parameter handling.

        Core's executemany spends about as long preparing each row's parameters in Python
        as SQLite spends storing the row; here each row is one tuple and only the columns
        whose type needs it are converted, to exactly the text SQLAlchemy stores.
        """
        columns = tuple(rows[0])
        plan = self._plans.get((table.name, columns))
        if plan is None:
            plan = self._plans[table.name, columns] = _InsertPlan.build(
                self.connection, table, columns
            )
        getter, converters = plan.getter, plan.converters
        data = []
        for row in rows:
            values = list(getter(row))
            for index, convert in converters:
                value = values[index]
                if value is not None:
                    values[index] = convert(value)
            data.append(tuple(values))
        self.connection.exec_driver_sql(plan.sql, data)


@dataclass(frozen=True)
class _InsertPlan:
    sql: str
    getter: Callable[[dict[str, Any]], tuple[Any, ...]]
    converters: tuple[tuple[int, Callable[[Any], Any]], ...]

    @classmethod
    def build(cls, conn: Connection, table: Table, columns: tuple[str, ...]) -> _InsertPlan:
        dialect = conn.dialect
        quote = dialect.identifier_preparer.quote
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        converters = []
        for index, name in enumerate(columns):
            column_type = table.c[name].type
            convert: Callable[[Any], Any] | None
            # Dates and times as SQLAlchemy's SQLite types store them ("2026-11-23",
            # "2026-11-23 09:30:00.000000"), by the much faster isoformat.
            if isinstance(column_type, DateTime):
                convert = _sqlite_datetime
            elif isinstance(column_type, Date):
                convert = dt.date.isoformat
            else:
                convert = column_type.dialect_impl(dialect).bind_processor(dialect)
            if convert is not None:
                converters.append((index, convert))
        getter = operator.itemgetter(*columns)
        return cls(sql, getter, tuple(converters))  # type: ignore[arg-type]


def _sqlite_datetime(value: dt.datetime) -> str:
    return value.isoformat(" ", "microseconds")


# ----------------------------------------------------------------------------- reference


@dataclass(frozen=True)
class _Model:
    id: int
    name: str
    price: int
    seats: int
    first_km: int
    first_days: int
    km: int
    days: int
    electric: bool
    intervals: Intervals


@dataclass(frozen=True)
class _Reference:
    ids: dict[str, dict[str, int]]  # ref kind -> code -> id
    names: dict[str, dict[str, str]]  # ref kind -> code -> 中文 name
    models: list[_Model]
    open_levels: list[str]  # hottest first (H, A, B, C)
    followup_days: dict[str, int]
    order_level: str
    lost_level: str
    membership: list[tuple[str, float, int]]  # code, min spend, max loyalty rank
    value_shares: tuple[float, float, float]  # cumulative shares: platinum, gold, iron
    default_km_per_day: float
    admin_id: int | None
    usernames: frozenset[str]


def _load_reference(conn: Connection) -> _Reference:
    ids: dict[str, dict[str, int]] = defaultdict(dict)
    names: dict[str, dict[str, str]] = defaultdict(dict)
    ref = RefItem.__table__
    for kind, code, item_id, name_zh in conn.execute(
        select(ref.c.kind, ref.c.code, ref.c.id, ref.c.name_zh)
        .where(ref.c.active.is_(True), ref.c.deleted_at.is_(None))
        .order_by(ref.c.kind, ref.c.sort_order, ref.c.id)
    ):
        ids[kind][code] = item_id
        names[kind][code] = name_zh
    for kind in (RefKind.SOURCE, RefKind.COLOUR, RefKind.LOSS_REASON):
        if not ids.get(kind):
            raise ValueError(f"The store has no active '{kind}' entries; cannot build a demo.")
    return _Reference(
        ids=dict(ids),
        names=dict(names),
        models=_load_models(conn),
        **_load_levels(conn),
        membership=_load_membership(conn),
        value_shares=_load_value_shares(conn),
        default_km_per_day=float(_setting(conn, "default_km_per_day") or 40),
        admin_id=conn.scalar(
            select(User.__table__.c.id).where(User.__table__.c.role == Role.ADMIN)
            .order_by(User.__table__.c.id).limit(1)
        ),
        usernames=frozenset(conn.scalars(select(User.__table__.c.username))),
    )  # fmt: skip


def _load_models(conn: Connection) -> list[_Model]:
    cm = CarModel.__table__
    models = [
        _Model(
            id=row.id, name=row.name, price=int(row.guide_price or 150_000), seats=row.seats,
            first_km=row.first_maintenance_km, first_days=row.first_maintenance_months * 30,
            km=row.maintenance_km, days=row.maintenance_months * 30,
            electric=(row.name_en or "") in _ELECTRIC_MODELS,
            intervals=Intervals(row.first_maintenance_km, row.first_maintenance_months,
                                row.maintenance_km, row.maintenance_months),
        )
        for row in conn.execute(
            select(cm).where(cm.c.active.is_(True), cm.c.deleted_at.is_(None)).order_by(cm.c.id)
        )
    ]  # fmt: skip
    if not models:
        raise ValueError("The store has no active car models; cannot build a demo.")
    return models


def _load_levels(conn: Connection) -> dict[str, Any]:
    lr = LevelRule.__table__
    rows = conn.execute(
        select(lr).where(lr.c.active.is_(True), lr.c.deleted_at.is_(None)).order_by(lr.c.sort_order)
    ).all()
    open_rows = [r for r in rows if r.followup_days and not r.is_order and not r.is_lost]
    order = next((r.code for r in rows if r.is_order), None)
    lost = next((r.code for r in rows if r.is_lost), None)
    if not open_rows or order is None or lost is None:
        raise ValueError("The prospect levels are incomplete (need open, ordered and lost).")
    return {
        "open_levels": [r.code for r in open_rows],
        "followup_days": {r.code: int(r.followup_days) for r in open_rows},
        "order_level": order,
        "lost_level": lost,
    }


def _load_membership(conn: Connection) -> list[tuple[str, float, int]]:
    mr = MembershipRule.__table__
    return [
        (row.code, float(row.min_spend), row.max_loyalty_rank)
        for row in conn.execute(
            select(mr).where(mr.c.deleted_at.is_(None)).order_by(mr.c.sort_order)
        )
    ]


def _setting(conn: Connection, key: str) -> Any:
    table = Setting.__table__
    return conn.scalar(select(table.c.value).where(table.c.key == key))


def _load_value_shares(conn: Connection) -> tuple[float, float, float]:
    value = _setting(conn, "value_class_shares")
    shares = value if isinstance(value, dict) else {}
    return (
        float(shares.get("platinum", 0.05)),
        float(shares.get("gold", 0.20)),
        float(shares.get("iron", 0.50)),
    )


# --------------------------------------------------------------------------------- pools

_ELECTRIC_MODELS = {"Ariya"}

# Surnames with rough frequencies (per mille of the population).
_SURNAMES = (
    ("王", 72), ("李", 72), ("张", 68), ("刘", 54), ("陈", 60), ("杨", 31), ("黄", 30),
    ("赵", 23), ("吴", 21), ("周", 19), ("徐", 16), ("孙", 15), ("马", 15), ("朱", 14),
    ("胡", 13), ("郭", 11), ("何", 13), ("林", 14), ("高", 11), ("罗", 10), ("郑", 9),
    ("梁", 11), ("谢", 8), ("宋", 7), ("唐", 7), ("许", 7), ("韩", 6), ("冯", 6),
    ("邓", 7), ("曹", 6), ("彭", 6), ("曾", 6), ("肖", 6), ("田", 5), ("董", 5),
    ("袁", 5), ("潘", 5), ("于", 5), ("蒋", 5), ("蔡", 5), ("余", 4), ("杜", 4),
    ("叶", 5), ("程", 4), ("苏", 4), ("魏", 4), ("吕", 4), ("丁", 4), ("任", 4),
    ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3), ("崔", 3), ("钟", 4), ("谭", 3),
    ("陆", 3), ("汪", 3), ("范", 3), ("金", 2), ("石", 2), ("廖", 3), ("贾", 2),
    ("夏", 2), ("韦", 2), ("付", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2),
    ("熊", 2), ("秦", 1), ("邱", 2), ("江", 1), ("尹", 1), ("薛", 1), ("闫", 1),
    ("段", 1), ("雷", 1), ("侯", 1), ("龙", 1), ("史", 1), ("黎", 2), ("欧阳", 1),
    ("单", 1), ("区", 1), ("司马", 0.3), ("冼", 0.5), ("覃", 0.5),
)  # fmt: skip
_MALE_CHARS = (
    "伟强磊军洋勇杰涛明超斌鹏辉华建国志平峰浩宇俊文东海波"
    "刚飞亮成龙林家子晨博凯鑫然昊天健永德荣新春锋振宏兴彬毅"
)
_FEMALE_CHARS = "芳娜敏静丽艳娟霞秀玲婷雪慧颖琳莉萍红燕晶欣怡佳梅倩丹蓉月琴洁悦雨婧璐薇思妍诗梦瑶嘉"

_MOBILE_PREFIXES = tuple(
    str(prefix)
    for prefix in (*range(130, 140), 147, 150, 151, 152, 153, 155, 156, 157, 158, 159, 166,
                   173, 175, 176, 177, 178, *range(180, 190), 191, 198, 199)
)  # fmt: skip

# (district, postcode, streets) of the store's city, and resident-ID area codes.
_DISTRICTS = (
    ("天河区", "510630", ("体育西路", "天河路", "黄埔大道西", "中山大道", "天河北路", "林和西路")),
    ("越秀区", "510030", ("解放北路", "东风中路", "中山五路", "北京路", "环市东路")),
    ("海珠区", "510220", ("江南大道中", "工业大道北", "新港西路", "宝岗大道")),
    ("白云区", "510440", ("白云大道北", "机场路", "广州大道北", "同和路")),
    ("番禺区", "511400", ("市桥街", "迎宾路", "汉溪大道", "南村大道")),
    ("黄埔区", "510700", ("开创大道", "科学大道", "黄埔东路", "丰乐北路")),
    ("荔湾区", "510140", ("中山八路", "芳村大道", "龙津西路", "花地大道")),
    ("花都区", "510800", ("新华路", "迎宾大道", "凤凰北路", "建设路")),
)
_ID_AREAS = (
    ("440106", 20), ("440104", 10), ("440105", 10), ("440111", 10), ("440113", 10),
    ("440112", 5), ("440103", 5), ("440114", 5), ("440303", 3), ("440604", 3),
    ("430102", 4), ("360102", 3), ("450102", 3), ("420102", 3), ("510104", 3),
    ("350102", 2), ("410105", 2), ("610113", 1),
)  # fmt: skip
_ESTATES = ("花园", "雅苑", "新村", "华庭", "公寓", "名苑", "广场", "小区")
# The store's own city first: most plates are local, some from neighbouring cities.
_PLATE_PREFIXES = (("粤A", 85), ("粤B", 5), ("粤E", 4), ("粤S", 3), ("湘A", 1), ("赣B", 1),
                   ("桂A", 1))  # fmt: skip
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

_VIN_WMI = "LGB"  # Dongfeng Nissan passenger cars
_VIN_VDS = ("G2E1A", "J3A1B", "T3R2C", "F5J1D", "Z5M2E", "C3T1F", "K2K1G", "A8E3H")
_VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 2010, 2011, … (I, O, Q, U, Z unused)

_HOBBIES = ("自驾游", "钓鱼", "摄影", "高尔夫", "羽毛球", "篮球", "跑步", "露营", "茶艺", "书法",
            "美食", "音乐", "健身", "游泳", "登山", "读书")  # fmt: skip
_CONTACT_WAYS = ("电话", "微信", "短信")
_CONTACT_TIMES = ("工作日白天", "晚上7点后", "周末", "中午12点到14点", "随时")
_EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "139.com", "gmail.com")
_INSURERS = ("中国人保", "平安保险", "太平洋保险", "国寿财险", "大地保险", "阳光保险")
_COMPANY_WORDS = ("恒通", "宏达", "鸿运", "顺达", "安捷", "华信", "联合", "永盛", "金盾", "粤运",
                  "骏马", "天成", "广顺", "新世纪", "南粤")  # fmt: skip
_COMPANY_TRADES = ("物流", "出租汽车", "汽车租赁", "建设工程", "电子科技", "贸易", "保安服务",
                   "食品", "旅游客运", "医药")  # fmt: skip

_SOURCE_WEIGHTS = {
    "internet": 34, "passing": 12, "referral": 7, "exhibition": 7, "tv_radio": 5,
    "print": 3, "outdoor": 5, "phone_in": 0, "old_customer": 0, "other": 4,
}  # fmt: skip
_CALL_SOURCE_WEIGHTS = {"internet": 40, "phone_in": 35, "tv_radio": 10, "outdoor": 5, "other": 5}
_MODEL_WEIGHTS = {"轩逸": 30, "奇骏": 15, "逍客": 15, "天籁": 10, "骐达": 8, "劲客": 8, "楼兰": 4,
                  "艾睿泽": 10}  # fmt: skip
_LOSS_WEIGHTS = {
    "price": 25, "competitor": 20, "other_dealer": 15, "financing": 5, "postponed": 12,
    "no_stock": 6, "service": 3, "family": 5, "unreachable": 7, "other": 2,
}  # fmt: skip
_LOSS_NOTES = {
    "price": "客户认为优惠幅度不够", "competitor": "客户已购买{competitor}",
    "other_dealer": "客户在其他经销店以更低价格购买", "financing": "贷款审批未通过",
    "postponed": "客户家庭计划变化，推迟购车", "no_stock": "所需颜色无现车，客户不愿等待",
    "service": "客户对接待服务不满意", "family": "家人不同意购车",
    "unreachable": "多次电话无人接听，微信未回复", "other": "客户未说明原因",
}  # fmt: skip
_FOLLOWUP_TEXTS = {
    FollowUpMethod.PHONE: (
        "电话回访，介绍{model}近期优惠政策，客户表示会考虑。",
        "电话沟通{model}{colour}库存情况，客户关心提车时间。",
        "致电客户确认到店时间，邀约周末试驾{model}。",
        "电话跟进，客户正在对比{competitor}，重点介绍我店售后服务。",
        "跟客户沟通贷款方案，首付三成，客户在和家人商量。",
        "电话告知置换补贴政策，客户旧车准备评估。",
    ),
    FollowUpMethod.MESSAGE: (
        "微信发送{model}配置表和报价单。",
        "短信告知本周末店内团购活动。",
        "微信发送{model}{colour}实车照片和视频。",
    ),
    FollowUpMethod.VISIT: (
        "客户到店看车，详细讲解{model}配置，安排试乘试驾。",
        "客户携家人到店，重点了解{model}空间和油耗。",
        "客户到店谈价格，销售经理参与洽谈。",
    ),
    FollowUpMethod.HOME_VISIT: (
        "上门拜访客户，送上{model}资料和小礼品。",
        "到客户单位拜访，介绍企业购车方案。",
    ),
}
_FEEDBACK = (
    "价格还想再优惠一些", "对车型很满意，等家人意见", "在对比{competitor}",
    "近期会到店再看看", "资金还在安排中", "对颜色还在犹豫", "关注置换补贴政策",
    "希望尽快提车", "暂时没有时间到店", "贷款材料在准备中",
)  # fmt: skip
_MANAGER_COMMENTS = ("及时邀约到店试驾", "注意跟进频率，不要间隔太久", "价格可以申请特批",
                     "重点客户，经理亲自跟进", "了解清楚客户顾虑")  # fmt: skip
_VISIT_NOTES = ("看中{colour}{model}", "询问置换政策", "带小孩，关注儿童座椅接口", "关注油耗",
                "关注新能源补贴", "要求报价单", "对比了{competitor}", "关注保养费用")  # fmt: skip
_DELIVERY_CALL_NOTES = ("客户对新车很满意，无使用问题。", "客户询问蓝牙连接方法，已电话指导。",
                        "客户反映导航不太会用，约到店讲解。", "客户对交车服务很满意。")  # fmt: skip
_MAINT_CALL_NOTES = (
    "客户已行驶约{km}公里，已提醒免费首保。",
    "已告知首保项目和时间，客户会尽快安排。",
    "客户表示近期出差，回来后预约首保。",
)
_COMPLAINTS = (
    ("waiting", "保养等待时间过长，超过3小时未完工。"),
    ("repair_quality", "维修后同一问题再次出现。"),
    ("price", "对收费明细有疑问，认为收费偏高。"),
    ("sales", "销售顾问承诺的赠品未兑现。"),
    ("product", "新车交付时发现漆面划痕。"),
    ("attitude", "服务顾问接待态度冷淡。"),
    ("waiting", "预约保养到店后仍需长时间排队。"),
)
_RESOLUTIONS = (
    "已向客户道歉并赠送一次免费保养。", "返修完成，客户表示满意。",
    "已解释收费明细并减免工时费。", "已补送赠品，客户认可。", "已安排钣喷免费修复。",
)  # fmt: skip
_VIP_REASONS = ("公司高管，多次推荐新客户", "累计消费高，重点维护", "单位采购负责人",
                "长期合作客户")  # fmt: skip
_DIFFICULT_REASONS = ("多次投诉，沟通需谨慎", "曾拒付维修费用", "有恶意差评记录",
                      "要求过高，需经理接待")  # fmt: skip
_CONSENT_CHANNELS = ("到店登记", "电话", "微信")

# Other services: yearly rate per vehicle, amount range in CNY.
_OTHER_SERVICES = (
    (ServiceType.MINOR_REPAIR, 0.35, 150, 1500),
    (ServiceType.WARRANTY, 0.12, 0, 0),
    (ServiceType.INSURANCE_REPAIR, 0.10, 1500, 15000),
    (ServiceType.BODY_PAINT, 0.08, 500, 5000),
    (ServiceType.ACCESSORIES, 0.06, 300, 6000),
    (ServiceType.PARTS, 0.05, 100, 2000),
    (ServiceType.RESCUE, 0.02, 0, 500),
    (ServiceType.MAJOR_REPAIR, 0.02, 3000, 20000),
)
_LEVEL_SHARES = (0.10, 0.25, 0.35, 0.30)  # initial level of a new prospect, hottest first
_ORDER_ODDS = (0.65, 0.45, 0.28, 0.12)
_HORIZONS = ((2, 10), (5, 25), (10, 45), (20, 100))

_OPEN_MIN = 9 * 60  # 09:00
_CLOSE_MIN = 18 * 60 + 30  # 18:30
#: "Now" on the demo's today: visits after it do not exist yet, walk-ins still inside
#: have no departure. Fixed rather than the clock so a seed always gives the same store.
_NOW_MIN = 15 * 60 + 30
_HOUR_WEIGHTS = ((9, 4), (10, 9), (11, 9), (12, 5), (13, 6), (14, 9), (15, 10), (16, 9), (17, 5))


class _Weighted(Generic[_T]):
    """A weighted choice that costs one random number and one bisection."""

    def __init__(self, items: Sequence[tuple[_T, float]]) -> None:
        self.values = [item for item, _ in items]
        self._cum = list(itertools.accumulate(weight for _, weight in items))
        self._total = self._cum[-1]

    def __call__(self, rng: random.Random) -> _T:
        return self.values[bisect.bisect(self._cum, rng.random() * self._total)]


# ------------------------------------------------------------------------- small helpers


class _DayCache(dict[int, Any]):
    """Ordinal → object, built once per day: millions of rows share a few thousand days."""

    def __init__(self, make: Callable[[int], Any]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, ordinal: int) -> Any:
        value = self[ordinal] = self._make(ordinal)
        return value


_DATES = _DayCache(dt.date.fromordinal)
_MIDNIGHTS = _DayCache(dt.datetime.fromordinal)
_MINUTES = tuple(dt.timedelta(minutes=m) for m in range(24 * 60))


def _day(ordinal: int) -> dt.date:
    return _DATES[ordinal]


def _at(ordinal: int, minute: int) -> dt.datetime:
    return _MIDNIGHTS[ordinal] + _MINUTES[minute]


def _editable(at: dt.datetime, by: int | None) -> dict[str, Any]:
    return {
        "created_at": at, "updated_at": None, "created_by_id": by, "deleted_at": None,
        "deleted_by_id": None, "version": 1,
    }  # fmt: skip


# --------------------------------------------------------------------------- the people


@dataclass
class _Staff:
    consultants: list[int]
    skill: dict[int, float]  # closing skill, about 0.75–1.25
    pick_consultant: _Weighted[int]
    reception: list[int]
    advisors: list[int]
    managers: list[int]


@dataclass
class _Cust:
    """What is known about one customer while their records are generated."""

    id: int
    created: int  # ordinal day
    name: str
    sex: str | None
    mobile: str
    source: str | None
    creator: int | None
    fleet: bool = False
    consultant_id: int | None = None
    advisor_id: int | None = None
    referrer_id: int | None = None
    spend: float = 0.0
    missed: int = 0  # most maintenances missed by any one of their vehicles
    vehicles: int = 0
    last_visit: dt.datetime | None = None
    last_service: int | None = None
    complaints: int = 0


@dataclass
class _Car:
    """One vehicle while its life is simulated."""

    id: int
    cust: _Cust
    model: _Model
    colour: str
    start: int  # delivery here, or the first service here of a car bought elsewhere
    new: bool  # bought new here: its first maintenance is the free 首保
    start_km: int
    purchased: int
    delivered: int | None
    registered: int | None
    plate: str | None
    private: bool
    consultant_id: int | None = None
    order_id: int | None = None


@dataclass
class _Call:
    """A planned care call and what became of it."""

    id: int
    kind: str
    due: int
    latest: int
    assignee: int | None
    done: int | None = None
    reached: bool = False


# ---------------------------------------------------------------------------- generator


class _Generator:
    """Builds the store chunk by chunk of customers; one instance per generate_demo call."""

    CHUNK = 2_000

    def __init__(
        self,
        sink: _Sink,
        ref: _Reference,
        customers: int,
        seed: int,
        today: dt.date,
        progress: Progress | None,
    ) -> None:
        self.sink = sink
        self.ref = ref
        self.n = customers
        self.rng = random.Random(seed)
        self.today = today.toordinal()
        self.progress = progress
        self.first_customer_id = self.sink.peek_id("customers")
        # Uniqueness of what a person or a car can be found by.
        self.mobiles: set[str] = set()
        self.plates: set[str] = set()
        self.resident_ids: set[str] = set()
        self.vin_serials: Counter[tuple[str, str]] = Counter()
        # Store totals per month ("walk_ins" → year*12+month-1 → count), for the targets.
        self.tally: dict[str, Counter[int]] = defaultdict(Counter)
        self.known_visits_on: Counter[int] = Counter()
        self.referrals: Counter[int] = Counter()
        self.spends: list[float] = []
        self.usernames: list[str] = []
        self._plan_scale()
        self._make_pickers()

    def _make_pickers(self) -> None:
        ref = self.ref
        sources = ref.ids[RefKind.SOURCE]
        self.pick_surname = _Weighted(_SURNAMES)
        self.pick_model = _Weighted([(m, _MODEL_WEIGHTS.get(m.name, 5)) for m in ref.models])
        self.pick_source = _Weighted(
            [(c, w) for c, w in _SOURCE_WEIGHTS.items() if c in sources and w]
            or [(c, 1) for c in sources]
        )
        self.pick_call_source = _Weighted(
            [(c, w) for c, w in _CALL_SOURCE_WEIGHTS.items() if c in sources]
            or [(c, 1) for c in sources]
        )
        self.pick_loss = _Weighted(
            [(c, _LOSS_WEIGHTS.get(c, 2)) for c in ref.ids[RefKind.LOSS_REASON]]
        )
        self.pick_area = _Weighted(_ID_AREAS)
        self.pick_plate_prefix = _Weighted(_PLATE_PREFIXES)
        self.pick_hour = _Weighted(_HOUR_WEIGHTS)
        self.pick_level = _Weighted(
            list(zip(range(len(ref.open_levels)), _LEVEL_SHARES, strict=False))
        )
        self.colours = list(ref.names[RefKind.COLOUR].values())
        self.competitors = list(ref.names.get(RefKind.COMPETITOR, {}).values()) or ["其他品牌"]
        self.occupations = list(ref.names.get(RefKind.OCCUPATION, {}).values()) or ["企业职员"]

    # ---------------------------------------------------------------- scale and calendar

    def _plan_scale(self) -> None:
        n = self.n
        # About 40 showroom contacts a day per 1,000 customers, at most a busy store's 150.
        self.per_day = max(3.0, min(150.0, n * 40 / 1000))
        # 42% of the customers first came during the visitor log; the rest are owners
        # from before it (the base), about 1 in 60 of them a fleet.
        self.prospect_customers = round(n * 0.42)
        self.base_customers = n - self.prospect_customers
        # Each such customer brings about three log rows (their visits and the anonymous
        # walk-ins around them); the log is as long as that traffic needs, 4 months to 5 years.
        window = round(self.prospect_customers * 3.0 / self.per_day)
        self.window_days = max(120, min(5 * 365, window))
        self.window_start = self.today - self.window_days
        # The base bought their cars over the years before the log began.
        self.history_start = min(self.today - 5 * 365, self.window_start - 365)
        self.consultant_count = max(4, min(30, round(n / 1500)))

    def _total_units(self) -> int:
        return self.n + 2 * max(1, self.n // 10)

    def _report(self, done: int) -> None:
        if self.progress is not None and self.progress(done, self._total_units()) is False:
            raise Cancelled  # leaving the transaction by it rolls everything back

    def run(self) -> DemoSummary:
        rng = self.rng
        self._report(0)
        self.staff = self._make_staff()
        base_days = sorted(
            rng.randint(self.history_start, self.window_start - 1)
            for _ in range(self.base_customers)
        )
        prospect_days = self._prospect_days(self.prospect_customers)
        for start in range(0, self.n, self.CHUNK):
            for index in range(start, min(self.n, start + self.CHUNK)):
                if index < self.base_customers:
                    self._base_customer(base_days[index])
                else:
                    self._prospect_customer(prospect_days[index - self.base_customers])
            self.sink.flush()
            self._report(min(self.n, start + self.CHUNK))
        self._anonymous_traffic()
        self.sink.flush()
        self._report(self.n + max(1, self.n // 10))
        self._finish()
        self._report(self._total_units())
        return DemoSummary(**{t.name: self.sink.written[t.name] for t in _TABLES})

    def _prospect_days(self, count: int) -> list[int]:
        # Weekends bring about 60% more visitors than a weekday.
        days = list(range(self.window_start, self.today + 1))
        weights = [1.6 if _day(o).weekday() >= 5 else 1.0 for o in days]
        return sorted(self.rng.choices(days, weights=weights, k=count))

    def tally_day(self, kind: str, ordinal: int) -> None:
        day = _day(ordinal)
        self.tally[kind][day.year * 12 + day.month - 1] += 1

    # ---------------------------------------------------------------------------- staff

    def _make_staff(self) -> _Staff:
        rng = self.rng
        # One shared password for every account (hashed once: argon2 is slow by design).
        self.password_hash = demo_password_hash()
        consultants = [self._user(Role.CONSULTANT) for _ in range(self.consultant_count)]
        receptionists = max(2, min(6, round(len(consultants) / 4)))
        advisors = max(3, min(16, round(self.n / 6000)))
        return _Staff(
            consultants=consultants,
            skill={c: rng.uniform(0.75, 1.25) for c in consultants},
            pick_consultant=_Weighted([(c, rng.uniform(0.7, 1.3)) for c in consultants]),
            reception=[self._user(Role.RECEPTION) for _ in range(receptionists)],
            advisors=[self._user(Role.SERVICE_ADVISOR) for _ in range(advisors)],
            managers=[self._user(Role.MANAGER) for _ in range(2 if len(consultants) <= 12 else 3)],
        )

    def _user(self, role: str) -> int:
        name, _sex = self.person_name()
        base = name_keys(name)[0] or "user"
        username, suffix = base, 1
        while username in self.ref.usernames or username in self.usernames:
            suffix += 1
            username = f"{base}{suffix}"
        self.usernames.append(username)
        user_id = self.sink.new_id("users")
        self.sink.add("users", {
            "id": user_id, "username": username, "display_name": name, "role": role,
            "password_hash": self.password_hash, "phone": self._mobile(), "active": True,
            "last_login_at": None,
            **_editable(_at(self.history_start, 9 * 60), self.ref.admin_id),
        })  # fmt: skip
        return user_id

    # --------------------------------------------------------------------------- people

    def person_name(self) -> tuple[str, str]:
        rng = self.rng
        sex = "M" if rng.random() < 0.62 else "F"
        chars = _MALE_CHARS if sex == "M" else _FEMALE_CHARS
        given = rng.choice(chars)
        if rng.random() < 0.75:
            second = rng.choice(chars)
            # Doubled characters (婷婷, 丹丹) are common in women's names only.
            while second == given and sex == "M":
                second = rng.choice(chars)
            given += second
        return self.pick_surname(rng) + given, sex

    def _mobile(self) -> str:
        rng = self.rng
        while True:
            mobile = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"
            if mobile not in self.mobiles:
                self.mobiles.add(mobile)
                return mobile

    def _birthday(self) -> int:
        return self.today - int(self.rng.triangular(23, 65, 38) * 365.25)

    def _resident_id(self, birthday: int, sex: str) -> str:
        rng = self.rng
        born = _day(birthday)
        while True:
            # The 17th digit is odd for men, even for women.
            order = rng.randrange(100) * 10 + rng.randrange(1 if sex == "M" else 0, 10, 2)
            first17 = f"{self.pick_area(rng)}{born:%Y%m%d}{order:03d}"
            number = first17 + resident_id_check_char(first17)
            if number not in self.resident_ids:
                self.resident_ids.add(number)
                return number

    def _address(self) -> tuple[str, str]:
        rng = self.rng
        district, postcode, streets = rng.choice(_DISTRICTS)
        estate = rng.choice("金银福锦翠碧华景康泰丰盛") + rng.choice("苑园湾庭")
        return (
            f"广州市{district}{rng.choice(streets)}{rng.randint(1, 399)}号{estate}"
            f"{rng.choice(_ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 32)}"
            f"{rng.randint(1, 8):02d}房",
            postcode,
        )

    def _landline(self) -> str:
        return f"020-{self.rng.randint(2, 8)}{self.rng.randrange(10**7):07d}"

    def _card(self, name: str, sex: str | None, fleet: bool) -> dict[str, Any]:
        """The customer card's fixed information (稳态信息) with its derived columns, by
        the customer factory every writer uses (here as a column dict for bulk INSERT)."""
        rng = self.rng
        mobile = self._mobile()
        birthday = None if fleet or rng.random() < 0.5 else self._birthday()
        resident_id = None
        if not fleet and sex and rng.random() < 0.2:
            birthday = birthday or self._birthday()
            resident_id = self._resident_id(birthday, sex)
        born = _day(birthday) if birthday else None
        home = self._address() if not fleet and rng.random() < 0.7 else (None, None)
        work = self._address() if fleet or rng.random() < 0.3 else (None, None)
        email = None
        if not fleet and rng.random() < 0.25:
            email = f"{name_keys(name)[0]}{rng.randint(1, 999)}@{rng.choice(_EMAIL_DOMAINS)}"
        return customer_columns({
            "name": name, "sex": sex, "resident_id": resident_id,
            "occupation": None if fleet else rng.choice(self.occupations),
            "birthday": born, "home_address": home[0], "home_postcode": home[1],
            "work_address": work[0], "work_postcode": work[1],
            "company": name if fleet else None, "mobile": mobile,
            "home_phone": self._landline() if rng.random() < 0.12 else None,
            "office_phone": self._landline() if fleet or rng.random() < 0.08 else None,
            "email": email, "fax": self._landline() if fleet and rng.random() < 0.5 else None,
            "wechat": f"wx_{mobile[-6:]}{rng.randint(10, 99)}" if rng.random() < 0.4 else None,
            "hobbies": "、".join(rng.sample(_HOBBIES, rng.randint(1, 3)))
            if rng.random() < 0.3 else None,
            "preferred_contact": rng.choice(_CONTACT_WAYS),
            "preferred_contact_time": rng.choice(_CONTACT_TIMES) if rng.random() < 0.5 else None,
            "notes": f"联系人：{self.person_name()[0]}" if fleet else None,
        })  # fmt: skip

    def _new_customer(
        self, created: int, fleet: bool, source: str | None, creator: int
    ) -> tuple[_Cust, dict[str, Any]]:
        rng = self.rng
        if fleet:
            words, trade = rng.choice(_COMPANY_WORDS), rng.choice(_COMPANY_TRADES)
            name, sex = f"广州市{words}{trade}有限公司", None
        else:
            name, sex = self.person_name()
        card = self._card(name, sex, fleet)
        cust = _Cust(
            id=self.sink.new_id("customers"), created=created, name=name, sex=sex,
            mobile=card["mobile"], source=source, creator=creator, fleet=fleet,
        )  # fmt: skip
        return cust, card

    # ------------------------------------------------------------------------ customers

    def _base_customer(self, created: int) -> None:
        """An owner from before the visitor log: vehicles, their services, maybe a new car."""
        rng = self.rng
        fleet = rng.random() < 0.017
        advisor = rng.choice(self.staff.advisors)
        cust, card = self._new_customer(created, fleet, self.pick_source(rng), advisor)
        cust.advisor_id = advisor
        sold_here = rng.random() < (0.9 if fleet else 0.72)
        cust.consultant_id = self.staff.pick_consultant(rng) if sold_here else None
        last_day = max(created, self.window_start - 1)
        for index in range(self._vehicle_count(fleet)):
            first_batch = index == 0 or (fleet and index < 5)
            self._old_vehicle(cust, created if first_batch else rng.randint(created, last_day),
                              sold_here)  # fmt: skip
        if not fleet and rng.random() < 0.05:
            # An owner back for another car (增购/换购) appears in the visitor log.
            earliest = max(created + 180, self.window_start)
            if earliest <= self.today:
                self._prospect(cust, rng.randint(earliest, self.today), returning=True)
        self._emit_customer(cust, card)

    def _vehicle_count(self, fleet: bool) -> int:
        rng = self.rng
        if fleet:
            return min(60, 10 + int(rng.expovariate(1 / 9)))
        roll = rng.random()
        return 1 if roll < 0.6 else 2 if roll < 0.9 else 3

    def _old_vehicle(self, cust: _Cust, day: int, sold_here: bool) -> None:
        model = self.pick_model(self.rng)
        if sold_here:
            car = self.add_vehicle(cust, model, day, delivered=day,
                                   consultant_id=cust.consultant_id)  # fmt: skip
        else:  # bought elsewhere, serviced here from ``day`` on
            car = self.add_vehicle(cust, model, day, purchased=day - self.rng.randint(30, 1000))
        _Life(self, car).run()

    def _prospect_customer(self, created: int) -> None:
        """Someone who first came or called during the visitor log, and what followed."""
        rng = self.rng
        source = self.pick_source(rng)
        cust, card = self._new_customer(created, False, source, rng.choice(self.staff.reception))
        if source == "referral" and self.base_customers:
            # Owners have the lower ids, so a referrer's row is always written first.
            cust.referrer_id = self.first_customer_id + rng.randrange(self.base_customers)
            self.referrals[cust.referrer_id] += 1
        self._prospect(cust, created, returning=False)
        self._emit_customer(cust, card)

    def _emit_customer(self, cust: _Cust, card: dict[str, Any]) -> None:
        created_at = _at(cust.created, self.rng.randint(_OPEN_MIN, _CLOSE_MIN - 60))
        is_base = cust.vehicles > 0
        loyalty = loyalty_class(cust.missed) if is_base else None
        self.spends.append(cust.spend)
        self.sink.add("customers", {
            "id": cust.id, **card,
            "source_id": self.ref.ids[RefKind.SOURCE].get(cust.source or ""),
            "referred_by_id": cust.referrer_id, "consultant_id": cust.consultant_id,
            "service_advisor_id": cust.advisor_id, **self._consent(cust, created_at),
            "anonymised_at": None, "cumulative_spend": round(cust.spend, 2),
            "loyalty_class": loyalty,
            "membership_level": self._membership(cust.spend, loyalty) if is_base else None,
            # Value class needs every customer's spend: set in one UPDATE at the end.
            "value_class": ValueClass.LEAD, "is_base": is_base, "referral_count": 0,
            "marks": self._marks(cust, created_at), "last_visit_at": cust.last_visit,
            "last_service_on": _day(cust.last_service) if cust.last_service else None,
            "merged_into_id": None, **_editable(created_at, cust.creator),
        })  # fmt: skip

    def _membership(self, spend: float, loyalty: str | None) -> str | None:
        rank = int(loyalty[1:]) if loyalty else 1
        for code, min_spend, max_rank in self.ref.membership:
            if spend >= min_spend and rank <= max_rank:
                return code
        return None

    def _marks(self, cust: _Cust, created_at: dt.datetime) -> str:
        """Special marks, each with its reason; the active ones mirrored as "fleet,vip"."""
        rng = self.rng
        kinds: list[tuple[str, str]] = []
        if cust.fleet:
            kinds.append((MarkKind.FLEET, f"企业车队客户，在我店有车辆{cust.vehicles}台"))
        if cust.vehicles and rng.random() < 0.015:
            kinds.append((MarkKind.VIP, rng.choice(_VIP_REASONS)))
        if rng.random() < (0.3 if cust.complaints else 0.009):
            kinds.append((MarkKind.DIFFICULT, rng.choice(_DIFFICULT_REASONS)))
        manager = self.staff.managers[0]
        active = []
        for kind, reason in kinds:
            at = created_at + dt.timedelta(days=rng.randint(0, 60))
            cleared = kind != MarkKind.FLEET and rng.random() < 0.05
            self.sink.add("customer_marks", {
                "id": self.sink.new_id("customer_marks"), "customer_id": cust.id,
                "kind": kind, "reason": reason,
                "cleared_at": at + dt.timedelta(days=rng.randint(30, 300)) if cleared else None,
                "cleared_by_id": manager if cleared else None,
                "cleared_reason": "情况已改善" if cleared else None,
                "created_at": at, "updated_at": None, "created_by_id": manager,
            })  # fmt: skip
            if not cleared:
                active.append(kind)
        return ",".join(active)

    def _consent(self, cust: _Cust, created_at: dt.datetime) -> dict[str, Any]:
        """Consent flags and the events that prove them (PIPL)."""
        rng = self.rng
        self._consent_event(cust.id, "sales", True, created_at)
        sales, sales_at = True, created_at
        withdrawn = created_at + dt.timedelta(days=rng.randint(10, 400), hours=2)
        if rng.random() < 0.04 and withdrawn.toordinal() <= self.today:
            sales, sales_at = False, withdrawn
            self._consent_event(cust.id, "sales", False, withdrawn, "客户要求不再联系")
        marketing = rng.random() < 0.5
        if marketing:
            self._consent_event(cust.id, "marketing", True, created_at)
        return {
            "consent_sales": sales, "consent_sales_at": sales_at,
            "consent_marketing": marketing,
            "consent_marketing_at": created_at if marketing else None,
        }  # fmt: skip

    def _consent_event(
        self, customer_id: int, purpose: str, granted: bool, at: dt.datetime,
        note: str | None = None,
    ) -> None:  # fmt: skip
        self.sink.add("consent_events", {
            "id": self.sink.new_id("consent_events"), "customer_id": customer_id,
            "purpose": purpose, "granted": granted, "at": at,
            "channel": self.rng.choice(_CONSENT_CHANNELS), "note": note,
            "created_at": at, "updated_at": None, "created_by_id": None,
        })  # fmt: skip

    # ------------------------------------------------------------------------ prospects

    def _prospect(self, cust: _Cust, start: int, *, returning: bool) -> None:
        """A prospect card from the first contact on (``returning``: an owner buying again)."""
        rng = self.rng
        consultant = cust.consultant_id or self.staff.pick_consultant(rng)
        cust.consultant_id = consultant
        model = self.pick_model(rng)
        story = _Story(self, cust, self.sink.new_id("prospects"), consultant,
                       self.pick_level(rng), model)  # fmt: skip
        sources = self.ref.ids[RefKind.SOURCE]
        source = "old_customer" if returning and "old_customer" in sources else cust.source
        if returning:
            purchase = PurchaseType.REPLACEMENT if rng.random() < 0.6 else PurchaseType.ADDITIONAL
        else:
            roll = rng.random()
            purchase = (PurchaseType.FIRST if roll < 0.65 else PurchaseType.ADDITIONAL
                        if roll < 0.8 else PurchaseType.REPLACEMENT)  # fmt: skip
        kind = VisitKind.CALL if rng.random() < 0.22 else VisitKind.WALK_IN
        first_at = self.visit(
            cust, start, kind, story, source=source, purchase=purchase, first=not returning,
            test_drive=kind == VisitKind.WALK_IN and rng.random() < 0.35,
        )  # fmt: skip
        self.tally_day("prospects", start)
        self.level_change(story.id, None, story.level, first_at, consultant, None)
        story.play(start)
        competitors = rng.sample(self.competitors, min(len(self.competitors), rng.randint(0, 2)))
        self.sink.add("prospects", {
            "id": story.id, "customer_id": cust.id, "consultant_id": consultant,
            "created_on": _day(start), "source_id": sources.get(source or ""),
            "referrer_id": cust.referrer_id, "intended_model_id": model.id,
            "intended_colour": story.colour,
            "budget": round(model.price * rng.uniform(0.85, 1.1), -3),
            "payment": story.payment, "purchase_type": purchase,
            "competitors": "、".join(competitors) or None, "level": story.level,
            "status": story.status,
            "next_followup_on": _day(story.next_on) if story.next_on else None,
            "last_followup_on": _day(story.last_on) if story.last_on else None,
            "closed_on": _day(story.closed_on) if story.closed_on else None,
            "notes": None, **_editable(first_at, consultant),
        })  # fmt: skip

    def level_change(
        self, prospect_id: int, old: str | None, new: str, at: dt.datetime, by: int,
        follow_up_id: int | None,
    ) -> None:  # fmt: skip
        self.sink.add("level_changes", {
            "id": self.sink.new_id("level_changes"), "prospect_id": prospect_id,
            "from_level": old, "to_level": new, "changed_at": at, "changed_by_id": by,
            "follow_up_id": follow_up_id,
        })  # fmt: skip

    # --------------------------------------------------------------------------- visits

    def _visit_times(
        self, day: int, kind: str, test_drive: bool
    ) -> tuple[dt.datetime, dt.datetime | None]:
        rng = self.rng
        minute = self.pick_hour(rng) * 60 + rng.randrange(60)
        if day == self.today and minute >= _NOW_MIN:
            minute = rng.randint(_OPEN_MIN, _NOW_MIN - 5)  # nobody arrives after "now"
        minute = min(minute, _CLOSE_MIN - 30)
        if kind == VisitKind.CALL:
            length = rng.randint(2, 12)
        else:
            length = rng.randint(15, 90) + (rng.randint(30, 60) if test_drive else 0)
        leave = min(_CLOSE_MIN, minute + length)
        if day == self.today and leave > _NOW_MIN:
            return _at(day, minute), None  # still in the showroom
        return _at(day, minute), _at(day, leave)

    def visit(
        self, cust: _Cust, day: int, kind: str, story: _Story, *, source: str | None,
        purchase: str | None, first: bool, test_drive: bool,
    ) -> dt.datetime:  # fmt: skip
        """A visitor-log row of a known customer; returns the arrival time."""
        rng = self.rng
        arrived, departed = self._visit_times(day, kind, test_drive)
        visit_id = self.sink.new_id("visits")
        self.sink.add("visits", {
            "id": visit_id, "visit_date": _day(day), "kind": kind, "arrived_at": arrived,
            "departed_at": departed, "customer_id": cust.id, "visitor_name": cust.name,
            "sex": cust.sex, "phone": cust.mobile,
            "party_size": 1 if kind == VisitKind.CALL else rng.choice((1, 1, 2, 2, 2, 3, 3, 4)),
            "is_first_visit": first,
            "source_id": self.ref.ids[RefKind.SOURCE].get(source or ""),
            "referrer_id": cust.referrer_id if first else None,
            "intended_model_id": story.model.id, "intended_colour": story.colour,
            "purchase_type": purchase, "level_given": story.level, "test_drive": test_drive,
            "contact_left": True, "consultant_id": story.consultant, "prospect_id": story.id,
            "notes": rng.choice(_VISIT_NOTES).format(**story.ctx) if rng.random() < 0.2 else None,
            "linked_at": None, **_editable(arrived, rng.choice(self.staff.reception)),
        })  # fmt: skip
        self.known_visits_on[day] += 1
        self.tally_day("walk_ins" if kind == VisitKind.WALK_IN else "calls", day)
        if cust.last_visit is None or arrived > cust.last_visit:
            cust.last_visit = arrived
        if test_drive:
            story.test_driven = True
            self.sink.add("test_drives", {
                "id": self.sink.new_id("test_drives"), "prospect_id": story.id,
                "visit_id": visit_id, "customer_id": cust.id, "consultant_id": story.consultant,
                "model_id": story.model.id, "driven_on": _day(day), "notes": None,
                "created_at": arrived, "updated_at": None, "created_by_id": story.consultant,
            })  # fmt: skip
            self.tally_day("test_drives", day)
        return arrived

    def _anonymous_traffic(self) -> None:
        """Walk-ins and callers who left no contact: about a third of the visitor log."""
        rng = self.rng
        average = sum(self.known_visits_on.values()) / max(1, self.window_days + 1)
        for day in range(self.window_start, self.today + 1):
            busy = (self.known_visits_on[day] + average) / 2
            for _ in range(round(busy * rng.uniform(0.35, 0.65))):
                self._anonymous_visit(day)

    def _anonymous_visit(self, day: int) -> None:
        rng = self.rng
        kind = VisitKind.CALL if rng.random() < 0.2 else VisitKind.WALK_IN
        arrived, departed = self._visit_times(day, kind, False)
        sex = "M" if rng.random() < 0.62 else "F"
        source = self.pick_call_source(rng) if kind == VisitKind.CALL else self.pick_source(rng)
        self.sink.add("visits", {
            "id": self.sink.new_id("visits"), "visit_date": _day(day), "kind": kind,
            "arrived_at": arrived, "departed_at": departed, "customer_id": None,
            "visitor_name": self.pick_surname(rng) + ("先生" if sex == "M" else "女士"),
            "sex": sex, "phone": None,
            "party_size": 1 if kind == VisitKind.CALL else rng.choice((1, 1, 2, 2, 3)),
            "is_first_visit": True, "source_id": self.ref.ids[RefKind.SOURCE].get(source),
            "referrer_id": None,
            "intended_model_id": self.pick_model(rng).id if rng.random() < 0.8 else None,
            "intended_colour": None, "purchase_type": None, "level_given": None,
            "test_drive": False, "contact_left": False,
            "consultant_id": self.staff.pick_consultant(rng), "prospect_id": None,
            "notes": None, "linked_at": None,
            **_editable(arrived, rng.choice(self.staff.reception)),
        })  # fmt: skip
        self.tally_day("walk_ins" if kind == VisitKind.WALK_IN else "calls", day)

    # ------------------------------------------------------------------------- vehicles

    def _plate(self, model: _Model) -> str:
        rng = self.rng
        while True:
            if model.electric:  # new-energy small car: D/F, a letter or digit, 4 digits
                serial = rng.choice("DF") + rng.choice(_PLATE_LETTERS + "0123456789")
                serial += f"{rng.randrange(10_000):04d}"
            else:
                head = rng.choice(_PLATE_LETTERS) if rng.random() < 0.6 else str(rng.randrange(10))
                mid = rng.choice(_PLATE_LETTERS) if rng.random() < 0.15 else str(rng.randrange(10))
                serial = f"{head}{mid}{rng.randrange(1000):03d}"
            plate = self.pick_plate_prefix(rng) + serial
            if plate not in self.plates:
                self.plates.add(plate)
                return plate

    def vin(self, model: _Model, built: int) -> str:
        day = _day(built)
        year = day.year + (1 if day.month >= 10 else 0)  # model years start in autumn
        year_code = _VIN_YEARS[(year - 2010) % len(_VIN_YEARS)]
        vds = _VIN_VDS[(model.id - 1) % len(_VIN_VDS)]
        self.vin_serials[vds, year_code] += self.rng.randint(1, 7)
        serial = 100_000 + self.vin_serials[vds, year_code]
        plant = "W" if serial < 1_000_000 else "X"
        body = f"{_VIN_WMI}{vds}0{year_code}{plant}{serial % 1_000_000:06d}"
        return body[:8] + vin_check_char(body) + body[9:]

    def add_vehicle(
        self, cust: _Cust, model: _Model, start: int, *, delivered: int | None = None,
        purchased: int | None = None, consultant_id: int | None = None,
        order_id: int | None = None, colour: str | None = None,
    ) -> _Car:  # fmt: skip
        rng = self.rng
        bought = delivered if delivered is not None else purchased if purchased else start
        registered: int | None = bought + rng.randint(0, 5)
        if registered is not None and registered > self.today:
            registered = None  # delivered days ago, plates not issued yet
        new = delivered is not None
        cust.vehicles += 1
        return _Car(
            id=self.sink.new_id("vehicles"), cust=cust, model=model,
            colour=colour or rng.choice(self.colours), start=start, new=new,
            start_km=rng.randint(5, 40) if new else int((start - bought) * rng.uniform(25, 50)),
            purchased=bought, delivered=delivered, registered=registered,
            plate=self._plate(model) if registered else None, private=not cust.fleet,
            consultant_id=consultant_id, order_id=order_id,
        )  # fmt: skip

    def complaint(self, car: _Car, day: int) -> None:
        rng = self.rng
        category, content = rng.choice(_COMPLAINTS)
        received = _at(day, rng.randint(_OPEN_MIN, _CLOSE_MIN))
        now = _at(self.today, _NOW_MIN)
        # The promise clock: the general manager within 12 h, an answer within 24 h;
        # some complaints miss it.
        gm = received + dt.timedelta(hours=rng.uniform(0.5, 15))
        answered = received + dt.timedelta(hours=rng.uniform(2, 30))
        closed = answered + dt.timedelta(days=rng.randint(1, 7))
        if closed <= now:
            status = ComplaintStatus.ESCALATED if rng.random() < 0.03 else ComplaintStatus.CLOSED
        else:
            status = ComplaintStatus.ANSWERED if answered <= now else ComplaintStatus.OPEN
        answered_yet = status in (ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED)
        advisor = car.cust.advisor_id or rng.choice(self.staff.advisors)
        self.sink.add("complaints", {
            "id": self.sink.new_id("complaints"), "customer_id": car.cust.id,
            "vehicle_id": car.id, "care_call_id": None, "received_at": received,
            "channel": rng.choice(("desk", "phone", "hotline", "online")),
            "category_id": self.ref.ids.get(RefKind.COMPLAINT_CATEGORY, {}).get(category),
            "content": content, "status": status, "assignee_id": advisor,
            "gm_notified_at": gm if gm <= now else None,
            "answered_at": answered if answered_yet else None,
            "answer": "已联系客户说明情况并致歉。" if answered_yet else None,
            "closed_at": closed if status == ComplaintStatus.CLOSED else None,
            "resolution": rng.choice(_RESOLUTIONS) if status == ComplaintStatus.CLOSED else None,
            **_editable(received, advisor),
        })  # fmt: skip
        car.cust.complaints += 1

    # --------------------------------------------------------------------------- finish

    def _finish(self) -> None:
        self._sales_targets()
        self.sink.flush()
        self._referral_counts()
        self._value_classes()

    def _referral_counts(self) -> None:
        if not self.referrals:
            return
        table = Customer.__table__
        self.sink.connection.execute(
            update(table).where(table.c.id == bindparam("b_id"))
            .values(referral_count=bindparam("b_count")),
            [{"b_id": cid, "b_count": n} for cid, n in sorted(self.referrals.items())],
        )  # fmt: skip

    def _value_classes(self) -> None:
        """白金/黄金/铁/铅 by revenue rank: one UPDATE with the rank cut-offs."""
        ranked = sorted(self.spends, reverse=True)

        def cut(share: float) -> float:
            index = max(0, min(len(ranked) - 1, round(len(ranked) * share) - 1))
            return max(ranked[index], 0.01)  # a customer who spent nothing is lead

        platinum, gold, iron = self.ref.value_shares
        table = Customer.__table__
        spend = table.c.cumulative_spend
        self.sink.connection.execute(
            update(table).values(
                value_class=case(
                    (spend >= cut(platinum), ValueClass.PLATINUM.value),
                    (spend >= cut(gold), ValueClass.GOLD.value),
                    (spend >= cut(iron), ValueClass.IRON.value),
                    else_=ValueClass.LEAD.value,
                )
            )
        )

    def _sales_targets(self) -> None:
        """Each consultant's monthly targets: the store's month shared out, a little above."""
        rng = self.rng
        first, last = _day(self.window_start), _day(self.today)
        months = list(range(first.year * 12 + first.month - 1, last.year * 12 + last.month + 1))
        # This month and next are planned from the last three complete months.
        complete = months[:-2][-3:] or months
        at = _at(self.window_start, 9 * 60)
        share = 1 / len(self.staff.consultants)
        for month in months:
            for consultant in self.staff.consultants:
                values = {}
                for kind in ("walk_ins", "prospects", "test_drives", "orders", "deliveries"):
                    counter = self.tally[kind]
                    total = counter[month] if month in complete or month < complete[0] else (
                        sum(counter[m] for m in complete) / len(complete))  # fmt: skip
                    values[kind] = max(1, round(total * share * rng.uniform(1.0, 1.25)))
                self.sink.add("sales_targets", {
                    "id": self.sink.new_id("sales_targets"),
                    "month": dt.date(month // 12, month % 12 + 1, 1),
                    "consultant_id": consultant, **values,
                    **_editable(at, self.staff.managers[0]),
                })  # fmt: skip


# -------------------------------------------------------------------- a prospect's story


class _Story:
    """A prospect from the first contact: follow-ups, level changes, order or loss."""

    def __init__(
        self, gen: _Generator, cust: _Cust, prospect_id: int, consultant: int, level_index: int,
        model: _Model,
    ) -> None:  # fmt: skip
        rng = gen.rng
        self.gen = gen
        self.cust = cust
        self.id = prospect_id
        self.consultant = consultant
        self.index = min(level_index, len(gen.ref.open_levels) - 1)
        self.level = gen.ref.open_levels[self.index]
        self.model = model
        self.colour = rng.choice(gen.colours)
        self.payment = Payment.LOAN if rng.random() < 0.45 else Payment.CASH
        self.ctx = {"model": model.name, "colour": self.colour,
                    "competitor": rng.choice(gen.competitors)}  # fmt: skip
        self.status: str = ProspectStatus.OPEN
        self.next_on: int | None = None
        self.last_on: int | None = None
        self.closed_on: int | None = None
        self.test_driven = False

    def play(self, start: int) -> None:
        gen, rng = self.gen, self.gen.rng
        slot = min(self.index, len(_ORDER_ODDS) - 1)
        will_order = rng.random() < _ORDER_ODDS[slot] * gen.staff.skill[self.consultant]
        low, high = _HORIZONS[slot]
        # Losses take longer to admit than orders take to sign.
        close_on = start + rng.randint(low, high) * (1 if will_order else 2)
        # A few prospects are simply forgotten: never closed, long overdue.
        forgotten = start + rng.randint(5, 60) if rng.random() < 0.05 else None
        due = start + self._interval()
        while due < close_on and due <= gen.today and not (forgotten and due > forgotten):
            day = due + self._delay()
            if day >= close_on or day > gen.today:
                break  # a follow-up due before today but not done yet is overdue
            self._follow_up(day, will_order)
            due = day + self._interval()
        self.next_on = due
        if close_on <= gen.today and not forgotten:
            self._order(close_on) if will_order else self._lose(close_on)

    def _interval(self) -> int:
        return self.gen.ref.followup_days[self.level]

    def _delay(self) -> int:
        rng = self.gen.rng
        roll = rng.random()
        return 0 if roll < 0.7 else rng.randint(1, 3) if roll < 0.9 else rng.randint(4, 10)

    def _follow_up(self, day: int, will_order: bool) -> None:
        gen, rng = self.gen, self.gen.rng
        before = self.level
        roll = rng.random()
        hottest, coldest = 0, len(gen.ref.open_levels) - 1
        if will_order and roll < 0.35 and self.index > hottest:
            self.index -= 1  # warming up towards the order
        elif not will_order and roll < 0.2 and self.index < coldest:
            self.index += 1
        elif not will_order and roll > 0.92 and self.index > hottest:
            self.index -= 1
        self.level = gen.ref.open_levels[self.index]
        method = self._method()
        if method == FollowUpMethod.VISIT:
            at = self.visit(day, not self.test_driven and rng.random() < 0.3)
        else:
            at = _at(day, rng.randint(_OPEN_MIN, _CLOSE_MIN - 30))
        self._write_follow_up(day, at, method, rng.choice(_FOLLOWUP_TEXTS[method]), before,
                              day + self._interval())  # fmt: skip

    def _method(self) -> str:
        roll = self.gen.rng.random()
        if roll < 0.62:
            return FollowUpMethod.PHONE
        if roll < 0.84:
            return FollowUpMethod.MESSAGE
        return FollowUpMethod.VISIT if roll < 0.97 else FollowUpMethod.HOME_VISIT

    def visit(self, day: int, test_drive: bool) -> dt.datetime:
        return self.gen.visit(self.cust, day, VisitKind.WALK_IN, self, source=None,
                              purchase=None, first=False, test_drive=test_drive)  # fmt: skip

    def _write_follow_up(
        self, day: int, at: dt.datetime, method: str, content: str, before: str,
        next_on: int | None,
    ) -> None:  # fmt: skip
        gen, rng = self.gen, self.gen.rng
        follow_id = gen.sink.new_id("follow_ups")
        commented = rng.random() < 0.1
        manager = gen.staff.managers[0]
        gen.sink.add("follow_ups", {
            "id": follow_id, "prospect_id": self.id, "consultant_id": self.consultant,
            "followed_on": _day(day), "method": method, "content": content.format(**self.ctx),
            "feedback": rng.choice(_FEEDBACK).format(**self.ctx) if rng.random() < 0.7 else None,
            "level_before": before, "level_after": self.level,
            "next_followup_on": _day(next_on) if next_on else None,
            "manager_comment": rng.choice(_MANAGER_COMMENTS) if commented else None,
            "manager_comment_by_id": manager if commented else None,
            "manager_comment_at": at + dt.timedelta(hours=3) if commented else None,
            **_editable(at, self.consultant),
        })  # fmt: skip
        if before != self.level:
            gen.level_change(self.id, before, self.level, at, self.consultant, follow_id)
        self.last_on = day

    def _close(self, day: int, level: str, status: str, method: str, content: str,
               at: dt.datetime) -> None:  # fmt: skip
        before, self.level = self.level, level
        self._write_follow_up(day, at, method, content, before, None)
        self.status, self.closed_on, self.next_on = status, day, None

    def _order(self, day: int) -> None:
        gen, rng = self.gen, self.gen.rng
        at = self.visit(day, not self.test_driven and rng.random() < 0.4)
        self._close(day, gen.ref.order_level, ProspectStatus.ORDERED, FollowUpMethod.VISIT,
                    "客户到店签订购车合同，交付定金。", at)  # fmt: skip
        self._write_order(day, at)

    def _write_order(self, day: int, at: dt.datetime) -> None:
        """The order and, once delivered, the vehicle it created and that vehicle's life."""
        gen, rng = self.gen, self.gen.rng
        price = round(self.model.price * (1 - rng.uniform(0, 0.08)), -2)
        wait = rng.randint(7, 30) if self.payment == Payment.LOAN else rng.randint(3, 15)
        order_id = gen.sink.new_id("orders")
        status, delivered_on, cancelled_on, car = OrderStatus.OPEN, None, None, None
        if rng.random() < 0.03 and day + 20 <= gen.today:
            status, cancelled_on = OrderStatus.CANCELLED, _day(day + rng.randint(2, 20))
        elif day + wait <= gen.today:
            status, delivered_on = OrderStatus.DELIVERED, _day(day + wait)
            self.cust.advisor_id = self.cust.advisor_id or rng.choice(gen.staff.advisors)
            car = gen.add_vehicle(self.cust, self.model, day + wait, delivered=day + wait,
                                  consultant_id=self.consultant, order_id=order_id,
                                  colour=self.colour)  # fmt: skip
            # Spend counts what was paid: a delivered car, not an open or cancelled order.
            self.cust.spend += price
            gen.tally_day("deliveries", day + wait)
        gen.tally_day("orders", day)
        gen.sink.add("orders", {
            "id": order_id, "prospect_id": self.id, "customer_id": self.cust.id,
            "consultant_id": self.consultant, "ordered_on": _day(day),
            "model_id": self.model.id, "colour": self.colour, "price": price,
            "payment": self.payment, "status": status, "delivered_on": delivered_on,
            "vehicle_id": car.id if car else None, "cancelled_on": cancelled_on, "notes": None,
            **_editable(at, self.consultant),
        })  # fmt: skip
        if car is not None:
            _Life(gen, car).run()

    def _lose(self, day: int) -> None:
        gen, rng = self.gen, self.gen.rng
        reason = gen.pick_loss(rng)
        at = _at(day, rng.randint(_OPEN_MIN, _CLOSE_MIN - 30))
        note = _LOSS_NOTES.get(reason, "客户未说明原因").format(**self.ctx)
        self._close(day, gen.ref.lost_level, ProspectStatus.LOST, FollowUpMethod.PHONE,
                    f"跟进结束：{note}。", at)  # fmt: skip
        confirmed = rng.random() < 0.7
        gen.sink.add("losses", {
            "id": gen.sink.new_id("losses"), "prospect_id": self.id,
            "consultant_id": self.consultant, "lost_on": _day(day),
            "reason_id": gen.ref.ids[RefKind.LOSS_REASON][reason],
            "competitor": self.ctx["competitor"] if reason == "competitor" else None,
            "note": note, "confirmed_by_id": gen.staff.managers[0] if confirmed else None,
            "confirmed_at": at + dt.timedelta(days=1) if confirmed else None,
            **_editable(at, self.consultant),
        })  # fmt: skip
        gen.tally_day("losses", day)


# ---------------------------------------------------------------------- a vehicle's life


class _Life:
    """A vehicle's services, mileage readings, care calls and complaints up to today."""

    def __init__(self, gen: _Generator, car: _Car) -> None:
        rng = gen.rng
        self.gen = gen
        self.rng = rng
        self.car = car
        self.kmpd = rng.triangular(20, 80, 35)
        roll = rng.random()
        # Most owners come for (nearly) every maintenance, some skip; about a third drift
        # away for good at some point (often to an independent garage after the warranty).
        self.attend = 0.95 if roll < 0.45 else 0.8 if roll < 0.75 else 0.6 if roll < 0.93 else 0.35
        churn = car.start + rng.randint(180, max(181, gen.today - car.start))
        self.end = min(gen.today, churn) if rng.random() < 0.35 else gen.today
        self.services: list[tuple[int, str]] = []
        self.readings: list[tuple[int, int]] = []
        self.missed = 0
        self.policy = car.purchased

    def run(self) -> None:
        car = self.car
        self._maintenance()
        self._other_services()
        self._insurance()
        calls = self._plan_calls() if car.delivered is not None else []
        odometer = self._odometer(calls)
        if car.delivered is not None:
            self._reading(car.delivered, car.start_km, ReadingSource.DELIVERY, None, None)
        for call in calls:
            self._write_call(call, odometer)
        first, _last = self._write_services(odometer)
        self._write_vehicle(first, odometer)
        if self.rng.random() < 0.006 and self.gen.today - car.start > 30:
            self.gen.complaint(car, self.rng.randint(max(car.start, self.gen.today - 730),
                                                     self.gen.today))  # fmt: skip

    def _interval(self, first: bool) -> tuple[int, str]:
        """Days to the next maintenance at the owner's pace (the simulation's schedule; the
        stored due date comes from the maintenance rule, :meth:`_prediction`)."""
        model = self.car.model
        km, days = (model.first_km, model.first_days) if first else (model.km, model.days)
        by_km = int(km / max(self.kmpd, 1.0))
        return (by_km, "km") if by_km < days else (days, "time")

    def _maintenance(self) -> None:
        rng, car, today = self.rng, self.car, self.gen.today
        first = car.new
        if car.new:
            due = car.start + self._interval(True)[0]
        else:  # the maintenance that brought a car bought elsewhere to us
            self.services.append((car.start, ServiceType.MAINTENANCE))
            due = car.start + self._interval(False)[0]
        last = car.start
        # Due dates keep coming after an owner drifts away: they count as missed.
        while due <= today:
            if due > self.end or rng.random() >= self.attend:
                self.missed += 1
                due += self._interval(False)[0]
                continue
            day = min(self.end, max(last + 1, due + rng.randint(-10, 15)))
            # A first maintenance more than a year late is no longer the free 首保.
            first_here = first and day - car.start <= 365
            self.services.append(
                (day, ServiceType.FIRST_MAINTENANCE if first_here else ServiceType.MAINTENANCE)
            )
            first, last = False, day
            due = day + self._interval(False)[0]
        car.cust.missed = max(car.cust.missed, self.missed)

    def _other_services(self) -> None:
        rng, car = self.rng, self.car
        if car.new and rng.random() < 0.35:
            self.services.append((car.start, ServiceType.ACCESSORIES))
        for kind, rate, _low, _high in _OTHER_SERVICES:
            day = car.start
            while True:
                day += int(rng.expovariate(rate) * 365) + 1
                if day > self.end or (kind == ServiceType.WARRANTY and day - car.start > 3 * 365):
                    break
                self.services.append((day, kind))

    def _insurance(self) -> None:
        rng, car = self.rng, self.car
        renews_here = rng.random() < 0.55
        while _anniversary(self.policy) <= self.gen.today:
            self.policy = _anniversary(self.policy)
            if renews_here and car.start <= self.policy <= self.end:
                self.services.append((max(car.start, self.policy - rng.randint(0, 20)),
                                      ServiceType.INSURANCE_RENEWAL))  # fmt: skip
        if car.registered and car.private and rng.random() < 0.25:
            for years in (2, 4):  # the online inspection label years (2022 rules)
                day = _anniversary(car.registered, years) - rng.randint(5, 40)
                if car.start < day <= self.end:
                    self.services.append((day, ServiceType.ANNUAL_INSPECTION))

    def _plan_calls(self) -> list[_Call]:
        """The two post-delivery calls: done with an outcome if past, open if recent."""
        gen, rng, car = self.gen, self.rng, self.car
        assert car.delivered is not None
        calls = []
        for kind, after, latest, assignee in (
            (CareCallKind.DELIVERY_FOLLOWUP, 2, 3, car.consultant_id or car.cust.consultant_id),
            (CareCallKind.FIRST_MAINTENANCE, 60, 75, car.cust.advisor_id),
        ):
            call = _Call(gen.sink.new_id("care_calls"), kind, car.delivered + after,
                         car.delivered + latest, assignee)  # fmt: skip
            done = call.due + rng.randint(0, latest - after)
            # Old calls were all made; some of the last fortnight's are still waiting.
            if done < gen.today and (gen.today - call.due > 14 or rng.random() < 0.8):
                call.done, call.reached = done, rng.random() < 0.85
            calls.append(call)
        return calls

    def _odometer(self, calls: list[_Call]) -> dict[int, int]:
        """The odometer on every day something happened, rising at the car's own pace."""
        rng = self.rng
        days = sorted({day for day, _ in self.services}
                      | {c.done for c in calls if c.done is not None})  # fmt: skip
        km, last = float(self.car.start_km), self.car.start
        odometer = {}
        for day in days:
            km += max(0, day - last) * self.kmpd * rng.uniform(0.85, 1.15)
            last = max(last, day)
            odometer[day] = int(km)
        return odometer

    def _write_call(self, call: _Call, odometer: dict[int, int]) -> None:
        gen, rng, car = self.gen, self.rng, self.car
        row: dict[str, Any] = {
            "id": call.id, "kind": call.kind, "customer_id": car.cust.id, "vehicle_id": car.id,
            "order_id": car.order_id, "due_on": _day(call.due), "latest_on": _day(call.latest),
            "assignee_id": call.assignee, "done_at": None, "caller_id": None, "outcome": None,
            "mileage_told": None, "satisfied": None, "will_buy_again": None,
            "will_recommend": None, "booked_for": None, "next_step": None, "notes": None,
            **_editable(_at(call.due - 2, 17 * 60), call.assignee),
        }  # fmt: skip
        if call.done is not None:
            row["done_at"] = _at(call.done, rng.randint(_OPEN_MIN + 30, _CLOSE_MIN - 30))
            row["caller_id"] = call.assignee
            row["outcome"] = CallOutcome.REACHED if call.reached else CallOutcome.NO_ANSWER
        if call.reached and call.done is not None:
            row.update(satisfied=rng.random() < 0.93, will_buy_again=rng.random() < 0.8,
                       will_recommend=rng.random() < 0.75)  # fmt: skip
            if call.kind == CareCallKind.DELIVERY_FOLLOWUP:
                row["notes"] = rng.choice(_DELIVERY_CALL_NOTES)
            else:
                told = round(odometer[call.done], -2)
                row.update(mileage_told=told, notes=rng.choice(_MAINT_CALL_NOTES).format(km=told))
                self._reading(call.done, told, ReadingSource.CALL, None, call.id)
                if rng.random() < 0.4:
                    booked = _day(call.done + rng.randint(3, 14))
                    step = f"已预约{booked.month}月{booked.day}日到店首保"
                    row.update(outcome=CallOutcome.BOOKED, booked_for=booked, next_step=step)
        gen.sink.add("care_calls", row)

    def _write_services(
        self, odometer: dict[int, int]
    ) -> tuple[tuple[int, int] | None, int | None]:
        """Every service in date order; returns the first maintenance (day, km), the last day."""
        gen, rng, car = self.gen, self.rng, self.car
        advisor = car.cust.advisor_id or rng.choice(gen.staff.advisors)
        first: tuple[int, int] | None = None
        last: int | None = None
        for day, kind in sorted(self.services):
            date = _day(day)
            service_id = gen.sink.new_id("service_records")
            amount = self._amount(kind)
            mileage = None if kind == ServiceType.INSURANCE_RENEWAL else odometer[day]
            gen.sink.add("service_records", {
                "id": service_id, "vehicle_id": car.id, "customer_id": car.cust.id,
                "service_date": date, "service_type": kind, "mileage": mileage,
                "amount": amount, "advisor_id": advisor,
                "repair_order_no": f"RO{date.year % 100:02d}{date.month:02d}{date.day:02d}"
                f"{service_id % 100_000:05d}",
                "notes": None,
                **_editable(_at(day, rng.randint(_OPEN_MIN, _CLOSE_MIN - 60)), advisor),
            })  # fmt: skip
            car.cust.spend += amount
            if car.cust.last_service is None or day > car.cust.last_service:
                car.cust.last_service = day
            if mileage is not None:
                self._reading(day, mileage, ReadingSource.SERVICE, service_id, None)
            if kind in (ServiceType.FIRST_MAINTENANCE, ServiceType.MAINTENANCE):
                first = first or (day, odometer[day])
                last = day
        return first, last

    def _amount(self, kind: str) -> float:
        rng, price = self.rng, self.car.model.price
        if kind == ServiceType.FIRST_MAINTENANCE:
            return 0  # the free first maintenance
        if kind == ServiceType.MAINTENANCE:
            return round(price / 250 * rng.uniform(0.8, 1.6), -1)
        if kind == ServiceType.INSURANCE_RENEWAL:
            return round(price * rng.uniform(0.025, 0.045), -1)
        if kind == ServiceType.ANNUAL_INSPECTION:
            return rng.choice((150, 200, 300))
        low, high = next((lo, hi) for k, _r, lo, hi in _OTHER_SERVICES if k == kind)
        return round(rng.uniform(low, high), -1)

    def _reading(
        self, day: int, km: int, source: str, service_id: int | None, call_id: int | None
    ) -> None:
        self.readings.append((day, km))
        self.gen.sink.add("mileage_readings", {
            "id": self.gen.sink.new_id("mileage_readings"), "vehicle_id": self.car.id,
            "read_on": _day(day), "km": km, "source": source, "service_record_id": service_id,
            "care_call_id": call_id, "created_at": _at(day, 12 * 60), "updated_at": None,
            "created_by_id": None,
        })  # fmt: skip

    def _prediction(self, odometer: dict[int, int]) -> DuePrediction | None:
        """The next maintenance by the maintenance rule itself, from the car's readings and
        maintenances, as the due cache computes it."""
        car, maintenance = self.car, (ServiceType.FIRST_MAINTENANCE, ServiceType.MAINTENANCE)
        return predict(
            delivered_on=clock_start(
                _day(car.delivered) if car.delivered else None, None, car.delivered is not None
            ),
            readings=[Reading(_day(day), km) for day, km in self.readings],
            maintenances=[
                (_day(day), odometer[day]) for day, kind in self.services if kind in maintenance
            ],
            intervals=car.model.intervals,
            default_km_per_day=self.gen.ref.default_km_per_day,
        )

    def _write_vehicle(self, first: tuple[int, int] | None, odometer: dict[int, int]) -> None:
        gen, car = self.gen, self.car
        due = self._prediction(odometer)
        gen.sink.add("vehicles", {
            "id": car.id, "customer_id": car.cust.id, "plate": car.plate,
            "plate_tail": plate_tail(car.plate), "vin": gen.vin(car.model, car.purchased),
            "model_id": car.model.id, "colour": car.colour, "purchase_date": _day(car.purchased),
            "delivered_on": _day(car.delivered) if car.delivered else None,
            "sold_here": car.delivered is not None,
            "registered_on": _day(car.registered) if car.registered else None,
            "private_use": car.private,
            "first_service_on": _day(first[0]) if first else None,
            "first_service_km": first[1] if first else None,
            "insurance_policy_on": _day(self.policy), "insurer": self.rng.choice(_INSURERS),
            "km_per_day": round(due.km_per_day, 1) if due else None,
            "next_maintenance_due": due.due_on if due else None,
            "next_maintenance_reason": str(due.reason) if due else None,
            "insurance_due_on": _day(_anniversary(self.policy)), "notes": None,
            **_editable(_at(car.start, 10 * 60), car.consultant_id or car.cust.advisor_id),
        })  # fmt: skip


def _anniversary(ordinal: int, years: int = 1) -> int:
    day = _day(ordinal)
    try:
        return day.replace(year=day.year + years).toordinal()
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28).toordinal()
