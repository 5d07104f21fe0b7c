"""The domain model as SQLModel tables; importing this package registers every table."""

from intervisie_desktop.core.models.cases import Case, FollowUpStatus
from intervisie_desktop.core.models.groups import Group, LearningGoal, Member, Membership
from intervisie_desktop.core.models.learning import (
    ChairMode,
    EvaluationItem,
    EvaluationScore,
    MeetingPurpose,
    SafetyCheck,
    SafetyTally,
)
from intervisie_desktop.core.models.meetings import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingStatus,
    PlanItem,
)
from intervisie_desktop.core.models.methods import Method, Phase, SpeakerMode
from intervisie_desktop.core.models.notes import Note
from intervisie_desktop.core.models.registrations import Registration
from intervisie_desktop.core.models.sessions import SessionEvent, SessionRun
from intervisie_desktop.core.models.settings import Setting

__all__ = [
    "Attendance",
    "AttendanceStatus",
    "Case",
    "ChairMode",
    "EvaluationItem",
    "EvaluationScore",
    "FollowUpStatus",
    "Group",
    "LearningGoal",
    "Meeting",
    "MeetingPurpose",
    "MeetingStatus",
    "Member",
    "Membership",
    "Method",
    "Note",
    "Phase",
    "PlanItem",
    "Registration",
    "SafetyCheck",
    "SafetyTally",
    "SessionEvent",
    "SessionRun",
    "Setting",
    "SpeakerMode",
]
