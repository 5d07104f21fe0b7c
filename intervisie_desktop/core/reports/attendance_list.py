"""The attendance list of one meeting, to print and have signed: names and registers only."""

from __future__ import annotations

from sqlmodel import Session, col, select

from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError
from intervisie_desktop.core.models import Group, Meeting, Member, Membership
from intervisie_desktop.core.registers.fields import registration_fields_in
from intervisie_desktop.core.reports.model import AttendanceList, AttendanceListRow
from intervisie_desktop.core.services.members import active_on


def build_attendance_list(session: Session, meeting_id: int) -> AttendanceList:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(MSG_NOT_FOUND, what="meeting", id=meeting_id)
    group = session.get(Group, meeting.group_id)
    assert group is not None
    people = session.exec(
        select(Member)
        .join(Membership, col(Membership.member_id) == Member.id)
        .where(Membership.group_id == meeting.group_id, active_on(meeting.date))
        .order_by(col(Membership.seat), col(Member.full_name))
    ).all()
    leader = group.facilitator_name
    if meeting.led_by_member_id is not None:
        person = session.get(Member, meeting.led_by_member_id)
        leader = person.full_name if person else ""
    regs = registration_fields_in(session, [p.id for p in people if p.id is not None])
    return AttendanceList(
        group_name=group.name,
        context=group.context,
        facilitator_name=group.facilitator_name,
        facilitator_register=group.facilitator_register,
        meeting_id=meeting_id,
        date=meeting.date,
        start=meeting.planned_start,
        end=meeting.planned_end,
        place=meeting.location,
        online=meeting.online,
        theme=meeting.theme,
        led_by=leader,
        rows=tuple(
            AttendanceListRow(n, p.full_name, *regs.get(p.id or 0, ("", "")), p.id or 0)
            for n, p in enumerate(people, start=1)
        ),
    )
