"""The start-up check on the large demo: what looking for broken references adds to it.

The quick check (PRAGMA quick_check) runs at every start; `references=True` adds
PRAGMA foreign_key_check, so records that refer to records that are gone are told at start as
`intervisie check` tells them. Target: it adds at most 50 ms; the quick check alone is the
baseline, measured in the same run.

  python -m benchmarks.bench_start_check
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import Result, median, timed_ms
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.paths import DATABASE_NAME, methods_dir

RUNS = 9
ADDED_TARGET_MS = 50.0


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as work:
        database = write_demo(
            Path(work) / "data", DATABASE_NAME, "large", methods_dir=methods_dir()
        )
        quick: list[float] = []
        both: list[float] = []
        for _ in range(RUNS):  # alternating, so machine noise hits both alike
            quick += timed_ms(lambda: check_database(database), 1, warmup=1)
            both += timed_ms(lambda: check_database(database, references=True), 1, warmup=1)
        assert check_database(database, references=True).ok
    added = median(both) - median(quick)
    return [
        Result(
            "start check with references, large demo (median)",
            median(both),
            "ms",
            f"<= quick check + {ADDED_TARGET_MS:.0f} ms",
            added <= ADDED_TARGET_MS,
            "quick check alone (median)",
            median(quick),
        )
    ]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.value:.1f} {result.unit} (baseline {result.baseline:.1f})")
