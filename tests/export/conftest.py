"""Export tests: the small demo written once per module, and a Qt application for rendering."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir())
    return folder


@pytest.fixture(scope="module")
def demo_services(demo_dir: Path) -> Iterator[Services]:
    db = open_database(demo_dir / DATABASE_NAME)
    yield Services(db, methods_dir())
    db.close()


def write_pdfs(
    services: Services, group_id: int, year: int, meeting_id: int, out: Path
) -> dict[str, Path]:
    """The yearly summary, the certificates and the attendance list, in Dutch and English, as
    the program writes them: name ("summary_nl", "certificates_en", "list_nl", ...) -> file."""
    from intervisie_desktop.export import jobs

    made: dict[str, Path] = {}
    for lang in ("nl", "en"):
        made[f"summary_{lang}"] = out / f"summary_{lang}.pdf"
        jobs.prepare_summary(services, group_id, year, made[f"summary_{lang}"], lang).run()
        made[f"certificates_{lang}"] = out / f"certificates_{lang}.pdf"
        jobs.prepare_certificates(
            services, group_id, year, made[f"certificates_{lang}"], lang
        ).run()
        made[f"list_{lang}"] = out / f"list_{lang}.pdf"
        jobs.prepare_attendance_list(services, meeting_id, made[f"list_{lang}"], lang).run()
    return made
