"""A session shown on the projector until it is killed, for test_session_resume_kill.py.

  python session_kill_child.py DATABASE MEETING_ID SETTINGS.ini STEPS BLANK OVERTIME

Starts the meeting's session in session mode (offscreen), goes STEPS steps on, blanks the
projector if BLANK is 1, runs into overtime if OVERTIME is 1, prints "ready", then prints the
big timer's text at every repaint until killed. Not collected by pytest.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from intervisie_desktop.core.db.database import open_database  # noqa: E402
from intervisie_desktop.core.services import Services  # noqa: E402
from intervisie_desktop.paths import methods_dir  # noqa: E402
from intervisie_desktop.ui.session import timing  # noqa: E402
from intervisie_desktop.ui.session.controller import SessionModeController  # noqa: E402


def main(database: Path, meeting_id: int, ini: Path, steps: int, blank: bool, over: bool) -> int:
    app = QApplication(sys.argv[:1])
    services = Services(open_database(database), methods_dir())
    runner = services.sessions.open(meeting_id)
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    controller = SessionModeController(runner, services, lang="en", settings=settings)

    def shown() -> None:
        remaining = timing.shown_timing(runner.snapshot()).remaining
        print(timing.timer_text(remaining), flush=True)

    controller.show()
    controller.start()
    for _ in range(steps):
        controller.next()
    if over:
        while timing.shown_timing(runner.snapshot()).remaining > -2:
            runner.adjust_minutes(-1)
    if blank:
        controller.toggle_blank()
    controller.refreshed.connect(shown)
    print("ready", flush=True)
    controller.refresh()
    return app.exec()


if __name__ == "__main__":
    a = sys.argv[1:]
    sys.exit(main(Path(a[0]), int(a[1]), Path(a[2]), int(a[3]), a[4] == "1", a[5] == "1"))
