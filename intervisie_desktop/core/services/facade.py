"""One object that hands out every service on one open database (Anki's collection idea)."""

from __future__ import annotations

from pathlib import Path

from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.changes import ChangeHub
from intervisie_desktop.core.db.database import Database
from intervisie_desktop.core.security.encryption import ProtectionService
from intervisie_desktop.core.services.cases import CaseService
from intervisie_desktop.core.services.deletions import DeletionService
from intervisie_desktop.core.services.erasure import ErasureService
from intervisie_desktop.core.services.groups import GroupService
from intervisie_desktop.core.services.meetings import AttendanceService, MeetingService
from intervisie_desktop.core.services.members import (
    LearningGoalService,
    MemberService,
    MembershipService,
)
from intervisie_desktop.core.services.methods import MethodService
from intervisie_desktop.core.services.notes import NoteService
from intervisie_desktop.core.services.plans import PlanService
from intervisie_desktop.core.services.search import SearchService
from intervisie_desktop.core.services.sessions import SessionService
from intervisie_desktop.core.services.settings import SettingsService
from intervisie_desktop.core.session.plan import MethodResolver


class Services:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub | None = None,
        methods_dir: Path | None = None,
        resolve_method: MethodResolver | None = None,  # default: the method library's get
    ) -> None:
        self.db = db
        self.hub = hub or ChangeHub()
        self.groups = GroupService(db, self.hub)
        self.members = MemberService(db, self.hub)
        self.memberships = MembershipService(db, self.hub)
        self.goals = LearningGoalService(db, self.hub)
        self.meetings = MeetingService(db, self.hub)
        self.attendance = AttendanceService(db, self.hub)
        self.cases = CaseService(db, self.hub)
        self.notes = NoteService(db, self.hub)
        self.settings = SettingsService(db, self.hub)
        self.methods = MethodService(db, self.hub, methods_dir)
        self.plans = PlanService(db, self.hub, resolve_method or self.methods.get)
        self.sessions = SessionService(db, self.hub, self.plans)
        self.deletions = DeletionService(db, self.hub)
        self.search = SearchService(db)
        self.erasure = ErasureService(db, self.hub)
        self.protection = ProtectionService(db, self.hub)
        self.backups = BackupService(db)

    def close(self) -> None:
        self.db.close()
