"""A cost that does not grow with the years kept: the career demo against the large demo.

The career demo (`intervisie demo --size career`: the large demo ten times over, about 260
groups, 26,000 meetings, 78,000 cases, 208,000 notes) and the large demo are copied from the
benchmark cache (benchmarks/datasets.py) and measured alike, with the measuring code of the
benchmark each figure comes from. Every row gives the career value with the large value as its
baseline, so the ratio column reads career/large. Targets:

- search p95 including snippets <= 20 ms on the career data (bench_search's queries);
- opening a group with 100 meetings in the main window, meeting list painted <= 50 ms
  (bench_main_window's measure);
- a backup of the file (the backup service: online copy and quick check of the copy) and the
  full check of the file (as `intervisie check` does) each within 3x the large file's;
- one group's yearly summary, data + chart + PDF, <= 1 s (bench_export's measure);
- writing the career demo with `intervisie demo --size career` in a child process < 60 s
  (left out with --no-write or BENCH_CAREER_NO_WRITE=1; the large demo is its baseline);
- key press to repainted projector in session mode (bench_session_mode's measure) on a meeting
  of each dataset: session mode reads one meeting, so it should not tell the two apart. The
  large demo plans no meeting and the career demo's plans are empty, so the same meeting is
  made in both first: today, the first group, a case, the small demo's plan.

What grows with the data, and why (one run on a shared 2-core machine, career/large): the backup
(8x) and the full check (10x) read every page of the file, and the career file is ten times the
large one (187 MB against 19 MB), so they grow with the years kept and miss the 3x target; so
does writing the demo (9x), which writes ten times the rows. Search grows about 3x at the p95
(14 ms against 4.4 ms): it asks each index for the terms a typed word starts with
(core.services.search_terms) and ranks at most RANK_WINDOW matches per kind, but bm25 still
counts the rows of each term once per query, and a common term has ten times the rows.
Opening a group (0.9x; 1.3x until its selected meeting is filled in), its yearly summary
(1.1x) and a key press in session mode (1.0x) read one group or one meeting by indexed columns
and stay about level.

  python -m benchmarks.bench_career [--no-write]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from datetime import time as time_of_day
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import Result, format_table, median, percentile, timed_ms
from benchmarks.datasets import copy_demo

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.core.db.database import Database

SIZES = ("large", "career")
#: Set to 1 to leave out timing the career demo's writing (about a minute).
NO_DEMO_WRITE_ENV = "BENCH_CAREER_NO_WRITE"
DEMO_WRITE_TIMEOUT_S = 600
FILE_RUNS = 3  # backups and full checks of each file, alternating
SUMMARY_RUNS = 5
KEY_PRESSES = 100
GROWTH_TARGET = 3.0  # backup and check: career within 3x the large file's


def _pair(
    name: str,
    unit: str,
    target: str,
    ok: Callable[[float, float], bool],
    figures: dict[str, float],
) -> Result:
    career, large = figures["career"], figures["large"]
    return Result(name, career, unit, target, ok(career, large), "large demo", large)


def _within_growth(career: float, large: float) -> bool:
    return career <= GROWTH_TARGET * large


def search_figures(folder: Path) -> tuple[float, float, int, int]:
    """Search p95 and median (ms) over bench_search's queries, hits shown and notes held."""
    from benchmarks.bench_search import count_notes, time_queries
    from intervisie_desktop.opening import open_services

    services = open_services(folder)
    try:
        samples, _, hits = time_queries(services, like=False)
        return percentile(samples, 95), median(samples), hits, count_notes(services)
    finally:
        services.close()


def group_open_figures(app: QApplication, folder: Path) -> tuple[float, float, int]:
    """Median ms to open a group until its meeting list is painted, and until the selected
    meeting is filled in; and the meetings of the group."""
    from benchmarks.bench_main_window import REPEAT, time_group_open
    from intervisie_desktop.opening import open_services

    services = open_services(folder)
    try:
        opened = time_group_open(
            app, services, folder, services.groups.list(), REPEAT * 2, bare=False
        )
    finally:
        services.close()
    return median(opened.opening), median(opened.complete), opened.meetings


def file_figures(folders: dict[str, Path]) -> tuple[dict[str, float], dict[str, float]]:
    """Median seconds of a backup (the backup service's, to a file) and of the full check of
    each dataset's file, alternating between them so machine noise hits both alike."""
    from intervisie_desktop.core.backup.store import BackupService
    from intervisie_desktop.core.db.database import open_database
    from intervisie_desktop.core.integrity import check_database
    from intervisie_desktop.paths import DATABASE_NAME

    backups: dict[str, list[float]] = {size: [] for size in folders}
    checks: dict[str, list[float]] = {size: [] for size in folders}
    for run in range(FILE_RUNS):
        for size, folder in folders.items():
            path = folder / DATABASE_NAME
            db = open_database(path, create=False)
            try:
                target = folder.parent / f"{size}-backup-{run}.sqlite3"

                def backup(d: Database = db, t: Path = target) -> None:
                    BackupService(d).to_file(t)

                backups[size] += timed_ms(backup, 1, warmup=0)
                target.unlink()
            finally:
                db.close()
            sound = [False]

            def check(p: Path = path, flag: list[bool] = sound) -> None:
                flag[0] = check_database(p, None, full=True).ok

            checks[size] += timed_ms(check, 1, warmup=0)
            assert sound[0], f"the {size} demo fails its check"
    return (
        {size: median(samples) / 1000 for size, samples in backups.items()},
        {size: median(samples) / 1000 for size, samples in checks.items()},
    )


