"""Export speed: one demo group's yearly summary (target <= 1 s) and every group and year of the
large dataset in one batch (target <= 60 s), each against a one-page PDF rendered in the same run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_export
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Result, format_table, median, timed_ms

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _one_page(path: Path) -> None:
    from intervisie_desktop.export.pdf import PageFrame, PdfMeta, write_pdf

    frame = PageFrame("", "", "", lambda n, total: f"{n}/{total}")
    write_pdf(path, "<p>baseline</p>", PdfMeta("t", "a", "s"), frame)


def latest_held_year(services: Services, group_id: int) -> int:
    return max(m.date.year for m in services.meetings.for_group(group_id) if m.status == "held")


def summary_ms(services: Services, group_id: int, year: int, target: Path, repeat: int) -> float:
    """Median milliseconds of one group's yearly summary: data, chart and PDF."""
    from intervisie_desktop.export import jobs

    def summary() -> None:
        jobs.prepare_summary(services, group_id, year, target, "nl").run()

    return median(timed_ms(summary, repeat=repeat))


def run() -> list[Result]:
    from intervisie_desktop.core.db.database import open_database
    from intervisie_desktop.core.demo import write_demo
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.export import jobs
    from intervisie_desktop.export.qt_runtime import ensure_application
    from intervisie_desktop.paths import DATABASE_NAME, methods_dir

    ensure_application()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        baseline = median(timed_ms(lambda: _one_page(root / "base.pdf"), repeat=10))
        write_demo(root / "small", DATABASE_NAME, "small", methods_dir=methods_dir())
        small = Services(open_database(root / "small" / DATABASE_NAME), methods_dir())
        year = latest_held_year(small, 1)
        value = summary_ms(small, 1, year, root / "summary.pdf", repeat=10)
        small.close()
        results.append(
            Result(
                "yearly summary of a demo group, data + chart + PDF (median)",
                value,
                "ms",
                "<= 1000 ms",
                value <= 1000,
                "one-page PDF (median)",
                baseline,
            )
        )
        write_demo(root / "large", DATABASE_NAME, "large", methods_dir=methods_dir())
        large = Services(open_database(root / "large" / DATABASE_NAME), methods_dir())
        plan = jobs.plan_batch(large, root / "batch")
        started, cpu = time.perf_counter(), time.process_time()
        jobs.run_batch(large, root / "batch", "nl")
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        large.close()
        results.append(
            Result(
                f"batch: {len(plan.items)} summaries of the large dataset",
                seconds,
                "s",
                "<= 60 s",
                seconds <= 60,
                f"{len(plan.items)} one-page PDFs",
                baseline * len(plan.items) / 1000,
            )
        )
        results.append(
            Result(
                "batch: CPU time of this process (all threads)",
                cpu,
                "s",
                "<= 60 s",
                cpu <= 60,
                f"{len(plan.items)} one-page PDFs",
                baseline * len(plan.items) / 1000,
            )
        )
    return results


if __name__ == "__main__":
    print(format_table(run()))
