"""Small helpers shared by the benchmark scripts: timing with CPU time beside wall time,
percentiles, and memory high-water marks."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Timing:
    """Milliseconds over n runs: wall p50/p95 and CPU p50 (a busy machine inflates wall
    time; CPU time shows what the code itself costs)."""

    n: int
    p50: float
    p95: float
    cpu50: float
    cpu95: float

    def as_dict(self) -> dict[str, float]:
        return {"n": self.n, "p50_ms": round(self.p50, 3), "p95_ms": round(self.p95, 3),
                "cpu_p50_ms": round(self.cpu50, 3), "cpu_p95_ms": round(self.cpu95, 3)}


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))
    return s[k]


def measure(fn: Callable[[], object], n: int, warmup: int = 2) -> Timing:
    for _ in range(warmup):
        fn()
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    return Timing(n, statistics.median(wall), percentile(wall, 95), statistics.median(cpu),
                  percentile(cpu, 95))


def once(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall s, cpu s) of one call."""
    t, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t, time.process_time() - c


def maxrss_mb() -> float:
    """This process's peak resident set (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> bool:
    """Reset the kernel's VmHWM so a later phase's peak can be read on its own (Linux)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def vm_hwm_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None
