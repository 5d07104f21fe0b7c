#!/usr/bin/env python3
"""Screenshots of every main-window pane in Dutch and English, on the small demo data, each tab
also with the notes dock open (the *n-*-notes shots).

  python tools/screenshots.py OUT_DIR [--size 1280x800] [--scale 1.25] [--all]

Runs offscreen on a demo database written to a temporary folder (the real data is not touched).
--all also takes 1920x1080 at 125% and 150% scaling (each in its own process, since the scale
factor must be set before Qt starts). For 200 % on a 2560x1600 screen, give the platform a
screen that large: QT_QPA_PLATFORM=offscreen:configfile=tests/fixtures/hidpi-screen.json with
--size 2560x1600 --scale 2.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shoot(out: Path, size: tuple[int, int], suffix: str) -> list[Path]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.core.demo import write_demo
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.paths import DATABASE_NAME, methods_dir
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.startup.app import make_application, open_services
    from intervisie_desktop.ui.translation import install_translators
    from intervisie_desktop.ui.window.main_window import MainWindow

    app = make_application([sys.argv[0]])
    saved: list[Path] = []

    def grab(window: MainWindow, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        saved.append(path)

    with tempfile.TemporaryDirectory(prefix="intervisie-shots-") as tmp:
        for lang in ("nl", "en"):
            translators = install_translators(app, lang)
            try:
                demo = Path(tmp) / f"demo-{lang}"
                write_demo(demo, DATABASE_NAME, "small", methods_dir=methods_dir())
                services = open_services(demo)
                window = MainWindow(AppContext(services=services, data_dir=demo, lang=lang))
                window.resize(*size)
                window.show()
                window.groups.setCurrentRow(0)
                for index, name in enumerate(("group", "members", "meetings", "cases")):
                    window.show_tab(index)
                    grab(window, f"{lang}-{index + 1}-{name}")
                window.privacy.notes_action.trigger()  # the notes dock (Ctrl+Shift+N)
                for index, name in enumerate(("group", "members", "meetings", "cases")):
                    window.show_tab(index)
                    grab(window, f"{lang}-{index + 1}n-{name}-notes")
                window.privacy.notes_action.trigger()
                window.meetings.select_meeting(window.meetings.meetings[-1].id or 0)
                window.show_tab(2)
                grab(window, f"{lang}-5-meeting-ahead")
                window.meetings.select_meeting(window.meetings.meetings[-2].id or 0)
                app.processEvents()
                grab(window, f"{lang}-5b-meeting-plan")
                window.group_list.filter.setCurrentIndex(1)
                grab(window, f"{lang}-6-archived-empty")
                window.close()
                window.deleteLater()
                services.close()
                empty = Path(tmp) / f"empty-{lang}"
                empty.mkdir()
                services = open_services(empty)
                window = MainWindow(AppContext(services=services, data_dir=empty, lang=lang))
                window.resize(*size)
                window.show()
                grab(window, f"{lang}-0-welcome")
                window.new_group()
                window.show_tab(2)
                grab(window, f"{lang}-7-meetings-empty")
                window.show_tab(1)
                grab(window, f"{lang}-8-members-empty")
                window.close()
                window.deleteLater()
                services.close()
                assert isinstance(services, Services)
            finally:
                for translator in translators:
                    QCoreApplication.removeTranslator(translator)
        QApplication.processEvents()
    return saved


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--scale", default="")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    factor = float(args.scale or 1)
    width, height = (round(int(n) / factor) for n in args.size.split("x"))  # logical pixels
    suffix = (
        "" if (args.size, args.scale) == ("1280x800", "") else f"-{args.size}@{args.scale or 1}"
    )
    for path in shoot(args.out, (width, height), suffix):
        print(path)
    if args.all:
        for scale in ("1.25", "1.5"):
            subprocess.run(
                [sys.executable, __file__, str(args.out), "--size", "1920x1080", "--scale", scale],
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
