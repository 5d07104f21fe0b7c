"""One result format for every benchmark: the figure, its target, and a baseline measured in the
same run, so the ratio means something on a shared, noisy machine."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


@dataclass(frozen=True)
class Result:
    name: str  # what was measured, e.g. "session command incl. DB write (median)"
    value: float
    unit: str  # "ms", "s", "MB", "%"
    target: str  # the target as text, e.g. "<= 5 ms"
    ok: bool  # whether the target is met
    baseline_name: str = ""  # e.g. "bare SQLite insert+commit (median)"
    baseline: float | None = None  # same unit as value

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def timed_ms(action: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    """Wall-clock milliseconds of `repeat` calls after `warmup` untimed ones."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def percentile(samples: Sequence[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def format_table(results: Sequence[Result]) -> str:
    header = ("benchmark", "value", "target", "met", "baseline", "ratio")
    rows = [header]
    for r in results:
        base = f"{r.baseline:.3g} {r.unit} ({r.baseline_name})" if r.baseline is not None else "-"
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        rows.append(
            (r.name, f"{r.value:.3g} {r.unit}", r.target, "yes" if r.ok else "NO", base, ratio)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)
