"""Runs the real program (demo data) on a real X server and reports what a user in the meeting
room would see: where each window is, which window has the keyboard, where dialogs open.

  python room_probe.py DATA_DIR f5 OUT.json       F5, keys through xdotool, Esc and cancel
  python room_probe.py DATA_DIR resume OUT.json   accept the resume offer, then keys

Keys go through xdotool (XTEST) to whatever window has the X focus, as a clicker's would.
Not collected by pytest; test_real_x_room.py starts it with DISPLAY and QT_QPA_PLATFORM=xcb.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget  # noqa: E402

from intervisie_desktop.ui.startup.app import make_application, run_app  # noqa: E402

LANG = os.environ.get("ROOM_LANG", "en")


def displays() -> list[str]:
    """The X screens to capture: one, or ROOM_SCREENS of them (:N.0, :N.1)."""
    base = os.environ["DISPLAY"].split(".")[0]
    count = int(os.environ.get("ROOM_SCREENS", "1"))
    return [base] if count == 1 else [f"{base}.{n}" for n in range(count)]


SETTLE_MS = 700  # a real X server answers asynchronously: let maps and focus settle


def rect(widget: QWidget) -> list[int]:
    g = widget.frameGeometry()
    return [g.x(), g.y(), g.width(), g.height()]


def xdotool(*keys: str) -> None:
    subprocess.Popen(["xdotool", "key", "--clearmodifiers", *keys])


class DialogWatch(QObject):
    """Every dialog shown while the probe runs: title, screen and geometry."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[dict[str, Any]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            QTimer.singleShot(SETTLE_MS // 2, lambda w=watched: self._note(w))
        return False

    def _note(self, dialog: QDialog) -> None:
        if dialog.isVisible():
            self.seen.append(
                {
                    "title": dialog.windowTitle(),
                    "screen": dialog.screen().name(),
                    "rect": rect(dialog),
                    "class": type(dialog).__name__,
                }
            )


def main(data_dir: Path, mode: str, out: Path) -> int:
    app = make_application(sys.argv[:1])
    watch = DialogWatch()
    app.installEventFilter(watch)
    report: dict[str, Any] = {
        "screens": [
            {"name": s.name(), "rect": list(s.geometry().getRect())} for s in app.screens()
        ],
        "steps": [],
    }

    def main_window() -> QWidget | None:
        from intervisie_desktop.ui.window.main_window import MainWindow

        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def controller() -> Any:
        win = main_window()
        return win.session_mode.controller if win is not None else None  # type: ignore[attr-defined]

    def where(name: str) -> None:
        shots = os.environ.get("ROOM_SHOTS")  # screenshots of the whole X display, to look at
        if shots:
            label = f"{mode}-{LANG}-{name.replace(' ', '-')}"
            for n, display in enumerate(displays()):
                target = Path(shots) / f"{label}-{n}.png"
                subprocess.run(["import", "-display", display, "-window", "root", str(target)])
        ctrl = controller()
        focus = QGuiApplication.focusWindow()
        step: dict[str, Any] = {"step": name, "focus": focus.title() if focus else None}
        if ctrl is not None:
            snap = ctrl.control.snapshot()
            step.update(
                state=str(snap.state),
                position=[snap.step_index, snap.phase_index],
                speaker=snap.current_speaker.display_name if snap.current_speaker else None,
                audience={
                    "screen": ctrl.audience.screen().name(),
                    "rect": rect(ctrl.audience),
                    "full": ctrl.audience.isFullScreen(),
                    "screen_rect": list(ctrl.audience.screen().geometry().getRect()),
                },
                presenter={
                    "screen": ctrl.presenter.screen().name(),
                    "rect": rect(ctrl.presenter),
                    "screen_rect": list(ctrl.presenter.screen().geometry().getRect()),
                    "title": ctrl.presenter.windowTitle(),
                },
                audience_title=ctrl.audience.windowTitle(),
                choices=[
                    ctrl.presenter.screen_box.itemText(i)
                    for i in range(ctrl.presenter.screen_box.count())
                ],
            )
        report["steps"].append(step)

    def finish() -> None:
        report["dialogs"] = watch.seen
        out.write_text(json.dumps(report, indent=1))
        os._exit(0)  # as a kill would: the run stays unfinished for the resume probe

    script: list[tuple[str, Any]] = []
    if mode == "f5":
        script.append(("wait", lambda: (w := main_window()) is not None and w.isVisible()))
        script.append(("settle", None))
        script.append(("wait", lambda: main_window().activateWindow() or True))  # type: ignore[union-attr]
        script.append(("settle", None))
        script.append(("where", "main window"))
        script.append(("key", "F5"))
        script.append(("wait", lambda: start_today()))  # the demo's meeting is in the future
    else:
        script.append(("wait", lambda: accept_resume()))
    script += [
        ("wait", lambda: controller() is not None and controller().audience.isVisible()),
        ("settle", None),
        ("where", "opened"),
        ("key", "Next"),
        ("settle", None),
        ("where", "after PageDown"),
        ("key", "Escape"),
        ("settle", None),
        ("where", "leave question"),
        ("key", "Escape"),
        ("settle", None),
        ("where", "cancelled"),
        ("key", "Next"),
        ("settle", None),
        ("where", "after PageDown again"),
    ]

    def start_today() -> bool:
        """The "not dated today" question on the main window: start it today."""
        from intervisie_desktop.ui.window.start_today import START_BUTTON

        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            for button in box.buttons():
                if button.objectName() == START_BUTTON:
                    button.click()
                    return True
        return False

    def accept_resume() -> bool:
        from intervisie_desktop.ui.session.resume import ResumeDialog

        for w in QApplication.topLevelWidgets():
            if isinstance(w, ResumeDialog) and w.isVisible():
                w.resume_button.click()
                return True
        return False

    position = [0]
    deadline = [200]  # polls of 50 ms per wait

    def poll() -> None:
        if position[0] >= len(script):
            finish()
            return
        kind, arg = script[position[0]]
        if kind == "wait":
            deadline[0] -= 1
            if not arg():
                if deadline[0] <= 0:
                    report["error"] = f"timed out at step {position[0]}"
                    finish()
                    return
                QTimer.singleShot(50, poll)  # not yet: look again (the deadline counts polls)
                return
            deadline[0] = 200
        elif kind == "key":
            xdotool(arg)
        elif kind == "where":
            where(arg)
        elif kind == "settle":
            position[0] += 1
            QTimer.singleShot(SETTLE_MS, poll)
            return
        position[0] += 1
        QTimer.singleShot(0 if kind == "where" else 50, poll)

    QTimer.singleShot(100, poll)
    modal = QMessageBox  # noqa: F841 (a modal leave question keeps this loop running)
    return run_app(data_dir, LANG, demo=True)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])))
