"""The yearly summary's development section and the safety check form: group-level figures only
(no name, no single answer, a mean only of three answers or more), in Dutch and English."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.export import jobs
from intervisie_desktop.export.safety_form_pdf import render_safety_form
from tests.export.pdftools import page_count, text

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.core.services import Services

NAMES = ("Anna Zwartkoffer", "Bram Pimpernel", "Carla Vlierboom", "Dirk Wolkenveld")


def flat(pdf: Path) -> str:
    return " ".join(text(pdf).split())


@pytest.fixture
def group_id(services: Services) -> int:
    group = services.groups.create(name="Leergroep Deventer", guided=True).value
    assert group.id is not None
    people = []
    for name in NAMES:
        person = services.members.create(full_name=name).value
        assert person.id is not None
        services.memberships.add(group.id, person.id, date(2025, 1, 1))
        people.append(person.id)
    days = (date(2025, 2, 3), date(2025, 4, 7), date(2025, 6, 2))
    ids = []
    for day in days:
        m = services.meetings.create(
            group_id=group.id,
            date=day,
            planned_start=time(14),
            planned_end=time(16),
            status=MeetingStatus.HELD,
        ).value
        assert m.id is not None
        ids.append(m.id)
        for person in people:
            services.attendance.record(m.id, person, "present")
    services.evaluations.record(ids[0], {"overall": [1, 7, 3, 2, 0], "safety": [0, 0, 0]})
    services.evaluations.record(ids[1], {"overall": [10, 10]})  # two answers: no mean shown
    services.meetings.update(ids[2], led_by_member_id=people[3])
    shown = services.safety_checks.create(group_id=group.id, date=date(2025, 3, 3)).value
    services.safety_checks.set_counts(shown.id, [[0, 0, 1, 2, 1]] * 7)
    hidden = services.safety_checks.create(group_id=group.id, date=date(2025, 5, 5)).value
    services.safety_checks.set_counts(hidden.id, [[0, 0, 0, 0, 2]] * 7)
    return group.id


@pytest.mark.parametrize(
    ("lang", "start", "end", "words"),
    [
        (
            "en",
            "5. Development of the group",
            "6. Declaration",
            ["Overall rating (0\u201310)", "Chaired by a member", "Safety checks", "3 March 2025"],
        ),
        (
            "nl",
            "5. Ontwikkeling van de groep",
            "6. Verklaring",
            ["Totaaloordeel (0\u201310)", "Voorgezeten door een lid", "Veiligheidschecks"],
        ),
    ],
)
def test_the_summary_section_holds_group_figures_and_nothing_of_one_member(
    qapp: QApplication,
    services: Services,
    group_id: int,
    tmp_path: Path,
    lang: str,
    start: str,
    end: str,
    words: list[str],
) -> None:
    path = tmp_path / f"summary_{lang}.pdf"
    job = jobs.prepare_summary(services, group_id, 2025, path, lang)
    assert job.development is not None  # the chart, recorded on this (GUI) thread
    job.run()
    whole = flat(path)
    section = whole[whole.index(start) : whole.index(end)]
    for word in words:
        assert word in section
    # The year: 7 ratings (5 + 2), mean 33 / 7 = 4.7; attendance 12 of 12; 1 of 3 member-chaired.
    assert ("4.7" if lang == "en" else "4,7") in section
    assert "100%" in section and "33%" in section
    # The meeting of two answers gets no mean of its own, nor the check of two forms a row.
    assert "10.0" not in section and "10,0" not in section
    assert "5 May 2025" not in section and "5 mei 2025" not in section
    for name in NAMES:
        for part in name.split():
            assert part not in section
    for answers in ("1 7 3 2 0", "1, 7, 3", "10 10", "0 0 0"):
        assert answers not in whole
    assert page_count(path) >= 2


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            ["How safe is our group to learn in?", "Strongly disagree", "do not write your name"],
        ),
        ("nl", ["Hoe veilig is onze groep om in te leren?", "Helemaal oneens", "zet er uw naam"]),
    ],
)
def test_the_safety_form_is_anonymous_and_complete(
    qapp: QApplication, tmp_path: Path, lang: str, expected: list[str]
) -> None:
    path = tmp_path / f"form_{lang}.pdf"
    assert render_safety_form("Leergroep Deventer", path, lang) == 1
    shown = flat(path)
    for words in expected:
        assert words in shown
    assert "Leergroep Deventer" in shown
    for number in range(1, 8):
        assert f" {number} " in f" {shown} "
    assert shown.count("\u2610") == 35  # five boxes for each of the seven statements
