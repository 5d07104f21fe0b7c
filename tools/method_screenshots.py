#!/usr/bin/env python3
"""Screenshots of the method library pane (browse and editing) in Dutch and English, 1280x800.

  QT_QPA_PLATFORM=offscreen python tools/method_screenshots.py OUT_DIR

Uses a throw-away database; the PNG files name the language and the view.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from intervisie_desktop.core.db.database import open_database  # noqa: E402
from intervisie_desktop.core.services import Services  # noqa: E402
from intervisie_desktop.paths import methods_dir  # noqa: E402
from intervisie_desktop.ui.context import AppContext  # noqa: E402
from intervisie_desktop.ui.methods import MethodLibraryWindow  # noqa: E402
from intervisie_desktop.ui.translation import install_translators  # noqa: E402

SIZE = (1280, 800)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, lang: str, out: Path) -> list[Path]:
    translators = install_translators(app, lang)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        services = Services(open_database(Path(folder) / "intervisie.sqlite3"), methods_dir())
        try:
            window = MethodLibraryWindow(AppContext(services, Path(folder), lang=lang))
            window.resize(*SIZE)
            window.show()
            pane = window.pane
            pane.select_method("gossip")
            settle(app)

            def grab(name: str) -> None:
                settle(app)
                path = out / f"methods_{lang}_{name}.png"
                window.grab().save(str(path))
                shots.append(path)

            grab("1_browse")
            pane.select_method("leary_rose")
            grab("2_unsourced")
            pane.copy_current()
            grab("3_edit_texts")
            pane.tabs.setCurrentWidget(pane.phases_editor)
            pane.phases_editor.list.setCurrentRow(1)
            minutes = pane.phases_editor.minutes
            minutes.setText("0")
            minutes.textEdited.emit("0")
            grab("4_edit_phases_error")
            pane.search.setText("rod" if lang == "nl" else "gos")
            grab("5_search")
            window.close()
        finally:
            services.close()
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    return shots


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n

    i18n.compile_all()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    for lang in ("nl", "en"):
        for path in shoot(app, lang, out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
