"""Rendered exports of the demo data, read back with poppler: content, pages, fonts, metadata,
both languages, and not one confidential text."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pytest
from sqlmodel import select

from intervisie_desktop.cli import main
from intervisie_desktop.core.models import Case, Group, Meeting, MeetingStatus, Note
from intervisie_desktop.core.reports import CellStatus
from intervisie_desktop.export import jobs
from intervisie_desktop.export.ics_export import fold
from intervisie_desktop.export.language import ExportLanguage
from tests.export import pdftools
from tests.export.conftest import write_pdfs

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.core.services import Services


@pytest.fixture(scope="module")
def target(demo_services: Services) -> tuple[int, int]:
    """The demo's first group and its busiest year."""
    with demo_services.db.session() as session:
        group = session.exec(select(Group).order_by(Group.id)).first()
        assert group is not None and group.id is not None
        years = [
            m.date.year
            for m in session.exec(
                select(Meeting).where(
                    Meeting.group_id == group.id, Meeting.status == MeetingStatus.HELD
                )
            )
        ]
    return group.id, max(set(years), key=years.count)


def confidential_texts(services: Services) -> list[str]:
    with services.db.session() as session:
        texts = []
        for case in session.exec(select(Case)):
            texts += [
                case.description,
                case.question,
                case.outcome,
                case.agreed_actions,
                case.follow_up_text,
            ]
        for note in session.exec(select(Note)):
            texts += [note.body]
        for meeting in session.exec(select(Meeting)):
            texts.append(meeting.evaluation)
    return sorted({t for t in texts if len(t.strip()) > 10})


@pytest.fixture(scope="module")
def exports(
    qapp: QApplication,
    demo_services: Services,
    target: tuple[int, int],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Path]:
    group_id, year = target
    out = tmp_path_factory.mktemp("exports")
    meeting_id = demo_services.meetings.for_group(group_id, year)[0].id
    assert meeting_id is not None
    made = write_pdfs(demo_services, group_id, year, meeting_id, out)
    for lang in ("nl", "en"):
        made[f"csv_{lang}"] = out / f"attendance_{lang}.csv"
        jobs.prepare_csv(demo_services, group_id, None, made[f"csv_{lang}"], lang).run()
        made[f"ics_{lang}"] = out / f"planned_{lang}.ics"
        jobs.prepare_calendar(demo_services, group_id, made[f"ics_{lang}"], lang).run()
    return made


def test_nothing_confidential_in_any_export(
    exports: dict[str, Path], demo_services: Services
) -> None:
    secrets = confidential_texts(demo_services)
    assert len(secrets) > 20  # the demo has cases and notes to hide
    for name, path in exports.items():
        content = pdftools.text(path) if path.suffix == ".pdf" else path.read_text("utf-8-sig")
        content = content.replace("\r\n ", "")  # unfold iCalendar lines
        assert len(content) > 200, name
        assert pdftools.leaks(content, secrets) == [], name


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_summary_content_matches_the_database(
    exports: dict[str, Path], demo_services: Services, target: tuple[int, int], lang: str
) -> None:
    group_id, year = target
    summary = jobs.summary_data(demo_services, group_id, year, lang)
    t = ExportLanguage(lang)
    text = pdftools.text(exports[f"summary_{lang}"])
    title = "Jaaroverzicht begeleide intervisie" if lang == "nl" else "Yearly summary of guided"
    assert title in text
    assert summary.group_name in text and summary.facilitator_register in text
    assert t.number(summary.total_minutes / 60) in text
    for meeting in summary.meetings:
        assert t.date_short(meeting.date) in text
        assert f"{t.clock(meeting.start)}\u2013{t.clock(meeting.end)}" in text
        for topic in meeting.topics:
            assert topic.split()[0] in text
    for member in summary.members:
        assert member.full_name in text
        line = f"{member.meetings_attended}/{len(summary.meetings)}"
        assert line in text
        assert t.number(member.minutes / 60) in text
    for goal in summary.goals:
        assert goal.goal.split()[0] in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pdfs_are_a4_with_fonts_embedded_and_metadata(exports: dict[str, Path], lang: str) -> None:
    for kind in ("summary", "certificates", "list"):
        path = exports[f"{kind}_{lang}"]
        info = pdftools.info(path)
        assert info["Page size"].startswith("595 x 842"), path.name
        assert info["Title"] and info["Author"] and info["Subject"], path.name
        fonts = pdftools.fonts(path)
        assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column
    subject = pdftools.info(exports[f"summary_{lang}"])["Subject"]
    assert ("aanwezigheid" in subject) == (lang == "nl")


