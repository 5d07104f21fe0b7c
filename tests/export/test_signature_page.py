"""The supervisor's declaration stays on one page with its heading and its signature lines: a
register reads the statement and the signature together (the yearly summary once put the
supervisor's name on one page and the lines for place, date and signature on the next)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.export.document import declaration
from intervisie_desktop.export.html import STYLE, h2
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, write_pdf
from tests.export import pdftools

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

FRAME = PageFrame("Groep", "Proef", "voet", lambda n, total: f"{n}/{total}")


def _document(filler: int) -> str:
    paragraphs = "".join(f"<p>Regel {i} van de vulling.</p>" for i in range(filler))
    t = ExportLanguage("en")
    return (
        STYLE
        + paragraphs
        + h2("Declaration by the supervisor")
        + declaration("Marieke de Vries", "LVSC 12345", 2026, t)
    )


def test_the_declaration_its_heading_and_its_lines_share_a_page(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Whatever the filler above, one page holds the heading, the statement, the name and the
    line to sign on; some filler sends them all to page 2."""
    moved = 0
    for filler in range(40, 62, 2):
        path = tmp_path / f"verklaring{filler}.pdf"
        write_pdf(path, _document(filler), PdfMeta("t", "a", "s"), FRAME)
        pages = [pdftools.page_text(path, n) for n in range(1, pdftools.page_count(path) + 1)]
        signing = [n for n, text in enumerate(pages, start=1) if "Signature" in text]
        assert len(signing) == 1, filler
        text = " ".join(pages[signing[0] - 1].split())
        for part in ("Declaration by the supervisor", "I declare that", "Marieke de Vries"):
            assert part in text, (filler, part)
        assert "Register and number LVSC 12345 Place and date" in text, filler
        moved += signing[0] == 2
    assert moved  # some filler pushed the group over the page: the case is tried
