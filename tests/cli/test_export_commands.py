"""The export commands as a register's clerk meets them: every refusal one line and nothing
written, replaced files said to be replaced, counts in the singular for one, names in the run's
language, and one rule for a missing folder."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture(scope="module")
def held(demo_template: Path) -> dict[int, int]:
    """Group 1's held meetings per year, and the id of one meeting as key 0."""
    db = open_database(demo_template / DATABASE_NAME)
    try:
        meetings = Services(db, methods_dir()).meetings.for_group(1)
    finally:
        db.close()
    years: dict[int, int] = {}
    for meeting in meetings:
        if meeting.status == MeetingStatus.HELD:
            years[meeting.date.year] = years.get(meeting.date.year, 0) + 1
    assert meetings[0].id is not None
    return {0: meetings[0].id, **years}


def one_line(capfd: pytest.CaptureFixture[str]) -> str:
    """Standard error at the level of the file descriptor (Qt's messages too): one line."""
    err = capfd.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[:2000]
    assert "QPainter" not in err
    return lines[0]


def test_no_summary_of_a_year_without_held_meetings(
    demo: Path, tmp_path: Path, held: dict[int, int], capfd: pytest.CaptureFixture[str]
) -> None:
    empty = min(y for y in held if y) - 1
    out = tmp_path / "leeg.pdf"
    args = ["export-summary", "--group", "1", "--year", str(empty)]
    assert main([*args, "--data-dir", str(demo), "--out", str(out)]) == 1
    line = one_line(capfd)
    assert f"no meeting of this group was held in {empty}" in line and "nothing was written" in line
    assert not out.exists() and not list(tmp_path.glob(".*.part"))
    certificates = ["export-certificates", "--group", "1", "--year", str(empty)]
    assert main([*certificates, "--data-dir", str(demo), "--out", str(out)]) == 1
    assert "nobody attended" in one_line(capfd) and not out.exists()


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[None]:
    """A folder in which nothing can be made, even by root (immutable), or skip."""
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
        if not made:
            pytest.skip("no immutable folders here (chattr)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["export-summary", "--group", "1", "--year", "{year}"], "s.pdf"),
        (["export-certificates", "--group", "1", "--year", "{year}"], "c.pdf"),
        (["export-certificates", "--group", "1", "--year", "{year}", "--apart"], "c"),
        (["export-attendance-list", "--meeting", "{meeting}"], "l.pdf"),
        (["export-csv", "--group", "1"], "a.csv"),
        (["export-ics", "--group", "1"], "p.ics"),
        (["export-all"], "alles"),
    ],
)
def test_an_unwritable_folder_is_named_with_the_true_reason(
    demo: Path,
    tmp_path: Path,
    held: dict[int, int],
    command: list[str],
    name: str,
    capfd: pytest.CaptureFixture[str],
) -> None:
    year = max((y for y in held if y), key=lambda y: held[y])
    args = [a.format(year=year, meeting=held[0]) for a in command]
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    with unwritable(folder):
        code = main([*args, "--data-dir", str(demo), "--out", str(folder / name)])
        line = one_line(capfd)
        assert code == 2
        assert f"The folder {folder} cannot be written to (no permission" in line, line
        assert os.listdir(folder) == []


