"""`intervisie export-year-plan`: a group's meetings of one year with methods and themes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.group_year_pdf import add_group_year_parser, write_group_year_pdf
from intervisie_desktop.commands.messages import NO_MEETINGS_PLANNED

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.export.record_jobs import YearPlanJob


def register(commands: Any) -> None:
    parser = add_group_year_parser(
        commands,
        "export-year-plan",
        "write a group's year plan (meetings, methods, themes) as PDF",
    )
    parser.set_defaults(run=run)


def prepare(services: Services, group_id: int, year: int, path: Path, lang: str) -> YearPlanJob:
    from intervisie_desktop.export.record_jobs import prepare_year_plan

    return prepare_year_plan(services, group_id, year, path, lang)


def run(args: argparse.Namespace) -> int:
    return write_group_year_pdf(
        args,
        prepare,
        lambda job: len(job.data.meetings),
        NO_MEETINGS_PLANNED,
        ("meeting", "meetings"),
    )
