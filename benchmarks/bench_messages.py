"""Messages to the room: a message key (1-5) to the banner painted on the projector, on the real
session runner of the small demo (the command is written to the database before it shows),
with the same baseline as the session-mode key benchmark measured in the same run.

  python -m benchmarks.bench_messages            200 presses
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlmodel import select  # noqa: E402

from benchmarks.bench_session_mode import _KeyLabel  # noqa: E402
from benchmarks.common import Result, format_table, median, percentile  # noqa: E402
from benchmarks.datasets import copy_demo  # noqa: E402
from intervisie_desktop.core.db.database import open_database  # noqa: E402
from intervisie_desktop.core.models import SessionEvent  # noqa: E402
from intervisie_desktop.core.services import Services  # noqa: E402
from intervisie_desktop.paths import DATABASE_NAME, methods_dir  # noqa: E402
from intervisie_desktop.ui import collector  # noqa: E402
from intervisie_desktop.ui.session.controller import SessionModeController  # noqa: E402

K = Qt.Key
PRESET_KEYS = (K.Key_1, K.Key_2, K.Key_3, K.Key_4, K.Key_5)


def _meeting(services: Services) -> int:
    group = services.groups.list()[0]
    assert group.id is not None
    meeting = services.meetings.next_planned(group.id)
    assert meeting is not None and meeting.id is not None
    return meeting.id


def message_keys(presses: int) -> tuple[list[float], int]:
    """Milliseconds from each preset key to the banner's paint; and the messages stored."""
    with tempfile.TemporaryDirectory() as folder:
        data = copy_demo("small", Path(folder) / "demo")
        services = Services(open_database(data / DATABASE_NAME), methods_dir())
        runner = services.sessions.open(_meeting(services))
        settings = QSettings(str(Path(folder) / "machine.ini"), QSettings.Format.IniFormat)
        controller = SessionModeController(runner, services, lang="en", settings=settings)
        controller.show()
        controller.start()
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)  # both windows mapped and painted once
        loop.exec()
        window = controller.keys_window()
        window.activateWindow()
        banner = controller.audience.banner
        done: list[float] = []
        banner.paint_hook = lambda: (done.append(time.perf_counter()), loop.quit())
        samples = []
        for i in range(presses):
            done.clear()
            t0 = time.perf_counter()
            QTest.keyClick(window, PRESET_KEYS[i % len(PRESET_KEYS)])
            if not done:
                QTimer.singleShot(1000, loop.quit)  # a missing paint shows as 1000 ms
                loop.exec()
            samples.append(((done[0] if done else time.perf_counter()) - t0) * 1000)
        with services.db.session() as session:
            stored = len(
                session.exec(select(SessionEvent).where(SessionEvent.command == "message")).all()
            )
        controller.close()
        services.close()
    return samples, stored


def baseline_keys(presses: int) -> list[float]:
    label = _KeyLabel("0")
    label.resize(1920, 1080)
    label.show()
    base = []
    for _ in range(presses):
        t0 = time.perf_counter()
        QTest.keyClick(label, K.Key_Right)
        label.repaint()  # a synchronous repaint of the changed label
        base.append((time.perf_counter() - t0) * 1000)
    label.close()
    return base


def run(presses: int = 200) -> list[Result]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    collector.install(app)
    samples, stored = message_keys(presses)
    assert stored == presses, f"{stored} messages stored for {presses} keys"
    base = baseline_keys(presses)
    p99, mid = percentile(samples, 99), median(samples)
    return [
        Result(
            f"message key to banner shown, incl. DB write (p99 of {presses})",
            p99,
            "ms",
            "<= 30 ms",
            p99 <= 30,
            "key event + QLabel repaint (p99)",
            percentile(base, 99),
        ),
        Result(
            f"message key to banner shown (median of {presses})",
            mid,
            "ms",
            "-",
            True,
            "key event + QLabel repaint (median)",
            median(base),
        ),
    ]


if __name__ == "__main__":
    print(format_table(run()), flush=True)
    os._exit(0)  # as bench_session_mode: leave without Qt's teardown after many key clicks
