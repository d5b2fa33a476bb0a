"""Running the operations (warm-up, then medians) and printing the table."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from sqlalchemy import Engine, event

from .ops import Context, Operation


@dataclass
class Result:
    name: str
    budget: float
    unit: str
    median: float | None
    #: kind → median, shown as ``name[kind]`` rows when an operation has several kinds.
    kinds: dict[str, float | None] = field(default_factory=dict)
    #: SQL statements one sample sent through the benchmark's own database handle (each
    #: one a round trip to a server); None where the work ran in a child process.
    statements: float | None = None
    kind_statements: dict[str, float | None] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        return _verdict(self.median, self.budget)


class StatementCounter:
    """Counts the statements sent on an engine (SQLAlchemy's ``before_cursor_execute``)."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: object) -> None:
        self.count += 1


def measure(op: Operation, ctx: Context, runs: int) -> Result:
    """One warm-up pass over the cases, then ``runs`` passes; medians of what they return,
    and of the statements each sample sent."""
    cases = op.cases(ctx)
    for case in cases:
        case.run()
    counter = _counter(ctx)
    samples: dict[str, list[float]] = {case.kind: [] for case in cases}
    sent: dict[str, list[int]] = {case.kind: [] for case in cases}
    for _ in range(runs):
        for case in cases:
            before = counter.count
            value = case.run()
            sent[case.kind].append(counter.count - before)
            if value is not None:
                samples[case.kind].append(value)
    everything = [v for values in samples.values() for v in values]
    several = len(samples) > 1
    all_sent = [n for values in sent.values() for n in values]
    return Result(
        name=op.name,
        budget=op.budget,
        unit=op.unit,
        median=statistics.median(everything) if everything else None,
        kinds={k: statistics.median(v) if v else None for k, v in samples.items()}
        if several
        else {},
        statements=_statements(all_sent),
        kind_statements={k: _statements(v) for k, v in sent.items()} if several else {},
    )


_counters: dict[int, StatementCounter] = {}


def _counter(ctx: Context) -> StatementCounter:
    engine = ctx.db.engine
    if id(engine) not in _counters:
        _counters[id(engine)] = StatementCounter(engine)
    return _counters[id(engine)]


def _statements(sent: list[int]) -> float | None:
    # Work done in a child process sends nothing here: no figure rather than a false 0.
    return statistics.median(sent) if sent and any(sent) else None


def _verdict(value: float | None, budget: float) -> str:
    if value is None:
        return "n/a"
    return "OK" if value <= budget else "OVER"


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    digits = 2 if value < 10 else 1 if value < 100 else 0
    return f"{value:.{digits}f} {unit}"


def _count(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def table(results: list[Result]) -> str:
    rows = [("operation", "median", "budget", "stmts", "result")]
    for result in results:
        budget = _number(result.budget, result.unit)
        rows.append((result.name, _number(result.median, result.unit), budget,
                     _count(result.statements), result.verdict))  # fmt: skip
        for kind, value in result.kinds.items():
            rows.append((f"  {result.name}[{kind}]", _number(value, result.unit), budget,
                         _count(result.kind_statements.get(kind)),
                         _verdict(value, result.budget)))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            row[0].ljust(widths[0]),
            *(cell.rjust(w) for cell, w in zip(row[1:4], widths[1:4], strict=True)),
        ]
        lines.append("  ".join([*cells, row[4]]))
        if index == 0:
            lines.append("-" * len(lines[0]))
    return "\n".join(lines)