def test_meeting_and_date_together_are_refused(
    demo: Path, tmp_path: Path, held: dict[int, int], capfd: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "lijst.pdf"
    args = ["export-attendance-list", "--meeting", str(held[0]), "--date", "2020-01-01"]
    assert main([*args, "--data-dir", str(demo), "--out", str(out)]) == 2
    assert "--date goes with --group" in one_line(capfd)
    assert not out.exists()


def test_a_replaced_file_is_said_to_be_replaced_and_stays_private(
    demo: Path, tmp_path: Path, held: dict[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    year = max((y for y in held if y), key=lambda y: held[y])
    out = tmp_path / "overzicht.pdf"
    args = ["export-summary", "--group", "1", "--year", str(year), "--data-dir", str(demo)]
    assert main([*args, "--out", str(out)]) == 0
    first = capsys.readouterr().out
    assert first.startswith(str(out))  # new: no "replaced"
    os.chmod(out, 0o644)
    inode = out.stat().st_ino
    assert main([*args, "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"replaced {out}\t")
    assert out.stat().st_ino != inode  # a new file renamed over the old one, in one step
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(demo.stat().st_mode) == 0o700
    assert not list(tmp_path.glob(".*.part"))


def test_one_meeting_is_counted_in_the_singular(
    demo: Path, tmp_path: Path, held: dict[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    ones = [y for y in held if y and held[y] == 1]
    many = max((y for y in held if y), key=lambda y: held[y])
    for year in [*ones[:1], many]:
        out = tmp_path / f"{year}.pdf"
        args = ["export-summary", "--group", "1", "--year", str(year), "--out", str(out)]
        assert main([*args, "--data-dir", str(demo)]) == 0
        line = capsys.readouterr().out
        count = held[year]
        assert line.rstrip().endswith(f", {count} meeting" + ("s" if count != 1 else "")), line
        assert " 1 meetings" not in line and " 1 pages" not in line
    assert ones  # the demo has a year with one meeting: the singular is really tried


def test_export_all_names_files_in_the_language_of_the_run(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for lang, word, other in (
        ("nl", "certificaten", "certificates"),
        ("en", "certificates", "certificaten"),
    ):
        out = tmp_path / lang
        args = ["export-all", "--certificates", "--lang", lang, "--out", str(out)]
        assert main([*args, "--data-dir", str(demo)]) == 0
        names = [p.name for p in out.rglob("*.pdf")]
        assert any(word in n for n in names), names
        assert not any(other in n for n in names), names
    assert "files" in capsys.readouterr().out


COMMANDS = [
    ["export-summary", "--group", "1", "--year", "{year}"],
    ["export-certificates", "--group", "1", "--year", "{year}"],
    ["export-certificates", "--group", "1", "--year", "{year}", "--apart"],
    ["export-attendance-list", "--meeting", "{meeting}"],
    ["export-csv", "--group", "1"],
    ["export-ics", "--group", "1"],
    ["export-all"],
]


@pytest.mark.parametrize("command", COMMANDS)
def test_one_rule_for_a_missing_folder(
    demo: Path,
    tmp_path: Path,
    held: dict[int, int],
    command: list[str],
    capfd: pytest.CaptureFixture[str],
) -> None:
    """What --out names may be new; the folder it sits in must exist, for every command."""
    year = max((y for y in held if y), key=lambda y: held[y])
    args = [a.format(year=year, meeting=held[0]) for a in command] + ["--data-dir", str(demo)]
    missing = tmp_path / "bestaat-niet"
    assert main([*args, "--out", str(missing / "uit")]) == 2
    assert f"The folder {missing} does not exist." in one_line(capfd)
    assert not missing.exists()
    assert main([*args, "--out", str(tmp_path / "nieuw")]) == 0
    assert (tmp_path / "nieuw").exists()


def test_errors_follow_lang(
    demo: Path, tmp_path: Path, held: dict[int, int], capfd: pytest.CaptureFixture[str]
) -> None:
    empty = min(y for y in held if y) - 1
    summary = ["export-summary", "--group", "1", "--year", str(empty), "--data-dir", str(demo)]
    out = str(tmp_path / "s.pdf")
    assert main([*summary, "--out", out, "--lang", "nl"]) == 1
    assert one_line(capfd) == (
        f"intervisie: fout: deze groep heeft in {empty} geen bijeenkomsten gehouden: er valt "
        "niets samen te vatten of te verklaren; er is niets geschreven"
    )
    assert main([*summary, "--out", out, "--lang", "en"]) == 1
    assert one_line(capfd).startswith("intervisie: error: no meeting of this group was held")
    missing = tmp_path / "nergens"
    assert main([*summary, "--out", str(missing / "s.pdf"), "--lang", "nl"]) == 2
    assert one_line(capfd) == f"intervisie: fout: De map {missing} bestaat niet."
    args = ["export-attendance-list", "--meeting", str(held[0]), "--date", "2020-01-01"]
    assert main([*args, "--data-dir", str(demo), "--out", out, "--lang", "nl"]) == 2
    assert "--date hoort bij --group" in one_line(capfd)
    assert main(["export-csv", "--group", "Niemand", "--data-dir", str(demo), "--out", out]) == 1
    assert one_line(capfd) == "intervisie: error: no group 'Niemand'"
