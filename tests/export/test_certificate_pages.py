"""The combined certificates file: each certificate numbered and headed as a document of its
own, page for page the same as the participant's separate file."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.reports import Certificate, CertificateMeeting, GoalRow
from intervisie_desktop.export.certificates_pdf import (
    render_certificates,
    render_certificates_apart,
)
from intervisie_desktop.export.language import ExportLanguage
from tests.export import pdftools

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

LABEL = {"nl": "Pagina {n} van {total}", "en": "Page {n} of {total}"}


def certificate(
    member_id: int, name: str, meetings: int, group: str = "Groep Noord", year: int = 2024
) -> Certificate:
    first = date(year, 1, 8)
    rows = tuple(
        CertificateMeeting(first + timedelta(weeks=i), time(19, 0), time(21, 30), 150)
        for i in range(meetings)
    )
    goals = (GoalRow(member_id, name, "Beter doorvragen bij een casus", "Gaat steeds beter"),)
    return Certificate(
        member_id=member_id,
        full_name=name,
        register_name="SKJ",
        registration_number=f"1100{member_id}",
        group_name=group,
        context="Jeugdzorg",
        year=year,
        facilitator_name="Mirjam Verhoeven",
        facilitator_register="LVSC 4321",
        meetings=rows,
        minutes=150 * meetings,
        points=2.5 * meetings,
        points_per_hour=1.0,
        goals=goals,
    )


@pytest.fixture(scope="module")
def certificates() -> list[Certificate]:
    """Differing lengths, the second long enough to run over onto a second page; the last of
    another group and year, so each header must name its own."""
    return [
        certificate(1, "Anouk de Vries", 4),
        certificate(2, "Bram Jansen", 48),
        certificate(3, "Chantal Özdemir", 0),
        certificate(4, "Daan Bakker", 9, group="Groep Zuid", year=2023),
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_certificate_is_numbered_within_itself(
    qapp: QApplication, certificates: list[Certificate], tmp_path: Path, lang: str
) -> None:
    combined = tmp_path / "all.pdf"
    pages = render_certificates(certificates, combined, lang)
    expected = [
        (certificates[0], 1, 1),
        (certificates[1], 1, 2),
        (certificates[1], 2, 2),
        (certificates[2], 1, 1),
        (certificates[3], 1, 1),
    ]
    assert pages == pdftools.page_count(combined) == len(expected)
    for page, (c, n, total) in enumerate(expected, start=1):
        text = pdftools.page_text(combined, page)
        others = [o.full_name for o in certificates if o is not c]
        assert LABEL[lang].format(n=n, total=total) in text, (page, text[-200:])
        assert f"{c.group_name} \u2014 {c.year}" in text, page
        assert not [name for name in others if name in text], page
        # Every page names its participant in the header, a page that runs over included.
        title = ExportLanguage(lang).translate("Certificate", "Certificate of participation")
        assert f"{title} \u2014 {c.full_name}" in text, page
    # The page run over onto holds the rest of that participant's table and declaration.
    long = certificates[1]
    continued = pdftools.page_text(combined, 3)
    assert ExportLanguage(lang).date_long(long.meetings[-1].date) in continued
    assert long.full_name in continued


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_combined_file_matches_the_separate_files_page_for_page(
    qapp: QApplication, certificates: list[Certificate], tmp_path: Path, lang: str
) -> None:
    combined = tmp_path / "all.pdf"
    render_certificates(certificates, combined, lang)
    (tmp_path / "apart").mkdir()
    apart = render_certificates_apart(certificates, tmp_path / "apart", lang)
    separate = [
        pdftools.page_text(path, n)
        for path in apart
        for n in range(1, pdftools.page_count(path) + 1)
    ]
    together = [
        pdftools.page_text(combined, n) for n in range(1, pdftools.page_count(combined) + 1)
    ]
    assert together == separate
