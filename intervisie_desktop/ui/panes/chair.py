"""Who chairs a meeting, on the Meetings tab: the supervisor, a member with the supervisor in the
background, or a member alone; the member is chosen in the "Led by" field beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.core.models import ChairMode, MeetingPurpose


def chair_text(mode: ChairMode) -> str:
    return {
        ChairMode.SUPERVISOR: QCoreApplication.translate("Chair", "the supervisor"),
        ChairMode.MEMBER_SUPERVISED: QCoreApplication.translate(
            "Chair", "a member, the supervisor in the background"
        ),
        ChairMode.MEMBER: QCoreApplication.translate("Chair", "a member alone"),
    }[mode]


def chair_choices() -> list[tuple[str, Any]]:
    return [(chair_text(m), m) for m in ChairMode]


def chair_follows(
    name: str, new: Any, mode: Any, guided: bool, led_by: Any
) -> dict[str, tuple[Any, Any]]:
    """The field that moves along when the chair or the leading member changes: the supervisor
    chairing names no member; a member named while the supervisor chaired chairs instead (with
    the supervisor behind in a guided group); no member named returns the chair to the
    supervisor."""
    if name == "chair_mode" and new == ChairMode.SUPERVISOR and led_by is not None:
        return {"led_by_member_id": (led_by, None)}
    if name == "led_by_member_id" and new is not None and mode == ChairMode.SUPERVISOR:
        member = ChairMode.MEMBER_SUPERVISED if guided else ChairMode.MEMBER
        return {"chair_mode": (mode, member)}
    if name == "led_by_member_id" and new is None and mode != ChairMode.SUPERVISOR:
        return {"chair_mode": (mode, ChairMode.SUPERVISOR)}
    return {}


def purpose_text(purpose: MeetingPurpose) -> str:
    return {
        MeetingPurpose.REGULAR: QCoreApplication.translate("Chair", "a regular meeting"),
        MeetingPurpose.EVALUATION: QCoreApplication.translate("Chair", "evaluation meeting"),
        MeetingPurpose.FOLLOW_UP: QCoreApplication.translate("Chair", "follow-up meeting"),
    }[purpose]


def purpose_choices() -> list[tuple[str, Any]]:
    return [(purpose_text(p), p) for p in MeetingPurpose]


def who_chairs(mode: ChairMode, name: str | None) -> str:
    """ "the supervisor", "Anna Bos, the supervisor in the background", "Anna Bos alone"."""
    if mode == ChairMode.SUPERVISOR or not name:
        return chair_text(ChairMode.SUPERVISOR)
    if mode == ChairMode.MEMBER_SUPERVISED:
        text = QCoreApplication.translate("Chair", "{name}, the supervisor in the background")
    else:
        text = QCoreApplication.translate("Chair", "{name} alone")
    return text.format(name=name)


def setting_text(mode: ChairMode, name: str | None, purpose: MeetingPurpose) -> str:
    """Who chairs, and what the meeting is for unless it is a regular one."""
    text = who_chairs(mode, name)
    if purpose != MeetingPurpose.REGULAR:
        text += " \u00b7 " + purpose_text(purpose)
    return text
