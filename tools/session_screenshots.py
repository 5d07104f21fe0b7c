#!/usr/bin/env python3
"""Screenshots of session mode: the audience view in every state at 1920x1080 and 1024x768, dark
and light, Dutch and English, plus the presenter view. Offscreen; writes PNGs to OUT_DIR.

  python tools/session_screenshots.py OUT_DIR

The views show the real session runner on the small demo (its next meeting), on a clock
moved by hand; the presenter in an open phase, locked, in a round, with the projector blanked for
a break, and finished.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from intervisie_desktop.core.db.database import open_database  # noqa: E402
from intervisie_desktop.core.demo import write_demo  # noqa: E402
from intervisie_desktop.core.methods.model import SpeakerMode  # noqa: E402
from intervisie_desktop.core.services import Services  # noqa: E402
from intervisie_desktop.core.session.snapshot import Cue  # noqa: E402
from intervisie_desktop.paths import DATABASE_NAME, methods_dir  # noqa: E402
from intervisie_desktop.ui.session import timing  # noqa: E402
from intervisie_desktop.ui.session.audience import AudienceView  # noqa: E402
from intervisie_desktop.ui.session.controller import SessionModeController  # noqa: E402
from intervisie_desktop.ui.session.theme import THEMES  # noqa: E402
from intervisie_desktop.ui.translation import install_translators  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator

    from intervisie_desktop.core.session.runner import SessionRunner

SIZES = ((1920, 1080), (1024, 768))


class HandClock:
    """The runner's clock, moved by hand so every state can be shown."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def demo_services(folder: Path) -> Services:
    write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir())
    return Services(open_database(folder / DATABASE_NAME), methods_dir())


def demo_runner(services: Services, clock: HandClock) -> SessionRunner:
    """The small demo's next meeting on the real runner, moved on to the gossip round (cues,
    the case bringer turned away, the case question)."""
    meeting = services.meetings.next_planned()
    assert meeting is not None and meeting.id is not None
    runner = services.sessions.open(meeting.id, clock)
    runner.start()
    for _ in range(100):
        if Cue.CASE_BRINGER_AWAY in runner.snapshot().cues:
            break
        clock.advance(5)
        runner.next()
    return runner


def states(
    services: Services, clock: HandClock
) -> Iterator[tuple[str, SessionRunner, bool, str | None]]:
    """(name, control, blank, resume_at) for each state, in the gossip phase of the demo."""
    runner = demo_runner(services, clock)
    shown = timing.shown_timing(runner.snapshot())
    clock.advance(min(30.0, shown.remaining / 3))
    yield "normal", runner, False, None
    snap = runner.snapshot()
    clock.advance(timing.shown_timing(snap).remaining - snap.warning_at / 2)
    yield "warning", runner, False, None
    clock.advance(snap.warning_at / 2 + 40)
    yield "overtime", runner, False, None
    runner.toggle_pause()
    yield "paused", runner, False, "15:30"
    yield "blank", runner, True, "15:30"
    runner.finish()
    yield "closing", runner, False, None


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written = 0
    for lang in ("nl", "en"):
        translators = install_translators(app, lang)
        for theme in THEMES.values():
            for width, height in SIZES:
                with tempfile.TemporaryDirectory() as folder:
                    services = demo_services(Path(folder) / "demo")
                    for name, control, blank, resume in states(services, HandClock()):
                        view = AudienceView(lang, theme)
                        view.resize(width, height)
                        view.show_snapshot(control.snapshot(), blank=blank, resume_at=resume)
                        view.grab().save(
                            str(out / f"audience_{name}_{theme.key}_{width}x{height}_{lang}.png")
                        )
                        view.deleteLater()
                        written += 1
                    services.close()
        with tempfile.TemporaryDirectory() as folder:
            services = demo_services(Path(folder) / "demo")
            clock = HandClock()
            runner = demo_runner(services, clock)
            clock.advance(20)
            settings = QSettings(str(Path(folder) / "m.ini"), QSettings.Format.IniFormat)
            controller = SessionModeController(runner, services, lang=lang, settings=settings)
            controller.show()
            controller.refresh()
            app.processEvents()
            controller.presenter.grab().save(str(out / f"presenter_{lang}.png"))
            controller.set_locked(True)
            app.processEvents()
            controller.presenter.grab().save(str(out / f"presenter_locked_{lang}.png"))
            controller.set_locked(False)
            for _ in range(20):  # from the open discussion (who is here) on to a round
                if runner.snapshot().speaker_mode == SpeakerMode.ROUND:
                    break
                clock.advance(30)
                runner.next()
            runner.next()
            controller.refresh()
            app.processEvents()
            controller.presenter.grab().save(str(out / f"presenter_round_{lang}.png"))
            runner.toggle_pause()
            runner.set_continue_at("15:30")
            runner.set_blank(True)
            controller.refresh()
            app.processEvents()
            controller.presenter.grab().save(str(out / f"presenter_blank_{lang}.png"))
            runner.set_blank(False)
            runner.finish()
            controller.refresh()
            app.processEvents()
            controller.presenter.grab().save(str(out / f"presenter_finished_{lang}.png"))
            written += 5
            controller.close()
            services.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    print(f"{written} screenshots in {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1])))
