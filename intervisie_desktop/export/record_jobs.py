"""Export jobs for the meeting record, the year plan and the reflection statements: prepared on
the calling thread (database reads), rendered by `run` on any thread (see export.jobs)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop.core.reports import SummaryOptions
from intervisie_desktop.core.reports.record import MeetingRecord, build_meeting_record
from intervisie_desktop.core.reports.reflection import Reflection, build_reflections
from intervisie_desktop.core.reports.timing import library_names
from intervisie_desktop.core.reports.year_plan import YearPlan, build_year_plan
from intervisie_desktop.export.jobs import ExportResult, summary_data
from intervisie_desktop.export.record_pdf import render_record
from intervisie_desktop.export.reflection_pdf import render_reflections
from intervisie_desktop.export.year_plan_pdf import render_year_plan

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.export.pdf import Progress


@dataclass
class RecordJob:
    data: MeetingRecord
    path: Path
    lang: str

    def run(self, progress: Progress | None = None) -> ExportResult:
        pages = render_record(self.data, self.path, self.lang, progress)
        return ExportResult([self.path], pages=pages)


@dataclass
class YearPlanJob:
    data: YearPlan
    path: Path
    lang: str

    def run(self, progress: Progress | None = None) -> ExportResult:
        pages = render_year_plan(self.data, self.path, self.lang, progress)
        return ExportResult([self.path], pages=pages)


@dataclass
class ReflectionJob:
    data: list[Reflection]
    path: Path
    lang: str

    def run(self, progress: Progress | None = None) -> ExportResult:
        pages = render_reflections(self.data, self.path, self.lang, progress)
        return ExportResult([self.path], pages=pages)


def prepare_record(services: Services, meeting_id: int, path: Path, lang: str) -> RecordJob:
    """The record of a held meeting (a planned one is refused with a ValidationError)."""
    options = SummaryOptions(lang, method_name=library_names(services.methods.get))
    with services.db.session() as session:
        data = build_meeting_record(session, meeting_id, options)
    return RecordJob(data, Path(path), lang)


def prepare_year_plan(
    services: Services, group_id: int, year: int, path: Path, lang: str
) -> YearPlanJob:
    with services.db.session() as session:
        data = build_year_plan(session, group_id, year, lang, library_names(services.methods.get))
    return YearPlanJob(data, Path(path), lang)


def prepare_reflections(
    services: Services,
    group_id: int,
    year: int,
    path: Path,
    lang: str,
    member_ids: list[int] | None = None,
) -> ReflectionJob:
    summary = summary_data(services, group_id, year, lang, False, timing=lambda *_: [])
    return ReflectionJob(build_reflections(summary, member_ids), Path(path), lang)
