"""Register-ready PDFs: archive grade (PDF/A-1b, complete metadata, language), searchable words
(no ligatures, no word split inside), headings once and never alone at a page's foot, headers
that never overprint, and a summary of one meeting on two pages."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.export import jobs
from intervisie_desktop.export.certificates_pdf import render_certificates
from intervisie_desktop.export.html import STYLE, grid, h2
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, write_pdf
from intervisie_desktop.export.summary_pdf import summary_title
from tests.export import pdfstruct, pdftools
from tests.export.conftest import write_pdfs
from tests.export.test_exports import confidential_texts

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.core.services import Services

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
FRAME = PageFrame("Groep", "Proef", "voet", lambda n, total: f"{n}/{total}")


def raw_text(pdf: Path, *options: str) -> str:
    """pdftotext as a register's search sees it: no normalisation of ligatures."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(pdf), "-"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def held_years(services: Services) -> dict[tuple[int, int], int]:
    """(group, year) -> meetings held."""
    counts: dict[tuple[int, int], int] = {}
    for group in services.groups.list(archived=None):
        assert group.id is not None
        for meeting in services.meetings.for_group(group.id):
            if meeting.status == "held":
                key = (group.id, meeting.date.year)
                counts[key] = counts.get(key, 0) + 1
    return counts


@pytest.fixture(scope="module")
def pdfs(
    qapp: QApplication, demo_services: Services, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    counts = held_years(demo_services)
    (group_id, year), _ = max(counts.items(), key=lambda item: item[1])
    meeting_id = demo_services.meetings.for_group(group_id, year)[0].id
    assert meeting_id is not None
    out = tmp_path_factory.mktemp("archive")
    return write_pdfs(demo_services, group_id, year, meeting_id, out)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["summary", "certificates", "list"])
def test_pdf_a_with_complete_metadata_and_language(
    pdfs: dict[str, Path], kind: str, lang: str
) -> None:
    path = pdfs[f"{kind}_{lang}"]
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.4")  # PDF/A-1 is PDF 1.4
    catalog = pdfstruct.catalog(data)
    assert re.search(rb"/Lang\s*\(" + LANGUAGE_TAGS[lang].encode() + rb"\)", catalog)
    intent = pdfstruct.output_intent(data)
    assert b"/GTS_PDFA1" in intent and b"/DestOutputProfile" in intent
    xmp = pdfstruct.xmp_values(pdfstruct.xmp(path))
    assert xmp["pdfaid:part"] == "1" and xmp["pdfaid:conformance"] == "B"
    info = pdftools.info(path)
    assert info["Title"] and info["Subject"] and info["Author"] and info["Keywords"]
    # The document information says what the XMP says (PDF/A-1, 6.7.3).
    assert xmp["dc:title"] == info["Title"]
    assert xmp["dc:description"] == info["Subject"]
    assert xmp["dc:creator"] == info["Author"]
    assert xmp["pdf:Keywords"] == info["Keywords"]
    assert xmp["pdf:Producer"] == info["Producer"]
    assert xmp["xmp:CreatorTool"] == info["Creator"]
    assert xmp["dc:language"] == LANGUAGE_TAGS[lang]
    assert xmp["xmp:CreateDate"] and xmp["xmp:ModifyDate"]
    assert pdftools.fonts(path) and all(row[-5] == "yes" for row in pdftools.fonts(path))


def test_metadata_holds_nothing_confidential(
    pdfs: dict[str, Path], demo_services: Services
) -> None:
    secrets = confidential_texts(demo_services)
    assert len(secrets) > 20
    for name, path in pdfs.items():
        meta = subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True).stdout
        info = " ".join(pdftools.info(path).values())
        assert pdftools.leaks(meta.decode("utf-8") + info, secrets) == [], name
        assert pdftools.leaks(raw_text(path), secrets) == [], name


def test_no_ligatures_so_words_are_found(qapp: QApplication, tmp_path: Path) -> None:
    words = "Conflict profiel afloop officieel"
    html = STYLE + f"<h1>{words}</h1>{h2(words)}<p>{words}</p>" + grid(["Conflict"], [[words]])
    path = tmp_path / "woorden.pdf"
    write_pdf(path, html, PdfMeta("t", "a", "s"), FRAME)
    text = raw_text(path)
    assert text.count("Conflict") >= 4 and text.count("afloop") == 4
    assert text.count("profiel") == 4 and text.count("officieel") == 4
    assert not re.search("[\ufb00-\ufb06]", text)


def test_no_ligature_in_any_export(pdfs: dict[str, Path]) -> None:
    for name, path in pdfs.items():
        assert not re.search("[\ufb00-\ufb06]", raw_text(path)), name


