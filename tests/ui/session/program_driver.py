"""Drives the real program (run_app on a demo data folder) as a user would, for the resume test.

  python program_driver.py DATA_DIR run OUT.json     F5, a few steps, blank, write where it stands
  python program_driver.py DATA_DIR message OUT.json as run, but key 2 (a message) for blank
  python program_driver.py DATA_DIR resume OUT.json  accept the resume offer, write, quit

Not collected by pytest on its own; test_resume_after_kill.py starts it in a subprocess.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from intervisie_desktop.ui.startup.app import make_application, run_app  # noqa: E402

STEPS = 5  # start, the opening's second phase, then three speakers on


def where(controller: object) -> dict[str, object]:
    snap = controller.control.snapshot()  # type: ignore[attr-defined]
    speaker = snap.current_speaker
    return {
        "state": str(snap.state),
        "step": snap.step_index,
        "phase": snap.phase_index,
        "speaker": speaker.display_name if speaker is not None else None,
        "phase_elapsed": snap.phase.elapsed,
        "turn_elapsed": snap.turn.elapsed if snap.turn is not None else None,
        "projector": controller.audience.shown_texts(),  # type: ignore[attr-defined]
    }


def answer_start_today() -> bool:
    """The demo's meeting is in the future: F5 asks to start it today, and the answer is yes."""
    from PySide6.QtWidgets import QMessageBox

    from intervisie_desktop.ui.window.start_today import START_BUTTON

    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        return False
    for button in box.buttons():
        if button.objectName() == START_BUTTON:
            button.click()
            return True
    return False


def main(data_dir: Path, mode: str, out: Path) -> int:
    app = make_application(sys.argv[:1])
    state: dict[str, object] = {"done": False}

    def window() -> QWidget | None:
        from intervisie_desktop.ui.window.main_window import MainWindow

        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def poll() -> None:
        if state["done"]:
            return
        win = window()
        if mode == "resume":
            from intervisie_desktop.ui.session.resume import ResumeDialog

            dialog = next(
                (w for w in QApplication.topLevelWidgets() if isinstance(w, ResumeDialog)), None
            )
            if dialog is not None and dialog.isVisible():
                dialog.resume_button.click()
                return
        if win is None:
            return
        if mode != "resume" and answer_start_today():
            return
        controller = win.session_mode.controller
        if mode != "resume" and controller is None and win.isActiveWindow():
            if not state.get("f5"):
                # Pressed after this poll returns: the question F5 asks runs its own event loop,
                # and this timer is not called again inside its own call.
                state["f5"] = True
                target = QApplication.focusWidget() or win
                QTimer.singleShot(0, lambda: QTest.keyClick(target, Qt.Key.Key_F5))
            return
        if controller is None:
            return
        active = QApplication.activeWindow()
        if active not in (controller.audience, controller.presenter):
            return
        if mode != "resume":
            for _ in range(STEPS):
                QTest.keyClick(active, Qt.Key.Key_PageDown)
            # The projector blanked for a private moment, or a message to the room.
            QTest.keyClick(active, Qt.Key.Key_2 if mode == "message" else Qt.Key.Key_B)
        state["done"] = True
        out.write_text(json.dumps(where(controller)))
        if mode == "resume":
            controller.close()
            QTimer.singleShot(0, app.quit)

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(poll)
    timer.start()
    return run_app(data_dir, "en", demo=True)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])))
