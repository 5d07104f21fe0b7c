"""Start-up: the frame is on screen before the data layer is imported, then hands over."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from intervisie_desktop.cli import gui_arguments
from intervisie_desktop.ui.startup import probe
from intervisie_desktop.ui.startup.frame import StartupFrame

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "sqlcipher3", "intervisie_desktop.commands")

# Runs the real program with the probe on, and lists which heavy modules were already
# imported when the first window had painted (and whether the cycle collector runs from the
# event loop, not on its own).
PROGRAM = textwrap.dedent(
    """
    import gc, sys
    from intervisie_desktop.ui.startup import probe

    stamp = probe.stamp

    def recording_stamp(event, *extra):
        if event == "longest-wait":
            return stamp(event, *extra)
        loaded = [m for m in {heavy!r} if m in sys.modules]
        from PySide6.QtWidgets import QApplication
        from intervisie_desktop.ui import collector
        found = collector.collector(QApplication.instance())
        on_loop = found is not None and found.active
        collecting = "loop" if on_loop else "auto" if gc.isenabled() else "off"
        shown = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        print("loaded-at", event, ",".join(loaded) or "-", collecting, ",".join(shown) or "-",
              file=sys.stderr)
        act = ACTIONS.get(event)
        if act is not None:
            act()
        stamp(event, *extra)

    ACTIONS = {{}}
    {actions}

    probe.stamp = recording_stamp
    from intervisie_desktop.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def program(actions: str = "") -> str:
    return PROGRAM.format(heavy=HEAVY, actions=actions)


