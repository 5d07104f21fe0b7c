"""The reflection statement per participant after SKJ's three dimensions: the year's meetings
and hours filled in, the three dimensions left open to write in, the participant's and the
supervisor's signatures. Each participant is a section of its own (own page numbers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.export.document import PageLabel, generated_on
from intervisie_desktop.export.html import STYLE, esc, h2, h3, key_values, signature_block
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, Section, write_sections

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from intervisie_desktop.core.reports.reflection import Reflection

DASH = "\u2013"
#: Room to write in: an empty ruled box of this many lines per dimension.
WRITING_LINES = 5


def _box() -> str:
    room = "<br>" * WRITING_LINES
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4"'
        f' style="border-style: solid; border-color: #9aa7b4;"><tr><td>{room}</td></tr></table>'
    )


def reflection_html(r: Reflection, t: ExportLanguage) -> str:
    c = r.certificate
    register = f"{c.register_name} {c.registration_number}".strip()
    pairs = [
        (t.translate("Reflection", "Participant"), esc(c.full_name)),
        (t.translate("Reflection", "Register and number"), esc(register) or DASH),
        (t.translate("Reflection", "Group"), esc(c.group_name)),
        (t.translate("Reflection", "Year"), str(c.year)),
        (t.translate("Reflection", "Meetings attended"), str(len(c.meetings))),
        (t.translate("Reflection", "Hours"), t.number(c.hours)),
    ]
    dimensions = [
        (
            t.translate("Reflection", "1. Technical-instrumental"),
            t.translate(
                "Reflection",
                "Methods, skills and knowledge: what did you learn about how you do your work?",
            ),
        ),
        (
            t.translate("Reflection", "2. Normative"),
            t.translate(
                "Reflection",
                "Values, standards, the professional code and ethical questions: what did you "
                "weigh, and how?",
            ),
        ),
        (
            t.translate("Reflection", "3. Personal"),
            t.translate(
                "Reflection",
                "Your own person: feelings, patterns and convictions, and how they affect your "
                "work.",
            ),
        ),
    ]
    html = (
        STYLE
        + f"<h1>{esc(t.translate('Reflection', 'Reflection statement'))}</h1>"
        + "<p class='big'>"
        + esc(t.translate("Reflection", "Guided peer consultation {year}").format(year=c.year))
        + "</p>"
        + key_values(pairs)
        + "<p class='small muted'>"
        + esc(
            t.translate(
                "Reflection",
                "Reflect on the three dimensions below in your own words. Write about your own "
                "learning; leave out anything that could identify a client or colleague.",
            )
        )
        + "</p>"
    )
    for heading, prompt in dimensions:
        html += h3(esc(heading)) + f"<p class='muted'>{esc(prompt)}</p>" + _box()
    html += "<br>" + signature_block(
        [
            (t.translate("Reflection", "Signature of the participant"), None),
        ]
    )
    html += h2(t.translate("Reflection", "Declaration by the supervisor"))
    html += (
        "<p>"
        + esc(
            t.translate(
                "Reflection",
                "I declare that {participant} took part in {meetings} meetings ({hours} hours) of "
                "peer consultation in {year} under my guidance, and reflected in them on the "
                "technical-instrumental, normative and personal dimensions of their work.",
            ).format(
                participant=c.full_name,
                meetings=len(c.meetings),
                hours=t.number(c.hours),
                year=c.year,
            )
        )
        + "</p>"
    )
    return html + signature_block(
        [
            (t.translate("Reflection", "Supervisor"), esc(c.facilitator_name) or None),
            (t.translate("Reflection", "Register and number"), esc(c.facilitator_register) or None),
            (t.translate("Reflection", "Place and date"), None),
            (t.translate("Reflection", "Signature"), None),
        ]
    )


def render_reflections(
    reflections: Sequence[Reflection], path: Path, lang: str, progress: Progress | None = None
) -> int:
    if not reflections:
        raise ValueError("no reflection statements to write")
    t = ExportLanguage(lang)
    first = reflections[0].certificate
    title = t.translate("Reflection", "Reflection statement")
    who = first.full_name if len(reflections) == 1 else first.group_name
    meta = PdfMeta(
        title=f"{title} {first.year} \u2014 {who}",
        author=first.facilitator_name,
        subject=t.translate(
            "Reflection", "Reflection on guided peer consultation in {year}, three dimensions"
        ).format(year=first.year),
        keywords=", ".join(["intervisie", title, "SKJ", str(first.year)]),
        lang=lang,
    )
    label, footer = PageLabel(t), generated_on(t)
    sections = [
        Section(
            reflection_html(r, t),
            PageFrame(
                header_left=f"{r.certificate.group_name} \u2014 {r.certificate.year}",
                header_right=f"{title} \u2014 {r.certificate.full_name}",
                footer_left=footer,
                page_label=label,
            ),
        )
        for r in reflections
    ]
    return write_sections(path, sections, meta, progress=progress)
