"""Messages to the room, driven with keys on the real runner of the demo, in English and Dutch:
1-5 put a preset on the projector as a banner, M a typed message (Shift+M, or the switch in the
dialog, only on the presenter's screen), 0 takes it away; each is stored in the run and comes
back after a restart."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.session import messages as core_messages
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.session.message_dialogs import MessageEntry, PresetEditor
from tests.ui.session.message_helpers import (
    answering,
    language,
    open_session,
    press,
    stored_messages,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.session.controller import SessionModeController

K = Qt.Key
EXPECTED = {
    "en": [
        "Five more minutes",
        "Back to the question",
        "One conversation at a time",
        "Break \u2014 we continue at 14:40",
        "Let each other finish",
    ],
    "nl": [
        "Nog 5 minuten",
        "Terug naar de hulpvraag",
        "Eén gesprek tegelijk",
        "Pauze \u2014 we gaan verder om 14:40",
        "Laat elkaar uitpraten",
    ],
}


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from (request.param for _ in language(request.param))


def banner(ctrl: SessionModeController) -> str | None:
    """The banner's text if the projector shows one (and the same in the presenter's preview)."""
    audience, preview = ctrl.audience, ctrl.presenter.preview
    shown = audience.banner.text() if audience.banner.isVisibleTo(audience) else None
    copy = preview.banner.text() if preview.banner.isVisibleTo(preview) else None
    assert copy == shown  # the preview is what the wall shows
    if shown is not None:
        assert audience.shown_texts()[0] == shown
    return shown


def test_keys_1_to_5_show_the_presets_and_0_takes_them_away(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, lang: str
) -> None:
    ctrl = open_session(qtbot, demo_services, tmp_path, lang)
    ctrl.messages.now = lambda: datetime(2025, 3, 4, 14, 27, 41)
    audience = ctrl.audience
    press(qtbot, ctrl, K.Key_PageDown)  # start
    phase = ctrl.control.snapshot().phase_name.get(lang)
    assert banner(ctrl) is None
    for n, key in enumerate((K.Key_1, K.Key_2, K.Key_3, K.Key_4, K.Key_5), 1):
        press(qtbot, ctrl, key)
        assert banner(ctrl) == EXPECTED[lang][n - 1]
        assert phase in audience.shown_texts()  # the session stays in view under the banner
    press(qtbot, ctrl, K.Key_B)  # the wall goes dark: the session, not the message
    assert audience.shown_texts() == [EXPECTED[lang][4]]
    press(qtbot, ctrl, K.Key_B)
    press(qtbot, ctrl, K.Key_0)
    assert banner(ctrl) is None
    assert audience.shown_texts()[0] != EXPECTED[lang][4]
    assert stored_messages(demo_services) == [
        *((text, False, n) for n, text in enumerate(EXPECTED[lang], 1)),
        (None, False, None),
    ]


def test_the_keys_work_from_the_projector_window_too(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    """A clicker's keys may reach the projector's window (one screen, or focus moved there)."""
    ctrl = open_session(qtbot, demo_services, tmp_path, "en")
    assert ctrl.keys_window() is ctrl.audience  # one screen: the projector's window has them
    press(qtbot, ctrl, K.Key_3)
    assert banner(ctrl) == "One conversation at a time"
    assert ctrl.messages.panel.shown.text() == "On the projector: One conversation at a time"
    press(qtbot, ctrl, K.Key_0)
    assert banner(ctrl) is None
    assert ctrl.messages.panel.shown.text() == "No message on the projector"


def test_m_types_a_message_for_the_room_and_shift_m_one_for_my_screen(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, lang: str
) -> None:
    ctrl = open_session(qtbot, demo_services, tmp_path, lang)
    presenter = ctrl.presenter
    press(qtbot, ctrl, K.Key_PageDown)
    seen: list[MessageEntry] = []

    def type_and_show(text: str) -> Callable[[MessageEntry], None]:
        def answer(dialog: MessageEntry) -> None:
            qtbot.keyClicks(dialog.field, text)  # typed: digits and M go into the field
            qtbot.keyClick(dialog.field, K.Key_Return)

        return answer

    answering(MessageEntry, type_and_show("Koffie staat klaar in zaal 2, Mieke"), seen)
    press(qtbot, ctrl, K.Key_M)
    assert banner(ctrl) == "Koffie staat klaar in zaal 2, Mieke"
    assert seen[0].parent() is presenter and not seen[0].only_mine.isChecked()

    answering(MessageEntry, type_and_show("Bram heeft nog niets gezegd"), seen)
    press(qtbot, ctrl, K.Key_M, Qt.KeyboardModifier.ShiftModifier)
    assert seen[1].only_mine.isChecked()
    assert banner(ctrl) == "Koffie staat klaar in zaal 2, Mieke"  # the room's stays
    own = ctrl.messages.panel.own
    assert own.isVisibleTo(presenter) and "Bram heeft nog niets gezegd" in own.text()
    assert "Bram heeft nog niets gezegd" not in " ".join(ctrl.audience.shown_texts())
    ctrl.set_locked(True)  # the program locks: what is only for me is hidden like the notes
    assert not own.isVisibleTo(presenter)
    ctrl.set_locked(False)
    assert own.isVisibleTo(presenter)

    def cancel(dialog: MessageEntry) -> None:
        qtbot.keyClicks(dialog.field, "not meant")
        dialog.reject()

    answering(MessageEntry, cancel, seen)
    press(qtbot, ctrl, K.Key_M)
    assert banner(ctrl) == "Koffie staat klaar in zaal 2, Mieke"
    press(qtbot, ctrl, K.Key_0)  # the keys are back at once
    assert banner(ctrl) is None and not own.isVisibleTo(presenter)
    assert stored_messages(demo_services) == [
        ("Koffie staat klaar in zaal 2, Mieke", False, None),
        ("Bram heeft nog niets gezegd", True, None),
        (None, False, None),
        (None, True, None),
    ]


def test_edited_presets_are_kept_with_the_settings(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, lang: str
) -> None:
    ctrl = open_session(qtbot, demo_services, tmp_path, lang)
    seen: list[PresetEditor] = []

    def edit(dialog: PresetEditor) -> None:
        assert dialog.fields[0].placeholderText() == EXPECTED[lang][0]
        dialog.fields[0].setText("Nog 2 minuten, dan de adviesronde")
        dialog.fields[3].setText("Lunch tot 13:00")
        dialog.accept()

    answering(PresetEditor, edit, seen)
    ctrl.messages.panel.edit_button.click()
    assert seen[0].parent() is ctrl.presenter
    assert core_messages.load_presets(demo_services.settings) == (
        "Nog 2 minuten, dan de adviesronde",
        None,
        None,
        "Lunch tot 13:00",
        None,
    )
    press(qtbot, ctrl, K.Key_1)
    assert banner(ctrl) == "Nog 2 minuten, dan de adviesronde"
    press(qtbot, ctrl, K.Key_4)
    assert banner(ctrl) == "Lunch tot 13:00"
    assert ctrl.messages.panel.preset_buttons[1].text().endswith(EXPECTED[lang][1])

    def restore(dialog: PresetEditor) -> None:
        dialog.findChild(QPushButton, "restoreDefaults").click()
        dialog.accept()

    answering(PresetEditor, restore, seen)
    ctrl.messages.panel.edit_button.click()
    assert core_messages.load_presets(demo_services.settings) == (None,) * 5


def test_the_banner_comes_back_after_a_restart(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> None:
    ctrl = open_session(qtbot, demo_services, tmp_path, "en")
    for key in (K.Key_PageDown, K.Key_PageDown, K.Key_2):
        press(qtbot, ctrl, key)
    assert banner(ctrl) == "Back to the question"
    meeting_id = ctrl.meeting_id
    ctrl.close()  # the run is still going: as good as a kill for what it keeps
    demo_services.sessions.close(meeting_id)
    path = demo_services.db.path
    assert path.name == DATABASE_NAME

    services = Services(open_database(path), methods_dir())  # a new program on the file
    try:
        again = open_session(qtbot, services, tmp_path, "en")
        assert banner(again) == "Back to the question"
        assert again.messages.panel.shown.text() == "On the projector: Back to the question"
        press(qtbot, again, K.Key_0)
        assert banner(again) is None
        again.close()
    finally:
        services.close()
