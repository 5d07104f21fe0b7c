"""export-minutes, export-method-cards and export-case-prep as a script meets them: one line
per file written, one line and a nonzero exit for bad input with nothing written, the paper
size and the language asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main
from tests.export.pdftools import info, page_count
from tests.export.pdftools import text as pdf_text
from tests.minutes_data import SHARED, planted_database

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    folder = tmp_path / "data"
    return folder, planted_database(folder)


def one_line(capfd: pytest.CaptureFixture[str]) -> str:
    err = capfd.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[:2000]
    return lines[0]


def nothing_written(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.is_file()]


def test_minutes_as_text_and_pdf(
    data: tuple[Path, dict[str, int]], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, ids = data
    out = tmp_path / "out"
    out.mkdir()
    base = ["export-minutes", "--data-dir", str(folder), "--meeting", str(ids["held"])]
    assert main([*base, "--lang", "en", "--out", str(out / "m.txt")]) == 0
    assert capfd.readouterr().out.strip() == f"{out / 'm.txt'}\t1 case with shared actions"
    text = (out / "m.txt").read_text(encoding="utf-8")
    assert text.startswith(
        "Minutes of the meeting \u2013 Groep Noord\nTuesday 4 March 2025, 19:00\u201321:00"
    )
    assert "Absent: Cora Smit" in text and "Excused: Dirk Bos" in text
    assert "Next meeting: Tuesday 1 April 2025, 19:30\u201321:30, Deventer" in text
    assert main([*base, "--lang", "nl", "--out", str(out / "m.pdf")]) == 0
    shown = pdf_text(out / "m.pdf")
    assert "Verslag" in shown and "Afgemeld" in shown and SHARED in shown
    assert info(out / "m.pdf")["Page size"].startswith("595")  # A4
    capfd.readouterr()
    # Written again: said to be replaced.
    assert main([*base, "--out", str(out / "m.txt")]) == 0
    assert capfd.readouterr().out.startswith(f"replaced {out / 'm.txt'}")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--meeting", "999", "--out", "m.pdf"], "intervisie: error: no meeting 999"),
        (["--meeting", "{next}", "--out", "m.pdf"], "this one is still planned"),
        (["--meeting", "{cancelled}", "--out", "m.txt"], "this one was cancelled"),
        (["--meeting", "{held}", "--out", "m.docx"], "must name a .pdf or a .txt file"),
    ],
)
def test_minutes_refusals_are_one_line_and_write_nothing(
    data: tuple[Path, dict[str, int]],
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    args: list[str],
    expected: str,
) -> None:
    folder, ids = data
    out = tmp_path / "out"
    out.mkdir()
    args = [a.format(**ids) for a in args]
    args[-1] = str(out / args[-1])
    code = main(["export-minutes", "--data-dir", str(folder), *args])
    assert code != 0
    assert expected in one_line(capfd)
    assert nothing_written(out)


def test_refusal_in_dutch_with_lang_nl(
    data: tuple[Path, dict[str, int]], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, ids = data
    args = ["export-minutes", "--data-dir", str(folder), "--meeting", str(ids["next"])]
    assert main([*args, "--lang", "nl", "--out", str(tmp_path / "m.pdf")]) == 1
    assert "nog gepland" in one_line(capfd)


@pytest.mark.parametrize(("paper", "width"), [("a4", "595"), ("a5", "420")])
def test_method_cards_on_a4_and_a5(
    data: tuple[Path, dict[str, int]],
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    paper: str,
    width: str,
) -> None:
    folder, _ids = data
    out = tmp_path / f"cards-{paper}.pdf"
    args = ["export-method-cards", "--data-dir", str(folder), "--group", "Groep Noord"]
    assert main([*args, "--paper", paper, "--lang", "en", "--out", str(out)]) == 0
    pages = page_count(out)
    assert capfd.readouterr().out.strip() == f"{out}\t{pages} pages\t2 methods"
    assert info(out)["Page size"].startswith(width)
    shown = " ".join(pdf_text(out).split())  # lines joined: A5 wraps more
    for words in ("How a meeting goes", "Incident method", "Gossip method", "The chair's script"):
        assert words in shown
    assert "The case bringer turns away and listens." in shown  # a phase's rule


def test_method_cards_refusals(
    data: tuple[Path, dict[str, int]], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, _ids = data
    out = tmp_path / "out"
    out.mkdir()
    base = ["export-method-cards", "--data-dir", str(folder)]
    assert main([*base, "--group", "Nergens", "--out", str(out / "c.pdf")]) == 1
    assert one_line(capfd) == "intervisie: error: no group 'Nergens'"
    assert main([*base, "--group", "1", "--out", str(out / "c.txt")]) == 2
    assert "must name a .pdf file" in one_line(capfd)
    with pytest.raises(SystemExit) as usage:
        main([*base, "--group", "1", "--paper", "a3", "--out", str(out / "c.pdf")])
    assert usage.value.code == 2
    assert "invalid choice: 'a3'" in one_line(capfd)
    assert nothing_written(out)


def test_case_prep_for_one_method_and_for_a_group(
    data: tuple[Path, dict[str, int]], tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, _ids = data
    one, group = tmp_path / "one.pdf", tmp_path / "group.pdf"
    base = ["export-case-prep", "--data-dir", str(folder), "--lang", "nl"]
    assert main([*base, "--method", "five_steps", "--paper", "a5", "--out", str(one)]) == 0
    assert main([*base, "--group", "1", "--out", str(group)]) == 0
    lines = capfd.readouterr().out.strip().splitlines()
    assert lines[0].endswith("\t1 form") and lines[1].endswith("\t2 forms")
    shown = pdf_text(one)
    assert "Je casus voorbereiden" in shown and "Vijfstappenmethode" in shown
    assert info(one)["Page size"].endswith("(A5)")
    assert pdf_text(group).count("Je casus voorbereiden") == 2
    for key in ("nope", "block.opening"):  # a standard block of a meeting is no method
        assert main([*base, "--method", key, "--out", str(tmp_path / "x.pdf")]) == 1
        assert one_line(capfd) == f"intervisie: fout: geen methode {key!r}"
    assert not (tmp_path / "x.pdf").exists()
