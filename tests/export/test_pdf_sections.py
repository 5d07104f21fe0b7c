"""The paginated writer: one flow numbered across the file (summary, attendance list), or
sections each numbered within itself (certificates)."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.reports import AttendanceList, AttendanceListRow
from intervisie_desktop.export.attendance_pdf import render_attendance_list
from intervisie_desktop.export.html import STYLE, page_break
from intervisie_desktop.export.pdf import (
    ExportCancelled,
    PageFrame,
    PdfMeta,
    Section,
    write_pdf,
    write_sections,
)
from tests.export import pdftools

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

META = PdfMeta("Sections", "Tester", "Paging")


def frame(name: str) -> PageFrame:
    return PageFrame(f"head {name}", "right", "foot", lambda n, total: f"{name} {n}/{total}")


def pages_of(*texts: str) -> str:
    """A flow of explicit pages."""
    return STYLE + page_break().join(f"<p>{text}</p>" for text in texts)


def test_one_flow_is_numbered_across_the_file(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "flow.pdf"
    assert write_pdf(path, pages_of("one", "two", "three"), META, frame("F")) == 3
    for n in (1, 2, 3):
        assert f"F {n}/3" in pdftools.page_text(path, n)


def test_sections_are_numbered_within_themselves(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "sections.pdf"
    sections = [
        Section(pages_of("alpha"), frame("A")),
        Section(pages_of("beta one", "beta two"), frame("B")),
        Section(pages_of("gamma"), frame("C")),
    ]
    seen: list[tuple[int, int]] = []
    pages = write_sections(path, sections, META, progress=lambda d, t: not seen.append((d, t)))
    assert pages == pdftools.page_count(path) == 4
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    expected = [
        ("A 1/1", "alpha"),
        ("B 1/2", "beta one"),
        ("B 2/2", "beta two"),
        ("C 1/1", "gamma"),
    ]
    for page, (label, body) in enumerate(expected, start=1):
        text = pdftools.page_text(path, page)
        assert label in text and body in text and f"head {label[0]}" in text, (page, text)


def test_cancelled_or_empty_writes_nothing(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "none.pdf"
    sections = [Section(pages_of("a"), frame("A")), Section(pages_of("b"), frame("B"))]
    with pytest.raises(ExportCancelled):
        write_sections(path, sections, META, progress=lambda done, total: done < 1)
    with pytest.raises(ValueError, match="no sections"):
        write_sections(path, [], META)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("lang", "label"), [("nl", "Pagina {n} van {total}"), ("en", "Page {n} of {total}")]
)
def test_a_long_attendance_list_is_numbered_across_the_file(
    qapp: QApplication, tmp_path: Path, lang: str, label: str
) -> None:
    rows = tuple(AttendanceListRow(i, f"Deelnemer {i}", "SKJ", f"{1000 + i}") for i in range(1, 31))
    data = AttendanceList(
        "Groep Noord",
        "Jeugdzorg",
        "Mirjam Verhoeven",
        "LVSC 4321",
        1,
        date(2024, 3, 5),
        time(19, 0),
        time(21, 30),
        "Utrecht",
        False,
        "",
        "Mirjam Verhoeven",
        rows,
    )
    path = tmp_path / "list.pdf"
    pages = render_attendance_list(data, path, lang)
    assert pages >= 2
    for n in range(1, pages + 1):
        assert label.format(n=n, total=pages) in pdftools.page_text(path, n)
