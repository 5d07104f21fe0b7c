"""The main window's commands on records: a new group, archiving, and deleting a group, member,
meeting or case, each deletion after asking (Ctrl+Z brings it back until the program closes).

Texts keep the main window's translation context ("MainWindow")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from intervisie_desktop.ui.window.host import WindowHost


def new_group(window: WindowHost) -> None:
    """A new group with a free name, shown with its name selected so typing replaces it."""
    window.commit_pending()
    services = window.context.services
    base = QCoreApplication.translate("MainWindow", "New group")
    taken = {g.name.lower() for g in services.groups.list(archived=None)}
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        name = f"{base} {n}"
    group = window.context.ops.perform(None, lambda: services.groups.create(name=name))
    assert group.id is not None
    window.undo.created("group", group.id, QCoreApplication.translate("MainWindow", "New group"))
    window.group_list.search.clear()
    if window.group_list.filter.currentIndex() == 1:
        window.group_list.filter.setCurrentIndex(0)
    window.refresh_groups(keep=group.id)
    window.show_tab(0)
    window.details.name.setFocus()
    window.details.name.selectAll()


def toggle_archive(window: WindowHost) -> None:
    if window.group_id is None:
        return
    group = window.context.services.groups.get(window.group_id)
    text = (
        QCoreApplication.translate("MainWindow", "Restore group")
        if group.archived
        else QCoreApplication.translate("MainWindow", "Archive group")
    )
    window.undo.edit(
        window.context.services.groups,
        window.group_id,
        {"archived": group.archived},
        {"archived": not group.archived},
        text,
    )
    if group.archived:
        message = QCoreApplication.translate("MainWindow", "\u201c{name}\u201d is active again.")
    else:
        message = QCoreApplication.translate(
            "MainWindow", "\u201c{name}\u201d was archived; see \u201cArchived groups\u201d."
        )
    window.show_message(message.format(name=group.name))


def _delete_if_confirmed(
    window: WindowHost, kind: str, record_id: int, title: str, question: str
) -> bool:
    """Ask `question` under `title`; on Yes delete through the undo stack (its entry named
    `title`). Returns whether it was deleted."""
    answer = QMessageBox.question(window.window(), title, question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    window.undo.delete(kind, record_id, title)
    return True


def delete_group(window: WindowHost) -> None:
    if window.group_id is None:
        return
    group = window.context.services.groups.get(window.group_id)
    meetings = len(window.context.services.meetings.for_group(window.group_id))
    question = QCoreApplication.translate(
        "MainWindow",
        "Delete the group \u201c{name}\u201d with its {count} meetings, their attendance, "
        "cases and notes? Until you close the program, Edit \u2192 Undo (Ctrl+Z) "
        "brings it back.",
    ).format(name=group.name, count=meetings)
    title = QCoreApplication.translate("MainWindow", "Delete group")
    if not _delete_if_confirmed(window, "group", window.group_id, title, question):
        return
    window.show_message(
        QCoreApplication.translate("MainWindow", "Group deleted. Ctrl+Z brings it back.")
    )


def delete_member(window: WindowHost) -> None:
    window.show_tab(1)
    person = window.members.member
    if person is None or person.id is None:
        return
    question = QCoreApplication.translate(
        "MainWindow",
        "Remove {name} from the program, with their cases, learning goals and notes? "
        "Their past attendance stays as an anonymous count. Ctrl+Z undoes this until "
        "you close the program. To keep their history, use End membership instead.",
    ).format(name=person.full_name)
    title = QCoreApplication.translate("MainWindow", "Remove member")
    _delete_if_confirmed(window, "member", person.id, title, question)


def delete_meeting(window: WindowHost) -> None:
    window.show_tab(2)
    meeting = window.meetings.meeting
    if meeting is None or meeting.id is None:
        return
    cases = len(window.context.services.cases.for_meeting(meeting.id))
    question = QCoreApplication.translate(
        "MainWindow",
        "Delete the meeting of {date} with its attendance and {count} cases? "
        "Ctrl+Z brings it back until you close the program.",
    ).format(date=window.meetings.date.text(), count=cases)
    title = QCoreApplication.translate("MainWindow", "Delete meeting")
    _delete_if_confirmed(window, "meeting", meeting.id, title, question)


def delete_case(window: WindowHost) -> None:
    window.show_tab(3)
    case = window.cases.case
    if case is None or case.id is None:
        return
    question = QCoreApplication.translate(
        "MainWindow",
        "Delete the case \u201c{topic}\u201d with its description and notes? "
        "Ctrl+Z brings it back until you close the program.",
    ).format(topic=case.topic)
    title = QCoreApplication.translate("MainWindow", "Delete case")
    _delete_if_confirmed(window, "case", case.id, title, question)
