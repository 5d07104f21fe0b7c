"""Planned versus actual time for the chart of the yearly summary.

Today the rows are whole meetings (planned length against the recorded session length). Once the
session log yields per-phase timings, a `TimingSource` that returns one row per phase replaces
`meeting_timing` (pass it as `timing` to `build_summary`); nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlmodel import Session

from intervisie_desktop.core.models import Meeting
from intervisie_desktop.core.reports.model import TimingRow
from intervisie_desktop.core.stats import meeting_minutes

TimingSource = Callable[[Session, Sequence[Meeting]], list[TimingRow]]


def planned_minutes(meeting: Meeting) -> int:
    start = datetime.combine(meeting.date, meeting.planned_start)
    end = datetime.combine(meeting.date, meeting.planned_end)
    return max(0, round((end - start).total_seconds() / 60))


def meeting_timing(session: Session, meetings: Sequence[Meeting]) -> list[TimingRow]:
    """One row per meeting, labelled day-month; no actual length until a session recorded it."""
    rows = []
    for meeting in meetings:
        recorded = meeting.actual_start is not None and meeting.actual_end is not None
        rows.append(
            TimingRow(
                label=f"{meeting.date:%d-%m}",
                planned_minutes=planned_minutes(meeting),
                actual_minutes=meeting_minutes(meeting) if recorded else None,
            )
        )
    return rows
