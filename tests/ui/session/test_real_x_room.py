"""Session mode in a real meeting room, on a real X server (Xvfb): the laptop and the projector
as two RandR monitors of one X screen, and as two separate X screens. The real program runs in a
subprocess (room_probe.py); keys reach it through xdotool, so they go where the X focus is."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.ui.session import realx

ROOT = Path(__file__).resolve().parents[3]
PROBE = Path(__file__).with_name("room_probe.py")
PRESENTER = "Session mode \u2014 presenter"

pytestmark = pytest.mark.skipif(realx.missing() is not None, reason=realx.missing() or "")


def run_probe(server: realx.XServer, tmp: Path, mode: str) -> dict[str, Any]:
    out = tmp / f"{mode}.json"
    env = server.env(INTERVISIE_LOG_DIR=str(tmp / "logs"), XDG_CONFIG_HOME=str(tmp / "config"))
    result = subprocess.run(
        [sys.executable, str(PROBE), str(tmp / "data"), mode, str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert out.exists(), result.stdout[-2000:] + result.stderr[-2000:]
    report: dict[str, Any] = json.loads(out.read_text())
    assert "error" not in report, report
    return report


def steps(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {step["step"]: step for step in report["steps"]}


def centre(rect: list[int]) -> tuple[float, float]:
    return rect[0] + rect[2] / 2, rect[1] + rect[3] / 2


def check_room(report: dict[str, Any], audience: list[int], presenter_screen: str) -> None:
    """What every meeting room must give, after F5 and after a resume alike."""
    seen = steps(report)
    opened = seen["opened"]
    assert opened["audience"]["rect"] == audience and opened["audience"]["full"]
    assert opened["audience"]["screen_rect"] == audience
    assert opened["presenter"]["screen"] == presenter_screen
    assert opened["focus"] == PRESENTER  # the clicker's keys go to the presenter
    assert seen["after PageDown"]["focus"] == PRESENTER
    question = seen["leave question"]
    assert question["focus"] == "Leave session mode"
    dialogs = [d for d in report["dialogs"] if d["title"] == "Leave session mode"]
    assert dialogs and all(d["screen"] == presenter_screen for d in dialogs), report["dialogs"]
    px, py = centre(question["presenter"]["rect"])
    dx, dy = centre(dialogs[0]["rect"])
    assert abs(px - dx) <= 40 and abs(py - dy) <= 60, (dialogs[0], question["presenter"])
    assert seen["cancelled"]["focus"] == PRESENTER  # back where the clicker works
    before, after = seen["after PageDown"], seen["after PageDown again"]
    assert (after["position"], after["speaker"]) != (before["position"], before["speaker"])


@pytest.fixture
def two_monitors(tmp_path: Path) -> Any:
    server = realx.room_with_two_monitors(tmp_path / "xvfb.log")
    yield server
    server.stop()


@pytest.fixture
def two_x_screens(tmp_path: Path) -> Any:
    server = realx.room_with_two_x_screens(tmp_path / "xvfb.log")
    yield server
    server.stop()


def test_laptop_and_projector_as_two_monitors(two_monitors: realx.XServer, tmp_path: Path) -> None:
    report = run_probe(two_monitors, tmp_path, "f5")
    assert report["screens"] == [
        {"name": "LAPTOP", "rect": [0, 0, 1280, 800]},
        {"name": "PROJECTOR", "rect": [1280, 0, 1920, 1080]},
    ]
    check_room(report, [1280, 0, 1920, 1080], "LAPTOP")
    assert steps(report)["opened"]["audience"]["screen"] == "PROJECTOR"
    resumed = run_probe(two_monitors, tmp_path, "resume")  # the first run ended as a kill does
    check_room(resumed, [1280, 0, 1920, 1080], "LAPTOP")


def test_laptop_and_projector_as_two_x_screens(
    two_x_screens: realx.XServer, tmp_path: Path
) -> None:
    report = run_probe(two_x_screens, tmp_path, "f5")
    assert report["screens"] == [
        {"name": "screen", "rect": [0, 0, 1280, 800]},
        {"name": "screen", "rect": [0, 0, 1920, 1080]},
    ]
    # The audience view fills the projector's X screen, not the laptop's under the presenter.
    check_room(report, [0, 0, 1920, 1080], "screen")
    opened = steps(report)["opened"]
    assert opened["presenter"]["screen_rect"] == [0, 0, 1280, 800]
    choices = opened["choices"]
    assert len(choices) == 2 and len(set(choices)) == 2, choices  # two screens told apart
    assert any("1920\u00d71080" in c for c in choices), choices
