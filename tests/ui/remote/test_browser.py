"""The phone page in a real browser: Debian's chromium, headless, driven by selenium over
loopback. It pairs, presses every button (the runner and the projector follow), a second browser
waits until the laptop approves it, and after Esc the port is closed."""

from __future__ import annotations

import shutil
import socket
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.remote.server import RemoteServer
    from intervisie_desktop.ui.session.controller import SessionModeController
    from tests.ui.session.standin_control import FakeClock, StandInControl

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("chromium") is None or shutil.which("chromedriver") is None,
        reason="needs Debian's chromium and chromium-driver (the test set-up installs them)",
    ),
]


def browser() -> object:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or ""
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--window-size=390,844",
        "--disable-dev-shm-usage",
        "--no-first-run",
    ):
        options.add_argument(arg)
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))


@pytest.fixture
def drivers() -> Iterator[list[object]]:
    made: list[object] = []
    yield made
    for driver in made:
        driver.quit()  # type: ignore[attr-defined]


def open_page(qtbot: QtBot, drivers: list[object], server: RemoteServer) -> object:
    from tests.ui.remote.client import in_thread

    driver = in_thread(qtbot, browser, timeout=30000)
    drivers.append(driver)
    in_thread(qtbot, lambda: driver.get(f"http://127.0.0.1:{server.port}/{server.pairing.token}/"))
    return driver


def link(qtbot: QtBot, driver: object) -> str:
    from tests.ui.remote.client import in_thread

    return str(
        in_thread(qtbot, lambda: driver.execute_script("return document.body.dataset.link || ''"))
    )


def face(controller: SessionModeController) -> tuple[object, ...]:
    """What the projector shows now: its texts and which speaker chip is highlighted."""
    audience = controller.audience
    return (tuple(audience.shown_texts()), audience.strip.chips(), audience.tone())


def click(qtbot: QtBot, driver: object, button: str) -> None:
    from selenium.webdriver.common.by import By

    from tests.ui.remote.client import in_thread

    in_thread(qtbot, lambda: driver.find_element(By.ID, "do-" + button).click())


def test_pair_press_every_button_second_device_and_esc_closes_the_port(
    qtbot: QtBot,
    controller: SessionModeController,
    control: StandInControl,
    server: RemoteServer,
    drivers: list[object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    phone = open_page(qtbot, drivers, server)
    qtbot.waitUntil(lambda: link(qtbot, phone) == "paired", timeout=15000)
    assert server.paired()
    presses = [
        ("next", "start"),
        ("next", "next"),
        ("back", "back"),
        ("pause", "toggle_pause"),
        ("pause", "toggle_pause"),
        ("more", "adjust_minutes(+1)"),
        ("less", "adjust_minutes(-1)"),
        ("skip", "skip_speaker"),
        ("blank", "set_blank(True)"),
        ("blank", "set_blank(False)"),
    ]
    audience = controller.audience
    for name, call in presses:
        del control.calls[:]
        before = face(controller)
        click(qtbot, phone, name)
        qtbot.waitUntil(lambda c=call: control.calls == [c], timeout=5000)
        if call != "start" and name != "skip":  # starting shows the same face; skip may too
            qtbot.waitUntil(lambda b=before: face(controller) != b, timeout=3000)
    # the page shows what the projector shows
    timer = audience.timer.text()
    from tests.ui.remote.client import in_thread

    qtbot.waitUntil(
        lambda: (
            in_thread(qtbot, lambda: phone.execute_script("return document.body.dataset.timer"))
            == audience.timer.text()
        ),
        timeout=5000,
    )
    assert timer

    # a second device waits for the laptop, refused first, then another one approved
    second = open_page(qtbot, drivers, server)
    qtbot.waitUntil(lambda: controller.phone.approval is not None, timeout=15000)
    # the laptop may ask before the page has drawn its answer: wait for the page
    qtbot.waitUntil(lambda: link(qtbot, second) == "waiting", timeout=5000)
    assert server.sockets is not None
    del control.calls[:]
    box = controller.phone.approval
    assert box is not None and box.parent() is controller.presenter
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: link(qtbot, second) == "paired", timeout=5000)
    qtbot.waitUntil(lambda: link(qtbot, phone) == "unpaired", timeout=5000)
    click(qtbot, second, "next")
    qtbot.waitUntil(lambda: control.calls == ["next"], timeout=5000)

    # Esc in the presenter (answered yes): session mode ends and the ports close
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    port, ws_port = server.port, server.ws_port
    from PySide6.QtCore import Qt

    controller.presenter.activateWindow()
    qtbot.waitUntil(controller.presenter.isActiveWindow, timeout=3000)
    qtbot.keyClick(controller.presenter, Qt.Key.Key_Escape)
    assert controller.is_closing and not server.running
    for p in (port, ws_port):
        with socket.socket() as s:
            assert s.connect_ex(("127.0.0.1", p)) != 0


def test_the_page_shows_the_projector_s_cues_in_words_and_forms_and_its_banner(
    qtbot: QtBot,
    controller: SessionModeController,
    control: StandInControl,
    clock: FakeClock,
    server: RemoteServer,
    drivers: list[object],
) -> None:
    """Near the end and in overtime the page says what the projector says, in an outlined or a
    filled box, with a striped or a blocked bar: not only a colour. The room's banner too."""
    from tests.ui.remote.client import in_thread

    phone = open_page(qtbot, drivers, server)
    qtbot.waitUntil(lambda: link(qtbot, phone) == "paired", timeout=15000)
    click(qtbot, phone, "next")
    qtbot.waitUntil(lambda: control.calls[-1:] == ["start"], timeout=5000)

    def page(script: str) -> object:
        return in_thread(qtbot, lambda: phone.execute_script(script))

    def style(element: str, prop: str) -> str:
        return str(page(f"return getComputedStyle(document.getElementById('{element}')).{prop}"))

    seen: dict[str, tuple[str, str, str, str]] = {}
    for _ in range(400):  # the first phase, ten seconds at a time, until it runs over
        clock.advance(10)
        controller.refresh()
        tone = controller.audience.tone()
        if tone in seen or tone == "normal":
            continue
        cue = controller.audience.time_cue.text()
        assert cue  # the projector has words for it: the page must show the same
        qtbot.waitUntil(lambda c=cue: page("return document.body.dataset.cue") == c, timeout=5000)
        assert page("return document.getElementById('timeCue').textContent") == cue
        seen[tone] = (
            style("timeCue", "borderTopStyle"),
            style("timeCue", "backgroundColor"),
            style("phaseBar", "backgroundImage"),
            style("phaseLine", "height"),
        )
        if tone == "overtime":
            break
    warning, overtime = seen["warning"], seen["overtime"]
    assert warning[0] == "solid" and warning[1] == "rgba(0, 0, 0, 0)"  # outlined: no fill
    assert overtime[1] not in ("rgba(0, 0, 0, 0)", warning[1])  # filled
    assert "repeating-linear-gradient" in warning[2] and "135deg" in warning[2]  # stripes
    assert "repeating-linear-gradient" in overtime[2] and "90deg" in overtime[2]  # blocks
    assert warning[3] == overtime[3] == "14px"  # thicker than the 6 px line of a calm phase

    controller.messages.show_preset(3)
    banner = controller.audience.banner.text()
    assert banner
    qtbot.waitUntil(
        lambda: page("return document.getElementById('banner').textContent") == banner,
        timeout=5000,
    )
    assert style("banner", "display") != "none"
