"""Run every benchmark of the project and print one table of figures and ratios.

  python -m benchmarks.run_all                 all benchmarks/bench_*.py, in name order
  python -m benchmarks.run_all --only startup  one of them (also: bench_startup); repeatable
  python -m benchmarks.run_all --list          their names

Each module offers run() -> list[Result]. A module that fails is named on stderr and the others
still run; the exit code is then 1. Missed targets show as "NO" in the table, exit code 0.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Result, format_table

if TYPE_CHECKING:
    from collections.abc import Sequence

HERE = Path(__file__).resolve().parent


def available() -> list[str]:
    return sorted(path.stem.removeprefix("bench_") for path in HERE.glob("bench_*.py"))


def _run_here(name: str) -> list[Result]:
    module = importlib.import_module(f"benchmarks.bench_{name}")
    results: list[Result] = module.run()
    return results


def run_one(name: str) -> list[Result]:
    """Run one benchmark in a fresh interpreter: benchmarks don't disturb each other, and child
    processes' peak memory is their own (Linux carries the parent's high-water mark into a
    child's ru_maxrss across exec, so a runner grown by an earlier benchmark would inflate it)."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        results: list[Result] = pool.apply(_run_here, (name,))
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the benchmarks; print one table.")
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run this benchmark only (repeatable)"
    )
    parser.add_argument("--list", action="store_true", help="name the benchmarks and stop")
    args = parser.parse_args(argv)
    names = available()
    if args.list:
        print("\n".join(names))
        return 0
    if args.only:
        wanted = [name.removeprefix("bench_").removesuffix(".py") for name in args.only]
        unknown = [name for name in wanted if name not in names]
        if unknown:
            parser.error(f"no benchmark {', '.join(unknown)} (there are: {', '.join(names)})")
        names = wanted
    results: list[Result] = []
    failed: list[str] = []
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            results.extend(run_one(name))
        except Exception:
            failed.append(name)
            print(f"benchmark {name} failed:", file=sys.stderr)
            traceback.print_exc()
        print(f"  {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    if results:
        print(format_table(results))
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
