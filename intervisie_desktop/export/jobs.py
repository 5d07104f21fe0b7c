"""Export jobs: prepared on the GUI (or main) thread, rendered on any thread.

`prepare_*` reads the database and records the chart (QtCharts needs the GUI thread); the
returned job's `run(progress)` writes the files and may run in a worker. The command line runs
both in turn; the export dialogs hand `run` to a QThreadPool.
"""

from __future__ import annotations

import dataclasses
import math
import os
import queue
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QThreadPool

from intervisie_desktop.core.output_files import make_private_folder
from intervisie_desktop.core.registers.rules import Verdict
from intervisie_desktop.core.reports import (
    AttendanceList,
    Certificate,
    SummaryOptions,
    YearSummary,
    build_attendance_list,
    build_certificates,
    build_summary,
    years_with_meetings,
)
from intervisie_desktop.core.reports.calendar import CalendarEvent, planned_events
from intervisie_desktop.core.reports.development import Development, group_development
from intervisie_desktop.core.reports.timing import TimingSource, library_names, phase_timing
from intervisie_desktop.export.attendance_pdf import render_attendance_list
from intervisie_desktop.export.certificates_pdf import (
    render_certificates,
    render_certificates_apart,
)
from intervisie_desktop.export.csv_export import write_attendance_csv
from intervisie_desktop.export.development_section import development_chart_picture
from intervisie_desktop.export.ics_export import calendar_token, write_calendar
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.pdf import ExportCancelled, Progress
from intervisie_desktop.export.summary_pdf import render_summary, summary_picture

#: No register gives more; a larger figure on a signed certificate is a typing error.
MAX_POINTS_PER_HOUR = 10

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from PySide6.QtGui import QPicture

    from intervisie_desktop.core.reports.model import MethodName
    from intervisie_desktop.core.services import Services


@dataclass(frozen=True)
class ExportResult:
    paths: list[Path]
    pages: int = 0  # PDF pages written (0 for CSV and iCalendar)
    rows: int = 0  # CSV rows or calendar events


class ExportJob(Protocol):
    def run(self, progress: Progress | None = None) -> ExportResult: ...


@dataclass
class SummaryJob:
    summary: YearSummary
    picture: QPicture | None
    path: Path
    development: QPicture | None = None

    def run(self, progress: Progress | None = None) -> ExportResult:
        pages = render_summary(self.summary, self.path, self.picture, progress, self.development)
        return ExportResult([self.path], pages=pages)


@dataclass
class CertificatesJob:
    certificates: list[Certificate]
    target: Path  # a PDF file, or a folder when apart
    lang: str
    apart: bool = False

    def run(self, progress: Progress | None = None) -> ExportResult:
        if self.apart:
            make_private_folder(self.target)
            paths = render_certificates_apart(self.certificates, self.target, self.lang, progress)
            return ExportResult(paths, pages=len(paths))
        pages = render_certificates(self.certificates, self.target, self.lang, progress)
        return ExportResult([self.target], pages=pages)


@dataclass
class AttendanceListJob:
    data: AttendanceList
    path: Path
    lang: str

    def run(self, progress: Progress | None = None) -> ExportResult:
        pages = render_attendance_list(self.data, self.path, self.lang, progress)
        return ExportResult([self.path], pages=pages)


@dataclass
class CsvJob:
    summaries: list[YearSummary]
    path: Path
    lang: str

    def run(self, progress: Progress | None = None) -> ExportResult:
        rows = write_attendance_csv(self.summaries, self.path, self.lang)
        return ExportResult([self.path], rows=rows)


@dataclass
class CalendarJob:
    events: list[CalendarEvent]
    path: Path
    lang: str
    token: str
    name: str

    def run(self, progress: Progress | None = None) -> ExportResult:
        count = write_calendar(self.events, self.path, self.lang, self.token, self.name)
        return ExportResult([self.path], rows=count)


def summary_data(
    services: Services,
    group_id: int,
    year: int,
    lang: str,
    include_topics: bool = True,
    points_per_hour: float = 1.0,
    method_name: MethodName | None = None,
    timing: TimingSource | None = None,
    development: Development | None = None,
) -> YearSummary:
    """The summary's data; methods are named by the method library and the chart sums the
    year's session runs per phase, unless other sources are given."""
    name = method_name or library_names(services.methods.get)
    options = SummaryOptions(lang, points_per_hour, include_topics, name)
    with services.db.session() as session:
        summary = build_summary(
            session, group_id, year, options, timing or phase_timing(lang), development=development
        )
    found = services.registers.statuses([m.member_id for m in summary.members], year)
    # a register without a yearly minimum (BIG, V&VN) has no verdict to print
    rules = tuple((m, tuple(s for s in found[m] if s.verdict != Verdict.NO_RULES)) for m in found)
    return dataclasses.replace(summary, register_rules=rules)


def check_points_per_hour(value: float) -> None:
    """A figure printed on a signed document: finite, more than 0, at most 10."""
    if not math.isfinite(value) or not 0 < value <= MAX_POINTS_PER_HOUR:
        raise ValueError(f"points per hour must be more than 0 and at most 10, not {value}")


