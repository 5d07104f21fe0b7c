"""The phone remote: button on the phone to repainted projector over loopback, and the
program's CPU with a paired phone while the timer runs; each with a baseline of the same run
(a key press on the projector; the same timer without the remote).

  python -m benchmarks.bench_phone            30 s CPU windows
  python -m benchmarks.bench_phone --quick    15 s CPU windows

The phone is websocket-client speaking the page's protocol; for the CPU figure it runs in a
child process, so only the program's own CPU is counted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import websocket  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_session_mode import (  # noqa: E402
    Painted,
    cpu_percent,
    make_controller,
    to_a_round,
)
from benchmarks.common import Result, format_table, percentile  # noqa: E402
from intervisie_desktop.ui import collector  # noqa: E402

if TYPE_CHECKING:
    from intervisie_desktop.ui.session.controller import SessionModeController

PHONE_CHILD = """
import json, sys, time, websocket
ws = websocket.create_connection(sys.argv[1], origin=sys.argv[2], timeout=60)
ws.send(json.dumps({"hello": "bench-phone-0123456789"}))
end = time.monotonic() + float(sys.argv[3])
count = 0
while time.monotonic() < end:
    try:
        ws.recv()
        count += 1
    except websocket.WebSocketTimeoutException:
        break
print(count)
"""


def wait_for(condition: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:  # type: ignore[operator]
        loop = QEventLoop()
        QTimer.singleShot(5, loop.quit)
        loop.exec()


def switch_on(controller: SessionModeController) -> tuple[str, str]:
    controller.phone.panel.use_box.click()
    server = controller.phone.server
    assert server.running
    url = f"ws://127.0.0.1:{server.ws_port}/{server.pairing.token}/ws"
    return url, f"http://127.0.0.1:{server.port}"


def bench_latency(app: QApplication, presses: int) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        controller, control, services = make_controller(Path(folder))
        controller.start()
        to_a_round(controller, control)
        url, origin = switch_on(controller)
        box: dict[str, websocket.WebSocket] = {}
        opener = threading.Thread(
            target=lambda: box.setdefault("ws", websocket.create_connection(url, origin=origin))
        )
        opener.start()
        wait_for(lambda: not opener.is_alive(), 10)
        ws = box["ws"]
        ws.send(json.dumps({"hello": "bench-phone-0123456789"}))
        wait_for(controller.phone.server.paired, 5)
        assert controller.phone.server.paired()
        threading.Thread(target=_drain, args=(ws,), daemon=True).start()
        loop = QEventLoop()
        done: list[float] = []
        audience = controller.audience
        painted = Painted(audience, lambda: (done.append(time.perf_counter()), loop.quit()))
        app.installEventFilter(painted)  # any widget of the projector's window repainted
        samples = []
        for i in range(presses):
            done.clear()
            t0 = time.perf_counter()
            ws.send('{"do":"%s"}' % ("next" if i % 2 == 0 else "back"))
            if not done:
                QTimer.singleShot(1000, loop.quit)  # a missing repaint shows as 1000 ms
                loop.exec()
            samples.append(((done[0] if done else time.perf_counter()) - t0) * 1000)
            wait_for(lambda: False, 0.06)  # a person's pace (the remote drops > 20 a second)
        ws.shutdown()  # no closing handshake: the Qt loop that would answer it is not running
        base = []
        for i in range(presses):
            done.clear()
            key = Qt.Key.Key_Right if i % 2 == 0 else Qt.Key.Key_Left
            t0 = time.perf_counter()
            QTest.keyClick(audience, key)
            if not done:
                QTimer.singleShot(1000, loop.quit)
                loop.exec()
            base.append(((done[0] if done else time.perf_counter()) - t0) * 1000)
        app.removeEventFilter(painted)
        controller.close()
        services.close()
    p95 = percentile(samples, 95)
    return [
        Result(
            f"phone button to repainted projector, loopback (p95 of {presses})",
            p95,
            "ms",
            "<= 100 ms",
            p95 <= 100,
            "key press on the projector (p95)",
            percentile(base, 95),
        )
    ]


def _drain(ws: websocket.WebSocket) -> None:
    try:
        while ws.recv():
            pass
    except Exception:
        return


def bench_cpu(window: float) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        controller, _control, services = make_controller(Path(folder))
        controller.start()  # the real runner: its first phase lasts minutes, longer than a window
        baseline = cpu_percent(window)  # the same timer, no remote
        url, origin = switch_on(controller)
        child = subprocess.Popen(
            [sys.executable, "-c", PHONE_CHILD, url, origin, str(window + 10)],
            stdout=subprocess.PIPE,
            text=True,
        )
        wait_for(controller.phone.server.paired, 10)
        paired = controller.phone.server.paired()
        sent_before = controller.phone.sent
        cpu = cpu_percent(window)
        sent = controller.phone.sent - sent_before
        child.kill()
        child.wait()
        controller.close()
        services.close()
    return [
        Result(
            f"CPU with a paired phone, timer running ({window:.0f} s, {sent} states sent)",
            cpu if paired else float("nan"),
            "%",
            "<= 2 %",
            paired and cpu <= 2.0,
            "same timer without the remote",
            baseline,
        )
    ]


def run(quick: bool = True) -> list[Result]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    collector.install(app)
    results = bench_latency(app, 100)
    results += bench_cpu(15.0 if quick else 30.0)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="15 s CPU windows instead of 30 s")
    args = parser.parse_args()
    print(format_table(run(quick=args.quick)), flush=True)
    os._exit(0)  # as bench_session_mode: leave without Qt's teardown once the figures are out
