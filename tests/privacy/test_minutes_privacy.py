"""Minutes go to the whole group: planted text in every confidential field (case description,
question, outcome, follow-up, the actions of a case not switched on, the meeting's evaluation,
notes, learning goals, e-mail, the next meeting's case) reaches neither the PDF nor the e-mail
text, in either language; the actions of the case switched on do."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main
from tests.export.pdftools import text as pdf_text
from tests.minutes_data import PLANTED, SHARED, planted_database

if TYPE_CHECKING:
    from pathlib import Path


def found(text: str) -> list[str]:
    low = text.lower()
    return [name for name, word in PLANTED.items() if word.lower() in low]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nothing_confidential_reaches_the_minutes(tmp_path: Path, lang: str) -> None:
    data = tmp_path / "data"
    ids = planted_database(data)
    pdf, txt = tmp_path / "notulen.pdf", tmp_path / "notulen.txt"
    for out in (pdf, txt):
        args = ["export-minutes", "--meeting", str(ids["held"]), "--lang", lang]
        assert main([*args, "--data-dir", str(data), "--out", str(out)]) == 0
    as_text = txt.read_text(encoding="utf-8")
    in_pdf = pdf_text(pdf)
    for shown in (as_text, in_pdf):
        assert found(shown) == []
        assert SHARED in shown  # the one shareable case's actions are there: the check can see
        assert "Grenzen stellen" in shown and "Overdracht" in shown
        assert "Cora Smit" in shown and "Dirk Bos" in shown
    # The raw bytes too (a PDF may hold text outside what pdftotext shows: metadata).
    raw = pdf.read_bytes().lower()
    assert [n for n, w in PLANTED.items() if w.lower().encode() in raw] == []


def test_nothing_confidential_is_on_the_method_cards_or_the_forms(tmp_path: Path) -> None:
    data = tmp_path / "data"
    planted_database(data)
    cards, forms = tmp_path / "kaarten.pdf", tmp_path / "voorbereiding.pdf"
    common = ["--data-dir", str(data), "--group", "Groep Noord", "--lang", "nl"]
    assert main(["export-method-cards", *common, "--out", str(cards)]) == 0
    assert main(["export-case-prep", *common, "--out", str(forms)]) == 0
    for pdf in (cards, forms):
        shown = pdf_text(pdf)
        assert found(shown) == []
        assert "Incidentmethode" in shown and "Roddelmethode" in shown  # the group's methods
