"""Who chairs a meeting, on the Meetings tab: the supervisor, a member with the supervisor in the
background, or a member alone; the member is chosen in the "Led by" field beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.core.models import ChairMode


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