def summary_figure(folder: Path) -> float:
    """Median ms of the first group's yearly summary for its latest year with a held meeting."""
    from benchmarks.bench_export import latest_held_year, summary_ms
    from intervisie_desktop.opening import open_services

    services = open_services(folder)
    try:
        year = latest_held_year(services, 1)
        return summary_ms(services, 1, year, folder.parent / "summary.pdf", SUMMARY_RUNS)
    finally:
        services.close()


def plan_todays_meeting(folder: Path) -> None:
    """A meeting today at 00:00 (so session mode picks it) for the first active group, with a
    case and the small demo's plan around it."""
    from intervisie_desktop.core.demo.methods import (
        DEMO_METHODS,
        MEETING_BLOCKS_AFTER,
        MEETING_BLOCKS_BEFORE,
    )
    from intervisie_desktop.core.services.plans import PlanEntry
    from intervisie_desktop.opening import open_services

    services = open_services(folder)
    try:
        group = services.groups.list()[0]
        assert group.id is not None
        meeting = services.meetings.create(
            group_id=group.id,
            date=date.today(),
            planned_start=time_of_day(0, 0),
            planned_end=time_of_day(2, 0),
        ).value
        assert meeting.id is not None
        bringer = services.cases.rotation(group.id, on=meeting.date)[0].member
        case = services.cases.create(
            meeting_id=meeting.id, bringer_id=bringer.id, topic="Casus", question="Vraag?"
        ).value
        entries = [PlanEntry(key) for key in MEETING_BLOCKS_BEFORE]
        entries.append(PlanEntry(DEMO_METHODS[0], case_id=case.id))
        entries += [PlanEntry(key) for key in MEETING_BLOCKS_AFTER]
        services.plans.set(meeting.id, entries)
        found = services.meetings.next_planned()
        assert found is not None and found.id == meeting.id, found
    finally:
        services.close()


def key_figure(app: QApplication, folder: Path) -> float:
    """p99 ms from a key press in a round to the repainted projector, on today's meeting."""
    from benchmarks.bench_session_mode import key_samples

    plan_todays_meeting(folder)
    return percentile(key_samples(app, KEY_PRESSES, folder, write=False), 99)


def demo_write_seconds(size: str, folder: Path) -> float:
    """Seconds `intervisie demo --size SIZE` takes in a child process, start to exit."""
    command = [sys.executable, "-m", "intervisie_desktop", "demo", "--size", size]
    started = time.perf_counter()
    subprocess.run(
        [*command, "--data-dir", str(folder)],
        check=True,
        timeout=DEMO_WRITE_TIMEOUT_S,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def run(write: bool | None = None) -> list[Result]:
    """`write`: time writing the demos too (default: yes, unless NO_DEMO_WRITE_ENV is 1)."""
    from intervisie_desktop.export.qt_runtime import ensure_application
    from intervisie_desktop.ui.startup.app import make_application

    if write is None:
        write = os.environ.get(NO_DEMO_WRITE_ENV, "") != "1"
    app = make_application([sys.argv[0]])
    ensure_application()
    with tempfile.TemporaryDirectory(prefix="bench-career-") as tmp:
        root = Path(tmp)
        folders = {size: copy_demo(size, root / size / "data") for size in SIZES}
        search = {size: search_figures(folders[size]) for size in SIZES}
        opened = {size: group_open_figures(app, folders[size]) for size in SIZES}
        backup, check = file_figures(folders)
        summary = {size: summary_figure(folders[size]) for size in SIZES}
        keys = {size: key_figure(app, folders[size]) for size in SIZES}
        written = (
            {size: demo_write_seconds(size, root / size / "written") for size in SIZES}
            if write
            else {}
        )
    notes, meetings = search["career"][3], opened["career"][2]
    results = [
        _pair(
            f"career search p95 incl. snippets ({notes} notes, {search['career'][2]} hits shown)",
            "ms",
            "<= 20 ms",
            lambda career, _large: career <= 20,
            {size: figures[0] for size, figures in search.items()},
        ),
        _pair(
            "career search median",
            "ms",
            "-",
            lambda _career, _large: True,
            {size: figures[1] for size, figures in search.items()},
        ),
        _pair(
            f"career: open a group with {meetings} meetings, list painted (median)",
            "ms",
            "<= 50 ms",
            lambda career, _large: career <= 50,
            {size: figures[0] for size, figures in opened.items()},
        ),
        _pair(
            "career: ... until the selected meeting is filled in (median)",
            "ms",
            "(for the record)",
            lambda _career, _large: True,
            {size: figures[1] for size, figures in opened.items()},
        ),
        _pair(
            "career: backup of the file, copy + quick check (median)",
            "s",
            f"<= {GROWTH_TARGET:.0f}x large",
            _within_growth,
            backup,
        ),
        _pair(
            "career: full check of the file, as `intervisie check` (median)",
            "s",
            f"<= {GROWTH_TARGET:.0f}x large",
            _within_growth,
            check,
        ),
        _pair(
            "career: yearly summary of one group, data + chart + PDF (median)",
            "ms",
            "<= 1000 ms",
            lambda career, _large: career <= 1000,
            summary,
        ),
        _pair(
            "career: key press to repainted projector (p99, real runner)",
            "ms",
            "<= 30 ms",
            lambda career, _large: career <= 30,
            keys,
        ),
    ]
    if written:
        results.append(
            _pair(
                "career: write the demo, `intervisie demo --size career` (child process)",
                "s",
                "< 60 s",
                lambda career, _large: career < 60,
                written,
            )
        )
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-write", action="store_true", help="leave out timing the demo's writing (~1 min)"
    )
    args = parser.parse_args()
    print(format_table(run(write=not args.no_write)), flush=True)
    # As in bench_session_mode: PySide6 can crash freeing Qt wrappers at interpreter exit after
    # many QTest key clicks; the figures are out, so leave without teardown.
    os._exit(0)
