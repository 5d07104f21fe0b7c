"""Run a file of checks in its own pytest on two simulated screens, LAPTOP 1280x800 and
PROJECTOR 1920x1080 (tests/fixtures/two-screens.json): Qt fixes its platform per process, so
such checks cannot share the test run's. Their files are not named test_*, so they are not
collected alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "tests" / "fixtures" / "two-screens.json"


def run_on_two_screens(checks: Path, passed: int) -> None:
    """Run `checks`; all must pass, and exactly `passed` of them (none skipped or lost)."""
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(checks)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert f"{passed} passed" in result.stdout
