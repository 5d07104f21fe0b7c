"""The presenter's speaker order says who sent word they would not come ("excused",
"afgemeld") apart from who is simply not there ("absent", "afwezig")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.translation import install_translators
from tests.ui.session.conftest import press_f5

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, request.param) if request.param == "nl" else []
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_an_excused_member_is_called_excused_not_absent(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services, lang: str
) -> None:
    win = make_window()
    meeting_id = win.session_meeting_id()
    assert meeting_id is not None
    people = [m for m, _mark in demo_services.attendance.for_meeting(meeting_id)]
    excused, absent = people[0], people[1]
    demo_services.attendance.record(meeting_id, excused.id or 0, "excused")
    demo_services.attendance.record(meeting_id, absent.id or 0, "absent")
    ctrl = press_f5(qtbot, win)
    speakers = ctrl.presenter.speakers
    texts = [speakers.item(i).text() for i in range(speakers.count())]
    words = {"en": ("excused", "absent"), "nl": ("afgemeld", "afwezig")}[lang]
    (excused_row,) = [t for t in texts if t.startswith(excused.display_name)]
    (absent_row,) = [t for t in texts if t.startswith(absent.display_name)]
    assert excused_row.endswith("\u2014 " + words[0])
    assert absent_row.endswith("\u2014 " + words[1])
    # Ticked back and unticked again in the room: the supervisor says absent now.
    row = texts.index(excused_row)
    speakers.item(row).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: not speakers.item(row).text().endswith(words[0]), timeout=2000)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_Escape)
