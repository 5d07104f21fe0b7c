"""Members, their memberships in groups (seat order), and their learning goals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, or_, select

from intervisie_desktop.core import labels
from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import Group, LearningGoal, Member, Membership
from intervisie_desktop.core.services.base import EntityService, must_exist

if TYPE_CHECKING:
    from datetime import date

MSG_LEFT_BEFORE_JOINED = QT_TRANSLATE_NOOP(
    "Validation", "The membership cannot end before it starts."
)
MSG_SEAT_TAKEN = QT_TRANSLATE_NOOP("Validation", "Seat {seat} is already taken by {name}.")
MSG_ALREADY_MEMBER = QT_TRANSLATE_NOOP("Validation", "{name} is already a member of this group.")


class MemberService(EntityService[Member]):
    model = Member
    what = "member"
    change = Change.MEMBERS

    def list(self, search: str = "") -> list[Member]:
        search = v.search_text(search)
        stmt = select(Member).order_by(col(Member.full_name))
        if search:
            stmt = stmt.where(col(Member.full_name).ilike(v.like_pattern(search), escape="\\"))
        with self._session() as session:
            return list(session.exec(stmt))

    def _delete_changes(self) -> tuple[Change, ...]:
        return (Change.MEMBERS, Change.ATTENDANCE, Change.CASES, Change.NOTES, Change.GOALS)

    def _check(self, session: Session, obj: Member, is_new: bool) -> None:
        obj.full_name = v.name(obj.full_name, "full_name", labels.FULL_NAME)
        display = v.name(obj.display_name, "display_name", labels.DISPLAY_NAME, required=False)
        obj.display_name = display or obj.full_name.split()[0]
        obj.role = v.name(obj.role, "role", labels.ROLE, required=False)
        obj.email = v.email(obj.email)


def active_on(day: date) -> Any:
    """SQL condition: the membership covers `day`."""
    return (col(Membership.joined_on) <= day) & or_(
        col(Membership.left_on).is_(None), col(Membership.left_on) >= day
    )


class MembershipService(EntityService[Membership]):
    model = Membership
    what = "membership"
    change = Change.MEMBERS

    def add(
        self, group_id: int, member_id: int, joined_on: date, seat: int | None = None
    ) -> OpResult[Membership]:
        """Add a member to a group; without a seat they sit after the last one (after the
        highest seat of a current member: a former member's seat may be in between)."""
        joined_on = v.a_date(joined_on, "joined_on", labels.JOINED)
        if seat is None:
            current = [m.seat for m, _p in self.members_of(group_id) if m.left_on is None]
            seat = max(current, default=0) + 1
        return self.create(group_id=group_id, member_id=member_id, joined_on=joined_on, seat=seat)

    def members_of(self, group_id: int, on: date | None = None) -> list[tuple[Membership, Member]]:
        """Members of a group in seat order; on=None gives every membership, past ones included."""
        group_id = v.record_id(group_id, "group")
        on = v.optional_date(on, "on")
        stmt = (
            select(Membership, Member)
            .join(Member, col(Member.id) == Membership.member_id)
            .where(Membership.group_id == group_id)
            .order_by(
                col(Membership.left_on).is_not(None), col(Membership.seat), col(Member.full_name)
            )
        )
        if on is not None:
            stmt = stmt.where(active_on(on))
        with self._session() as session:
            return [(m, p) for m, p in session.exec(stmt)]

    def groups_of(self, member_id: int) -> list[int]:
        """Ids of the groups a member belongs or belonged to, current memberships first."""
        member_id = v.record_id(member_id, "member")
        stmt = (
            select(Membership.group_id)
            .where(Membership.member_id == member_id)
            .order_by(col(Membership.left_on).is_not(None), col(Membership.joined_on).desc())
        )
        with self._session() as session:
            return list(dict.fromkeys(session.exec(stmt)))

    def is_member(self, session: Session, group_id: int, member_id: int, on: date) -> bool:
        stmt = select(Membership.id).where(
            Membership.group_id == group_id, Membership.member_id == member_id, active_on(on)
        )
        return session.exec(stmt).first() is not None

    def end(self, id_: int, left_on: date) -> OpResult[Membership]:
        return self.update(id_, left_on=left_on)

    def reorder(self, group_id: int, member_ids: list[int], on: date) -> OpChanges:
        """Give the current members seats 1..n in the order given (drag and drop)."""
        group_id = v.record_id(group_id, "group")
        member_ids = v.record_ids(member_ids, "member")
        on = v.a_date(on, "on", labels.DATE)
        with self._session() as session:
            current = {
                m.member_id: m
                for m in session.exec(
                    select(Membership).where(Membership.group_id == group_id, active_on(on))
                )
            }
            order = [mid for mid in member_ids if mid in current]
            order += [mid for mid in current if mid not in order]
            for offset, mid in enumerate(order):  # park first: seats must stay unique
                current[mid].seat = 10_000 + offset
                session.add(current[mid])
            session.flush()
            for seat, mid in enumerate(order, start=1):
                current[mid].seat = seat
                session.add(current[mid])
            session.commit()
        return OpChanges.of(Change.MEMBERS, ids=[(Change.GROUPS, group_id)])

    def _check(self, session: Session, obj: Membership, is_new: bool) -> None:
        obj.joined_on = v.a_date(obj.joined_on, "joined_on", labels.JOINED)
        obj.left_on = v.optional_date(obj.left_on, "left_on", labels.LEFT)
        obj.seat = v.integer(obj.seat, "seat", labels.SEAT, 0, 100_000)
        if obj.left_on is not None and obj.left_on < obj.joined_on:
            raise ValidationError(MSG_LEFT_BEFORE_JOINED, field="left_on")
        must_exist(session, Group, obj.group_id, "group")
        person: Member = must_exist(session, Member, obj.member_id, "member")
        if obj.left_on is not None:
            return
        others = select(Membership).where(
            Membership.group_id == obj.group_id, col(Membership.left_on).is_(None)
        )
        if obj.id is not None:
            others = others.where(Membership.id != obj.id)
        for other in session.exec(others):
            if other.member_id == obj.member_id:
                raise ValidationError(MSG_ALREADY_MEMBER, field="member_id", name=person.full_name)
            if other.seat == obj.seat:
                taken_by: Member = must_exist(session, Member, other.member_id, "member")
                raise ValidationError(
                    MSG_SEAT_TAKEN, field="seat", seat=obj.seat, name=taken_by.full_name
                )


class LearningGoalService(EntityService[LearningGoal]):
    model = LearningGoal
    what = "learning goal"
    change = Change.GOALS

    def for_member(self, member_id: int, year: int | None = None) -> list[LearningGoal]:
        member_id = v.record_id(member_id, "member")
        year = v.optional_year(year)
        stmt = select(LearningGoal).where(LearningGoal.member_id == member_id)
        if year is not None:
            stmt = stmt.where(LearningGoal.year == year)
        with self._session() as session:
            return list(session.exec(stmt.order_by(col(LearningGoal.year), col(LearningGoal.id))))

    def for_year(self, group_id: int, year: int) -> dict[int, str]:
        """Each member's learning goals for the year (this group's or no group's), joined."""
        group_id = v.record_id(group_id, "group")
        year = v.year(year)
        stmt = (
            select(LearningGoal)
            .where(LearningGoal.year == year)
            .where(or_(col(LearningGoal.group_id).is_(None), LearningGoal.group_id == group_id))
            .order_by(col(LearningGoal.id))
        )
        goals: dict[int, list[str]] = {}
        with self._session() as session:
            for goal in session.exec(stmt):
                goals.setdefault(goal.member_id, []).append(goal.goal)
        return {member_id: "; ".join(texts) for member_id, texts in goals.items()}

    def _check(self, session: Session, obj: LearningGoal, is_new: bool) -> None:
        obj.goal = v.text(obj.goal, "goal", labels.GOAL, required=True)
        obj.evaluation = v.long_text(obj.evaluation, "evaluation", labels.EVALUATION)
        obj.year = v.integer(obj.year, "year", labels.YEAR, 1990, 2200)
        obj.in_report = bool(obj.in_report)
        must_exist(session, Member, obj.member_id, "member")