def run_probed(*args: str, tmp_path: Path, actions: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INTERVISIE_LOG_DIR": str(tmp_path / "logs"),
        probe.PROBE_ENV: "1",
    }
    return subprocess.run(
        [sys.executable, "-c", program(actions), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def probe_lines(stderr: str) -> list[list[str]]:
    return [line.split() for line in stderr.splitlines() if line.startswith("loaded-at")]


def test_frame_paints_before_the_data_layer_is_imported(tmp_path: Path) -> None:
    # An existing database: a first start would stop at the question about a passphrase.
    made = subprocess.run(
        [sys.executable, "-m", "intervisie_desktop", "demo", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    result = run_probed("--data-dir", str(tmp_path / "data"), "--lang", "en", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = probe_lines(result.stderr)
    # A file never found sound by the program: the check comes first, then the main window.
    assert [line[1] for line in lines] == ["visible", "usable", "complete"]
    assert [line[4] for line in lines] == ["StartupFrame", "MainWindow", "MainWindow"]
    assert lines[0][2] == "-", f"imported before the first window painted: {lines[0][2]}"
    usable_loaded = lines[1][2].split(",")
    assert "sqlalchemy" in usable_loaded and "intervisie_desktop.commands" not in usable_loaded
    # The cycle collector runs from the event loop from the start (ui.collector).
    assert [line[3] for line in lines] == ["loop", "loop", "loop"]
    assert (tmp_path / "data" / "intervisie.sqlite3").exists()


# At the first screen: click the group not chosen. At the main window: say which it shows.
CLICK_THEN_REPORT = textwrap.dedent(
    """
    def click_other():
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QListWidget
        for top in QApplication.topLevelWidgets():
            found = top.findChild(QListWidget, "firstGroupList")
            if found is not None and top.isVisible():
                names = [found.item(i).text() for i in range(found.count())]
                print("first-screen", "|".join(names), file=sys.stderr)
                other = 1 if found.currentRow() == 0 else 0
                print("was", found.currentItem().text(), file=sys.stderr)
                rect = found.visualItemRect(found.item(other))
                QTest.mouseClick(found.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                print("clicked", found.currentItem().text(), file=sys.stderr)
    def report():
        from PySide6.QtWidgets import QApplication
        from intervisie_desktop.ui.window.main_window import MainWindow
        for top in QApplication.topLevelWidgets():
            if isinstance(top, MainWindow) and top.isVisible():
                names = top.group_list.names()
                print("main-window", "|".join(names), file=sys.stderr)
                print("shows", top.group_list.list.currentItem().text(), file=sys.stderr)
    ACTIONS["usable"] = click_other
    ACTIONS["complete"] = report
    """
)


def test_a_file_found_sound_opens_on_its_groups_before_the_orm(tmp_path: Path) -> None:
    made = subprocess.run(
        [sys.executable, "-m", "intervisie_desktop", "demo", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    args = ("--data-dir", str(tmp_path / "data"), "--lang", "en")
    first = run_probed(*args, tmp_path=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "first-screen" not in first.stderr  # checked first: no first screen this time
    # That start found the file sound and closed it so: now the group list comes first.
    result = run_probed(*args, tmp_path=tmp_path, actions=CLICK_THEN_REPORT)
    assert result.returncode == 0, result.stderr
    lines = probe_lines(result.stderr)
    assert [line[1] for line in lines] == ["visible", "usable", "complete"]
    # The frame painted before anything heavy was imported; the group list, read through
    # SQLCipher alone, painted and answered clicks while the main window did not exist yet.
    assert lines[0][2] == "-"
    assert "sqlcipher3" in lines[1][2].split(",")
    assert [line[4] for line in lines] == ["StartupFrame", "StartupFrame", "MainWindow"]
    assert "sqlalchemy" in lines[2][2].split(",")
    said = dict(line.split(" ", 1) for line in result.stderr.splitlines() if " " in line)
    # The same groups in the same order on both, and the group clicked first is shown.
    assert said["first-screen"] == said["main-window"]
    assert len(said["first-screen"].split("|")) >= 2
    assert said["clicked"] != said["was"]
    assert said["clicked"] in said["first-screen"].split("|")
    assert said["shows"] == said["clicked"]
    waits = [line for line in result.stderr.splitlines() if "longest-wait" in line]
    assert len(waits) == 1


def test_the_probe_is_silent_when_off(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(probe.PROBE_ENV, None)
    code = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "from intervisie_desktop.ui.startup import probe\n"
        "app = QApplication([]); w = QMainWindow()\n"
        "probe.watch_visible(w); probe.watch_usable(w); w.show()\n"
        "QTimer.singleShot(300, lambda: app.exit(7)); raise SystemExit(app.exec())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 7  # not quit by the probe
    assert "startup-probe" not in result.stderr


def test_only_program_options_start_the_gui_without_loading_commands() -> None:
    args = gui_arguments(["--lang", "en", "--data-dir", "x", "--demo"])
    assert args is not None
    assert (args.lang, args.data_dir, args.demo, args.command) == ("en", "x", True, None)
    assert gui_arguments([]) is not None
    assert gui_arguments(["list-groups"]) is None
    assert gui_arguments(["--data-dir", "x", "demo"]) is None
    assert gui_arguments(["--help"]) is None
    assert gui_arguments(["--colour"]) is None  # the full parser then names the error


def test_frame_hands_its_place_to_the_main_window(qtbot: QtBot) -> None:
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.resize(900, 600)
    frame.show()
    qtbot.waitExposed(frame)
    assert frame.windowTitle() == "Intervisie"
    assert frame.message.text() == "Opening your data\u2026"
    window = QMainWindow()
    qtbot.addWidget(window)
    frame.hand_over_to(window)
    qtbot.waitExposed(window)
    assert window.size() == frame.size()
    assert not frame.isVisible()


def test_a_window_that_sized_itself_keeps_its_size(qtbot: QtBot) -> None:
    frame = StartupFrame(demo=True)
    qtbot.addWidget(frame)
    frame.show()
    assert frame.windowTitle() == "Intervisie \u2014 demo"
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(640, 480)  # as if restored from the settings
    frame.hand_over_to(window)
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (640, 480)
