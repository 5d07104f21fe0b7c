"""Start-up: time to the first visible window, time to a usable window on the large demo dataset,
and peak memory, each against a bare PySide6 window (benchmarks/bare_window.py) in the same run.

Both programs run as fresh processes under QT_QPA_PLATFORM=offscreen with the start-up probe on
(INTERVISIE_STARTUP_PROBE=1, see intervisie_desktop/ui/startup/probe.py: they print
time.monotonic() when their first window has painted, when the group list is usable, and when
the whole main window is, with the peak memory at each; then they quit). The usable window is
the first screen the program paints from its light read (the group list, answering clicks);
the complete one is the main window built on the ORM right after. The longest the event loop
was kept from a click in between is reported too. Runs alternate between the two so machine
noise hits both alike; the first run of each is a warm-up (byte-code and disk caches), the
median of the rest counts. Peak memory is the maximum resident set size of the process (wait4's
rusage).

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

VISIBLE_RATIO_TARGET = 1.3
USABLE_RATIO_TARGET = 2.5
MEMORY_RATIO_TARGET = 2.0  # peak memory at the usable window
CAREER_RATIO_TARGET = 1.2  # usable window on the career demo against the large demo


@dataclass(frozen=True)
class Sample:
    visible_ms: float
    usable_ms: float
    max_rss_mb: float | None  # the whole run's peak (wait4), up to the complete window
    complete_ms: float = 0.0
    usable_peak_mb: float | None = None  # the peak when the usable window was stamped
    longest_wait_ms: float = 0.0


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
    stamps: dict[str, list[str]] = {}
    try:
        for line in proc.stderr:  # ends when the child closes stderr, i.e. exits
            parts = line.split()
            if len(parts) >= 3 and parts[0] == "startup-probe":
                stamps[parts[1]] = parts[2:]
    except BaseException:
        proc.kill()
        raise
    code, rss = _wait_with_rusage(proc)
    if code != 0 or not {"visible", "usable", "complete"} <= stamps.keys():
        raise ProbeFailed(f"{' '.join(command)} exited {code} with probe stamps {sorted(stamps)}")

    def ms(event: str) -> float:
        return (float(stamps[event][0]) - started) * 1000

    def extra(event: str) -> float | None:
        values = stamps.get(event, [])
        return float(values[1]) if len(values) > 1 and values[1] != "-" else None

    return Sample(
        visible_ms=ms("visible"),
        usable_ms=ms("usable"),
        max_rss_mb=rss,
        complete_ms=ms("complete"),
        usable_peak_mb=extra("usable"),
        longest_wait_ms=extra("longest-wait") or 0.0,
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
    complete = median([s.complete_ms for s in ours])
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
            name="start-up: usable window (group list), large demo (median)",
            value=usable,
            unit="ms",
            target=f"<= {USABLE_RATIO_TARGET}x bare window",
            ok=usable <= USABLE_RATIO_TARGET * bare_usable,
            baseline_name="bare PySide6 window",
            baseline=bare_usable,
        ),
        Result(
            name="start-up: complete main window, large demo (median)",
            value=complete,
            unit="ms",
            target="(reported)",
            ok=True,
            baseline_name="bare PySide6 window",
            baseline=bare_usable,
        ),
        Result(
            name="start-up: longest wait for a click, usable to complete (median)",
            value=median([s.longest_wait_ms for s in ours]),
            unit="ms",
            target="(reported)",
            ok=True,
        ),
    ]
    if career:
        on_career = median([s.usable_ms for s in career])
        out.append(
            Result(
                name="start-up: usable window, career demo (median)",
                value=on_career,
                unit="ms",
                target=f"<= {CAREER_RATIO_TARGET}x large demo",
                ok=on_career <= CAREER_RATIO_TARGET * usable,
                baseline_name="usable window, large demo",
                baseline=usable,
            )
        )
        out.append(
            Result(
                name="start-up: complete main window, career demo (median)",
                value=median([s.complete_ms for s in career]),
                unit="ms",
                target="(reported)",
                ok=True,
                baseline_name="complete main window, large demo",
                baseline=complete,
            )
        )
    out.extend(_memory(bare, ours))
    return out


def _memory(bare: list[Sample], ours: list[Sample]) -> list[Result]:
    bare_rss = [s.max_rss_mb for s in bare if s.max_rss_mb is not None]
    at_usable = [s.usable_peak_mb for s in ours if s.usable_peak_mb is not None]
    whole = [s.max_rss_mb for s in ours if s.max_rss_mb is not None]
    if not bare_rss:
        return []
    base = median(bare_rss)
    out = []
    if at_usable:
        value = median(at_usable)
        out.append(
            Result(
                name="start-up: peak memory at the usable window, large demo (median)",
                value=value,
                unit="MB",
                target=f"<= {MEMORY_RATIO_TARGET}x bare window",
                ok=value <= MEMORY_RATIO_TARGET * base,
                baseline_name="bare PySide6 window",
                baseline=base,
            )
        )
    if whole:
        out.append(
            Result(
                name="start-up: peak memory up to the complete main window (median max RSS)",
                value=median(whole),
                unit="MB",
                target="(reported)",
                ok=True,
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
