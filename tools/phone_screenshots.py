#!/usr/bin/env python3
"""Screenshots of the phone remote's page at a phone's size (390x844) in Dutch and English:
session mode on the stand-in session of the tests, the remote switched on, Debian's headless
chromium opening the page over loopback.

  python tools/phone_screenshots.py [--out /tmp/shots/phone]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from intervisie_desktop.core.db.database import open_database  # noqa: E402
from intervisie_desktop.core.services import Services  # noqa: E402
from intervisie_desktop.paths import methods_dir  # noqa: E402
from intervisie_desktop.ui.session.controller import SessionModeController  # noqa: E402
from intervisie_desktop.ui.translation import install_translators  # noqa: E402
from tests.ui.session.standin_control import FakeClock, make_control  # noqa: E402


def spin(until: threading.Thread) -> None:
    while until.is_alive():
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def shoot(lang: str, out: Path, folder: Path) -> list[Path]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, lang)
    services = Services(open_database(folder / f"{lang}.sqlite3"), methods_dir())
    clock = FakeClock()
    control = make_control(clock)
    settings = QSettings(str(folder / f"{lang}.ini"), QSettings.Format.IniFormat)
    ctrl = SessionModeController(control, services, lang=lang, settings=settings)
    ctrl.show()
    ctrl.phone.panel.use_box.click()
    server = ctrl.phone.server
    control.start()
    control.next()
    clock.advance(75)
    ctrl.refresh()
    url = f"http://127.0.0.1:{server.port}/{server.pairing.token}/"
    shots: list[Path] = []

    asked = threading.Event()  # the page took its first shots: move the session on
    moved = threading.Event()  # the session is near a phase's end, with a message to the room

    def browse() -> None:
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or ""
        for arg in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=390,844",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
        ):
            options.add_argument(arg)
        driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))

        def take(view: str, state: str = "") -> None:
            driver.get(url + view)
            time.sleep(1.5)
            name = f"phone-{'display' if view else 'remote'}{state}-{lang}.png"
            driver.save_screenshot(str(out / name))
            shots.append(out / name)

        try:
            metrics = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
            take("")
            take("display")
            asked.set()
            moved.wait(30)
            take("", "-warning")  # the same device: still paired
        finally:
            asked.set()
            driver.quit()

    worker = threading.Thread(target=browse)
    worker.start()
    while not asked.is_set():
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    control.next()  # the next phase, run up to its warning point
    while ctrl.audience.tone() != "warning":
        clock.advance(5)
        ctrl.refresh()
    ctrl.messages.show_preset(2)
    ctrl.refresh()
    moved.set()
    spin(worker)
    # the presenter's box with the QR code, as the supervisor sees it
    ctrl.phone.panel.grab().save(str(out / f"presenter-panel-{lang}.png"))
    shots.append(out / f"presenter-panel-{lang}.png")
    ctrl.close()
    services.close()
    for translator in translators:
        app.removeTranslator(translator)
    return shots


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/shots/phone")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("nl", "en"):
            for path in shoot(lang, out, Path(tmp)):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
