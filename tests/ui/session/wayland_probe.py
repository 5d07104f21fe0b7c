"""Session mode under Wayland (QT_QPA_PLATFORM=wayland, a compositor with two outputs): the
small demo's meeting on its real runner, both windows up; after they settle, writes where the
compositor put them (Qt learns a window's output from the compositor's enter events), and keeps
them up until OUT with the suffix .seen exists (the test has captured the outputs).

  python wayland_probe.py DATA_DIR OUT.json

Not collected by pytest; test_wayland_room.py starts it under weston.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SETTLE_MS = 2500


def main(data_dir: Path, out: Path) -> int:
    app = QApplication(sys.argv[:1])
    from intervisie_desktop.core.db.database import open_database
    from intervisie_desktop.core.demo import write_demo
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.paths import DATABASE_NAME, methods_dir
    from intervisie_desktop.ui.session.controller import SessionModeController

    write_demo(data_dir, DATABASE_NAME, "small", methods_dir=methods_dir())
    services = Services(open_database(data_dir / DATABASE_NAME), methods_dir())
    meeting = services.meetings.next_planned()
    assert meeting is not None and meeting.id is not None
    services.meetings.update(meeting.id, date=date.today())
    runner = services.sessions.open(meeting.id)
    settings = QSettings(str(data_dir / "machine.ini"), QSettings.Format.IniFormat)
    first = QGuiApplication.screens()[0]  # the laptop: where the main window was
    ctrl = SessionModeController(
        runner, services, lang="en", settings=settings, presenter_screen=first
    )
    ctrl.show()

    def report() -> None:
        audience, presenter = ctrl.audience, ctrl.presenter
        handle = audience.windowHandle()
        data = {
            "platform": app.platformName(),
            "screens": [[s.name(), list(s.geometry().getRect())] for s in app.screens()],
            "audience": {
                "full": audience.isFullScreen(),
                "screen": handle.screen().name(),
                "size": [audience.width(), audience.height()],
            },
            "focus": focus.title() if (focus := QGuiApplication.focusWindow()) else None,
            "presenter": {
                "screen": presenter.windowHandle().screen().name(),
                "visible": presenter.isVisible(),
            },
        }
        out.write_text(json.dumps(data))
        QTimer.singleShot(100, lambda: leave_when_looked_at(40))

    def leave_when_looked_at(tries: int) -> None:
        """The windows stay up until the test has captured the outputs (or 4 s more)."""
        if tries > 0 and not out.with_suffix(".seen").exists():
            QTimer.singleShot(100, lambda: leave_when_looked_at(tries - 1))
            return
        ctrl.close()
        services.close()
        os._exit(0)

    QTimer.singleShot(SETTLE_MS, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
