"""The session-plan editor in the meetings pane, driven by mouse and keys on a real database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from intervisie_desktop.core.models import Group, PlanItem
from intervisie_desktop.core.services.plans import PlanEntry
from intervisie_desktop.ui.plan.editor_view import OVER_STYLE
from intervisie_desktop.ui.plan.rows import own_minutes, whole
from tests.ui.main_window.conftest import paste_into, press, settle, type_into
from tests.ui.plan.conftest import (
    cases,
    choose_in_combo,
    in_picker,
    next_meeting,
    people,
    pick,
    select_step,
    stored,
    stored_keys,
)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.plan.editor import PlanEditor
    from intervisie_desktop.ui.plan.picker import MethodPicker
    from intervisie_desktop.ui.window.main_window import MainWindow


def planned(services: Services, group: Group) -> list[int]:
    """What the core plans per step now, rounded as the editor shows it."""
    plan = services.plans.plan(next_meeting(services, group).id or 0)
    return [whole(step.planned_minutes) for step in plan.steps]


def test_an_empty_plan_says_what_to_do_and_leaves_the_whole_meeting(
    qtbot: QtBot, editor: PlanEditor
) -> None:
    assert editor.empty.isVisible() and "Standard plan" in editor.empty.text()
    assert not editor.tree.isVisible()
    assert editor.total.text() == "Planned: 0 of 120 min"
    assert editor.balance.text() == "120 min left"
    assert editor.people.text() == "Rounds are timed for the 3 members present."
    assert not editor.remove_button.isEnabled() and not editor.minutes.isEnabled()


def test_the_step_buttons_name_their_keys_in_the_tooltip(editor: PlanEditor) -> None:
    assert editor.remove_button.toolTip() == "Remove step (Del)"
    assert editor.up_button.toolTip().endswith("(Alt+Up)")
    assert editor.down_button.toolTip().endswith("(Alt+Down)")


def test_add_a_block_and_a_method_with_the_picker(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    pick(qtbot, editor, "openi")
    assert stored_keys(services, group) == ["block.opening"]
    pick(qtbot, editor, "incident")
    assert stored_keys(services, group) == ["block.opening", "incident"]
    minutes = planned(services, group)
    assert editor.shown_steps() == [
        ("Opening", "", f"{minutes[0]} min"),
        ("Incident method", "(choose a case)", f"{minutes[1]} min"),
    ]
    assert editor.tree.currentItem() is editor.tree.topLevelItem(1)  # the new step
    assert editor.case.isEnabled()
    # A new step goes after the selected one.
    select_step(qtbot, editor, 0)
    pick(qtbot, editor, "closing")
    assert stored_keys(services, group) == ["block.opening", "block.closing", "incident"]
    assert editor.total.text() == f"Planned: {sum(planned(services, group))} of 120 min"


def test_the_picker_lists_blocks_then_methods_with_minutes_and_filters_by_name(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    seen: list[MethodPicker] = []
    shown: dict[str, object] = {}

    def look_and_cancel(dialog: MethodPicker) -> None:
        blocks = dialog.blocks
        shown["blocks"] = [blocks.child(i).text(0) for i in range(blocks.childCount())]
        shown["minutes"] = {
            dialog.methods.child(i).text(0): dialog.methods.child(i).text(1)
            for i in range(dialog.methods.childCount())
        }
        qtbot.keyClicks(dialog.filter, "balint")
        shown["filtered"] = dialog.visible_names()
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
        shown["chosen"] = dialog.chosen_key()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_picker(qtbot, look_and_cancel, seen)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert seen and shown["blocks"] == [
        "Opening",
        "Follow-up of earlier cases",
        "Inventory and choice",
        "Evaluation",
        "Closing",
    ]
    incident = services.methods.get("incident")
    present = tuple(p.id or 0 for p in people(services, group))
    expected = f"{whole(own_minutes(incident, present))} min"
    assert shown["minutes"]["Incident method"] == expected  # type: ignore[index]
    assert shown["filtered"] == ["Balint group (classic)", "Balint method in 11 steps"]
    assert shown["chosen"] == "balint_11"
    assert stored(services, group) == []  # cancelled: nothing added


def test_choose_the_case_of_a_method_step(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    pick(qtbot, editor, "opening")
    pick(qtbot, editor, "incident")
    assert editor.case.isEnabled()
    choose_in_combo(qtbot, editor.case, "Twijfel over verwijzing (Bram)")
    item = stored(services, group)[1]
    assert item.case_id == cases(services, group)[1].id
    assert editor.shown_steps()[1][:2] == ("Incident method", "Twijfel over verwijzing (Bram)")
    assert editor.shown_steps()[1][2] == f"{planned(services, group)[1]} min"
    select_step(qtbot, editor, 0)
    assert not editor.case.isEnabled()  # a block takes no case
    assert editor.case.currentText() == "(no case)"


def test_the_same_case_twice_is_refused_at_the_editor(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    first = cases(services, group)[0]
    meeting_id = next_meeting(services, group).id or 0
    entries = [PlanEntry("incident", first.id), PlanEntry("gossip")]
    editor.context.ops.perform(None, lambda: services.plans.set(meeting_id, entries))
    qtbot.waitUntil(lambda: len(editor.shown_steps()) == 2, timeout=2000)
    select_step(qtbot, editor, 1)
    choose_in_combo(qtbot, editor.case, "Grenzen stellen (Anna)")
    assert editor.error.isVisible()
    assert editor.error.text() == "This case is already planned in this meeting."
    assert stored(services, group)[1].case_id is None
    assert editor.case.currentText() == "(no case)"


def test_typed_minutes_override_the_method_and_can_be_given_back(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    pick(qtbot, editor, "incident")
    own = planned(services, group)[0]
    assert editor.minutes.text() == str(own) and not editor.own_time.isEnabled()
    type_into(qtbot, editor.minutes, "30")
    assert stored(services, group)[0].minutes == 30
    assert editor.shown_steps()[0][2] == "30 min"
    assert editor.total.text() == "Planned: 30 of 120 min"
    assert editor.tree.topLevelItem(0).font(3).bold()
    assert editor.own_time.isEnabled()
    qtbot.mouseClick(editor.own_time, Qt.MouseButton.LeftButton)
    assert stored(services, group)[0].minutes is None
    assert editor.shown_steps()[0][2] == f"{own} min"
    # Typing the method's own figure sets nothing; emptying the field gives its time back.
    type_into(qtbot, editor.minutes, str(own))
    assert stored(services, group)[0].minutes is None
    type_into(qtbot, editor.minutes, str(own + 7))
    assert stored(services, group)[0].minutes == own + 7
    type_into(qtbot, editor.minutes, "")
    assert stored(services, group)[0].minutes is None


def test_impossible_minutes_give_a_message_and_store_nothing(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    pick(qtbot, editor, "incident")
    for text in ("0", "800", "veel", "2.5", "-5", "\U0001f600"):
        if text.isascii():
            type_into(qtbot, editor.minutes, text)
        else:
            paste_into(qtbot, editor.minutes, text)
        assert editor.error.isVisible(), text
        assert editor.error.text() == "Planned minutes must be a whole number from 1 to 720."
        assert stored(services, group)[0].minutes is None
        assert editor.minutes.text() == text  # kept for correcting
    type_into(qtbot, editor.minutes, "50")
    assert not editor.error.isVisible()
    assert stored(services, group)[0].minutes == 50


def test_reorder_with_alt_up_and_alt_down(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    for name in ("opening", "incident", "closing"):
        pick(qtbot, editor, name)
    select_step(qtbot, editor, 2)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored_keys(services, group) == ["block.opening", "block.closing", "incident"]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored_keys(services, group) == ["block.closing", "block.opening", "incident"]
    assert [s[0] for s in editor.shown_steps()] == ["Closing", "Opening", "Incident method"]
    assert editor.selected_row() == 0 and editor.tree.hasFocus()  # the step moved along
    assert not editor.up_button.isEnabled()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_keys(services, group) == ["block.opening", "incident", "block.closing"]
    assert editor.selected_row() == 2


def test_drag_a_step_above_another(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    for name in ("opening", "incident", "closing"):
        pick(qtbot, editor, name)
    select_step(qtbot, editor, 2)
    top = editor.tree.visualItemRect(editor.tree.topLevelItem(0))
    editor.tree.drop_at(QPoint(top.center().x(), top.top() + 2))  # upper half of row 1
    qtbot.waitUntil(
        lambda: stored_keys(services, group) == ["block.closing", "block.opening", "incident"],
        timeout=2000,
    )
    assert [s[0] for s in editor.shown_steps()] == ["Closing", "Opening", "Incident method"]
    select_step(qtbot, editor, 0)
    below = editor.tree.visualItemRect(editor.tree.topLevelItem(2))
    editor.tree.drop_at(QPoint(below.center().x(), below.bottom() - 1))  # lower half of the last
    qtbot.waitUntil(
        lambda: stored_keys(services, group) == ["block.opening", "incident", "block.closing"],
        timeout=2000,
    )


def test_remove_with_the_delete_key_and_the_button(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    for name in ("opening", "incident", "closing"):
        pick(qtbot, editor, name)
    select_step(qtbot, editor, 1)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert stored_keys(services, group) == ["block.opening", "block.closing"]
    assert [s[0] for s in editor.shown_steps()] == ["Opening", "Closing"]
    assert editor.selected_row() == 1
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert stored(services, group) == []
    assert editor.empty.isVisible() and editor.total.text() == "Planned: 0 of 120 min"


def test_standard_plan_runs_a_method_for_each_case(
    qtbot: QtBot, editor: PlanEditor, services: Services, group: Group
) -> None:
    pick(qtbot, editor, "u-proc")
    qtbot.mouseClick(editor.standard_button, Qt.MouseButton.LeftButton)
    first, second = cases(services, group)
    items = stored(services, group)
    assert [(i.method_key, i.case_id) for i in items] == [
        ("block.opening", None),
        ("block.follow_up", None),
        ("block.inventory", None),
        ("incident", first.id),  # the group's default method
        ("gossip", second.id),  # this case names its own method
        ("block.evaluation", None),
        ("block.closing", None),
    ]
    minutes = planned(services, group)
    assert editor.shown_steps() == [
        ("Opening", "", f"{minutes[0]} min"),
        ("Follow-up of earlier cases", "", f"{minutes[1]} min"),
        ("Inventory and choice", "", f"{minutes[2]} min"),
        ("Incident method", "Grenzen stellen (Anna)", f"{minutes[3]} min"),
        ("Gossip method", "Twijfel over verwijzing (Bram)", f"{minutes[4]} min"),
        ("Evaluation", "", f"{minutes[5]} min"),
        ("Closing", "", f"{minutes[6]} min"),
    ]
    assert "Ctrl+Z" in editor.note.text() and editor.note.isVisible()
    press(qtbot, editor.window(), "Ctrl+Z")  # type: ignore[arg-type]
    assert stored_keys(services, group) == ["u_procedure"]


def test_total_against_the_meeting_length_shows_over_and_under(
    qtbot: QtBot, win: MainWindow, editor: PlanEditor, services: Services, group: Group
) -> None:
    pick(qtbot, editor, "incident")
    type_into(qtbot, editor.minutes, "60")
    pick(qtbot, editor, "gossip")
    type_into(qtbot, editor.minutes, "75")
    assert editor.total.text() == "Planned: 135 of 120 min"
    assert editor.balance.text() == "15 min over"
    assert editor.balance.styleSheet() == OVER_STYLE
    # A longer meeting: typed in the meeting's End field, the total follows.
    type_into(qtbot, win.meetings.end, "21:30")
    settle(qtbot, win)
    qtbot.waitUntil(lambda: editor.total.text() == "Planned: 135 of 150 min", timeout=2000)
    assert editor.balance.text() == "15 min left"
    assert editor.balance.styleSheet() != OVER_STYLE
    type_into(qtbot, win.meetings.end, "21:15")
    settle(qtbot, win)
    qtbot.waitUntil(lambda: editor.balance.text() == "fits the meeting exactly", timeout=2000)


def test_rounds_are_timed_for_those_present(
    qtbot: QtBot, win: MainWindow, editor: PlanEditor, services: Services, group: Group
) -> None:
    pick(qtbot, editor, "opening")
    before = editor.shown_steps()[0][2]
    win.meetings.attendance.combo(1).setFocus()
    choose_in_combo(qtbot, win.meetings.attendance.combo(1), "absent")  # Bram
    settle(qtbot, win)
    qtbot.waitUntil(
        lambda: editor.people.text() == "Rounds are timed for the 2 members present.",
        timeout=2000,
    )
    after = editor.shown_steps()[0][2]
    assert after == f"{planned(services, group)[0]} min" and after != before


def test_ctrl_z_takes_back_each_change_and_ctrl_y_redoes_it(
    qtbot: QtBot, win: MainWindow, editor: PlanEditor, services: Services, group: Group
) -> None:
    pick(qtbot, editor, "opening")
    pick(qtbot, editor, "incident")
    choose_in_combo(qtbot, editor.case, "Grenzen stellen (Anna)")
    type_into(qtbot, editor.minutes, "40")
    select_step(qtbot, editor, 1)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    anna_case = cases(services, group)[0].id
    assert [(i.method_key, i.case_id, i.minutes) for i in stored(services, group)] == [
        ("incident", anna_case, 40),
        ("block.opening", None, None),
    ]
    assert win.menus.undo_action.text() == "&Undo: move plan step"
    press(qtbot, win, "Ctrl+Z")
    assert stored_keys(services, group) == ["block.opening", "incident"]
    press(qtbot, win, "Ctrl+Z")
    assert stored(services, group)[1].minutes is None
    press(qtbot, win, "Ctrl+Z")
    assert stored(services, group)[1].case_id is None
    qtbot.waitUntil(lambda: editor.shown_steps()[1][1] == "(choose a case)", timeout=2000)
    press(qtbot, win, "Ctrl+Z")
    press(qtbot, win, "Ctrl+Z")
    assert stored(services, group) == []
    win.menus.redo_action.trigger()
    assert stored_keys(services, group) == ["block.opening"]
    qtbot.waitUntil(lambda: [s[0] for s in editor.shown_steps()] == ["Opening"], timeout=2000)


def test_the_editor_follows_the_selected_meeting(
    qtbot: QtBot, win: MainWindow, editor: PlanEditor, services: Services, group: Group
) -> None:
    pick(qtbot, editor, "opening")
    held = services.meetings.for_group(group.id or 0)[0]
    win.meetings.select_meeting(held.id or 0)
    assert editor.meeting_id == held.id
    assert editor.shown_steps() == [] and editor.total.text() == "Planned: 0 of 120 min"
    win.meetings.select_meeting(next_meeting(services, group).id or 0)
    assert [s[0] for s in editor.shown_steps()] == ["Opening"]


def test_a_step_whose_method_is_gone_still_shows_and_can_be_removed(
    qtbot: QtBot, win: MainWindow, editor: PlanEditor, services: Services, group: Group
) -> None:
    meeting_id = next_meeting(services, group).id or 0
    services.plans.add(meeting_id, "block.opening")
    with services.db.session() as session:  # as left by a method file that was removed
        session.add(PlanItem(meeting_id=meeting_id, position=2, method_key="vanished", minutes=20))
        session.commit()
    editor.show_meeting(meeting_id)
    assert editor.shown_steps()[1] == ("unknown method \u201cvanished\u201d", "", "?")
    assert "\u201cvanished\u201d" in editor.error.text() and editor.error.isVisible()
    select_step(qtbot, editor, 1)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert stored_keys(services, group) == ["block.opening"]
    assert QApplication.activeModalWidget() is None
