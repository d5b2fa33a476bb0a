"""The benchmark's peak-memory helper reports a child's own peak, not the high-water mark
a child inherits from the large process that started it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import json, resource
from bench.memory import peak_mb
block = bytearray(80 * 1000 * 1000)  # 80 MB, touched
for i in range(0, len(block), 4096):
    block[i] = 1
print(json.dumps({"own": peak_mb(),
                  "inherited": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_a_child_reports_its_own_peak_not_its_parents() -> None:
    ballast = bytearray(400 * 1000 * 1000)  # this process is large, like the benchmark
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    out = subprocess.run(
        [sys.executable, "-c", _CHILD], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    # About the 80 MB it allocated, plus the interpreter (tens of MB) — not 400 MB.
    assert 80 <= figures["own"] < 250, figures
    del ballast
