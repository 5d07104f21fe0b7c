"""Method cards and case-preparation forms for every built-in method, in both languages and on
both papers: each method's phases, rules and chair's script are on its card; a preparation form
fits one A4 page (two A5 pages)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.methods.catalogue import load_catalogue
from intervisie_desktop.core.methods.model import MethodKind
from intervisie_desktop.core.reports.method_kit import MEETING_BLOCKS
from intervisie_desktop.export.case_prep_pdf import render_case_prep
from intervisie_desktop.export.method_cards_pdf import MethodKit, render_method_cards
from intervisie_desktop.paths import methods_dir
from tests.export.pdftools import info, page_text
from tests.export.pdftools import text as pdf_text

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

CATALOGUE = load_catalogue(methods_dir())
METHODS = CATALOGUE.methods(MethodKind.METHOD)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("paper", ["a4", "a5"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_method_has_its_card_with_phases_and_script(
    qapp: QApplication, tmp_path: Path, lang: str, paper: str
) -> None:
    kit = MethodKit(
        "Groep Noord",
        "M. Kramer",
        6,
        "Wat hier gezegd wordt, blijft hier.",
        tuple(CATALOGUE.get(k) for k in MEETING_BLOCKS),
        tuple(METHODS),
    )
    out = tmp_path / "cards.pdf"
    pages = render_method_cards(kit, out, lang, paper)
    assert info(out)["Page size"].endswith(f"({paper.upper()})")
    shown = flat(pdf_text(out))
    assert "Wat hier gezegd wordt, blijft hier." in shown  # the group's agreements
    for method in METHODS:
        assert method.name.get(lang) in shown
        for phase in method.phases:
            assert phase.name.get(lang) in shown
            script = phase.script.get(lang)
            # The script's opening words (a paragraph may go on over a page break, where the
            # page's footer and the next header come in between).
            assert flat(script)[:30] in shown, (method.key, phase.name.get(lang))
    # Every method starts on a page of its own: its name heads the page.
    starts = [flat(page_text(out, n)) for n in range(1, pages + 1)]
    for method in METHODS:
        assert any(method.name.get(lang) in page.split(" Page ")[0][:200] for page in starts)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_preparation_form_fits_one_a4_page_for_every_method(
    qapp: QApplication, tmp_path: Path, lang: str
) -> None:
    for method in METHODS:
        a4, a5 = tmp_path / f"{method.key}-a4.pdf", tmp_path / f"{method.key}-a5.pdf"
        assert render_case_prep([method], a4, lang, "a4") == 1, method.key
        assert render_case_prep([method], a5, lang, "a5") <= 2, method.key
        shown = flat(pdf_text(a4))
        assert method.name.get(lang) in shown
        assert all(p.name.get(lang) in shown for p in method.phases)
