"""Importing a 50,000-row visitor workbook (docs/ARCHITECTURE.md §9: ``import_visits_50k_s``,
``import_peak_mb``).

The workbook is generated once and cached beside the stores: Chinese headers under a
title row, dates written the three ways stores write them plus real dates and Excel
serials, phones with spaces and +86, returning visitors and some guests without a number.
Each sample copies the benchmark store and imports into the copy in a fresh process, so
the peak memory (``VmHWM``, see ``bench/memory.py``) is the import's own; the same file
is then imported a second time and must add nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .memory import peak_mb
from .ops import REPO_ROOT, Case, Context, operation
from .store import CACHE_DIR

ROWS = 50_000
WORKBOOK_VERSION = 2
HEADER = ["日期", "来店时间", "离店时间", "来店/来电", "客户姓名", "性别", "联系电话",
          "来店人数", "信息来源", "意向车型", "留档", "销售顾问", "备注"]  # fmt: skip
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国志红文斌浩宇"
SOURCES = ["网络", "电视/电台", "老客户介绍", "路过", "车展/外展", "户外广告", "来电咨询", "其他"]
MODELS = ["轩逸", "天籁", "奇骏", "逍客", "楼兰", "骐达", "劲客", "艾睿泽"]


def workbook_path(rows: int = ROWS) -> Path:
    return CACHE_DIR / f"import-visits-{rows}-v{WORKBOOK_VERSION}.xlsx"


def build_workbook(path: Path, rows: int = ROWS, seed: int = 20261103) -> Path:
    """A visitor log as a store keeps it; written once, renamed into place when complete."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    people = [
        (rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))),
         f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}")
        for _ in range(rows * 7 // 10)
    ]  # fmt: skip
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("来店登记")
    sheet.append(["2025年展厅来店（电）客户登记表"])
    sheet.append(HEADER)
    start = dt.date(2025, 1, 1)
    for index in range(rows):
        day = start + dt.timedelta(days=index * 365 // rows)
        arrived = dt.time(9 + rng.randrange(10), rng.randrange(60))
        form = index % 5
        date_cell: object = (
            f"{day.year}/{day.month}/{day.day}", f"{day.year}年{day.month}月{day.day}日",
            day.isoformat(), dt.datetime(day.year, day.month, day.day),
            (day - dt.date(1899, 12, 30)).days,
        )[form]  # fmt: skip
        name, mobile = rng.choice(people)
        phone: object = mobile
        roll = rng.random()
        if roll < 0.1:
            phone, name = None, rng.choice(("", "散客", name))
        elif roll < 0.3:
            phone = f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}"
        elif roll < 0.4:
            phone = f"+86 {mobile}"
        if not name and phone is None:
            name = "散客"
        stay = rng.randrange(10, 120)
        left = (dt.datetime.combine(day, arrived) + dt.timedelta(minutes=stay)).time()
        sheet.append([
            date_cell, arrived.strftime("%H:%M"), left.strftime("%H:%M"),
            "来电" if rng.random() < 0.2 else "来店", name or None, rng.choice(("男", "女")),
            phone, rng.choice((1, 1, 2, 3)), rng.choice(SOURCES), rng.choice(MODELS),
            "是" if phone else "否", None, "试驾后报价" if rng.random() < 0.1 else None,
        ])  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building.xlsx")
    workbook.save(building)
    _state_dimension(building, f"A1:{chr(ord('A') + len(HEADER) - 1)}{rows + 2}")
    building.replace(path)
    return path


def _state_dimension(path: Path, ref: str) -> None:
    """Excel and WPS state each sheet's size (``<dimension>``); openpyxl's write-only mode
    does not, and a reader then scans the whole sheet to size it. The store's files come
    from Excel, so the benchmark's file states it too."""
    import zipfile

    patched = path.with_suffix(".dim.xlsx")
    with (
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet") and b"<dimension" not in data:
                tag = f'<dimension ref="{ref}"/>'.encode()
                for anchor in (b"<sheetViews", b"<sheetFormatPr", b"<cols", b"<sheetData"):
                    at = data.find(anchor)
                    if at >= 0:
                        data = data[:at] + tag + data[at:]
                        break
            out.writestr(item, data)
    patched.replace(path)


def cached_workbook(rows: int = ROWS) -> Path:
    path = workbook_path(rows)
    if not path.exists():
        print(f"Generating a {rows:,}-row visitor workbook …", file=sys.stderr)
        build_workbook(path, rows)
    return path


_last: dict[str, float] = {}


def measure_import(store_path: Path, workbook: Path) -> dict[str, float]:
    """Imports twice into a copy of the store, each in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="showroom-import-bench-") as folder:
        copy = Path(folder) / "store.db"
        shutil.copyfile(store_path, copy)
        first = _run_child(copy, workbook)
        second = _run_child(copy, workbook)
    if second["created"] or second["updated"]:
        raise RuntimeError(f"the second import added rows: {second}")
    _last.update(first)
    return first


def _run_child(store: Path, workbook: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-m", "bench.ops_import", str(store), str(workbook)],
        cwd=REPO_ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _store_file(ctx: Context) -> Path | None:
    return ctx.store.path


@operation("import_visits_50k_s", budget=60, unit="s")
def import_cases(ctx: Context) -> list[Case]:
    store = _store_file(ctx)
    if store is None:  # a server database cannot be copied for the run
        return [Case("xlsx", lambda: None)]
    workbook = cached_workbook()
    return [Case("xlsx", lambda: measure_import(store, workbook)["seconds"])]


@operation("import_peak_mb", budget=500, unit="MB")
def peak_cases(ctx: Context) -> list[Case]:
    store = _store_file(ctx)
    if store is None:
        return [Case("xlsx", lambda: None)]
    workbook = cached_workbook()

    def peak() -> float:
        # Memory hardly varies between runs: reuse the timed import's when there was one.
        return _last.get("peak_mb") or measure_import(store, workbook)["peak_mb"]

    return [Case("xlsx", peak)]


def _child(store: str, workbook: str) -> None:
    from showroom.importers import ImportOptions, run_import
    from showroom.services.store import default_actor, open_store

    db = open_store(f"sqlite:///{store}", backup_dir=Path(store).parent)
    actor = default_actor(db)
    started = time.perf_counter()
    result = run_import(db, actor, workbook, ImportOptions("visits"))
    seconds = time.perf_counter() - started
    db.dispose()
    print(json.dumps({
        # The child's own peak (bench/memory.py).
        "seconds": seconds, "peak_mb": peak_mb(), "created": result.created,
        "updated": result.updated, "already": result.already, "rejected": result.rejected,
    }))  # fmt: skip


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
