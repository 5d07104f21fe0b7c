"""Cases brought to meetings, their follow-up, and who is due to bring one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from intervisie_desktop.core import labels
from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Case,
    FollowUpStatus,
    Meeting,
    Member,
    Membership,
)
from intervisie_desktop.core.services.base import EntityService, must_exist
from intervisie_desktop.core.services.meetings import MSG_NOT_MEMBER, is_member_on
from intervisie_desktop.core.services.members import active_on

MSG_BRINGER_ABSENT = QT_TRANSLATE_NOOP(
    "Validation", "{name} was not present at this meeting and cannot have brought a case."
)


def follow_up_after(old_actions: str, new_actions: str, status: FollowUpStatus) -> FollowUpStatus:
    """The follow-up once the agreed actions were edited: actions typed where nothing was agreed
    are open to follow up; all actions taken out of an open case leave nothing agreed. A case
    already done or dropped keeps that."""
    had, has = bool(old_actions.strip()), bool(new_actions.strip())
    if has and status == FollowUpStatus.NONE:
        return FollowUpStatus.OPEN
    if had and not has and status == FollowUpStatus.OPEN:
        return FollowUpStatus.NONE
    return status


@dataclass(frozen=True)
class RotationRow:
    """How long ago a current member last brought a case."""

    member: Member
    cases: int
    last_date: date | None


class CaseService(EntityService[Case]):
    model = Case
    what = "case"
    change = Change.CASES

    def for_meeting(self, meeting_id: int) -> list[Case]:
        meeting_id = v.record_id(meeting_id, "meeting")
        with self._session() as session:
            return list(
                session.exec(
                    select(Case).where(Case.meeting_id == meeting_id).order_by(col(Case.id))
                )
            )

    def for_group(self, group_id: int) -> list[tuple[Case, Meeting]]:
        """All cases of a group with their meeting, newest meeting first."""
        group_id = v.record_id(group_id, "group")
        stmt = (
            select(Case, Meeting)
            .join(Meeting, col(Meeting.id) == Case.meeting_id)
            .where(Meeting.group_id == group_id)
            .order_by(col(Meeting.date).desc(), col(Case.id))
        )
        with self._session() as session:
            return [(c, m) for c, m in session.exec(stmt)]

    def open_follow_ups(
        self, group_id: int, before: date | None = None
    ) -> list[tuple[Case, Meeting]]:
        """Cases whose agreed actions still wait for follow-up, oldest first."""
        group_id = v.record_id(group_id, "group")
        before = v.optional_date(before, "before")
        stmt = (
            select(Case, Meeting)
            .join(Meeting, col(Meeting.id) == Case.meeting_id)
            .where(Meeting.group_id == group_id, Case.follow_up_status == FollowUpStatus.OPEN)
            .order_by(col(Meeting.date), col(Case.id))
        )
        if before is not None:
            stmt = stmt.where(Meeting.date < before)
        with self._session() as session:
            return [(c, m) for c, m in session.exec(stmt)]

    def rotation(self, group_id: int, on: date | None = None) -> list[RotationRow]:
        """Current members, those who have not brought a case for longest first."""
        group_id = v.record_id(group_id, "group")
        on = v.optional_date(on, "on") or date.today()
        with self._session() as session:
            members = session.exec(
                select(Member)
                .join(Membership, col(Membership.member_id) == Member.id)
                .where(Membership.group_id == group_id, active_on(on))
                .order_by(col(Membership.seat))
            ).all()
            rows = []
            for member in members:
                dates: list[date] = list(
                    session.exec(
                        select(col(Meeting.date))
                        .join(Case, col(Case.meeting_id) == Meeting.id)
                        .where(Meeting.group_id == group_id, Case.bringer_id == member.id)
                    ).all()
                )
                rows.append(RotationRow(member, len(dates), max(dates) if dates else None))
        rows.sort(key=lambda r: (r.last_date is not None, r.last_date or date.min, r.cases))
        return rows

    def _check(self, session: Session, obj: Case, is_new: bool) -> None:
        meeting: Meeting = must_exist(session, Meeting, obj.meeting_id, "meeting")
        obj.topic = v.name(obj.topic, "topic", labels.TOPIC)
        obj.question = v.text(obj.question, "question", labels.QUESTION)
        obj.description = v.long_text(obj.description, "description", labels.DESCRIPTION)
        obj.outcome = v.long_text(obj.outcome, "outcome", labels.OUTCOME)
        obj.agreed_actions = v.long_text(obj.agreed_actions, "agreed_actions", labels.ACTIONS)
        obj.follow_up_text = v.long_text(obj.follow_up_text, "follow_up_text", labels.FOLLOW_UP)
        obj.follow_up_status = FollowUpStatus(obj.follow_up_status)
        obj.show_question = bool(obj.show_question)
        obj.actions_shareable = bool(obj.actions_shareable)
        obj.method_key = v.name(obj.method_key, "method_key", "Method", required=False)
        if obj.bringer_id is None:
            return
        person: Member = must_exist(session, Member, obj.bringer_id, "member")
        if not is_member_on(session, meeting.group_id, obj.bringer_id, meeting.date):
            raise ValidationError(
                MSG_NOT_MEMBER,
                field="bringer_id",
                name=person.full_name,
                date=meeting.date.isoformat(),
            )
        status = session.exec(
            select(Attendance.status).where(
                Attendance.meeting_id == meeting.id, Attendance.member_id == obj.bringer_id
            )
        ).first()
        if status is not None and status != AttendanceStatus.PRESENT:
            raise ValidationError(MSG_BRINGER_ABSENT, field="bringer_id", name=person.full_name)
