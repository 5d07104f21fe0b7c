"""Runs message_two_screen_checks.py in its own pytest on two simulated screens (the platform is
per process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CONFIG = ROOT / "tests" / "fixtures" / "two-screens.json"  # LAPTOP 1280x800, PROJECTOR 1920x1080


def test_message_dialogs_on_two_screens() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}")
    checks = Path(__file__).with_name("message_two_screen_checks.py")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(checks)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout
