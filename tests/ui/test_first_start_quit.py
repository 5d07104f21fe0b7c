"""Quit on the first-start welcome says what it does and asks once: nothing is set up yet, the
next start asks again. "Back to setting up" returns to the choice; Quit ends without a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from intervisie_desktop.paths import DATABASE_NAME
from intervisie_desktop.ui.security.passphrase_dialog import FirstStartDialog
from intervisie_desktop.ui.startup import app as app_module
from intervisie_desktop.ui.translation import install_translators
from tests.ui.starting import answer_each_dialog

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

WORDS = {
    "en": (
        "&Quit",
        "&Back to setting up",
        "Intervisie is not set up yet: nothing has been stored.",
    ),
    "nl": (
        "&Afsluiten",
        "&Terug naar instellen",
        "Intervisie is nog niet ingesteld: er is nog niets opgeslagen.",
    ),
}


REPEAT = {"en": "Repeat the passphrase", "nl": "Herhaal de wachtzin"}


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param
    app = QApplication.instance()
    assert app is not None
    for translator in app.property("translators") or []:
        QCoreApplication.removeTranslator(translator)
    app.setProperty("translators", install_translators(app, "en"))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_quit_on_the_welcome_asks_and_back_returns_to_it(
    qtbot: QtBot, data_dir: Path, app_exits: list[int], lang: str
) -> None:
    quit_text, back_text, said = WORDS[lang]
    asked: list[str] = []

    def button(widget: QWidget, text: str) -> QPushButton:
        (found,) = [b for b in widget.findChildren(QPushButton) if b.text() == text]
        return found

    def welcome(dialog: QWidget) -> bool:
        assert isinstance(dialog, FirstStartDialog), type(dialog).__name__
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert REPEAT[lang] in labels  # says what to repeat ("Herhaal die" did not)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape is Quit too: it asks first
        qtbot.waitUntil(lambda: dialog.quit_question is not None, timeout=2000)
        box = dialog.quit_question
        assert box is not None
        qtbot.waitUntil(box.isVisible, timeout=2000)
        asked.append(box.text())
        qtbot.mouseClick(button(box, back_text), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
        assert dialog.isVisible()  # back to the choice, as it was
        quitting = dialog.findChild(QPushButton, "quitFirstStart")
        assert quitting is not None and quitting.text() == quit_text
        qtbot.mouseClick(quitting, Qt.MouseButton.LeftButton)
        again = dialog.quit_question
        assert again is not None
        qtbot.waitUntil(again.isVisible, timeout=2000)
        qtbot.mouseClick(button(again, quit_text), Qt.MouseButton.LeftButton)
        return False

    met = answer_each_dialog(welcome)
    assert app_module.run_app(data_dir, lang=lang) == 0
    assert len(met) == 1 and asked and asked[0].startswith(said)
    assert not (data_dir / DATABASE_NAME).exists()  # nothing set up
