"""Runs two_screen_checks.py in its own pytest on two simulated screens (the platform is per
process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CONFIG = ROOT / "tests" / "fixtures" / "two-screens.json"  # LAPTOP 1280x800, PROJECTOR 1920x1080


def test_session_mode_on_two_screens(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(Path(__file__).with_name("two_screen_checks.py")),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "11 passed" in result.stdout
