"""A new note is about what is selected in the main window: the case, else the meeting, else the
member, else the group; the note shows it and it can be changed there."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QTreeWidget

from intervisie_desktop.paths import DATABASE_NAME
from intervisie_desktop.ui.forms.fields import date_text
from intervisie_desktop.ui.panes.meetings import short_day
from intervisie_desktop.ui.translation import install_translators
from tests.ui.main_window.conftest import members, press, settle

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def stored_note(
    data_dir: Path, note_id: int | None
) -> tuple[int | None, int | None, int | None, int | None]:
    """What the database file holds for a note: group, member, meeting, case (read on a
    connection of its own, through the SQLite library the program uses)."""
    import sqlcipher3

    con = sqlcipher3.connect(str(data_dir / DATABASE_NAME))
    try:
        row = con.execute(
            "SELECT group_id, member_id, meeting_id, case_id FROM note WHERE id = ?", (note_id,)
        ).fetchone()
    finally:
        con.close()
    return tuple(row)  # type: ignore[return-value]


def choose_row(qtbot: QtBot, view: QListWidget | QTreeWidget, text: str) -> None:
    """Go to the row that shows `text` with the arrow keys, as a user would."""
    if isinstance(view, QListWidget):
        (item,) = view.findItems(text, Qt.MatchFlag.MatchContains)
    else:
        (item,) = view.findItems(text, Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(20):
        if view.currentItem() is item:
            return
        qtbot.keyClick(view, Qt.Key.Key_Down)
    raise AssertionError(f"{text} not reached")


def new_note(qtbot: QtBot, win: MainWindow, title: str = "Indruk") -> int | None:
    """Click New note and type a title (an empty new note is not kept); the note's id."""
    pane = win.privacy.pane
    before = pane.editor.note_id
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.editor.note_id not in (None, before), timeout=2000)
    qtbot.keyClicks(pane.editor.title, title)
    pane.editor.save_now()
    return pane.editor.note_id


@pytest.fixture
def case_topic(services: Services, group: Group) -> str:
    assert group.id is not None
    meeting = services.meetings.for_group(group.id)[0]
    anna = members(services, group)[0]
    services.cases.create(meeting_id=meeting.id, bringer_id=anna.id, topic="Grenzen stellen")
    return "Grenzen stellen"


@pytest.fixture
def dutch() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_a_new_note_is_about_what_is_selected(
    qtbot: QtBot,
    win: MainWindow,
    services: Services,
    group: Group,
    data_dir: Path,
    case_topic: str,
) -> None:
    press(qtbot, win, "Ctrl+Shift+N")  # the notes dock
    qtbot.waitUntil(lambda: win.privacy.dock.isVisible(), timeout=2000)
    editor = win.privacy.pane.editor

    note = new_note(qtbot, win)  # the Group tab: the group
    assert stored_note(data_dir, note) == (group.id, None, None, None)
    assert editor.group.currentText() == "Balintgroep Zwolle"

    win.show_tab(1)
    choose_row(qtbot, win.members.seats, "Bram Jansen")
    note = new_note(qtbot, win)
    bram = members(services, group)[1]
    assert stored_note(data_dir, note) == (None, bram.id, None, None)
    assert editor.member.currentText() == "Bram Jansen"

    win.show_tab(2)
    settle(qtbot, win)
    held = services.meetings.for_group(group.id or 0)[0]
    choose_row(qtbot, win.meetings.tree, short_day(held.date))
    settle(qtbot, win)
    assert win.meetings.current_meeting_id() == held.id
    note = new_note(qtbot, win)
    assert stored_note(data_dir, note) == (None, None, held.id, None)
    assert editor.meeting.currentText() == date_text(held.date)

    win.show_tab(3)
    choose_row(qtbot, win.cases.list, case_topic)
    note = new_note(qtbot, win)
    (case,) = services.cases.for_meeting(held.id or 0)
    assert stored_note(data_dir, note) == (None, None, None, case.id)
    shown = f"Case: Grenzen stellen ({date_text(held.date)})"
    assert editor.case.currentText() == shown
    assert editor.case.toolTip() == shown  # in full, where the dock cuts it short
    assert editor.group.currentText() == "Balintgroep Zwolle"  # the case's group, shown

    # Changed in the note: no case any more, about the group only.
    editor.case.setFocus()
    qtbot.keyClick(editor.case, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: stored_note(data_dir, note)[3] is None, timeout=2000)
    assert stored_note(data_dir, note) == (group.id, None, None, None)


def test_without_a_group_chosen_a_new_note_is_free_standing(
    qtbot: QtBot, make_window: object, services: Services, data_dir: Path
) -> None:
    win = make_window()  # type: ignore[operator]
    win.privacy.show_notes()
    note = new_note(qtbot, win)
    assert stored_note(data_dir, note) == (None, None, None, None)


def test_the_case_is_named_in_dutch(
    qtbot: QtBot,
    dutch: None,
    win: MainWindow,
    services: Services,
    group: Group,
    data_dir: Path,
    case_topic: str,
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    win.show_tab(3)
    choose_row(qtbot, win.cases.list, case_topic)
    win.privacy.show_notes()
    note = new_note(qtbot, win)
    held = services.meetings.for_group(group.id or 0)[0]
    editor = win.privacy.pane.editor
    assert editor.case.currentText() == f"Casus: Grenzen stellen ({held.date:%d-%m-%Y})"
    assert editor.case.itemText(0) == "Geen casus"
    assert stored_note(data_dir, note)[3] is not None
