"""A real X server for session-mode tests: Xvfb, either one wide screen split into two RandR 1.5
monitors (a laptop with a projector beside it) or two separate X screens.

Qt's xcb plugin reports the RandR monitors as its screens, named and placed as set here; on two
X screens it reports two screens both named "screen".
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

LAPTOP = ("LAPTOP", 0, 0, 1280, 800, 300, 190)  # name, x, y, width, height, mm wide, mm high
PROJECTOR = ("PROJECTOR", 1280, 0, 1920, 1080, 1000, 560)
SPLIT_SCREEN = "3200x1080x24"
TWO_SCREENS = ("1280x800x24", "1920x1080x24")


def missing() -> str | None:
    """Why a real-X test cannot run here, or None."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (packaging/system-packages.txt, tag test)"
    if ctypes.util.find_library("Xrandr") is None:
        return "libXrandr is not installed"
    return None


class _MonitorInfo(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_ulong),
        ("primary", ctypes.c_int),
        ("automatic", ctypes.c_int),
        ("noutput", ctypes.c_int),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("mwidth", ctypes.c_int),
        ("mheight", ctypes.c_int),
        ("outputs", ctypes.POINTER(ctypes.c_ulong)),
    ]


def split_into_monitors(display: str) -> None:
    """Two RandR 1.5 monitors on screen 0: the laptop keeps Xvfb's output, the projector none."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
    xrandr = ctypes.CDLL(ctypes.util.find_library("Xrandr"))
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xrandr.XRRGetMonitors.restype = ctypes.POINTER(_MonitorInfo)
    xrandr.XRRGetMonitors.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
    ]
    xrandr.XRRSetMonitor.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_MonitorInfo)]
    xrandr.XRRFreeMonitors.argtypes = [ctypes.POINTER(_MonitorInfo)]
    dpy = x11.XOpenDisplay(display.encode())
    if not dpy:
        raise RuntimeError(f"cannot open display {display}")
    try:
        root = x11.XDefaultRootWindow(dpy)
        count = ctypes.c_int()
        current = xrandr.XRRGetMonitors(dpy, root, 1, ctypes.byref(count))
        if count.value < 1 or current[0].noutput < 1:
            raise RuntimeError("Xvfb reports no output to keep")
        output = (ctypes.c_ulong * 1)(current[0].outputs[0])
        xrandr.XRRFreeMonitors(current)
        for spec, outputs in ((LAPTOP, output), (PROJECTOR, None)):
            name, x, y, width, height, mw, mh = spec
            info = _MonitorInfo(
                x11.XInternAtom(dpy, name.encode(), 0),
                int(name == "LAPTOP"),
                0,
                1 if outputs is not None else 0,
                x,
                y,
                width,
                height,
                mw,
                mh,
                ctypes.cast(outputs, ctypes.POINTER(ctypes.c_ulong))
                if outputs is not None
                else None,
            )
            xrandr.XRRSetMonitor(dpy, root, ctypes.byref(info))
        x11.XSync(dpy, 0)
    finally:
        x11.XCloseDisplay(dpy)


@dataclass
class XServer:
    display: str
    process: subprocess.Popen[bytes]

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb", **extra)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


def start_xvfb(*screens: str, log: Path | None = None) -> XServer:
    """Xvfb on a free display number (it picks and tells it through -displayfd)."""
    read, write = os.pipe()
    args = ["Xvfb", "-displayfd", str(write), "-noreset", "-nolisten", "tcp"]
    for number, geometry in enumerate(screens):
        args += ["-screen", str(number), geometry]
    out = open(log, "wb") if log is not None else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(args, pass_fds=(write,), stdout=out, stderr=out)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 20
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        process.kill()
        raise RuntimeError("Xvfb did not start")
    return XServer(f":{number.decode().strip()}", process)


def room_with_two_monitors(log: Path | None = None) -> XServer:
    """A laptop (1280x800) and a projector (1920x1080) as two monitors of one X screen."""
    server = start_xvfb(SPLIT_SCREEN, log=log)
    try:
        split_into_monitors(server.display)
    except Exception:
        server.stop()
        raise
    return server


def room_with_two_x_screens(log: Path | None = None) -> XServer:
    """A laptop (1280x800) and a projector (1920x1080) as two X screens, :N.0 and :N.1."""
    return start_xvfb(*TWO_SCREENS, log=log)
