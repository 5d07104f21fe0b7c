#!/usr/bin/env python3
"""The manual's pictures: the main window's panes, the method library, an export dialog and
session mode, in Dutch and English, on the small demo data. Offscreen.

  python tools/manual_screenshots.py                 write resources/manual/images/*.png
  python tools/manual_screenshots.py --manual DIR    also the manual window itself, at 1280x800,
                                                     into DIR (to look at; not committed)

Windows are shot at 1280x800 and kept at IMAGE_WIDTH pixels wide, as 8-bit PNGs: small enough
to ship, sharp enough to recognise the pane. The real data is not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from intervisie_desktop.core.demo import write_demo  # noqa: E402
from intervisie_desktop.paths import DATABASE_NAME, methods_dir  # noqa: E402
from intervisie_desktop.ui.context import AppContext  # noqa: E402
from intervisie_desktop.ui.startup.app import open_services  # noqa: E402
from intervisie_desktop.ui.translation import install_translators  # noqa: E402
from intervisie_desktop.ui.window.main_window import MainWindow  # noqa: E402

IMAGES = ROOT / "resources" / "manual" / "images"
SIZE = (1280, 800)
IMAGE_WIDTH = 760
EXPORT_PATH = {
    "nl": "~/Documenten/jaaroverzicht.pdf",
    "en": "~/Documents/yearly-summary.pdf",
}
SHOWN_DATABASE = "~/.local/share/intervisie-desktop/intervisie.sqlite3"


def neutral(window: MainWindow) -> MainWindow:
    """The status bar names the usual database, not the temporary one shot here."""
    window.database_label.setText(
        window.database_label.text().replace(str(window.context.database_path), SHOWN_DATABASE)
    )
    return window


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path, scale: bool = True) -> Path:
    image = widget.grab().toImage()
    if scale and image.width() > IMAGE_WIDTH:
        image = image.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    image.save(str(path), "PNG", 0)  # 0: the smallest file
    return path


def main_window_shots(app: QApplication, lang: str, folder: Path) -> list[Path]:
    from intervisie_desktop.ui.export.dialog import ExportDialog
    from intervisie_desktop.ui.export.menu import ExportKind

    shots: list[Path] = []
    empty = folder / f"empty-{lang}"
    empty.mkdir()
    services = open_services(empty)
    window = neutral(MainWindow(AppContext(services=services, data_dir=empty, lang=lang)))
    window.resize(*SIZE)
    window.show()
    settle(app)
    shots.append(save(window, IMAGES / f"{lang}-welcome.png"))
    window.close()
    services.close()

    demo = folder / f"demo-{lang}"
    write_demo(demo, DATABASE_NAME, "small", methods_dir=methods_dir())
    services = open_services(demo)
    window = neutral(MainWindow(AppContext(services=services, data_dir=demo, lang=lang)))
    window.resize(*SIZE)
    window.show()
    window.groups.setCurrentRow(0)
    for index, name in enumerate(("group", "members", "meetings", "cases")):
        window.show_tab(index)
        if name == "meetings":
            window.meetings.select_meeting(window.meetings.meetings[-2].id or 0)
            settle(app)
            window.meetings.detail.verticalScrollBar().setValue(window.meetings.plan_box.y())
        settle(app)
        shots.append(save(window, IMAGES / f"{lang}-{name}.png"))
    window.show_method_library()
    library = window.method_library
    assert library is not None
    library.resize(*SIZE)
    library.pane.select_method("gossip")
    settle(app)
    shots.append(save(library, IMAGES / f"{lang}-methods.png"))
    library.close()
    dialog = ExportDialog(services, ExportKind.SUMMARY, window)
    dialog.path.setText(EXPORT_PATH[lang])
    dialog.show()
    settle(app)
    shots.append(save(dialog, IMAGES / f"{lang}-export.png", scale=False))
    dialog.close()
    window.close()
    services.close()
    return shots


def session_shots(app: QApplication, lang: str, folder: Path) -> list[Path]:
    from session_screenshots import HandClock, demo_runner, demo_services

    from intervisie_desktop.ui.session.controller import SessionModeController

    services = demo_services(folder / f"session-{lang}")
    clock = HandClock()
    runner = demo_runner(services, clock)
    clock.advance(40)
    settings = QSettings(str(folder / f"session-{lang}.ini"), QSettings.Format.IniFormat)
    controller = SessionModeController(runner, services, lang=lang, settings=settings)
    controller.show()
    controller.presenter.resize(*SIZE)
    controller.audience.resize(*SIZE)
    controller.refresh()
    settle(app)
    shots = [
        save(controller.presenter, IMAGES / f"{lang}-presenter.png"),
        save(controller.audience, IMAGES / f"{lang}-audience.png"),
    ]
    controller.close()
    services.close()
    return shots


def manual_shots(app: QApplication, lang: str, folder: Path, out: Path) -> list[Path]:
    """The manual window itself, as a user sees it (pressed F1 on the Members tab)."""
    demo = folder / f"manual-{lang}"
    write_demo(demo, DATABASE_NAME, "small", methods_dir=methods_dir())
    services = open_services(demo)
    window = MainWindow(AppContext(services=services, data_dir=demo, lang=lang))
    window.show()
    assert window.menus.help is not None
    shots = []
    for name, target in (
        ("members", "getting-started#members"),
        ("session", "session#keys"),
        ("shortcuts", "shortcuts"),
        ("commands", "command-line#commands"),
    ):
        manual = window.menus.help.help.open(target)
        manual.resize(*SIZE)
        settle(app)
        page, _, anchor = target.partition("#")
        manual.show_page(page, anchor)
        settle(app)
        path = out / f"manual-{lang}-{name}.png"
        manual.grab().save(str(path))
        shots.append(path)
    window.close()
    services.close()
    return shots


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manual", type=Path, metavar="DIR", help="also shoot the manual window")
    args = parser.parse_args(argv)
    import i18n

    i18n.compile_all()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    IMAGES.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="intervisie-manual-") as tmp:
        for lang in ("nl", "en"):
            translators = install_translators(app, lang)
            try:
                written += main_window_shots(app, lang, Path(tmp))
                written += session_shots(app, lang, Path(tmp))
                if args.manual:
                    args.manual.mkdir(parents=True, exist_ok=True)
                    written += manual_shots(app, lang, Path(tmp), args.manual)
            finally:
                for translator in translators:
                    QCoreApplication.removeTranslator(translator)
    for path in written:
        print(f"{path.stat().st_size:>8} {path}")
    shipped = sum(p.stat().st_size for p in IMAGES.glob("*.png"))
    print(f"{shipped} bytes in {IMAGES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
