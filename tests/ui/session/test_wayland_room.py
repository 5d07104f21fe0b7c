"""Session mode under Wayland with two outputs: weston nested in Xvfb (x11 backend, a laptop
output 1280x800 and a projector output 1920x1080), the program on QT_QPA_PLATFORM=wayland. The
audience view must land full screen on the second output, the presenter on the first, with the
keyboard focus.

Under Wayland a program cannot place its windows; it asks the compositor (full screen on an
output), and Qt learns where a window is from the compositor. When `import` (ImageMagick) is
there, the two output windows are also captured and the projector's own background
looked for in each. Skipped, with the reason, where weston, Xvfb or xdotool is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.ui.session import realx

ROOT = Path(__file__).resolve().parents[3]
PROBE = Path(__file__).with_name("wayland_probe.py")
WESTON_INI = """[core]
idle-time=0

[shell]
locking=false
animation=none
startup-animation=none
panel-position=none

[output]
name=screen0
mode=1280x800

[output]
name=screen1
mode=1920x1080
"""
PROJECTOR_BACKGROUND = (0x0B, 0x0F, 0x14)  # the dark theme's background


def missing() -> str | None:
    if shutil.which("weston") is None:
        return "weston is not installed (apt-get install weston): no Wayland compositor to test on"
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed: weston's x11 backend needs an X server to nest in"
    if shutil.which("xdotool") is None:
        return "xdotool is not installed: the pointer is put on the laptop's output with it"
    plugins = Path(sys.modules["PySide6"].__file__ or "").parent / "Qt" / "plugins"
    if not (plugins / "platforms" / "libqwayland.so").exists():
        return "this PySide6 has no Wayland platform plugin"
    return None


pytestmark = [pytest.mark.slow, pytest.mark.skipif(missing() is not None, reason=missing() or "")]


class Weston:
    def __init__(self, tmp: Path) -> None:
        self.x = realx.start_xvfb("3400x1200x24", log=tmp / "xvfb.log")
        self.runtime = tmp / "runtime"
        self.runtime.mkdir(mode=0o700)
        ini = tmp / "weston.ini"
        ini.write_text(WESTON_INI)
        self.socket = "wayland-room"
        env = dict(os.environ, DISPLAY=self.x.display, XDG_RUNTIME_DIR=str(self.runtime))
        env.pop("WAYLAND_DISPLAY", None)
        self.log = tmp / "weston.log"
        self.process = subprocess.Popen(
            [
                "weston",
                f"--config={ini}",
                "--backend=x11-backend.so",
                "--output-count=2",
                f"--socket={self.socket}",
            ],
            env=env,
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 20
        while not (self.runtime / self.socket).exists():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.stop()
                pytest.skip("weston did not start here: " + self.log.read_text()[-500:])
            time.sleep(0.1)  # another process's socket: no event loop to wait on
        self.side_by_side()

    def xdotool(self, *args: str) -> list[str]:
        env = dict(os.environ, DISPLAY=self.x.display)
        done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True)
        return done.stdout.split()

    def window_of(self, output: str) -> str | None:
        wanted = f"Weston Compositor - {output}"
        for window in self.xdotool("search", "--name", ""):
            if " ".join(self.xdotool("getwindowname", window)) == wanted:
                return window
        return None

    def side_by_side(self) -> None:
        """The two output windows side by side on the X screen (they open on top of each
        other), and the pointer on the laptop's: where the supervisor pressed F5. A Wayland
        compositor opens a new ordinary window on the output of the pointer."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            laptop, projector = self.window_of("screen0"), self.window_of("screen1")
            if laptop and projector:
                self.xdotool("windowmove", projector, "1300", "0")
                self.xdotool("windowmove", laptop, "0", "0")
                self.xdotool("mousemove", "640", "400")
                time.sleep(0.5)
                return
            time.sleep(0.1)
        self.stop()
        pytest.skip("weston's output windows did not appear: " + self.log.read_text()[-500:])

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="wayland",
            WAYLAND_DISPLAY=self.socket,
            XDG_RUNTIME_DIR=str(self.runtime),
            **extra,
        )
        env.pop("DISPLAY", None)
        return env

    def capture(self, output: str, path: Path) -> bool:
        """The output's window on the X server, as a PNG (False when the tools are missing)."""
        window = self.window_of(output)
        if shutil.which("import") is None or window is None:
            return False
        env = dict(os.environ, DISPLAY=self.x.display)
        subprocess.run(["import", "-window", window, str(path)], env=env, check=True)
        return path.exists()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.x.stop()


def share_of(path: Path, colour: tuple[int, int, int]) -> float:
    """Share of the image's pixels in `colour` (within 6 per channel)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    step = 8
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            total += 1
            hits += all(
                abs(a - b) <= 6 for a, b in zip((c.red(), c.green(), c.blue()), colour, strict=True)
            )
    return hits / total


def test_audience_full_screen_on_the_second_output_presenter_on_the_first(
    tmp_path: Path, qapp: Any
) -> None:
    weston = Weston(tmp_path)
    try:
        out = tmp_path / "wayland.json"
        env = weston.env(INTERVISIE_LOG_DIR=str(tmp_path / "logs"))
        shots: dict[str, bool] = {}
        process = subprocess.Popen(
            [sys.executable, str(PROBE), str(tmp_path / "data"), str(out)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 45
            while time.monotonic() < deadline and not out.exists() and process.poll() is None:
                time.sleep(0.1)  # another process's file: no event loop to wait on
            if out.exists():
                for output in ("screen0", "screen1"):
                    shots[output] = weston.capture(output, tmp_path / f"{output}.png")
                out.with_suffix(".seen").touch()
            output_text = process.communicate(timeout=30)[0]
        finally:
            if process.poll() is None:
                process.kill()
        assert out.exists(), output_text[-3000:]
        report = json.loads(out.read_text())
    finally:
        weston.stop()

    assert report["platform"] == "wayland"
    assert report["screens"] == [["screen0", [0, 0, 1280, 800]], ["screen1", [1280, 0, 1920, 1080]]]
    audience, presenter = report["audience"], report["presenter"]
    assert audience["full"] and audience["screen"] == "screen1"
    assert audience["size"] == [1920, 1080]
    assert presenter["visible"] and presenter["screen"] == "screen0"
    # The compositor gives the keys to the window mapped last: session mode maps the presenter
    # last there, so the clicker's keys reach it (it went to the projector before).
    assert "presenter" in (report["focus"] or ""), report["focus"]
    if all(shots.values()) and shots:
        # What the compositor shows: the projector's background fills the second output only.
        assert share_of(tmp_path / "screen1.png", PROJECTOR_BACKGROUND) > 0.6
        assert share_of(tmp_path / "screen0.png", PROJECTOR_BACKGROUND) < 0.2
