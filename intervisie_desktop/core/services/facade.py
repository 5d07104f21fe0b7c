"""One object that hands out every service on one open database (Anki's collection idea)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.security.encryption import ProtectionService
from intervisie_desktop.core.services.cases import CaseService
from intervisie_desktop.core.services.chairs import ChairService
from intervisie_desktop.core.services.deletions import DeletionService
from intervisie_desktop.core.services.erasure import ErasureService
from intervisie_desktop.core.services.groups import GroupService
from intervisie_desktop.core.services.learning import EvaluationService, SafetyCheckService
from intervisie_desktop.core.services.meetings import AttendanceService, MeetingService
from intervisie_desktop.core.services.members import (
    LearningGoalService,
    MemberService,
    MembershipService,
)
from intervisie_desktop.core.services.methods import MethodService
from intervisie_desktop.core.services.notes import NoteService
from intervisie_desktop.core.services.plans import PlanService
from intervisie_desktop.core.services.registrations import RegisterService, RegistrationService
from intervisie_desktop.core.services.search import SearchService
from intervisie_desktop.core.services.sessions import SessionService
from intervisie_desktop.core.services.settings import SettingsService

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.db.database import Database
    from intervisie_desktop.core.session.plan import MethodResolver


class Services:
    def __init__(
        self,
        db: Database,
        methods_dir: Path,  # the built-in method files (paths.methods_dir())
        resolve_method: MethodResolver | None = None,  # default: the method library's get
        registers_dir: Path | None = None,  # default: resources/registers beside the methods
    ) -> None:
        self.db = db
        self.groups = GroupService(db)
        self.members = MemberService(db)
        self.memberships = MembershipService(db)
        self.goals = LearningGoalService(db)
        self.registrations = RegistrationService(db)
        self.registers = RegisterService(db, registers_dir or methods_dir.parent / "registers")
        self.meetings = MeetingService(db)
        self.attendance = AttendanceService(db)
        self.cases = CaseService(db)
        self.chairs = ChairService(db)
        self.evaluations = EvaluationService(db)
        self.safety_checks = SafetyCheckService(db)
        self.notes = NoteService(db)
        self.settings = SettingsService(db)
        self.methods = MethodService(db, methods_dir)
        self.plans = PlanService(db, resolve_method or self.methods.get)
        self.sessions = SessionService(db, self.plans)
        self.deletions = DeletionService(db)
        self.search = SearchService(db)
        self.erasure = ErasureService(db)
        self.protection = ProtectionService(db)
        self.backups = BackupService(db)

    def close(self) -> None:
        self.db.close()
