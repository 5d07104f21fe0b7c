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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Confirm", text)


class Answer(Enum):
    KEEP = "keep"
    DELETE = "delete"
    GENTLER = "gentler"  # for a member: end the membership instead


def _cases(n: int) -> str:
    return _tr("1 case") if n == 1 else _tr("{n} cases").format(n=n)


def _notes(n: int) -> str:
    return _tr("1 note") if n == 1 else _tr("{n} notes").format(n=n)


def _goals(n: int) -> str:
    return _tr("1 learning goal") if n == 1 else _tr("{n} learning goals").format(n=n)


def _meetings(n: int) -> str:
    return _tr("1 meeting") if n == 1 else _tr("{n} meetings").format(n=n)


def _attendance(n: int) -> str:
    if n == 1:
        return _tr("1 attendance record")
    return _tr("{n} attendance records").format(n=n)


def _steps(n: int) -> str:
    return _tr("1 plan step") if n == 1 else _tr("{n} plan steps").format(n=n)


def join(parts: list[str]) -> str:
    """The parts as "a, b and c" in the language of the program."""
    if len(parts) <= 1:
        return "".join(parts)
    return _tr("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def what_goes(deleted: Deleted) -> str:
    """The records removed with the main one, counted; the non-zero parts only."""

    def count(table: str) -> int:  # not the record itself
        return deleted.count(table) - (table == deleted.table)

    parts: list[tuple[int, Callable[[int], str]]] = []
    fixed = [_tr("its question, description and agreed actions")] if deleted.table == "case" else []
    if deleted.table == "group":
        parts.append((count("meeting"), _meetings))
    parts += [(count("case"), _cases), (count("note"), _notes), (count("learninggoal"), _goals)]
    if deleted.table != "member":  # a member's attendance stays as an anonymous count
        parts.append((count("attendance"), _attendance))
    return join(fixed + [say(n) for n, say in parts if n])


def member_question(name: str, deleted: Deleted) -> str:
    what = what_goes(deleted)
    if what:
        text = _tr("Delete {name} from the program, with {what}?").format(name=name, what=what)
    else:
        text = _tr("Delete {name} from the program?").format(name=name)
    attended = deleted.unlinked("attendance")
    if attended:
        text += " " + _tr("Their attendance at {meetings} stays as an anonymous count.").format(
            meetings=_meetings(attended)
        )
    text += _plan_steps(deleted)
    text += " " + _tr(
        "End membership keeps everything: {name} leaves the group as of today."
    ).format(name=name)
    return text + " " + _tr("Ctrl+Z brings it back until you close the program.")


def record_question(thing: str, deleted: Deleted) -> str:
    """For a group, meeting or case: `thing` names it ("the meeting of 4 March")."""
    what = what_goes(deleted)
    if what:
        text = _tr("Delete {thing} with {what}?").format(thing=thing, what=what)
    else:
        text = _tr("Delete {thing}?").format(thing=thing)
    text += _plan_steps(deleted)
    return text + " " + _tr("Ctrl+Z brings it back until you close the program.")


def _plan_steps(deleted: Deleted) -> str:
    steps = deleted.unlinked("planitem")
    if not steps:
        return ""
    return " " + _tr("{steps} in a meeting plan will have no case any more.").format(
        steps=_steps(steps)
    )


def deleted_message(thing: str, deleted: Deleted) -> str:
    """The status bar after the deletion: what went, and how to undo it."""
    what = what_goes(deleted)
    if what:
        text = _tr("Deleted {thing} with {what}. Ctrl+Z brings it back.")
    else:
        text = _tr("Deleted {thing}. Ctrl+Z brings it back.")
    return text.format(thing=thing, what=what)


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
