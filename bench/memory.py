"""A benchmark child's own peak memory.

``getrusage(RUSAGE_SELF).ru_maxrss`` is the wrong figure for a child started from the
benchmark process: Linux keeps the high-water mark across ``fork``/``vfork`` and
``exec`` (the parent's is folded in when the child replaces its memory), so a child of a
900 MB benchmark reported 900 MB for an export that peaked at 68 MB. ``VmHWM`` in
``/proc/self/status`` belongs to the memory the process has now — the child's own, from
its ``exec`` on. Elsewhere (macOS, Windows) ``ru_maxrss`` is used: there the benchmark
starts children that do not inherit it the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

_STATUS = Path("/proc/self/status")


def peak_mb() -> float:
    """The calling process's own peak resident memory, in MB (10^6 bytes)."""
    try:
        for line in _STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6  # the kernel writes kB (KiB)
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6
