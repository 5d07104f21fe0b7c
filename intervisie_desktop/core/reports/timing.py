"""Planned versus actual time for the chart of the yearly summary.

`phase_timing(lang)` sums the session runs of the year per method and phase (what the exports
use); `meeting_timing` gives one row per meeting (planned length against the recorded length).
Either is passed as `timing` to `build_summary`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.models import Meeting, SessionRun
from intervisie_desktop.core.reports.model import MethodName, TimingRow
from intervisie_desktop.core.session.report import RowKind, planned_vs_actual
from intervisie_desktop.core.stats import meeting_minutes

if TYPE_CHECKING:
    from intervisie_desktop.core.methods.model import MethodDef

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
                meeting_ids=(meeting.id,) if recorded and meeting.id is not None else (),
            )
        )
    return rows


PHASE_SEPARATOR = " \u00b7 "


def phase_timing(lang: str) -> TimingSource:
    """One row per method and phase, summed over the meetings whose session run finished.

    Labels are "method · phase" in `lang`, from the plan as frozen when the run started (so a
    method renamed or deleted since still reads as it was used). Rows keep the order in which
    they first occur in the year (meeting date, then plan order). Meetings without a finished
    run contribute nothing; when none has one the result is empty.
    """

    def source(session: Session, meetings: Sequence[Meeting]) -> list[TimingRow]:
        ids = [m.id for m in meetings if m.id is not None]
        finished = set(
            session.exec(
                select(SessionRun.meeting_id)
                .where(col(SessionRun.meeting_id).in_(ids))
                .where(SessionRun.finished == True)  # noqa: E712 - SQL comparison
            )
        )
        sums: dict[str, list[float]] = {}
        used: dict[str, list[int]] = {}
        for meeting_id in ids:  # meetings come in date order
            if meeting_id not in finished:
                continue
            method = ""
            for row in planned_vs_actual(session, meeting_id):
                if row.kind == RowKind.STEP:
                    method = row.label.get(lang)
                elif row.kind == RowKind.PHASE:
                    label = f"{method}{PHASE_SEPARATOR}{row.label.get(lang)}"
                    acc = sums.setdefault(label, [0.0, 0.0])
                    acc[0] += row.planned
                    acc[1] += row.actual
                    if meeting_id not in used.setdefault(label, []):
                        used[label].append(meeting_id)
        return [
            TimingRow(label, planned / 60, actual / 60, tuple(used[label]))
            for label, (planned, actual) in sums.items()
        ]

    return source


def library_names(get: Callable[[str], MethodDef]) -> MethodName:
    """A method's name in the export language from the method library (`services.methods.get`),
    remembered per key; the key itself when the library does not know it."""
    known: dict[str, MethodDef | None] = {}

    def name(key: str, lang: str) -> str:
        if key not in known:
            try:
                known[key] = get(key)
            except IntervisieError:
                known[key] = None
        method = known[key]
        return (method.name.get(lang) if method is not None else "") or key

    return name
