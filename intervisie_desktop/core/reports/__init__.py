"""Report data as plain values (no Qt): the yearly summary, certificates, attendance lists.

Nothing here carries a case description, question, outcome, agreed action, follow-up text or
note text: the builders never read those columns.
"""

from intervisie_desktop.core.reports.attendance_list import build_attendance_list
from intervisie_desktop.core.reports.certificates import build_certificates
from intervisie_desktop.core.reports.model import (
    AttendanceList,
    AttendanceListRow,
    Cell,
    CellStatus,
    Certificate,
    CertificateMeeting,
    GoalRow,
    MeetingRow,
    MemberRow,
    MethodUse,
    SummaryOptions,
    TimingRow,
    YearSummary,
)
from intervisie_desktop.core.reports.summary import build_summary, years_with_meetings

__all__ = [
    "AttendanceList",
    "AttendanceListRow",
    "Cell",
    "CellStatus",
    "Certificate",
    "CertificateMeeting",
    "GoalRow",
    "MeetingRow",
    "MemberRow",
    "MethodUse",
    "SummaryOptions",
    "TimingRow",
    "YearSummary",
    "build_attendance_list",
    "build_certificates",
    "build_summary",
    "years_with_meetings",
]
