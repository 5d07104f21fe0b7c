"""Jobs for what the group itself gets: the minutes of a meeting (PDF or text), the method
cards and the case-preparation forms. Prepared on the GUI (or main) thread, run anywhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.methods.model import MethodKind
from intervisie_desktop.core.output_files import write_file_atomically
from intervisie_desktop.core.reports.method_kit import MEETING_BLOCKS, group_method_keys
from intervisie_desktop.core.reports.minutes import Minutes, build_minutes
from intervisie_desktop.core.reports.timing import library_names
from intervisie_desktop.export.case_prep_pdf import render_case_prep
from intervisie_desktop.export.jobs import ExportResult
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.method_cards_pdf import MethodKit, render_method_cards
from intervisie_desktop.export.minutes_pdf import render_minutes
from intervisie_desktop.export.minutes_text import minutes_text

if TYPE_CHECKING:
    from intervisie_desktop.core.methods.model import MethodDef
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.export.pdf import Progress

#: Rounds on a card are timed for this many people when the group has no current members.
DEFAULT_GROUP_SIZE = 6


@dataclass
class MinutesJob:
    minutes: Minutes
    path: Path
    lang: str

    @property
    def as_text(self) -> bool:
        return self.path.suffix.lower() == ".txt"

    def text(self) -> str:
        return minutes_text(self.minutes, ExportLanguage(self.lang))

    def run(self, progress: Progress | None = None) -> ExportResult:
        if self.as_text:
            write_file_atomically(self.path, self.text().encode("utf-8"))
            return ExportResult([self.path], rows=len(self.minutes.actions))
        pages = render_minutes(self.minutes, self.path, self.lang, progress)
        return ExportResult([self.path], pages=pages)


@dataclass
class MethodCardsJob:
    kit: MethodKit
    path: Path
    lang: str
    paper: str = "a4"

    def run(self, progress: Progress | None = None) -> ExportResult:
        pages = render_method_cards(self.kit, self.path, self.lang, self.paper, progress)
        return ExportResult([self.path], pages=pages)


@dataclass
class CasePrepJob:
    methods: list[MethodDef]
    path: Path
    lang: str
    paper: str = "a4"
    group_name: str = ""

    def run(self, progress: Progress | None = None) -> ExportResult:
        pages = render_case_prep(
            self.methods, self.path, self.lang, self.paper, self.group_name, progress
        )
        return ExportResult([self.path], pages=pages)


def prepare_minutes(
    services: Services, meeting_id: int, path: Path, lang: str, airtime: bool = False
) -> MinutesJob:
    """`airtime`: the speaking time per round goes in too (off unless the supervisor asks)."""
    names = library_names(services.methods.get)
    with services.db.session() as session:
        data = build_minutes(session, meeting_id, lang, names, with_airtime=airtime)
    return MinutesJob(data, Path(path), lang)


def group_methods(services: Services, group_id: int) -> list[MethodDef]:
    """The methods the group uses that the library still knows (a deleted copy stays
    readable); none used yet: the first method of the library."""
    with services.db.session() as session:
        keys = group_method_keys(session, group_id)
    methods = []
    for key in keys:
        try:
            methods.append(services.methods.get(key))
        except IntervisieError:
            continue
    return methods or services.methods.list(MethodKind.METHOD)[:1]


def prepare_method_cards(
    services: Services, group_id: int, path: Path, lang: str, paper: str = "a4"
) -> MethodCardsJob:
    group = services.groups.get(group_id)
    today = date.today()
    size = len(services.memberships.members_of(group_id, on=today)) or DEFAULT_GROUP_SIZE
    blocks = tuple(services.methods.get(key) for key in MEETING_BLOCKS)
    kit = MethodKit(
        group.name,
        group.facilitator_name,
        size,
        group.ground_rules,
        blocks,
        tuple(group_methods(services, group_id)),
    )
    return MethodCardsJob(kit, Path(path), lang, paper)


def prepare_case_prep(
    services: Services,
    path: Path,
    lang: str,
    paper: str = "a4",
    group_id: int | None = None,
    method_key: str | None = None,
) -> CasePrepJob:
    """One form for `method_key`, or one per method of the group."""
    group_name = services.groups.get(group_id).name if group_id is not None else ""
    if method_key is not None:
        methods = [services.methods.get(method_key)]
    else:
        assert group_id is not None
        methods = group_methods(services, group_id)
    return CasePrepJob(methods, Path(path), lang, paper, group_name)
