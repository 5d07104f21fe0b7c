"""A table row is never cut by a page break: its first and last words are on one page, and the
header row is repeated on the pages the table runs onto."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.export.html import STYLE, grid
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, write_pdf
from intervisie_desktop.export.qt_runtime import ensure_application
from tests.export.pdftools import page_text

if TYPE_CHECKING:
    from pathlib import Path


def test_no_row_of_a_long_table_is_split_between_pages(tmp_path: Path) -> None:
    ensure_application()
    filler = "woord " * 12
    rows = [
        [f"start{r:03d}", f"{filler * (1 + r * 7 % 9)} end{r:03d}", f"last{r:03d}"]
        for r in range(90)
    ]
    html = STYLE + "<p>Intro</p>" + grid(["Name", "Words", "Figure"], rows, widths=[20, 65, 15])
    meta = PdfMeta(title="Rows", author="", subject="", keywords="", lang="en")
    frame = PageFrame("Left", "Right", "Foot", lambda n, total: f"{n}/{total}")
    path = tmp_path / "rows.pdf"
    pages = write_pdf(path, html, meta, frame)
    assert pages > 3
    texts = [page_text(path, n) for n in range(1, pages + 1)]
    cut = []
    for r in range(90):
        where = {
            tag: [n for n, page in enumerate(texts) if f"{tag}{r:03d}" in page]
            for tag in ("start", "end", "last")
        }
        assert all(len(found) == 1 for found in where.values()), where
        if len({found[0] for found in where.values()}) != 1:
            cut.append(r)
    assert cut == []
    assert all("Figure" in page for page in texts)  # the header row on every page
    assert all("start" in page for page in texts)  # and rows: no page left blank
