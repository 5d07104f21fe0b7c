"""`intervisie export-register-list` on the demo: the numbers of those present per held meeting
or year, text or CSV, leading zeros kept; every refusal one line, a nonzero exit and nothing
written; a file already there replaced in one step and said to be replaced."""

from __future__ import annotations

import stat
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.models import AttendanceStatus, MeetingStatus
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir

if TYPE_CHECKING:
    from pathlib import Path


def run(demo: Path, *args: str) -> int:
    return main(["export-register-list", "--data-dir", str(demo), *args])


def expected_numbers(demo: Path, meeting_id: int, register: str) -> list[str]:
    """The numbers straight from the tables: those present at the meeting, in seat order."""
    db = open_database(demo / DATABASE_NAME)
    services = Services(db, methods_dir())
    meeting = services.meetings.get(meeting_id)
    seats = {p.id: s.seat for s, p in services.memberships.members_of(meeting.group_id)}
    present = [
        p.id
        for p, a in services.attendance.for_meeting(meeting_id)
        if a is not None and a.status == AttendanceStatus.PRESENT
    ]
    regs = services.registrations.of_members([p for p in present if p is not None])
    db.close()
    return [
        r.number
        for member_id in sorted(regs, key=lambda m: seats[m])
        for r in regs[member_id]
        if r.register_key == register and r.number
    ]


def held_meetings(demo: Path, group_id: int) -> list[tuple[int, int]]:
    db = open_database(demo / DATABASE_NAME)
    found = [
        (m.id or 0, m.date.year)
        for m in Services(db, methods_dir()).meetings.for_group(group_id)
        if m.status == MeetingStatus.HELD
    ]
    db.close()
    return found


def one_line(capfd: pytest.CaptureFixture[str]) -> str:
    err = capfd.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err[:2000]
    return lines[0]


def test_one_meeting_as_text_one_number_a_line_zeros_kept(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id, _year = held_meetings(demo, 1)[0]
    out = tmp_path / "big.txt"
    assert run(demo, "--meeting", str(meeting_id), "--register", "big", "--out", str(out)) == 0
    numbers = expected_numbers(demo, meeting_id, "BIG")
    assert numbers and any(n.startswith("0") for n in numbers)  # the demo has leading zeros
    assert out.read_text(encoding="utf-8") == "".join(f"{n}\n" for n in numbers)
    assert all(len(n) == 11 for n in numbers)
    assert capsys.readouterr().out == f"{out}\t{len(numbers)} numbers of 1 meeting\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_year_as_csv_keeps_zeros_for_spreadsheets(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meetings = held_meetings(demo, 2)
    year = meetings[-1][1]
    of_year = [m for m, y in meetings if y == year]
    out = tmp_path / "big.csv"
    assert (
        run(demo, "--group", "2", "--year", str(year), "--register", "BIG", "--out", str(out)) == 0
    )
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[0] == "datum;begin;register;registratienummer" or lines[0].startswith("date,")
    rows = [line for line in lines[1:] if line]
    expected = [n for m in of_year for n in expected_numbers(demo, m, "BIG")]
    assert [r.rsplit(r[10], 1)[1] for r in rows] == [f'="{n}"' for n in expected]
    assert f"{len(expected)} numbers of {len(of_year)} meetings" in capsys.readouterr().out
    # the NIP list of the same year: the prefix is part of the number
    nip = tmp_path / "nip.txt"
    assert (
        run(demo, "--group", "2", "--year", str(year), "--register", "NIP", "--out", str(nip)) == 0
    )
    assert "NIP" in nip.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "says", "code"),
    [
        (["--meeting", "1", "--register", "XYZ"], "no register 'XYZ'; known registers: BIG", 2),
        (["--group", "1", "--register", "BIG"], "--group needs --year", 2),
        (["--meeting", "1", "--year", "2025", "--register", "BIG"], "--year goes with --group", 2),
        (["--meeting", "99999", "--register", "BIG"], "no meeting 99999", 1),
        (
            ["--group", "1", "--year", "1999", "--register", "BIG"],
            "no meeting of this group was held in 1999",
            1,
        ),
        (
            ["--group", "1", "--year", "{year}", "--register", "NOBCO"],
            "nobody present holds a NOBCO number",
            1,
        ),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    demo: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    args: list[str],
    says: str,
    code: int,
) -> None:
    year = held_meetings(demo, 1)[-1][1]
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "list.txt"
    out.write_text("kept\n", encoding="utf-8")
    args = [a.replace("{year}", str(year)) for a in args]
    assert run(demo, *args, "--out", str(out)) == code
    line = one_line(capfd)
    assert line.startswith("intervisie: error: ") and says in line, line
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert sorted(p.name for p in folder.iterdir()) == ["list.txt"]


def test_a_planned_meeting_has_no_list_and_other_outputs_are_refused(
    demo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    db = open_database(demo / DATABASE_NAME)
    planned = next(
        m.id
        for m in Services(db, methods_dir()).meetings.for_group(1)
        if m.status == MeetingStatus.PLANNED
    )
    db.close()
    out = tmp_path / "x.txt"
    assert run(demo, "--meeting", str(planned), "--register", "BIG", "--out", str(out)) == 1
    assert f"meeting {planned} was not held" in one_line(capfd) and not out.exists()
    pdf = tmp_path / "x.pdf"
    assert run(demo, "--meeting", "1", "--register", "BIG", "--out", str(pdf)) == 2
    assert "--out must name a .txt or .csv file" in one_line(capfd) and not pdf.exists()
    missing = tmp_path / "nowhere" / "x.txt"
    assert run(demo, "--meeting", "1", "--register", "BIG", "--out", str(missing)) == 2
    assert one_line(capfd).startswith("intervisie: error: ") and not missing.parent.exists()


def test_dutch_refusal_and_a_replaced_file_said_to_be_replaced(
    demo: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    meeting_id, _ = held_meetings(demo, 1)[0]
    out = tmp_path / "big.txt"
    out.write_text("oud\n", encoding="utf-8")
    args = ["--meeting", str(meeting_id), "--register", "BIG", "--out", str(out)]
    assert run(demo, *args) == 0
    assert capfd.readouterr().out.startswith(f"replaced {out}\t")
    assert "oud" not in out.read_text(encoding="utf-8")
    assert (
        main(
            [
                "export-register-list",
                "--data-dir",
                str(demo),
                "--lang",
                "nl",
                "--meeting",
                "99999",
                "--register",
                "BIG",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert one_line(capfd) == "intervisie: fout: geen bijeenkomst 99999"
