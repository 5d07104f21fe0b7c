"""The main window on the small demo data, in a language and at a size, and a walk over what a
user sees of it: each tab of a chosen group with and without the notes dock, the method
library window. Used by the fit tests; not collected on its own."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.startup.app import open_services
from intervisie_desktop.ui.translation import install_translators
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

TABS = ("group", "members", "meetings", "cases")


class Shown(NamedTuple):
    name: str
    widget: QWidget


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@contextmanager
def demo_window(
    qtbot: QtBot, folder: Path, lang: str, size: tuple[int, int]
) -> Iterator[MainWindow]:
    """The main window on a fresh small demo database in `folder`, shown at `size`."""
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, lang)
    write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir())
    services = open_services(folder)
    try:
        window = MainWindow(AppContext(services=services, data_dir=folder, lang=lang))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        fill_screen(window, size)
        window.groups.setCurrentRow(0)
        settle()
        yield window
        window.close()
    finally:
        services.close()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def fill_screen(window: QWidget, size: tuple[int, int]) -> None:
    """Size `window` so that its frame (title bar and borders too) is `size`, as a window
    that fills a screen of that size."""
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    window.resize(size[0] - extra_w, size[1] - extra_h)
    settle()


def toggle_notes(window: MainWindow) -> None:
    """Ctrl+Shift+N on the window, as the user presses it."""
    window.activateWindow()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window, Qt.Key.Key_N, keys)
    settle()


def walk(window: MainWindow) -> Iterator[Shown]:
    """Each tab without and then with the notes dock, then the method library window."""
    for docked in (False, True):
        if window.privacy.dock.isVisible() != docked:
            toggle_notes(window)
        for index, name in enumerate(TABS):
            window.show_tab(index)
            settle()
            yield Shown(f"{name}{' + notes' if docked else ''}", window)
    if window.privacy.dock.isVisible():
        toggle_notes(window)
    window.show_method_library()
    library = window.method_library
    assert library is not None
    fill_screen(library, (window.frameGeometry().width(), window.frameGeometry().height()))
    settle()
    yield Shown("method library", library)
    library.close()
