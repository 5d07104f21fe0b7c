"""Deleting a member, group, meeting or case: the question counts what goes, No is the default
(Enter and Escape keep everything), a member can leave the group instead, and the status bar
says what happened and how to undo it."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from intervisie_desktop.core.models import FollowUpStatus
from tests.ui.main_window.conftest import TODAY, members, settle, when_asked

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def bram_with_history(services: Services, group: Group) -> int:
    """Bram brought 3 cases, has 2 notes about him, 4 learning goals, attended 1 meeting."""
    held = services.meetings.for_group(group.id or 0)[0]
    bram = members(services, group)[1]
    for topic in ("Grenzen", "Opleider", "Nachtdienst"):
        case = services.cases.create(
            meeting_id=held.id,
            bringer_id=bram.id,
            topic=topic,
            follow_up_status=FollowUpStatus.OPEN,
        ).value
    services.plans.add(held.id or 0, "balint_group", case_id=case.id)  # the plan uses one
    for title in ("Eerste", "Tweede"):
        services.notes.create(title=title, body="privé", member_id=bram.id)
    for year in (2023, 2024, 2025, 2026):
        services.goals.create(member_id=bram.id, group_id=group.id, year=year, goal="Doel")
    services.attendance.record(held.id or 0, bram.id or 0, "present")
    return bram.id or 0


def cases(services: Services, group: Group) -> list[object]:
    meetings = services.meetings.for_group(group.id or 0)
    return [c for m in meetings for c in services.cases.for_meeting(m.id or 0)]


def click(qtbot: QtBot, text: str) -> object:
    def act(box: QMessageBox) -> None:
        (button,) = [b for b in box.findChildren(QPushButton) if b.text() == text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return act


def ask_remove(qtbot: QtBot, win: MainWindow, bram: int, act: object) -> str:
    win.show_tab(1)
    win.members.select_member(bram)
    asked = when_asked(act)  # type: ignore[arg-type]
    win.menus.delete_member_action.trigger()
    settle(qtbot, win)
    assert len(asked) == 1
    return asked[0]


def test_removing_a_member_counts_what_goes_and_defaults_to_no(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    bram = bram_with_history(services, group)
    text = ask_remove(qtbot, win, bram, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert (
        "Delete Bram Jansen from the program, with 3 cases, 2 notes and 4 learning goals?"
    ) in text
    assert "Their attendance at 1 meeting stays as an anonymous count." in text
    assert "1 plan step in a meeting plan will have no case any more." in text
    assert "End membership keeps everything" in text
    ask_remove(qtbot, win, bram, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert len(cases(services, group)) == 3  # Enter and Escape both kept everything
    assert services.members.get(bram).full_name == "Bram Jansen"
    assert not win.undo.stack.canUndo()

    ask_remove(qtbot, win, bram, click(qtbot, "&Yes"))
    assert [p.full_name for p in services.members.list()] == ["Anna de Vries", "Carla Smit"]
    assert cases(services, group) == []
    assert win.statusBar().currentMessage() == (
        "Deleted Bram Jansen with 3 cases, 2 notes and 4 learning goals. Ctrl+Z brings it back."
    )
    win.undo.stack.undo()
    assert len(cases(services, group)) == 3
    assert len(services.goals.for_member(bram)) == 4


def test_end_membership_instead_keeps_everything(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    bram = bram_with_history(services, group)
    ask_remove(qtbot, win, bram, click(qtbot, "End membership"))
    assert services.members.get(bram).full_name == "Bram Jansen"
    assert len(cases(services, group)) == 3 and len(services.goals.for_member(bram)) == 4
    assert bram not in [p.id for p in members(services, group)]  # not a member from today on
    ships = [s for s, p in services.memberships.members_of(group.id or 0) if p.id == bram]
    assert ships[0].left_on == TODAY - timedelta(days=1)
    message = win.statusBar().currentMessage()
    assert "Bram Jansen is a former member as of today" in message and "Ctrl+Z" in message
    win.undo.stack.undo()
    assert bram in [p.id for p in members(services, group)]


def test_deleting_a_group_meeting_or_case_counts_everything_and_defaults_to_no(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    bram_with_history(services, group)
    services.notes.create(title="Groep", body="privé", group_id=group.id)
    asked = when_asked(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    win.menus.delete_group_action.trigger()
    assert asked == [
        "Delete the group \u201cBalintgroep Zwolle\u201d with 2 meetings, 3 cases, 1 note "
        "and 1 attendance record? Ctrl+Z brings it back until you close the program."
    ]
    assert [g.name for g in services.groups.list()] == ["Balintgroep Zwolle"]

    win.show_tab(2)
    held = services.meetings.for_group(group.id or 0)[0]
    win.meetings.select_meeting(held.id or 0)
    asked = when_asked(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    win.menus.delete_meeting_action.trigger()
    assert "with 3 cases and 1 attendance record?" in asked[0]
    assert len(services.meetings.for_group(group.id or 0)) == 2

    win.show_tab(3)
    settle(qtbot, win)
    asked = when_asked(click(qtbot, "&Yes"))  # type: ignore[arg-type]
    win.menus.delete_case_action.trigger()
    assert asked[0].startswith("Delete the case \u201c")
    assert "with its question, description and agreed actions?" in asked[0]
    assert len(cases(services, group)) == 2
    assert win.statusBar().currentMessage().endswith("Ctrl+Z brings it back.")


def test_the_question_and_the_message_in_dutch(
    qtbot: QtBot, services: Services, group: Group
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.ui.translation import install_translators
    from intervisie_desktop.ui.window import confirm

    bram = bram_with_history(services, group)
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl")
    try:
        deleted = services.deletions.preview("member", bram)
        assert confirm.member_question("Bram Jansen", deleted) == (
            "Bram Jansen uit het programma verwijderen, met 3 casussen, 2 notities en "
            "4 leerdoelen? De aanwezigheid bij 1 bijeenkomst blijft als anonieme telling "
            "bewaard. In een bijeenkomstplan vervalt de casus bij 1 planstap. "
            "Lidmaatschap beëindigen bewaart alles: Bram Jansen verlaat de groep met ingang "
            "van vandaag. Met Ctrl+Z komt het terug, tot u het programma sluit."
        )
        group_gone = services.deletions.preview("group", group.id or 0)
        thing = QCoreApplication.translate("MainWindow", "the group \u201c{name}\u201d")
        assert confirm.deleted_message(thing.format(name="Balint"), group_gone).startswith(
            "De groep \u201cBalint\u201d verwijderd, met 2 bijeenkomsten, 3 casussen"
        )
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
