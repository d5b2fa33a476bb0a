"""Running the operations (warm-up, then medians) and printing the table."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from .ops import Context, Operation


@dataclass
class Result:
    name: str
    budget: float
    unit: str
    median: float | None
    #: kind → median, shown as ``name[kind]`` rows when an operation has several kinds.
    kinds: dict[str, float | None] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        return _verdict(self.median, self.budget)


def measure(op: Operation, ctx: Context, runs: int) -> Result:
    """One warm-up pass over the cases, then ``runs`` passes; medians of what they return."""
    cases = op.cases(ctx)
    for case in cases:
        case.run()
    samples: dict[str, list[float]] = {case.kind: [] for case in cases}
    for _ in range(runs):
        for case in cases:
            value = case.run()
            if value is not None:
                samples[case.kind].append(value)
    everything = [v for values in samples.values() for v in values]
    return Result(
        name=op.name,
        budget=op.budget,
        unit=op.unit,
        median=statistics.median(everything) if everything else None,
        kinds={k: statistics.median(v) if v else None for k, v in samples.items()}
        if len(samples) > 1
        else {},
    )


def _verdict(value: float | None, budget: float) -> str:
    if value is None:
        return "n/a"
    return "OK" if value <= budget else "OVER"


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    digits = 2 if value < 10 else 1 if value < 100 else 0
    return f"{value:.{digits}f} {unit}"


def table(results: list[Result]) -> str:
    rows = [("operation", "median", "budget", "result")]
    for result in results:
        budget = _number(result.budget, result.unit)
        rows.append((result.name, _number(result.median, result.unit), budget, result.verdict))
        for kind, value in result.kinds.items():
            rows.append((f"  {result.name}[{kind}]", _number(value, result.unit), budget,
                         _verdict(value, result.budget)))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            row[0].ljust(widths[0]),
            *(cell.rjust(w) for cell, w in zip(row[1:3], widths[1:3], strict=True)),
        ]
        lines.append("  ".join([*cells, row[3]]))
        if index == 0:
            lines.append("-" * len(lines[0]))
    return "\n".join(lines)