def prepare_summary(
    services: Services,
    group_id: int,
    year: int,
    path: Path,
    lang: str,
    include_topics: bool = True,
    points_per_hour: float = 1.0,
    method_name: MethodName | None = None,
    development: Development | None = None,
) -> SummaryJob:
    check_points_per_hour(points_per_hour)
    summary = summary_data(
        services,
        group_id,
        year,
        lang,
        include_topics,
        points_per_hour,
        method_name,
        development=development,
    )
    t = ExportLanguage(lang)
    return SummaryJob(
        summary, summary_picture(summary, t), Path(path), development_chart_picture(summary, t)
    )


def prepare_certificates(
    services: Services,
    group_id: int,
    year: int,
    target: Path,
    lang: str,
    apart: bool = False,
    points_per_hour: float = 1.0,
    member_ids: list[int] | None = None,
    development: Development | None = None,
) -> CertificatesJob:
    check_points_per_hour(points_per_hour)
    summary = summary_data(  # topic labels only: they may appear in reports
        services,
        group_id,
        year,
        lang,
        True,
        points_per_hour,
        timing=lambda *_: [],
        development=development,
    )
    return CertificatesJob(build_certificates(summary, member_ids), Path(target), lang, apart)


def prepare_attendance_list(
    services: Services, meeting_id: int, path: Path, lang: str
) -> AttendanceListJob:
    with services.db.session() as session:
        data = build_attendance_list(session, meeting_id)
    return AttendanceListJob(data, Path(path), lang)


def prepare_csv(
    services: Services, group_id: int, year: int | None, path: Path, lang: str
) -> CsvJob:
    """Attendance of one year, or of every year with meetings when year is None."""
    with services.db.session() as session:
        years = (
            [year] if year is not None else [y for _, y in years_with_meetings(session, group_id)]
        )
        options = SummaryOptions(lang, include_topics=False)
        whole = group_development(session, group_id)  # once, not once a year
        summaries = [build_summary(session, group_id, y, options, development=whole) for y in years]
    return CsvJob(summaries, Path(path), lang)


def prepare_calendar(
    services: Services, group_id: int, path: Path, lang: str, from_day: date | None = None
) -> CalendarJob:
    group = services.groups.get(group_id)
    with services.db.session() as session:
        events = planned_events(session, group_id, from_day)
    return CalendarJob(events, Path(path), lang, calendar_token(services, group), group.name)


def safe_name(text: str) -> str:
    return re.sub(r"[^\w\- .()]+", "_", text).strip(" .") or "group"


@dataclass
class BatchPlan:
    """Every (group, year) with held meetings and the file each summary goes to."""

    items: list[tuple[int, str, int, Path]] = field(default_factory=list)


def plan_batch(services: Services, out_dir: Path) -> BatchPlan:
    names = {g.id: g.name for g in services.groups.list(archived=None)}
    with services.db.session() as session:
        pairs = years_with_meetings(session)
    plan = BatchPlan()
    for group_id, year in pairs:
        name = names.get(group_id, str(group_id))
        folder = out_dir / safe_name(f"{group_id:03d} {name}")
        plan.items.append((group_id, name, year, folder / f"{year} {safe_name(name)}.pdf"))
    return plan


def run_batch(
    services: Services,
    out_dir: Path,
    lang: str,
    include_topics: bool = True,
    certificates: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int | None = None,
) -> tuple[int, int]:
    """Every group and year's summary (and certificates) into `out_dir`; returns (files, pages).

    This thread reads the data and records the charts; Qt pool threads render the PDFs. Layout
    and painting hold the interpreter lock (measured on two cores: one render thread or two take
    the same time), so the figure to watch is the time per summary, not the thread count.
    """
    plan = plan_batch(services, out_dir)
    # File names in the language of the run: "2025 certificaten.pdf" in Dutch.
    certificates_word = ExportLanguage(lang).translate("Certificate", "certificates")
    pool = QThreadPool()
    pool.setMaxThreadCount(workers or max(1, min(4, os.cpu_count() or 1)))
    results: queue.Queue[tuple[str, ExportResult | BaseException]] = queue.Queue()
    total, submitted, received = len(plan.items), 0, 0
    files = pages = done = 0
    developments: dict[int, Development] = {}

    def submit(job: ExportJob, label: str) -> None:
        def work() -> None:
            try:
                results.put((label, job.run()))
            except BaseException as exc:  # handed to the caller's thread below
                results.put((label, exc))

        pool.start(work)

    def collect(until: int) -> None:
        nonlocal received, files, pages, done
        while submitted - received > until:
            label, outcome = results.get()
            received += 1
            if isinstance(outcome, BaseException):
                pool.waitForDone()
                raise outcome
            files += len(outcome.paths)
            pages += outcome.pages
            if label:
                done += 1
                if progress is not None:
                    progress(done, total, label)

    if progress is not None:
        progress(0, total, "")
    for group_id, name, year, path in plan.items:
        make_private_folder(path.parent)
        if group_id not in developments:  # once per group: every year's summary shows it
            with services.db.session() as session:
                developments = {group_id: group_development(session, group_id)}
        development = developments[group_id]
        if certificates:
            target = path.with_name(f"{year} {certificates_word}.pdf")
            job = prepare_certificates(
                services, group_id, year, target, lang, development=development
            )
            if job.certificates:
                submit(job, "")
                submitted += 1
        summary_job = prepare_summary(
            services, group_id, year, path, lang, include_topics, development=development
        )
        submit(summary_job, f"{name} {year}")
        submitted += 1
        collect(until=2 * pool.maxThreadCount())
    collect(until=0)
    pool.waitForDone()
    return files, pages


__all__ = ["ExportCancelled", "ExportJob", "ExportResult"]
