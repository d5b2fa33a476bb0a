"""``python -m bench``: build (or reuse) the demo store and time the operations."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from showroom.db import Database
from showroom.demo import DEFAULT_SEED

from .ops import Context, all_operations
from .runner import Result, measure, table
from .store import CACHE_DIR, BenchStore, server_store, sqlite_store


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Time Showroom's operations on a generated store (docs/ARCHITECTURE.md §9).",
    )
    parser.add_argument("--customers", type=int, default=100_000, metavar="N",
                        help="size of the generated store (default 100000)")  # fmt: skip
    parser.add_argument("--runs", type=int, default=7, metavar="N",
                        help="timed runs after the warm-up (default 7)")  # fmt: skip
    parser.add_argument("--json", type=Path, metavar="FILE",
                        help="also write {operation: median} to FILE")  # fmt: skip
    parser.add_argument("--db-dir", type=Path, default=CACHE_DIR, metavar="DIR",
                        help="cache of generated SQLite stores (default bench/.cache)")  # fmt: skip
    parser.add_argument("--url", metavar="URL",
                        help="benchmark this database instead (e.g. PostgreSQL); "
                        "generated first if it has no customers")  # fmt: skip
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=argparse.SUPPRESS)
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="time only this operation (repeatable)")  # fmt: skip
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.customers < 1 or args.runs < 1:
        print("--customers and --runs must be at least 1", file=sys.stderr)
        return 2
    known = all_operations()
    operations = [op for op in known if not args.only or op.name in args.only]
    unknown = set(args.only or ()) - {op.name for op in known}
    if unknown:
        print(f"unknown operation(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    if args.url:
        store = server_store(args.url, args.customers, args.seed)
    else:
        store = sqlite_store(args.customers, args.db_dir, args.seed)
    print(_heading(store, args.runs))
    db = Database(store.url)
    try:
        results = [measure(op, Context(store, db), args.runs) for op in operations]
    finally:
        db.dispose()
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(_medians(results), indent=1) + "\n", encoding="utf-8")
    return 0


def _heading(store: BenchStore, runs: int) -> str:
    where = str(store.path) if store.path else store.url
    size = f", {store.size_mb:.0f} MB" if store.size_mb is not None else ""
    built = f"; generated in {store.built_seconds:.1f} s" if store.built_seconds else ""
    return (
        f"Showroom benchmark: {store.customers:,} customers ({where}{size}{built}), "
        f"demo day {store.today}, median of {runs} run(s) after a warm-up\n"
    )


def _medians(results: list[Result]) -> dict[str, float | None]:
    return {r.name: None if r.median is None else round(r.median, 3) for r in results}


if __name__ == "__main__":
    sys.exit(main())
