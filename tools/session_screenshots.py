#!/usr/bin/env python3
"""Screenshots of session mode: the audience view in every state at 1920x1080 and 1024x768, dark
and light, Dutch and English, plus the presenter view. Offscreen; writes PNGs to OUT_DIR.

  python tools/session_screenshots.py OUT_DIR

Until the session runner lands it drives the views with the stand-in control from the tests.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from intervisie_desktop.core.db.database import open_database  # noqa: E402
from intervisie_desktop.core.services import Services  # noqa: E402
from intervisie_desktop.ui.session.audience import AudienceView  # noqa: E402
from intervisie_desktop.ui.session.controller import SessionModeController  # noqa: E402
from intervisie_desktop.ui.session.theme import THEMES  # noqa: E402
from intervisie_desktop.ui.translation import install_translators  # noqa: E402
from tests.ui.session.standin_control import FakeClock, make_control  # noqa: E402

SIZES = ((1920, 1080), (1024, 768))


def states(clock: FakeClock):  # type: ignore[no-untyped-def]
    """(name, control, blank, resume_at) for each state, in the gossip phase of the plan."""
    control = make_control(clock)
    control.start()
    for _ in range(6):
        control.next()  # the gossip round: cues, case bringer away, question
    control.next()
    clock.advance(30)
    yield "normal", control, False, None
    clock.advance(65)
    yield "warning", control, False, None
    clock.advance(40)
    yield "overtime", control, False, None
    control.toggle_pause()
    yield "paused", control, False, "15:30"
    yield "blank", control, True, "15:30"
    control.finish()
    yield "closing", control, False, None


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written = 0
    for lang in ("nl", "en"):
        translators = install_translators(app, lang)
        for theme in THEMES.values():
            for width, height in SIZES:
                clock = FakeClock()
                for name, control, blank, resume in states(clock):
                    view = AudienceView(lang, theme)
                    view.resize(width, height)
                    view.render(control.snapshot(), blank=blank, resume_at=resume)
                    view.grab().save(
                        str(out / f"audience_{name}_{theme.key}_{width}x{height}_{lang}.png")
                    )
                    view.deleteLater()
                    written += 1
        with tempfile.TemporaryDirectory() as folder:
            services = Services(open_database(Path(folder) / "s.sqlite3"))
            clock = FakeClock()
            control = make_control(clock)
            settings = QSettings(str(Path(folder) / "m.ini"), QSettings.Format.IniFormat)
            controller = SessionModeController(control, services, lang=lang, settings=settings)
            controller.show()
            controller.next()
            clock.advance(70)
            controller.next()
            clock.advance(20)
            controller.refresh()
            app.processEvents()
            controller.presenter.grab().save(str(out / f"presenter_{lang}.png"))
            written += 1
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
