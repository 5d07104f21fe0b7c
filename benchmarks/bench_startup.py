"""Start-up: time to the first visible window, time to a usable window on the large demo dataset,
and peak memory, each against a bare PySide6 window (benchmarks/bare_window.py) in the same run.

Both programs run as fresh processes under QT_QPA_PLATFORM=offscreen with the start-up probe on
(INTERVISIE_STARTUP_PROBE=1: they print time.monotonic() when their first window has painted and
when they are usable, then quit). Runs alternate between the two so machine noise hits both
alike; the first run of each is a warm-up (byte-code and disk caches), the median of the rest
counts. Peak memory is the maximum resident set size of the process (wait4's rusage).

  python -m benchmarks.bench_startup [--runs N] [--program CMD...] [--no-career]

The career demo (benchmarks/datasets.py, made once and cached) is timed too: a start-up that
grows with the years kept shows as its ratio to the large demo.

`--program` times another build of the program, for example the frozen one:
`--program dist/intervisie/intervisie`.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Result, format_table, median

if TYPE_CHECKING:
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parent.parent
PROBE_ENV = "INTERVISIE_STARTUP_PROBE"  # as in intervisie_desktop/ui/startup/probe.py
DEFAULT_RUNS = 7
RUN_TIMEOUT_S = 60

VISIBLE_RATIO_TARGET = 2.0
USABLE_TARGET_MS = 1000.0
MEMORY_RATIO_TARGET = 2.5
CAREER_RATIO_TARGET = 1.2  # usable window on the career demo against the large demo


@dataclass(frozen=True)
class Sample:
    visible_ms: float
    usable_ms: float
    max_rss_mb: float | None


class ProbeFailed(RuntimeError):
    pass


def _wait_with_rusage(proc: subprocess.Popen[str]) -> tuple[int, float | None]:
    """Exit code and max RSS in MB of a finished child (no rusage on Windows)."""
    if not hasattr(os, "wait4"):
        return proc.wait(timeout=RUN_TIMEOUT_S), None
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    divisor = 1_000_000 if sys.platform == "darwin" else 1000
    return proc.returncode, usage.ru_maxrss / divisor


def measure_once(command: Sequence[str], env: dict[str, str]) -> Sample:
    started = time.monotonic()
    proc = subprocess.Popen(
        list(command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert proc.stderr is not None
    stamps: dict[str, float] = {}
    try:
        for line in proc.stderr:  # ends when the child closes stderr, i.e. exits
            parts = line.split()
            if len(parts) == 3 and parts[0] == "startup-probe":
                stamps[parts[1]] = float(parts[2])
    except BaseException:
        proc.kill()
        raise
    code, rss = _wait_with_rusage(proc)
    if code != 0 or not {"visible", "usable"} <= stamps.keys():
        raise ProbeFailed(f"{' '.join(command)} exited {code} with probe stamps {sorted(stamps)}")
    return Sample(
        visible_ms=(stamps["visible"] - started) * 1000,
        usable_ms=(stamps["usable"] - started) * 1000,
        max_rss_mb=rss,
    )


def probe_environment(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERVISIE_")}
    env.update(QT_QPA_PLATFORM="offscreen", INTERVISIE_LOG_DIR=str(work / "logs"))
    env[PROBE_ENV] = "1"
    return env


def write_large_demo(program: Sequence[str], folder: Path, env: dict[str, str]) -> None:
    subprocess.run(
        [*program, "demo", "--size", "large", "--data-dir", str(folder)],
        env={k: v for k, v in env.items() if k != PROBE_ENV},
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=600,
    )


def measure(
    runs: int, program: Sequence[str] | None = None, career: bool = False
) -> tuple[list[Sample], list[Sample], list[Sample]]:
    """(bare samples, program samples on the large demo, on the career demo), warm-ups left
    out; the career samples only with `career` (its dataset comes from benchmarks.datasets)."""
    if program is None:
        # As set-up leaves an installed checkout: its modules compiled (see scripts/setup.sh).
        compileall.compile_dir(str(ROOT / "intervisie_desktop"), quiet=1)
    program = list(program or [sys.executable, "-m", "intervisie_desktop"])
    bare = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        work = Path(tmp)
        env = probe_environment(work)
        data = work / "large"
        write_large_demo(program, data, env)
        ours = [*program, "--data-dir", str(data), "--lang", "nl"]
        big: list[str] = []
        if career:
            from benchmarks.datasets import copy_demo

            career_dir = copy_demo("career", work / "career")
            big = [*program, "--data-dir", str(career_dir), "--lang", "nl"]
        bare_samples: list[Sample] = []
        our_samples: list[Sample] = []
        career_samples: list[Sample] = []
        for i in range(runs + 1):
            b = measure_once(bare, env)
            o = measure_once(ours, env)
            c = measure_once(big, env) if big else None
            if i > 0:
                bare_samples.append(b)
                our_samples.append(o)
                if c is not None:
                    career_samples.append(c)
    return bare_samples, our_samples, career_samples


def results(bare: list[Sample], ours: list[Sample], career: list[Sample]) -> list[Result]:
    bare_visible = median([s.visible_ms for s in bare])
    bare_usable = median([s.usable_ms for s in bare])
    visible = median([s.visible_ms for s in ours])
    usable = median([s.usable_ms for s in ours])
    out = [
        Result(
            name="start-up: first visible window (median)",
            value=visible,
            unit="ms",
            target=f"<= {VISIBLE_RATIO_TARGET}x bare window",
            ok=visible <= VISIBLE_RATIO_TARGET * bare_visible,
            baseline_name="bare PySide6 window",
            baseline=bare_visible,
        ),
        Result(
            name="start-up: usable window, large demo (median)",
            value=usable / 1000,
            unit="s",
            target=f"<= {USABLE_TARGET_MS / 1000:.1f} s",
            ok=usable <= USABLE_TARGET_MS,
            baseline_name="bare PySide6 window",
            baseline=bare_usable / 1000,
        ),
    ]
    if career:
        on_career = median([s.usable_ms for s in career])
        out.append(
            Result(
                name="start-up: usable window, career demo (median)",
                value=on_career / 1000,
                unit="s",
                target=f"<= {CAREER_RATIO_TARGET}x large demo",
                ok=on_career <= CAREER_RATIO_TARGET * usable,
                baseline_name="usable window, large demo",
                baseline=usable / 1000,
            )
        )
    bare_rss = [s.max_rss_mb for s in bare if s.max_rss_mb is not None]
    our_rss = [s.max_rss_mb for s in ours if s.max_rss_mb is not None]
    if bare_rss and our_rss:
        rss, base = median(our_rss), median(bare_rss)
        out.append(
            Result(
                name="start-up: peak memory, large demo (median max RSS)",
                value=rss,
                unit="MB",
                target=f"<= {MEMORY_RATIO_TARGET}x bare window",
                ok=rss <= MEMORY_RATIO_TARGET * base,
                baseline_name="bare PySide6 window",
                baseline=base,
            )
        )
    return out


def run(
    runs: int | None = None, program: Sequence[str] | None = None, career: bool = True
) -> list[Result]:
    runs = runs or int(os.environ.get("BENCH_STARTUP_RUNS", DEFAULT_RUNS))
    return results(*measure(runs, program, career))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="timed runs (median)")
    parser.add_argument("--program", nargs="+", help="command that starts the program")
    parser.add_argument(
        "--no-career", action="store_true", help="leave out the career demo (about 170 MB)"
    )
    args = parser.parse_args(argv)
    print(format_table(run(args.runs, args.program, career=not args.no_career)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
