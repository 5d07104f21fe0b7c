"""One shortcut map: in every window, no two actions or shortcuts share a key where both could
fire, and no text field with the focus takes a window's key from it (see tests/ui/shortcut_map.py
for the rules)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.session.controller import SessionModeController
from intervisie_desktop.ui.window.main_window import MainWindow
from tests.ui.session.standin_control import FakeClock, make_control
from tests.ui.shortcut_map import Audit, audit, bindings, menu_mnemonics

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot


#: Session mode's keys as the house design lists them (presentation clickers send these).
SESSION_KEYS = {
    "next": {"PgDown", "Right", "Return", "Enter"},
    "back": {"PgUp", "Left"},
    "pause": {"Space"},
    "blank": {"B", "."},
    "more": {"+"},
    "less": {"-"},
    "skip": {"S"},
    "start": {"F5"},
    "leave": {"Esc"},
}


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Services]:
    folder = tmp_path / "demo"
    write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir())
    services = Services(open_database(folder / DATABASE_NAME), methods_dir())
    yield services
    services.close()


def main_window(qtbot: QtBot, services: Services, folder: Path) -> MainWindow:
    """The main window with every lazily built part built: tabs, plan editor, notes."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    win = MainWindow(AppContext(services=services, data_dir=folder, lang="en"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.groups.setCurrentRow(0)
    for name in ("details", "members", "meetings", "cases"):
        win.tabs.pane(name)
    assert win.plan_editor is not None
    win.show_tab(2)  # a meeting and a step of its plan chosen: the step's fields can be used
    tree = win.plan_editor.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=2000)
    tree.setCurrentItem(tree.topLevelItem(0))
    win.privacy.show_notes()
    qtbot.waitUntil(lambda: win.privacy.dock.widget() is not None, timeout=2000)
    win.privacy.pane.open_note(services.notes.list()[0].id or 0)  # the note editor shown
    return win


def test_every_key_of_the_main_windows_fires_where_it_says(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    win = main_window(qtbot, demo, tmp_path)
    win.show_method_library()
    library = win.method_library
    assert library is not None
    qtbot.waitExposed(library)
    audits = [audit(qtbot, "main window", win), audit(qtbot, "method library", library)]
    report(audits)
    assert [p for a in audits for p in a.problems()] == []


def test_every_key_of_session_mode_fires_where_it_says(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "machine.ini"), QSettings.Format.IniFormat)
    control = make_control(FakeClock())
    ctrl = SessionModeController(control, demo, lang="en", settings=settings)
    qtbot.addWidget(ctrl.presenter, before_close_func=lambda _w: ctrl.close())
    qtbot.addWidget(ctrl.audience, before_close_func=lambda _w: ctrl.close())
    ctrl.show()
    try:
        audits = [
            audit(qtbot, "presenter", ctrl.presenter),
            audit(qtbot, "audience", ctrl.audience),
        ]
        report(audits)
        assert [p for a in audits for p in a.problems()] == []
        for window in (ctrl.presenter, ctrl.audience):  # the house design's key table, kept
            keys: dict[str, set[str]] = {}
            for b in bindings(window):  # (F1, the manual, may be there too: not a session key)
                if b.owner in ctrl.actions.values():
                    keys.setdefault(b.owner.objectName(), set()).add(b.keys)
            assert keys == SESSION_KEYS
    finally:
        ctrl.close()


def report(audits: list[Audit]) -> None:
    """The figures, for the run's output (pytest -s)."""
    for a in audits:
        owners = {id(b.owner) for b in a.bindings}
        print(
            f"\n{a.name}: {len(owners)} actions/shortcuts, {len(a.bindings)} keys, "
            f"{len(a.conflicts)} conflicts, {len(a.swallows)} swallowed; "
            f"{a.probed.fields} fields focused, {a.probed.probes} probes, "
            f"{len(a.probed.hidden)} fields out of reach {a.probed.hidden}"
        )
        for problem in a.problems():
            print("  ", problem)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_menu_entry_has_an_underlined_letter(
    qtbot: QtBot, demo: Services, tmp_path: Path, lang: str
) -> None:
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.ui.translation import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang)
    try:
        win = main_window(qtbot, demo, tmp_path)
        win.show_method_library()
        library = win.method_library
        assert library is not None
        found = [f"main window: {p}" for p in menu_mnemonics(win)]
        found += [f"method library: {p}" for p in menu_mnemonics(library)]
        # An entry without a letter cannot be reached from the keyboard without the arrows; a
        # letter used twice only moves between the two instead of choosing one.
        assert found == []
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


@pytest.mark.slow  # some 45 s: thirty screens, each on a fresh demo
def test_every_screen_of_the_catalogue_has_one_shortcut_map(qtbot: QtBot, tmp_path: Path) -> None:
    """Every window and dialog the program shows (tests/ui/catalogue.py), in Dutch: no two
    keys that fire together, no window key taken by a focused field, every menu entry with an
    underlined letter."""
    from tests.ui.catalogue import open_each

    audits: list[Audit] = []
    missing: list[str] = []
    for shown in open_each(qtbot, tmp_path, lang="nl"):
        audits.append(audit(qtbot, shown.name, shown.widget))
        missing += [f"{shown.name}: {p}" for p in menu_mnemonics(shown.widget) if "no &" in p]
    report(audits)
    print(f"\n{len(audits)} screens")
    assert len(audits) >= 30
    assert [p for a in audits for p in a.problems()] == []
    assert missing == []
