"""The notes pane and search as a user meets them: typing, autosave, filters, pins, Ctrl+F/K."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.notes.pane import NotesPane
from intervisie_desktop.ui.search.panel import SearchDialog
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services


@pytest.fixture
def seeded(services: Services) -> dict[str, int]:
    group = services.groups.create(name="Balintgroep Zwolle").value
    other = services.groups.create(name="Coachgroep Deventer").value
    anna = services.members.create(full_name="Anna de Vries").value
    assert group.id and other.id and anna.id
    services.memberships.add(group.id, anna.id, date(2025, 1, 1))
    meeting = services.meetings.create(
        group_id=group.id, date=date(2025, 3, 4), planned_start="14:00", planned_end="16:00"
    ).value
    assert meeting.id
    return {"group": group.id, "other": other.id, "anna": anna.id, "meeting": meeting.id}


@pytest.fixture
def pane(qtbot: QtBot, services: Services, data_dir: Path) -> NotesPane:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    widget = NotesPane(AppContext(services=services, data_dir=data_dir))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typing_a_note_autosaves_and_renders_markdown(
    pane: NotesPane, services: Services, qtbot: QtBot
) -> None:
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane.editor.title, "Na de sessie")
    pane.editor.body.setFocus()
    qtbot.keyClicks(pane.editor.body, "# Indruk")
    qtbot.keyClick(pane.editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(pane.editor.body, "**Goede** samenwerking")
    qtbot.waitUntil(lambda: pane.editor.state.text() == "Saved", timeout=3000)
    (note,) = services.notes.list()
    assert note.title == "Na de sessie" and note.body == "# Indruk\n**Goede** samenwerking"
    assert pane.visible_titles() == ["Na de sessie"]
    pane.editor.tabs.setCurrentWidget(pane.editor.preview)
    html = pane.editor.preview.toHtml()
    assert "Indruk" in html and "font-weight:700" in html  # heading and bold rendered
    assert "**" not in pane.editor.preview.toPlainText()


def test_nothing_is_lost_when_the_pane_closes_mid_typing(
    pane: NotesPane, services: Services, qtbot: QtBot
) -> None:
    pane.new_note()
    qtbot.keyClicks(pane.editor.body, "laatste gedachte")
    assert pane.editor.state.text() != "Saved"  # the autosave timer has not fired yet
    pane.close()
    assert [n.body for n in services.notes.list()] == ["laatste gedachte"]


def test_an_empty_new_note_is_not_kept(pane: NotesPane, services: Services) -> None:
    pane.new_note()
    pane.new_note()
    assert len(services.notes.list()) == 1


def test_filters_pins_and_quick_notes_under_their_meeting(
    seeded: dict[str, int], pane: NotesPane, services: Services, qtbot: QtBot
) -> None:
    made_elsewhere = [  # e.g. in session mode: the notes pane is told by the hub
        {"title": "Over Anna", "member_id": seeded["anna"], "group_id": seeded["group"]},
        {"title": "Snel in de sessie", "meeting_id": seeded["meeting"]},
        {"title": "Andere groep", "group_id": seeded["other"]},
        {"title": "Los idee"},
    ]
    for fields in made_elsewhere:
        pane.context.ops.perform(None, lambda fields=fields: services.notes.create(**fields))
    qtbot.waitUntil(lambda: len(pane.visible_titles()) == 4, timeout=2000)
    # The date as the date fields show it in English (the program's English is British).
    assert pane.section_titles() == ["Notes", "Meeting of 04/03/2025 \u2014 Balintgroep Zwolle"]
    pane.group_filter.setCurrentIndex(pane.group_filter.findText("Balintgroep Zwolle"))
    pane.group_filter.activated.emit(pane.group_filter.currentIndex())
    assert sorted(pane.visible_titles()) == ["Over Anna \u2014 Anna de Vries", "Snel in de sessie"]
    pane.member_filter.setCurrentIndex(pane.member_filter.findText("Anna de Vries"))
    pane.member_filter.activated.emit(pane.member_filter.currentIndex())
    assert pane.visible_titles() == ["Over Anna \u2014 Anna de Vries"]
    pane.set_filters()
    pane.open_note(next(n.id for n in services.notes.list() if n.title == "Los idee"))
    qtbot.mouseClick(pane.editor.pinned, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.section_titles()[0] == "Pinned", timeout=2000)
    assert pane.visible_titles()[0] == "\u2605 Los idee"
    year = str(date.today().year)
    assert [pane.year_filter.itemText(i) for i in range(pane.year_filter.count())][1:] == [year]


def test_ctrl_f_searches_notes_with_highlights_and_enter_opens(
    pane: NotesPane, services: Services, qtbot: QtBot
) -> None:
    services.notes.create(title="Overleg", body="De coördinatie met de POH liep stroef")
    services.notes.create(title="Iets anders", body="niets bijzonders")
    pane.editor.body.setFocus()
    qtbot.keyClick(pane.editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.search.hasFocus()
    qtbot.keyClicks(pane.search, "coordinatie")
    qtbot.waitUntil(lambda: len(pane.visible_titles()) == 1, timeout=2000)
    assert "<b>coördinatie</b>" in pane.visible_titles()[0]
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    assert pane.editor.title.text() == "Overleg"


def test_delete_asks_first(
    pane: NotesPane, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = services.notes.create(title="Weg ermee", body="tekst").value
    assert note.id
    pane.open_note(note.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    pane.editor.delete_button.click()
    assert len(services.notes.list()) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    pane.editor.delete_button.click()
    assert services.notes.list() == [] and pane.visible_titles() == []


def test_ctrl_k_everywhere_opens_notes_and_routes_other_kinds(
    qtbot: QtBot, services: Services, data_dir: Path, seeded: dict[str, int]
) -> None:
    note = services.notes.create(
        title="Supervisie", body="over coördinatie", group_id=seeded["group"]
    ).value
    window = MainWindow(AppContext(services=services, data_dir=data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.privacy.search_action.shortcut().toString() == "Ctrl+K"
    window.privacy.search_action.trigger()
    dialog = window.privacy.search
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.panel.field, "coordinatie")
    qtbot.waitUntil(lambda: dialog.panel.results.count() == 1, timeout=2000)
    assert "Supervisie" in dialog.panel.label_texts()[0]
    qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.privacy.dock.isVisible() and window.privacy.pane.editor.note_id == note.id
    window.privacy.search_action.trigger()
    dialog.panel.field.clear()
    qtbot.keyClicks(dialog.panel.field, "Zwolle")
    with qtbot.waitSignal(window.privacy.open_requested, timeout=2000) as blocker:
        qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
    assert blocker.args == ["group", seeded["group"]]


def test_notes_and_search_are_built_when_first_used_and_notes_save_on_quit(
    qtbot: QtBot, services: Services, data_dir: Path, seeded: dict[str, int]
) -> None:
    services.notes.create(title="Eerder", body="eerste indruk", group_id=seeded["group"])
    window = MainWindow(AppContext(services=services, data_dir=data_dir))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    dock = window.privacy.dock
    # Nothing of the notes or the search built at start: it costs the start-up for nothing.
    assert dock.widget() is None and not window.findChildren(SearchDialog)
    window.privacy.save_notes()  # on lock or quit before the notes were opened: no error
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_N, ctrl_shift)
    qtbot.waitUntil(lambda: dock.isVisible() and dock.widget() is not None, timeout=2000)
    pane = window.privacy.pane
    assert dock.widget() is pane
    # It takes its share of the window, not the room the group panes need (nor a wider window).
    width, central = window.width(), window.centralWidget()
    qtbot.waitUntil(lambda: dock.width() > 0.3 * width, timeout=2000)
    qtbot.wait(100)  # the layout settles
    assert dock.width() < 0.5 * width
    assert central.width() > dock.width() and window.width() == width
    qtbot.waitUntil(lambda: pane.visible_titles() == ["Eerder"], timeout=2000)
    qtbot.waitUntil(lambda: pane.list.isVisible(), timeout=2000)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane.editor.title, "Net getypt")
    window.privacy.save_notes()  # what the lock and quitting do
    assert sorted(n.title for n in services.notes.list()) == ["Eerder", "Net getypt"]
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    (search,) = window.findChildren(SearchDialog)
    assert search.isVisible()
    qtbot.waitUntil(search.panel.field.hasFocus, timeout=2000)
