"""Cases brought to meetings, their follow-up, and who is due to bring one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, or_, select

from intervisie_desktop.core import labels
from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges, OpResult
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
from intervisie_desktop.core.names import distinct_names
from intervisie_desktop.core.services.base import EntityService, must_exist
from intervisie_desktop.core.services.guard import MSG_WRONG_KIND, check_value
from intervisie_desktop.core.services.meetings import MSG_NOT_MEMBER, is_member_on
from intervisie_desktop.core.services.members import active_on

MSG_NOT_FOLLOWED_HERE = QT_TRANSLATE_NOOP(
    "Validation", "A case can only be followed up at a later meeting of its own group."
)
MSG_NO_ACTIONS = QT_TRANSLATE_NOOP("Validation", "Nothing was agreed for this case to follow up.")
STILL_OPEN = (FollowUpStatus.OPEN, FollowUpStatus.CARRIED)
MARKS = (FollowUpStatus.OPEN, FollowUpStatus.DONE, FollowUpStatus.CARRIED, FollowUpStatus.DROPPED)

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
class OpenAction:
    """One case's agreed actions as the follow-up step of a later meeting lists them."""

    case_id: int
    topic: str
    actions: str
    brought_on: date
    status: FollowUpStatus  # OPEN or CARRIED still to do; anything else was marked here


@dataclass(frozen=True)
class BringerActions:
    """The open actions of one case bringer, under the name the group knows them by."""

    member_id: int | None
    name: str
    actions: tuple[OpenAction, ...]


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
            .where(Meeting.group_id == group_id, col(Case.follow_up_status).in_(STILL_OPEN))
            .order_by(col(Meeting.date), col(Case.id))
        )
        if before is not None:
            stmt = stmt.where(Meeting.date < before)
        with self._session() as session:
            return [(c, m) for c, m in session.exec(stmt)]

    def create(self, **fields: Any) -> OpResult[Case]:
        """Actions agreed from the start are open to follow up."""
        if "follow_up_status" not in fields and str(fields.get("agreed_actions") or "").strip():
            fields["follow_up_status"] = FollowUpStatus.OPEN
        return super().create(**fields)

    def update(self, id_: int, **fields: Any) -> OpResult[Case]:
        """Editing the agreed actions moves the follow-up along unless it is set as well."""
        if "agreed_actions" in fields and "follow_up_status" not in fields:
            old = self.get(id_)
            new = fields["agreed_actions"]
            fields["follow_up_status"] = follow_up_after(
                old.agreed_actions, new if isinstance(new, str) else "", old.follow_up_status
            )
        return super().update(id_, **fields)

    def open_actions(self, meeting_id: int) -> list[BringerActions]:
        """What the follow-up step of a meeting goes through: the open (or carried) actions of
        cases from earlier meetings of its group, and those already marked at this meeting,
        by case bringer in the order they first brought one."""
        meeting_id = v.record_id(meeting_id, "meeting")
        with self._session() as session:
            meeting: Meeting = must_exist(session, Meeting, meeting_id, "meeting")
            stmt = (
                select(Case, Meeting)
                .join(Meeting, col(Meeting.id) == Case.meeting_id)
                .where(Meeting.group_id == meeting.group_id, Meeting.date < meeting.date)
                .where(
                    or_(
                        col(Case.follow_up_status).in_(STILL_OPEN),
                        Case.follow_up_meeting_id == meeting_id,
                    )
                )
                .order_by(col(Meeting.date), col(Case.id))
            )
            rows = list(session.exec(stmt))
            ids = {c.bringer_id for c, _m in rows if c.bringer_id is not None}
            members = session.exec(select(Member).where(col(Member.id).in_(ids))).all()
        names = dict(
            zip(
                [m.id for m in members],
                distinct_names([(m.display_name, m.full_name) for m in members]),
                strict=True,
            )
        )
        grouped: dict[int | None, list[OpenAction]] = {}
        for case, brought in rows:
            grouped.setdefault(case.bringer_id, []).append(
                OpenAction(
                    case.id or 0,
                    case.topic,
                    case.agreed_actions,
                    brought.date,
                    case.follow_up_status,
                )
            )
        return [
            BringerActions(member_id, names.get(member_id, "") if member_id else "", tuple(items))
            for member_id, items in grouped.items()
        ]

    def mark_follow_up(self, case_id: int, status: Any, meeting_id: int) -> OpChanges:
        """Mark a case's agreed actions at a later meeting: done, carried over to the next
        meeting, dropped, or open again (a mark taken back)."""
        case_id = v.record_id(case_id, "case")
        meeting_id = v.record_id(meeting_id, "meeting")
        check_value(Case, "follow_up_status", status)
        mark = FollowUpStatus(status)
        if mark not in MARKS:
            raise ValidationError(MSG_WRONG_KIND, field="follow_up_status", name="follow_up_status")
        with self._session() as session:
            case = self._load(session, case_id)
            here: Meeting = must_exist(session, Meeting, meeting_id, "meeting")
            brought: Meeting = must_exist(session, Meeting, case.meeting_id, "meeting")
            if here.group_id != brought.group_id or here.date <= brought.date:
                raise ValidationError(MSG_NOT_FOLLOWED_HERE, field="follow_up_meeting_id")
            if not case.agreed_actions.strip():
                raise ValidationError(MSG_NO_ACTIONS, field="follow_up_status")
            case.follow_up_status = mark
            case.follow_up_meeting_id = None if mark == FollowUpStatus.OPEN else meeting_id
            session.add(case)
            session.commit()
        return OpChanges.of(self.change, ids=[(self.change, case_id)])

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