def test_page_counts(
    exports: dict[str, Path], demo_services: Services, target: tuple[int, int]
) -> None:
    group_id, year = target
    summary = jobs.summary_data(demo_services, group_id, year, "en")
    attended = [m for m in summary.members if m.meetings_attended]
    assert int(pdftools.info(exports["certificates_en"])["Pages"]) == len(attended)
    assert int(pdftools.info(exports["list_nl"])["Pages"]) == 1
    pages = int(pdftools.info(exports["summary_en"])["Pages"])
    assert 3 <= pages <= 6
    # One document: its pages are numbered across the whole file.
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in pdftools.page_text(exports["summary_en"], n)
        assert f"Pagina {n} van {pages}" in pdftools.page_text(exports["summary_nl"], n)
    assert "Pagina 1 van 1" in pdftools.text(exports["list_nl"])


def test_csv_has_a_row_per_member_per_meeting(
    exports: dict[str, Path], demo_services: Services, target: tuple[int, int]
) -> None:
    group_id, _ = target
    rows = list(csv.reader(io.StringIO(exports["csv_nl"].read_text("utf-8-sig")), delimiter=";"))
    with demo_services.db.session() as session:
        from intervisie_desktop.core.reports import build_summary, years_with_meetings

        summaries = [
            build_summary(session, group_id, y) for _, y in years_with_meetings(session, group_id)
        ]
    expected = sum(
        c.status != CellStatus.NOT_MEMBER for s in summaries for m in s.members for c in m.cells
    )
    assert rows[0][0] == "groep" and len(rows) - 1 == expected
    minutes = {(r[1], r[5]): int(r[9]) for r in rows[1:]}
    for s in summaries:
        for member in s.members:
            total = sum(minutes.get((m.date.isoformat(), member.full_name), 0) for m in s.meetings)
            assert total == member.minutes
    english = exports["csv_en"].read_text("utf-8-sig").splitlines()
    assert english[0].startswith("group,date,start,end")


def test_ics_follows_rfc5545(
    exports: dict[str, Path], demo_services: Services, target: tuple[int, int]
) -> None:
    group_id, _ = target
    raw = exports["ics_en"].read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    text = raw.decode("utf-8").replace("\r\n ", "")
    planned = [
        m for m in demo_services.meetings.for_group(group_id) if m.status == MeetingStatus.PLANNED
    ]
    assert text.count("BEGIN:VEVENT") == len(planned) > 0
    uids = [line for line in text.split("\r\n") if line.startswith("UID:")]
    assert len(set(uids)) == len(planned)
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam" in text
    for meeting in planned:
        start = (
            f"DTSTART;TZID=Europe/Amsterdam:{meeting.date:%Y%m%d}T{meeting.planned_start:%H%M}00"
        )
        assert start in text
    assert "DTSTAMP:" in text and "Intervisie: " in exports["ics_nl"].read_text("utf-8")


def test_fold_keeps_utf8_characters_whole() -> None:
    line = "SUMMARY:" + "ë" * 100
    folded = fold(line)
    pieces = folded.split("\r\n ")
    assert all(len(p.encode()) <= 75 for p in pieces)
    assert "".join(pieces) == line


def test_command_line_exports(
    qapp: QApplication,
    demo_dir: Path,
    target: tuple[int, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    group_id, year = target
    out = tmp_path / "s.pdf"
    args = ["export-summary", "--data-dir", str(demo_dir), "--group", str(group_id)]
    assert main([*args, "--year", str(year), "--out", str(out), "--lang", "en", "--no-topics"]) == 0
    assert out.exists() and "pages" in capsys.readouterr().out
    text = pdftools.normalise(pdftools.text(out))
    assert "topic labels of the cases have been left out" in text
    bad = ["export-summary", "--data-dir", str(demo_dir), "--group", "nope", "--year", "2025"]
    assert main([*bad, "--out", str(tmp_path / "x.pdf")]) == 1
    assert "no group" in capsys.readouterr().err
    folder = tmp_path / "all"
    assert main(["export-all", "--data-dir", str(demo_dir), "--out", str(folder)]) == 0
    assert len(list(folder.rglob("*.pdf"))) == 4  # two groups, two years each


def test_a_batch_works_out_each_groups_development_once_as_each_summary_alone_would(
    qapp: QApplication,
    demo_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = jobs.group_development
    asked: list[int] = []

    def counted(session: Any, group_id: int) -> Any:
        asked.append(group_id)
        return real(session, group_id)

    monkeypatch.setattr(jobs, "group_development", counted)
    plan = jobs.plan_batch(demo_services, tmp_path / "all")
    files, _pages = jobs.run_batch(demo_services, tmp_path / "all", "nl")
    groups = [group_id for group_id, _name, _year, _path in plan.items]
    assert files == len(plan.items) and len(groups) > len(set(groups))  # groups with more years
    assert sorted(asked) == sorted(set(groups))
    for group_id, _name, year, _path in plan.items:
        alone = jobs.summary_data(demo_services, group_id, year, "nl")
        with demo_services.db.session() as session:
            whole = real(session, group_id)
        shared = jobs.summary_data(demo_services, group_id, year, "nl", development=whole)
        assert shared.development == alone.development
        assert alone.development is not None and alone.development.meetings
        assert all(p.date.year <= year for p in alone.development.meetings)
        assert replace(shared, options=alone.options) == alone
