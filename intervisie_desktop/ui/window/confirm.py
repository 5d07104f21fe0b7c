"""The question before a deletion: what goes with the record, counted, with No as the default
(Enter and Escape keep everything), and for a member the gentler way of ending the membership.

The counts come from `DeletionService.preview`, which reads the cascade without deleting."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from intervisie_desktop.core.services.deletions import Deleted


class Answer(Enum):
    KEEP = "keep"
    DELETE = "delete"
    GENTLER = "gentler"  # for a member: end the membership instead


def _cases(n: int) -> str:
    return (
        QCoreApplication.translate("Confirm", "1 case")
        if n == 1
        else QCoreApplication.translate("Confirm", "{n} cases").format(n=n)
    )


def _notes(n: int) -> str:
    return (
        QCoreApplication.translate("Confirm", "1 note")
        if n == 1
        else QCoreApplication.translate("Confirm", "{n} notes").format(n=n)
    )


def _goals(n: int) -> str:
    return (
        QCoreApplication.translate("Confirm", "1 learning goal")
        if n == 1
        else QCoreApplication.translate("Confirm", "{n} learning goals").format(n=n)
    )


def _meetings(n: int) -> str:
    return (
        QCoreApplication.translate("Confirm", "1 meeting")
        if n == 1
        else QCoreApplication.translate("Confirm", "{n} meetings").format(n=n)
    )


def _attendance(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Confirm", "1 attendance record")
    return QCoreApplication.translate("Confirm", "{n} attendance records").format(n=n)


def _steps(n: int) -> str:
    return (
        QCoreApplication.translate("Confirm", "1 plan step")
        if n == 1
        else QCoreApplication.translate("Confirm", "{n} plan steps").format(n=n)
    )


def sentence(text: str) -> str:
    """A capital first letter: in Dutch the record named comes first ("de groep ...")."""
    return text[:1].upper() + text[1:]


def join(parts: list[str]) -> str:
    """The parts as "a, b and c" in the language of the program."""
    if len(parts) <= 1:
        return "".join(parts)
    return QCoreApplication.translate("Confirm", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )


def what_goes(deleted: Deleted) -> str:
    """The records removed with the main one, counted; the non-zero parts only."""

    def count(table: str) -> int:  # not the record itself
        return deleted.count(table) - (table == deleted.table)

    parts: list[tuple[int, Callable[[int], str]]] = []
    fixed = (
        [QCoreApplication.translate("Confirm", "its question, description and agreed actions")]
        if deleted.table == "case"
        else []
    )
    if deleted.table == "group":
        parts.append((count("meeting"), _meetings))
    parts += [(count("case"), _cases), (count("note"), _notes), (count("learninggoal"), _goals)]
    if deleted.table != "member":  # a member's attendance stays as an anonymous count
        parts.append((count("attendance"), _attendance))
    return join(fixed + [say(n) for n, say in parts if n])


def _until_closed() -> str:
    return QCoreApplication.translate(
        "Confirm", "Ctrl+Z brings it back until you close the program."
    )


def member_question(name: str, deleted: Deleted) -> str:
    what = what_goes(deleted)
    if what:
        text = QCoreApplication.translate(
            "Confirm", "Delete {name} from the program, with {what}?"
        ).format(name=name, what=what)
    else:
        text = QCoreApplication.translate("Confirm", "Delete {name} from the program?").format(
            name=name
        )
    text = sentence(text)
    attended = deleted.unlinked("attendance")
    if attended:
        text += " " + QCoreApplication.translate(
            "Confirm", "Their attendance at {meetings} stays as an anonymous count."
        ).format(meetings=_meetings(attended))
    text += _plan_steps(deleted)
    text += " " + QCoreApplication.translate(
        "Confirm", "End membership keeps everything: {name} leaves the group as of today."
    ).format(name=name)
    return text + " " + _until_closed()


def record_question(thing: str, deleted: Deleted) -> str:
    """For a group, meeting or case: `thing` names it ("the meeting of 4 March")."""
    what = what_goes(deleted)
    if what:
        text = QCoreApplication.translate("Confirm", "Delete {thing} with {what}?").format(
            thing=thing, what=what
        )
    else:
        text = QCoreApplication.translate("Confirm", "Delete {thing}?").format(thing=thing)
    text = sentence(text) + _plan_steps(deleted)
    return text + " " + _until_closed()


def _plan_steps(deleted: Deleted) -> str:
    steps = deleted.unlinked("planitem")
    if not steps:
        return ""
    return " " + QCoreApplication.translate(
        "Confirm", "{steps} in a meeting plan will have no case any more."
    ).format(steps=_steps(steps))


def deleted_message(thing: str, deleted: Deleted) -> str:
    """The status bar after the deletion: what went, and how to undo it."""
    what = what_goes(deleted)
    if what:
        text = QCoreApplication.translate(
            "Confirm", "Deleted {thing} with {what}. Ctrl+Z brings it back."
        )
    else:
        text = QCoreApplication.translate("Confirm", "Deleted {thing}. Ctrl+Z brings it back.")
    return sentence(text.format(thing=thing, what=what))


def ask(parent: QWidget, title: str, question: str, gentler: str = "") -> Answer:
    """Ask with Yes and No (the default, also for Escape), and the gentler way if named."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("confirmDeletion")
    no = box.button(QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(no)
    other = box.addButton(gentler, QMessageBox.ButtonRole.ActionRole) if gentler else None
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is None:
        return Answer.KEEP
    if box.standardButton(clicked) == QMessageBox.StandardButton.Yes:
        return Answer.DELETE
    if other is not None and clicked == other:
        return Answer.GENTLER
    return Answer.KEEP
