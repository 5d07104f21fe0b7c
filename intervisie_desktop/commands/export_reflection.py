"""`intervisie export-reflection`: a reflection statement per participant of a group's year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.group_year_pdf import add_group_year_parser, write_group_year_pdf
from intervisie_desktop.commands.messages import NOBODY_ATTENDED

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.export.record_jobs import ReflectionJob


def register(commands: Any) -> None:
    parser = add_group_year_parser(
        commands,
        "export-reflection",
        "write a reflection statement (three dimensions) per participant as PDF",
    )
    parser.set_defaults(run=run)


def prepare(services: Services, group_id: int, year: int, path: Path, lang: str) -> ReflectionJob:
    from intervisie_desktop.export.record_jobs import prepare_reflections

    return prepare_reflections(services, group_id, year, path, lang)


def run(args: argparse.Namespace) -> int:
    return write_group_year_pdf(
        args,
        prepare,
        lambda job: len(job.data),
        NOBODY_ATTENDED,
        ("participant", "participants"),
    )
