"""Counts read as words ("1 note", "2 notes"; "1 notitie", "2 notities"), never "note(s)", and a
meeting's date in the notes list is written as the date fields write it, in either language."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.notes.pane import NotesPane
from intervisie_desktop.ui.translation import install_translators

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services

WORDS = {
    "en": ("1 note", "2 notes", "1 note found", "Meeting of 04/03/2025"),
    "nl": ("1 notitie", "2 notities", "1 notitie gevonden", "Bijeenkomst van 04-03-2025"),
}


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_the_notes_count_and_the_meeting_date(
    qtbot: QtBot, services: Services, data_dir: Path, lang: str
) -> None:
    one, two, found, meeting_title = WORDS[lang]
    group = services.groups.create(name="Balintgroep Zwolle").value
    meeting = services.meetings.create(
        group_id=group.id, date=date(2025, 3, 4), planned_start="14:00", planned_end="16:00"
    ).value
    services.notes.create(title="Snel in de sessie", meeting_id=meeting.id)
    pane = NotesPane(AppContext(services=services, data_dir=data_dir, lang=lang))
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.count.text() == one
    assert pane.section_titles() == [f"{meeting_title} \u2014 Balintgroep Zwolle"]
    pane.context.ops.perform(None, lambda: services.notes.create(title="Los idee"))
    qtbot.waitUntil(lambda: pane.count.text() == two, timeout=2000)
    qtbot.keyClicks(pane.search, "idee")
    qtbot.waitUntil(lambda: pane.count.text() == found, timeout=2000)


def test_a_round_for_one_speaker_is_not_for_one_speakers(services: Services, lang: str) -> None:
    from intervisie_desktop.ui.methods.labels import phase_time

    gossip = services.methods.get("gossip")
    exploring = gossip.phases[1]  # a round without the case bringer, 3 min each
    one, five = phase_time(exploring, 2, lang), phase_time(exploring, 6, lang)
    assert (one, five) == {
        "en": ("3 min per speaker (3 min for 1)", "3 min per speaker (15 min for 5 speakers)"),
        "nl": ("3 min per spreker (3 min voor 1)", "3 min per spreker (15 min voor 5 sprekers)"),
    }[lang]