def test_table_cells_break_between_words_only(qapp: QApplication, tmp_path: Path) -> None:
    names = ["Vijfstappenmethode", "Incidentmethode", "Roddelmethode", "Duration", "Aanwezigheid"]
    rows = [[name, name, name, "x", "x", "x"] for name in names]
    html = STYLE + grid(["#", "Duration", "Methode", "a", "b", "c"], rows, [4, 9, 9, 26, 26, 26])
    path = tmp_path / "cellen.pdf"
    write_pdf(path, html, PdfMeta("t", "a", "s"), FRAME)
    words = set(re.findall(r"\w+", raw_text(path)))
    for name in names:
        assert name in words, (name, sorted(w for w in words if w[:4] == name[:4]))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_summary_words_are_whole(pdfs: dict[str, Path], demo_services: Services, lang: str) -> None:
    counts = held_years(demo_services)
    (group_id, year), _ = max(counts.items(), key=lambda item: item[1])
    summary = jobs.summary_data(demo_services, group_id, year, lang)
    words = set(re.findall(r"\w+", raw_text(pdfs[f"summary_{lang}"])))
    expected = {w for m in summary.meetings for name in m.methods for w in re.findall(r"\w+", name)}
    expected |= {"Duration"} if lang == "en" else {"Duur", "Aanwezig"}
    assert expected and expected <= words, sorted(expected - words)


def _heading_document(filler: int) -> str:
    paragraphs = "".join(f"<p>Regel {i} van de vulling.</p>" for i in range(filler))
    return STYLE + paragraphs + h2("Kopje voor de tabel") + "<p>Eerste regel na het kopje.</p>"


def test_a_heading_never_ends_a_page_and_is_read_once(qapp: QApplication, tmp_path: Path) -> None:
    """Whatever the filler above it, the heading appears once in the text, on the page of the
    line that follows it."""
    moved = 0
    for filler in range(56, 68):
        path = tmp_path / f"kop{filler}.pdf"
        write_pdf(path, _heading_document(filler), PdfMeta("t", "a", "s"), FRAME)
        assert raw_text(path).count("Kopje voor de tabel") == 1, filler
        pages = pdftools.page_count(path)
        with_heading = [n for n in range(1, pages + 1) if "Kopje" in pdftools.page_text(path, n)]
        assert len(with_heading) == 1, filler
        assert "Eerste regel na het kopje" in pdftools.page_text(path, with_heading[0]), filler
        moved += with_heading[0] == 2
    assert moved  # some filler pushed the heading over the page: the case is tried


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_summary_headings_appear_once(pdfs: dict[str, Path], lang: str) -> None:
    text = raw_text(pdfs[f"summary_{lang}"])
    headings = re.findall(r"^[1-5]\. .+$", text, re.M)
    numbers = [h.split(".")[0] for h in headings]
    assert sorted(numbers) == ["1", "2", "3", "4", "5"], headings


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_one_meeting_summary_fits_two_pages(
    qapp: QApplication, demo_services: Services, tmp_path: Path, lang: str
) -> None:
    counts = held_years(demo_services)
    one = [key for key, held in counts.items() if held == 1]
    busiest = max(counts, key=lambda key: counts[key])
    summary = jobs.summary_data(demo_services, *(one[0] if one else busiest), lang)
    summary = dataclasses.replace(summary, meetings=summary.meetings[:1])
    path = tmp_path / "een.pdf"
    jobs.SummaryJob(summary, None, path).run()
    assert pdftools.page_count(path) <= 2
    text = raw_text(path)
    assert summary_title(summary, jobs.ExportLanguage(lang)) in text.replace("\n", " ")


def _header_words(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    """Word boxes (x0, y0, x1, y1) in the header band of page 1 (above 15.5 mm)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    boxes = []
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    for match in re.finditer(pattern, out):
        x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
        if y1 < 15.5 / 25.4 * 72:
            boxes.append((x0, y0, x1, y1, match[5]))
    return boxes


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_long_group_name_does_not_overprint_the_header(
    qapp: QApplication, demo_services: Services, tmp_path: Path, lang: str
) -> None:
    counts = held_years(demo_services)
    group_id, year = max(counts, key=lambda key: counts[key])
    certificate = jobs.prepare_certificates(
        demo_services, group_id, year, tmp_path, lang
    ).certificates[0]
    name = ("Intervisiegroep Huisartsen en Praktijkondersteuners Regio " * 3)[:111]
    assert len(name) == 111
    path = tmp_path / "lang.pdf"
    render_certificates([dataclasses.replace(certificate, group_name=name)], path, lang)
    boxes = _header_words(path)
    assert len(boxes) > 4
    right_edge = 595 - 18 / 25.4 * 72 + 1
    for i, a in enumerate(boxes):
        assert a[2] <= right_edge and a[0] >= 18 / 25.4 * 72 - 1, a
        for b in boxes[i + 1 :]:
            overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
            assert not overlap, (a, b)
    header = " ".join(box[4] for box in boxes)
    assert certificate.full_name.split()[-1] in header  # the participant is still named
