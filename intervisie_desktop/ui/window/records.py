"""The main window's commands on records: a new group, archiving, and deleting a group, member,
meeting or case, each deletion after asking (Ctrl+Z brings it back until the program closes).

Texts keep the main window's translation context ("MainWindow")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.ui.window import confirm

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
    window: WindowHost, kind: str, record_id: int, title: str, thing: str
) -> bool:
    """Ask under `title` what goes with `thing`, counted, No by default; on Yes delete through
    the undo stack (its entry named `title`) and say in the status bar what went."""
    deleted = window.context.services.deletions.preview(kind, record_id)
    question = confirm.record_question(thing, deleted)
    if confirm.ask(window.window(), title, question) is not confirm.Answer.DELETE:
        return False
    gone = window.undo.delete(kind, record_id, title)
    window.show_message(confirm.deleted_message(thing, gone))
    return True


def delete_group(window: WindowHost) -> None:
    if window.group_id is None:
        return
    group = window.context.services.groups.get(window.group_id)
    thing = QCoreApplication.translate("MainWindow", "the group \u201c{name}\u201d").format(
        name=group.name
    )
    title = QCoreApplication.translate("MainWindow", "Delete group")
    _delete_if_confirmed(window, "group", window.group_id, title, thing)


def delete_member(window: WindowHost) -> None:
    """Delete a member after a counted question whose default is No; the third button ends the
    membership instead, which keeps their cases, notes, goals and attendance."""
    window.show_tab(1)
    person = window.members.member
    if person is None or person.id is None:
        return
    deleted = window.context.services.deletions.preview("member", person.id)
    title = QCoreApplication.translate("MainWindow", "Remove member")
    ending = window.members.membership
    can_end = ending is not None and ending.left_on is None
    gentler = QCoreApplication.translate("MainWindow", "End membership") if can_end else ""
    answer = confirm.ask(
        window.window(), title, confirm.member_question(person.full_name, deleted), gentler
    )
    if answer is confirm.Answer.GENTLER:
        if window.members.end_membership():
            window.show_message(
                QCoreApplication.translate(
                    "MainWindow",
                    "{name} is a former member as of today; their cases, notes and attendance "
                    "stay. Ctrl+Z brings the membership back.",
                ).format(name=person.full_name)
            )
        return
    if answer is not confirm.Answer.DELETE:
        return
    gone = window.undo.delete("member", person.id, title)
    window.show_message(confirm.deleted_message(person.full_name, gone))


def delete_meeting(window: WindowHost) -> None:
    window.show_tab(2)
    meeting = window.meetings.meeting
    if meeting is None or meeting.id is None:
        return
    thing = QCoreApplication.translate("MainWindow", "the meeting of {date}").format(
        date=window.meetings.date.text()
    )
    title = QCoreApplication.translate("MainWindow", "Delete meeting")
    _delete_if_confirmed(window, "meeting", meeting.id, title, thing)


def delete_case(window: WindowHost) -> None:
    window.show_tab(3)
    case = window.cases.case
    if case is None or case.id is None:
        return
    thing = QCoreApplication.translate("MainWindow", "the case \u201c{topic}\u201d").format(
        topic=case.topic
    )
    title = QCoreApplication.translate("MainWindow", "Delete case")
    _delete_if_confirmed(window, "case", case.id, title, thing)
