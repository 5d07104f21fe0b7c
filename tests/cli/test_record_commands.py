"""export-record, export-year-plan and export-reflection from the command line, and argparse's
own usage errors in Dutch under --lang nl."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from tests.export.pdftools import text

if TYPE_CHECKING:
    from pathlib import Path


def meeting_ids(folder: Path) -> dict[MeetingStatus, int]:
    db = open_database(folder / DATABASE_NAME)
    try:
        found: dict[MeetingStatus, int] = {}
        for m in Services(db, methods_dir()).meetings.for_group(1):
            assert m.id is not None
            found.setdefault(m.status, m.id)
        return found
    finally:
        db.close()


def test_the_three_commands_write_their_pdfs(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    held = meeting_ids(demo)[MeetingStatus.HELD]
    data = ["--data-dir", str(demo)]
    assert (
        main(["export-record", "--meeting", str(held), "--out", str(tmp_path / "r.pdf"), *data])
        == 0
    )
    assert (
        main(
            [
                "export-year-plan",
                "--group",
                "1",
                "--year",
                "2026",
                "--lang",
                "en",
                "--out",
                str(tmp_path / "p.pdf"),
                *data,
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "export-reflection",
                "--group",
                "1",
                "--year",
                "2026",
                "--lang",
                "nl",
                "--out",
                str(tmp_path / "f.pdf"),
                *data,
            ]
        )
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3 and "meetings" in out[1] and "participants" in out[2]
    assert "Reflectieverklaring" in text(tmp_path / "f.pdf")
    assert "Year plan 2026" in text(tmp_path / "p.pdf")
    for name in ("r.pdf", "p.pdf", "f.pdf"):
        assert (tmp_path / name).stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export-record", "--meeting", "PLANNED"], "not marked as held"),
        (["export-record", "--meeting", "9999"], "no meeting 9999"),
        (["export-year-plan", "--group", "1", "--year", "2031"], "no meetings in 2031"),
        (["export-reflection", "--group", "nobody", "--year", "2026"], "no group"),
        (["export-reflection", "--group", "1", "--year", "2031"], "nobody attended"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    expected: str,
) -> None:
    planned = meeting_ids(demo)[MeetingStatus.PLANNED]
    args = [str(planned) if a == "PLANNED" else a for a in args]
    out = tmp_path / "x.pdf"
    code = main([*args, "--out", str(out), "--data-dir", str(demo)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert len(err) == 1 and expected in err[0], err
    assert not out.exists() and not list(tmp_path.glob("*.tmp*"))


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (["export-record"], "deze opties zijn verplicht: --meeting, --out"),
        (
            ["export-record", "--meeting", "x", "--out", "a.pdf"],
            "--meeting: 'x' is geen geldige waarde",
        ),
        (
            ["export-summary", "--group", "1", "--year", "12", "--out", "a.pdf"],
            "--year: geen jaartal: 12",
        ),
        (["list-groups", "--bogus"], "onbekende opties of argumenten: --bogus"),
        (["frobnicate"], "is geen keuze"),
    ],
)
def test_usage_errors_are_dutch_under_lang_nl(
    capsys: pytest.CaptureFixture[str], args: list[str], dutch: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "nl", *args])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert ": fout: " in err[0] and dutch in err[0], err
    assert "error" not in err[0] and "required" not in err[0]


def test_usage_errors_stay_english_without_lang(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export-record"])
    assert "error: the following arguments are required" in capsys.readouterr().err
