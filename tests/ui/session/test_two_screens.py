"""Runs two_screen_checks.py in its own pytest on two simulated screens."""

from __future__ import annotations

from pathlib import Path

from tests.ui.two_screens import run_on_two_screens


def test_session_mode_on_two_screens() -> None:
    run_on_two_screens(Path(__file__).with_name("two_screen_checks.py"), passed=11)
