"""Runs scale_two_checks.py in its own pytest at QT_SCALE_FACTOR=2 on one 2560x1600 screen
(the scale and the platform are fixed per process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "tests" / "fixtures" / "hidpi-screen.json"


def test_the_main_window_at_twice_the_scale() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}", QT_SCALE_FACTOR="2")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(Path(__file__).with_name("scale_two_checks.py")),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout
