"""A form on which a case bringer prepares their case for a method: the question for the group,
the situation, what was tried, what they want from the group, and what the method will ask of
them. Printed empty: the program never fills in a case here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.methods.model import SpeakerMode
from intervisie_desktop.export.document import PageLabel, generated_on
from intervisie_desktop.export.html import RULE, STYLE, esc, h2
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.method_words import phase_time
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, Section, write_sections

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from intervisie_desktop.core.methods.model import MethodDef, PhaseDef


def writing_room(lines: int) -> str:
    """Ruled lines to write on."""
    rows = "".join('<tr><td style="font-size: 12pt;">&nbsp;</td></tr>' for _ in range(lines))
    return (
        f'<table width="100%" border="1" cellspacing="0" cellpadding="4"'
        f' style="border-collapse: collapse; border-color: {RULE}; border-style: solid;">'
        f"{rows}</table>"
    )


def your_part(t: ExportLanguage, phase: PhaseDef) -> str:
    """What the case bringer does in this phase."""
    if phase.case_bringer_away:
        return t.translate("MethodCards", "you turn away, listen and may take notes")
    if phase.case_bringer_silent:
        return t.translate("MethodCards", "you listen without reacting")
    if phase.speaker_mode is SpeakerMode.CASE_BRINGER:
        return t.translate("MethodCards", "you speak")
    if phase.speaker_mode is SpeakerMode.ROUND_WITHOUT_CASE_BRINGER:
        return t.translate("MethodCards", "the others take turns; you answer or listen")
    if phase.speaker_mode is SpeakerMode.SILENT:
        return t.translate("MethodCards", "everyone writes, you too")
    return t.translate("MethodCards", "you take part")


def prep_form(t: ExportLanguage, method: MethodDef, lines: int) -> str:
    lang = t.lang
    heading = t.translate("MethodCards", "Preparing your case")
    method_word = t.translate("MethodCards", "Method")
    html = STYLE + f"<h1>{esc(heading)}</h1>"
    html += f"<p><b>{esc(method_word)}:</b> {esc(method.name.get(lang))}</p>"
    html += (
        '<p class="muted">'
        + esc(
            t.translate(
                "MethodCards",
                "Keep it anonymous: initials or a pseudonym, no names, birth dates or "
                "institutions. This form is yours; you do not hand it in.",
            )
        )
        + "</p>"
    )
    html += h2(esc(t.translate("MethodCards", "What the method asks of you")))
    items = "".join(
        f"<li><b>{esc(p.name.get(lang))}</b> ({esc(phase_time(t, p))}): {esc(your_part(t, p))}</li>"
        for p in method.phases
    )
    html += f'<ul style="margin-top: 0; font-size: 8.5pt;">{items}</ul>'
    questions = [
        (
            t.translate("MethodCards", "1. My question for the group"),
            t.translate(
                "MethodCards", "One open question, for example: \u201cHow can I \u2026?\u201d"
            ),
            lines,
        ),
        (
            t.translate("MethodCards", "2. The situation"),
            t.translate(
                "MethodCards",
                "What happened, who was involved, what was your part, what makes it hard?",
            ),
            lines + 1,
        ),
        (
            t.translate("MethodCards", "3. What I have tried"),
            t.translate("MethodCards", "And what came of it."),
            lines,
        ),
        (
            t.translate("MethodCards", "4. What I want from the group"),
            t.translate("MethodCards", "Questions, other views, recognition, ideas, advice?"),
            lines,
        ),
    ]
    for title, hint, count in questions:
        html += h2(esc(title)) + f'<p class="muted">{esc(hint)}</p>' + writing_room(count)
    return html


def render_case_prep(
    methods: Sequence[MethodDef],
    path: Path,
    lang: str,
    paper: str = "a4",
    group_name: str = "",
    progress: Progress | None = None,
) -> int:
    t = ExportLanguage(lang)
    name = t.translate("MethodCards", "Preparing your case")
    lines = 4 if paper == "a4" else 3
    meta = PdfMeta(
        title=f"{name} \u2014 " + ", ".join(m.name.get(lang) for m in methods),
        author="",
        subject=t.translate("MethodCards", "Preparation form for the case bringer"),
        keywords=", ".join(["intervisie", name]),
        lang=lang,
    )
    sections = [
        Section(
            prep_form(t, m, lines),
            PageFrame(group_name, m.name.get(lang), generated_on(t), PageLabel(t)),
        )
        for m in methods
    ]
    return write_sections(path, sections, meta, progress=progress, paper=paper)
