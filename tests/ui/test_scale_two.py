"""Runs scale_two_checks.py in its own pytest at QT_SCALE_FACTOR=2 on one 2560x1600 screen,
and font_two_checks.py with the font at 200 % on that screen at scale 1 (the scale and the
platform are fixed per process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "tests" / "fixtures" / "hidpi-screen.json"


def run_checks(name: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR"}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}", **extra)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(Path(__file__).with_name(name)),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_main_window_at_twice_the_scale() -> None:
    result = run_checks("scale_two_checks.py", QT_SCALE_FACTOR="2")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout


def test_the_main_window_and_method_library_at_twice_the_font() -> None:
    """A desktop's font size at 200 %: nothing cut off (the method library's left column held
    its "show deleted" choice to a fixed 240 px minimum before)."""
    result = run_checks("font_two_checks.py")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout
