"""A member's registrations (register and number pairs), the register files with the
supervisor's values for unsourced rules, who meets the rules, and portal lists."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, func, select

from intervisie_desktop.core import labels
from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import Member, Registration
from intervisie_desktop.core.registers import portal
from intervisie_desktop.core.registers.catalogue import Register, load_registers
from intervisie_desktop.core.registers.numbers import (
    SAME_NUMBER,
    NumberWarning,
    check_number,
    normalised,
)
from intervisie_desktop.core.registers.rules import RegisterStatus, statuses
from intervisie_desktop.core.services.base import EntityService, must_exist
from intervisie_desktop.core.services.settings import SettingsService

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.db.database import Database

MSG_BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "Validation", "A registration number cannot hold a semicolon, comma or quotation mark."
)
MSG_TWICE = QT_TRANSLATE_NOOP("Validation", "This member already has this {register} number.")
MSG_NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "Validation", "This rule comes from the register's own text and cannot be changed here."
)
MSG_BAD_RULE_VALUE = QT_TRANSLATE_NOOP("Validation", "{label} must be a number from 0 to 1000.")
RULE_VALUE = QT_TRANSLATE_NOOP("Field", "Rule value")

#: Setting that holds the supervisor's values: {register key: {rule key: value}}.
RULES_SETTING = "register_rules"


class RegistrationService(EntityService[Registration]):
    model = Registration
    what = "registration"
    change = Change.MEMBERS

    def for_member(self, member_id: int) -> list[Registration]:
        member_id = v.record_id(member_id, "member")
        stmt = (
            select(Registration)
            .where(Registration.member_id == member_id)
            .order_by(col(Registration.position), col(Registration.id))
        )
        with self._session() as session:
            return list(session.exec(stmt))

    def of_members(self, member_ids: list[int]) -> dict[int, list[Registration]]:
        stmt = (
            select(Registration)
            .where(col(Registration.member_id).in_(v.record_ids(member_ids, "member")))
            .order_by(col(Registration.position), col(Registration.id))
        )
        found: dict[int, list[Registration]] = {m: [] for m in member_ids}
        with self._session() as session:
            for row in session.exec(stmt):
                found.setdefault(row.member_id, []).append(row)
        return found

    def add(self, member_id: int, register: str, number: str = "") -> OpResult[Registration]:
        """A registration after the member's last one."""
        member_id = v.record_id(member_id, "member")
        with self._session() as session:
            last = session.exec(
                select(func.max(Registration.position)).where(Registration.member_id == member_id)
            ).one()
        position = 0 if last is None else int(last) + 1
        return self.create(
            member_id=member_id, register_key=register, number=number, position=position
        )

    def _check(self, session: Session, obj: Registration, is_new: bool) -> None:
        obj.register_key = v.name(obj.register_key, "register_key", labels.REGISTER)
        number = v.name(obj.number, "number", labels.REGISTRATION_NUMBER, required=False)
        if any(c in number for c in ';,"'):
            raise ValidationError(MSG_BAD_CHARACTER, field="number")
        obj.number = normalised(number)
        obj.position = v.integer(obj.position, "position", labels.SEAT, 0, 100_000)
        must_exist(session, Member, obj.member_id, "member")
        twin = select(Registration.id).where(
            Registration.member_id == obj.member_id,
            Registration.register_key == obj.register_key,
            Registration.number == obj.number,
        )
        if obj.id is not None:
            twin = twin.where(Registration.id != obj.id)
        if session.exec(twin).first() is not None:
            raise ValidationError(MSG_TWICE, field="number", register=obj.register_key)


class RegisterService:
    """The register files as the supervisor has them (unsourced values changed), and what is
    derived from registrations: number warnings, rule verdicts, portal lists."""

    def __init__(self, db: Database, registers_dir: Path) -> None:
        self.db = db
        self.folder = registers_dir
        self.settings = SettingsService(db)

    def registers(self) -> tuple[Register, ...]:
        overrides = self.settings.get(RULES_SETTING, {})
        return load_registers(self.folder, overrides if isinstance(overrides, dict) else {})

    def register(self, key: str) -> Register | None:
        key = v.name(key, "register_key", labels.REGISTER, required=False)
        return next((r for r in self.registers() if r.key == key), None)

    def set_rule_value(self, register_key: str, rule_key: str, value: Any) -> OpChanges:
        """The supervisor's value for an unsourced rule; a sourced rule is refused."""
        register = self.register(register_key)
        rule = next((r for r in register.rules if r.key == rule_key), None) if register else None
        if rule is None or not rule.unsourced:
            raise ValidationError(MSG_NOT_EDITABLE, field="value")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1000:
            raise ValidationError(MSG_BAD_RULE_VALUE, field="value", label=RULE_VALUE)
        overrides = self.settings.get(RULES_SETTING, {})
        overrides = overrides if isinstance(overrides, dict) else {}
        overrides.setdefault(register_key, {})[rule_key] = value
        return self.settings.set(RULES_SETTING, overrides)

    def warnings(
        self, register_key: str, number: str, member_id: int | None = None
    ) -> list[NumberWarning]:
        """What is odd about a number, and whether another member has the same one."""
        register_key = v.name(register_key, "register_key", labels.REGISTER, required=False)
        number = v.name(number, "number", labels.REGISTRATION_NUMBER, required=False)
        member_id = None if member_id is None else v.record_id(member_id, "member")
        found = check_number(self.register(register_key), register_key, number)
        text = normalised(number)
        if text:
            stmt = (
                select(Member.full_name)
                .join(Registration, col(Registration.member_id) == Member.id)
                .where(Registration.register_key == register_key, Registration.number == text)
            )
            if member_id is not None:
                stmt = stmt.where(Registration.member_id != member_id)
            with self.db.session() as session:
                for name in session.exec(stmt):
                    args = {"name": name, "register": register_key}
                    found.append(NumberWarning(SAME_NUMBER, args))
        return found

    def statuses(
        self, member_ids: list[int], year: int, today: date | None = None
    ) -> dict[int, list[RegisterStatus]]:
        year = v.integer(year, "year", labels.YEAR, 1990, 2200)  # periods reach 10 years back
        with self.db.session() as session:
            return statuses(
                session,
                v.record_ids(member_ids, "member"),
                year,
                self.registers(),
                today or date.today(),
            )

    def meeting_list(self, meeting_id: int, register: str) -> portal.PortalList | None:
        register = v.name(register, "register_key", labels.REGISTER)
        with self.db.session() as session:
            return portal.meeting_list(session, v.record_id(meeting_id, "meeting"), register)

    def year_lists(self, group_id: int, year: int, register: str) -> list[portal.PortalList]:
        register = v.name(register, "register_key", labels.REGISTER)
        with self.db.session() as session:
            return portal.year_lists(
                session, v.record_id(group_id, "group"), v.year(year), register
            )

    def registers_present(self, meeting_ids: list[int]) -> list[str]:
        with self.db.session() as session:
            return portal.registers_present(session, v.record_ids(meeting_ids, "meeting"))
