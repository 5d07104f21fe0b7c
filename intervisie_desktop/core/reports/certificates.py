"""Certificate data per participant, derived from the yearly summary (no figure computed twice)."""

from __future__ import annotations

from intervisie_desktop.core.reports.model import (
    CellStatus,
    Certificate,
    CertificateMeeting,
    YearSummary,
)

ATTENDED = (CellStatus.PRESENT, CellStatus.PARTIAL)


def build_certificates(
    summary: YearSummary, member_ids: list[int] | None = None, with_goals: bool = True
) -> list[Certificate]:
    """One certificate per member who attended at least once (or per member asked for)."""
    certificates = []
    for row in summary.members:
        if member_ids is not None and row.member_id not in member_ids:
            continue
        attended = [
            CertificateMeeting(
                m.date,
                m.start,
                m.end,
                cell.minutes,
                partial=cell.status == CellStatus.PARTIAL,
                arrived=cell.arrived,
                left=cell.left,
                place=m.place,
                online=m.online,
                methods=m.methods,
                topics=m.topics,
            )
            for m, cell in zip(summary.meetings, row.cells, strict=True)
            if cell.status in ATTENDED
        ]
        if not attended and member_ids is None:
            continue
        certificates.append(
            Certificate(
                member_id=row.member_id,
                full_name=row.full_name,
                register_name=row.register_name,
                registration_number=row.registration_number,
                group_name=summary.group_name,
                context=summary.context,
                year=summary.year,
                facilitator_name=summary.facilitator_name,
                facilitator_register=summary.facilitator_register,
                meetings=tuple(attended),
                minutes=row.minutes,
                points=row.points,
                points_per_hour=summary.options.points_per_hour,
                goals=tuple(g for g in summary.goals if g.member_id == row.member_id)
                if with_goals
                else (),
                register_rules=dict(summary.register_rules).get(row.member_id, ()),
            )
        )
    return certificates
