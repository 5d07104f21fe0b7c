"""Copying and editing methods as a user does: typing is stored at once or refused at the field,
phases move with Alt+arrows, deletions and edits come back with Ctrl+Z."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from intervisie_desktop.core.methods.model import SpeakerMode
from tests.ui.methods.conftest import copy_of, list_texts

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.methods import MethodLibraryPane

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a field with the keyboard and type `text` over it (text beyond
    Latin-1, which the test keyboard cannot type, is pasted with Ctrl+V)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    if not text:
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    elif all(ord(ch) < 0x100 for ch in text):
        qtbot.keyClicks(widget, text)
    else:
        QApplication.clipboard().setText(text)
        qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)


def phase_names(pane: MethodLibraryPane) -> list[str]:
    editor = pane.phases_editor
    return [editor.list.item(i).text() for i in range(editor.list.count())]


def test_copy_to_edit_opens_the_copy_in_the_editor(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    key = copy_of(qtbot, pane, "Gossip method")
    copy = services.methods.get(key)
    assert not copy.builtin and copy.based_on == "gossip"
    assert "Gossip method (copy) \u00b7 own" in list_texts(pane)
    assert pane.subtitle.text() == (
        "Method \u00b7 own method \u00b7 based on \u201cGossip method\u201d"
    )
    assert pane.tabs.currentWidget() is pane.texts_editor
    name = pane.texts_editor.editor("name.en")
    assert name.hasFocus() and name.selectedText() == "Gossip method (copy)"
    qtbot.keyClicks(name, "Our gossip round")
    assert services.methods.get(key).name.en == "Our gossip round"
    assert services.methods.get(key).name.nl == "Roddelmethode (kopie)"
    assert pane.title.text() == "Our gossip round"
    assert "Our gossip round \u00b7 own" in list_texts(pane)


def test_every_text_field_is_stored_as_it_is_typed(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    key = copy_of(qtbot, pane, "Incident method")
    editor = pane.texts_editor
    retype(qtbot, editor.editor("name.nl"), "Onze incidentmethode")
    retype(qtbot, editor.editor("summary.en"), "A short summary.")
    retype(qtbot, editor.editor("when_to_use.nl"), "Als het knelt \u2014 \U0001f91d")
    retype(qtbot, editor.editor("source"), "Own practice, 2024")
    stored = services.methods.get(key)
    assert stored.name.nl == "Onze incidentmethode"
    assert stored.summary.en == "A short summary."
    assert stored.when_to_use.nl == "Als het knelt \u2014 \U0001f91d"
    assert stored.source == "Own practice, 2024"
    assert "Own practice, 2024" in pane.overview.toPlainText()


def test_empty_name_shows_a_message_and_stores_nothing(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    key = copy_of(qtbot, pane, "Gossip method")
    before = services.methods.get(key)
    retype(qtbot, pane.texts_editor.editor("name.nl"), "")  # the English name still stands
    assert services.methods.get(key).name.nl == ""
    retype(qtbot, pane.texts_editor.editor("name.en"), "")
    field = pane.texts_editor.fields["name.en"]
    assert field.error.isVisible()
    assert field.error.text() == "Method name may not be empty."
    assert services.methods.get(key).name.en == before.name.en
    qtbot.keyClicks(pane.texts_editor.editor("name.en"), "Back")
    assert not field.error.isVisible()
    assert services.methods.get(key).name.en == "Back"


def test_phase_minutes_are_checked_as_typed(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    key = copy_of(qtbot, pane, "Gossip method")
    pane.tabs.setCurrentWidget(pane.phases_editor)
    editor = pane.phases_editor
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Down)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down)  # phase 3: gossip, 15 minutes
    assert editor.editor("phase.name.en").text() == "Gossip"
    assert editor.minutes.text() == "15"
    for bad, message in (
        ("abc", "Minutes must be a number greater than 0 and at most 240."),
        ("0", "Minutes must be a number greater than 0 and at most 240."),
        ("1000", "Minutes must be a number greater than 0 and at most 240."),
    ):
        retype(qtbot, editor.minutes, bad)
        assert editor.fields["phase.minutes"].error.text() == message, bad
        qtbot.keyClick(editor.minutes, Qt.Key.Key_Return)  # Enter stores, or says why not
        assert editor.fields["phase.minutes"].error.text() == message, bad
        assert services.methods.get(key).phases[2].minutes == 15
    retype(qtbot, editor.minutes, "12,5")
    assert not editor.fields["phase.minutes"].error.isVisible()
    assert services.methods.get(key).phases[2].minutes == 15  # stored on Enter or Tab, so
    qtbot.keyClick(editor.minutes, Qt.Key.Key_Tab)  # typing "120" never stores 1 and 12
    assert services.methods.get(key).phases[2].minutes == 12.5
    assert phase_names(pane)[2] == "3. Gossip \u2014 12.5 min"
    assert pane.total.text() == "Planned: 45.5 min for a group of 6"
    assert editor.warning.text() == ""  # no warning of its own: the program default
    assert editor.warning.placeholderText() == "1"
    retype(qtbot, editor.warning, "2")
    qtbot.keyClick(editor.warning, Qt.Key.Key_Return)
    assert services.methods.get(key).phases[2].warning_minutes == 2
    message = "The warning must be at least 0 minutes and shorter than the phase or turn."
    retype(qtbot, editor.minutes, "2")  # a phase shorter than its own warning
    assert editor.fields["phase.minutes"].error.text() == message
    assert services.methods.get(key).phases[2].minutes == 12.5
    retype(qtbot, editor.warning, "")  # emptied: back to the program default
    qtbot.keyClick(editor.warning, Qt.Key.Key_Return)
    assert services.methods.get(key).phases[2].warning_minutes is None


def test_refused_choices_spring_back_with_a_message(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    key = copy_of(qtbot, pane, "Gossip method")
    pane.tabs.setCurrentWidget(pane.phases_editor)
    editor = pane.phases_editor  # phase 1: only the case bringer speaks
    qtbot.mouseClick(editor.per_speaker, Qt.MouseButton.LeftButton)
    assert not editor.per_speaker.isChecked()
    assert editor.fields["phase.minutes"].error.text() == (
        "Minutes per speaker only apply to a round in which everyone speaks."
    )
    silent = editor.flags["case_bringer_silent"]
    silent.setFocus()
    qtbot.keyClick(silent, Qt.Key.Key_Space)
    assert not silent.isChecked()
    assert "cannot be silent or away" in editor.fields["phase.case_bringer_silent"].error.text()
    stored = services.methods.get(key).phases[0]
    assert stored.minutes_per_speaker is None and not stored.case_bringer_silent
    # Choose "Round: everyone in turn" with the keys, then per speaker is allowed.
    editor.mode.setFocus()
    qtbot.keyClick(editor.mode, Qt.Key.Key_Down)
    assert services.methods.get(key).phases[0].speaker_mode is SpeakerMode.ROUND
    assert editor.mode.currentText() == "Round: everyone in turn"
    qtbot.mouseClick(editor.per_speaker, Qt.MouseButton.LeftButton)
    assert editor.per_speaker.isChecked()
    assert services.methods.get(key).phases[0].minutes_per_speaker == 5
    assert phase_names(pane)[0] == "1. The question \u2014 5 min per speaker"


def test_too_long_instruction_is_refused_at_the_field(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    key = copy_of(qtbot, pane, "Incident method")
    pane.tabs.setCurrentWidget(pane.phases_editor)
    box = pane.phases_editor.editor("phase.instruction.nl")
    before = services.methods.get(key).phases[0].instruction
    box.setFocus()
    QApplication.clipboard().setText("x" * 10_000)
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(box, Qt.Key.Key_V, CTRL)
    error = pane.phases_editor.fields["phase.instruction.nl"].error
    assert error.text() == "Instruction for the participants may be at most 300 characters long."
    assert services.methods.get(key).phases[0].instruction == before
    retype(qtbot, box, "\u05e9\u05dc\u05d5\u05dd, welkom")  # right-to-left text is fine
    assert services.methods.get(key).phases[0].instruction.nl == "\u05e9\u05dc\u05d5\u05dd, welkom"
    assert not error.isVisible()


def test_alt_arrows_move_phases_and_the_selection_follows(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    key = copy_of(qtbot, pane, "Gossip method")
    pane.tabs.setCurrentWidget(pane.phases_editor)
    editor = pane.phases_editor
    original = [p.name.en for p in services.methods.get(key).phases]
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, ALT)
    moved = [p.name.en for p in services.methods.get(key).phases]
    assert moved == [original[1], original[2], original[0], *original[3:]]
    assert editor.index == 2 and editor.editor("phase.name.en").text() == original[0]
    assert phase_names(pane)[2] == "3. The question \u2014 5 min"
    qtbot.keyClick(editor.list, Qt.Key.Key_Up, ALT)
    assert [p.name.en for p in services.methods.get(key).phases][1] == original[0]
    for _ in range(3):
        qtbot.keyClick(editor.list, Qt.Key.Key_Z, CTRL)
    assert [p.name.en for p in services.methods.get(key).phases] == original
    assert phase_names(pane)[0] == "1. The question \u2014 5 min"


def test_add_and_remove_phases(qtbot: QtBot, pane: MethodLibraryPane, services: Services) -> None:
    key = copy_of(qtbot, pane, "Opening")
    pane.tabs.setCurrentWidget(pane.phases_editor)
    editor = pane.phases_editor
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Insert, ALT)
    stored = services.methods.get(key)
    assert [p.name.en for p in stored.phases] == ["Welcome", "New phase", "What is on your mind?"]
    name = editor.editor("phase.name.en")
    assert name.hasFocus() and name.selectedText() == "New phase"
    qtbot.keyClicks(name, "Check-in")
    assert services.methods.get(key).phases[1].name.en == "Check-in"
    qtbot.mouseClick(editor.buttons["remove"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.buttons["remove"], Qt.MouseButton.LeftButton)
    assert [p.name.en for p in services.methods.get(key).phases] == ["Welcome"]
    assert not editor.buttons["remove"].isEnabled()  # a method keeps at least one phase
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete, ALT)
    assert len(services.methods.get(key).phases) == 1


def test_delete_restore_and_undo_of_an_own_method(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    key = copy_of(qtbot, pane, "Dilemma method")
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert services.methods.is_deleted(key)
    assert "Dilemma method (copy) \u00b7 own" not in list_texts(pane)
    assert pane.notice.text() == "Deleted. Ctrl+Z brings it back."
    qtbot.keyClick(pane.list, Qt.Key.Key_Z, CTRL)
    assert not services.methods.is_deleted(key)
    assert pane.current_key() == key
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    pane.show_deleted.setFocus()
    qtbot.keyClick(pane.show_deleted, Qt.Key.Key_Space)
    assert "Dilemma method (copy) \u00b7 own, deleted" in list_texts(pane)
    assert pane.select_method(key)
    assert pane.restore_button.isVisible() and not pane.tabs.isTabVisible(1)
    qtbot.mouseClick(pane.restore_button, Qt.MouseButton.LeftButton)
    assert not services.methods.is_deleted(key)
    assert pane.tabs.isTabVisible(1) and pane.delete_button.isVisible()


def test_ctrl_z_undoes_typing_even_inside_a_text_box_and_redo_brings_it_back(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    key = copy_of(qtbot, pane, "Five-step method")
    summary = pane.texts_editor.editor("summary.en")
    original = services.methods.get(key).summary.en
    summary.setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(summary, " Extra.")
    assert services.methods.get(key).summary.en == original + " Extra."
    assert pane.undo_stack.count() == 2  # the copy, and the typing merged into one step
    qtbot.keyClick(summary, Qt.Key.Key_Z, CTRL)
    assert services.methods.get(key).summary.en == original
    assert summary.toPlainText() == original
    qtbot.keyClick(summary, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert services.methods.get(key).summary.en == original + " Extra."
    assert summary.toPlainText() == original + " Extra."
    qtbot.keyClick(summary, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(summary, Qt.Key.Key_Z, CTRL)  # and the copy itself goes
    assert services.methods.is_deleted(key)


def test_tab_order_inside_the_phase_editor(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    copy_of(qtbot, pane, "Gossip method")
    pane.tabs.setCurrentWidget(pane.phases_editor)
    editor = pane.phases_editor
    editor.editor("phase.name.nl").setFocus()
    order = []
    for _ in range(12):
        order.append(pane.focusWidget())
        qtbot.keyClick(pane.focusWidget(), Qt.Key.Key_Tab)
    assert order == [
        editor.editor("phase.name.nl"),
        editor.editor("phase.name.en"),
        editor.mode,
        editor.minutes,
        editor.per_speaker,
        editor.warning,
        *editor.flags.values(),
        editor.editor("phase.instruction.nl"),
        editor.editor("phase.instruction.en"),
    ]
