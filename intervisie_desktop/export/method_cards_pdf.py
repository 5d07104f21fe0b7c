"""Method cards: a kit with which a group meets without the program. One card for the course of
a meeting (its standard blocks and the group's agreements), then one per method: phases, time,
who speaks, the rules of each phase and the chair's script. A4 or A5, Dutch or English."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from intervisie_desktop.export.document import PageLabel, generated_on
from intervisie_desktop.export.html import STYLE, esc, grid, h2, h3, multiline
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.method_words import (
    number,
    phase_time,
    rules,
    total_minutes,
    who_speaks,
)
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, Section, write_sections

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.methods.model import MethodDef


@dataclass(frozen=True)
class MethodKit:
    group_name: str
    facilitator_name: str
    group_size: int  # current members: rounds are timed for this many
    ground_rules: str
    blocks: tuple[MethodDef, ...]  # the course of a meeting, in order
    methods: tuple[MethodDef, ...]


def _phase_table(t: ExportLanguage, method: MethodDef, small: bool) -> str:
    rows = []
    for n, phase in enumerate(method.phases, start=1):
        said = [esc(phase.instruction.get(t.lang))] + [f"<i>{esc(r)}</i>" for r in rules(t, phase)]
        rows.append(
            [
                str(n),
                f"<b>{esc(phase.name.get(t.lang))}</b>",
                esc(phase_time(t, phase)),
                esc(who_speaks(t, phase.speaker_mode)),
                "<br>".join(s for s in said if s),
            ]
        )
    headers = [
        "#",
        t.translate("MethodCards", "Phase"),
        t.translate("MethodCards", "Time"),
        t.translate("MethodCards", "Who speaks"),
        t.translate("MethodCards", "Instruction and rules"),
    ]
    return grid(
        headers,
        rows,
        [4, 20, 14, 18, 44],
        ["right", "left", "left", "left", "left"],
        7.5 if small else 8.5,
    )


def _length(t: ExportLanguage, method: MethodDef, size: int) -> str:
    return t.translate("MethodCards", "About {minutes} minutes with {people} people.").format(
        minutes=number(t, round(total_minutes(method, size))), people=size
    )


def method_card(t: ExportLanguage, method: MethodDef, size: int, small: bool) -> str:
    lang = t.lang
    html = STYLE + f"<h1>{esc(method.name.get(lang))}</h1>"
    if method.summary.get(lang):
        html += f"<p>{esc(method.summary.get(lang))}</p>"
    if method.when_to_use.get(lang):
        when = esc(t.translate("MethodCards", "When to use"))
        html += f"<p><b>{when}:</b> {esc(method.when_to_use.get(lang))}</p>"
    html += f'<p class="muted">{esc(_length(t, method, size))}</p>'
    html += _phase_table(t, method, small)
    html += h2(esc(t.translate("MethodCards", "The chair's script")))
    for n, phase in enumerate(method.phases, start=1):
        script = phase.script.get(lang)
        if script:
            html += h3(f"{n}. {esc(phase.name.get(lang))}") + f"<p>{esc(script)}</p>"
    if method.source:
        source = t.translate("MethodCards", "Source: {source}").format(source=method.source)
        html += f'<p class="small muted">{esc(source)}</p>'
    return html


def course_card(t: ExportLanguage, kit: MethodKit, small: bool) -> str:
    heading = t.translate("MethodCards", "How a meeting goes")
    html = STYLE + f"<h1>{esc(heading)}</h1>"
    html += (
        "<p>"
        + esc(
            t.translate(
                "MethodCards",
                "Each meeting follows these parts; the method for the case comes between choosing "
                "the case and the evaluation. The chair keeps the steps and the time.",
            )
        )
        + "</p>"
    )
    if kit.ground_rules.strip():
        html += (
            h2(esc(t.translate("MethodCards", "Our agreements")))
            + f"<p>{multiline(kit.ground_rules)}</p>"
        )
    for number_, block in enumerate(kit.blocks, start=1):
        minutes = number(t, round(total_minutes(block, kit.group_size)))
        # An empty line first: QTextDocument drops a heading's top margin after a table.
        html += '<p style="margin: 0; font-size: 5pt;">&nbsp;</p>'
        html += h3(f"{number_}. {esc(block.name.get(t.lang))} ({esc(minutes)} min)")
        html += _phase_table(t, block, small)
    return html


def render_method_cards(
    kit: MethodKit, path: Path, lang: str, paper: str = "a4", progress: Progress | None = None
) -> int:
    t = ExportLanguage(lang)
    name = t.translate("MethodCards", "Method cards")
    small = paper == "a5"
    meta = PdfMeta(
        title=f"{name} \u2014 {kit.group_name}",
        author=kit.facilitator_name,
        subject=t.translate("MethodCards", "Method cards for a meeting without the program"),
        keywords=", ".join(["intervisie", name, *(m.name.get(lang) for m in kit.methods)]),
        lang=lang,
    )

    def frame(right: str) -> PageFrame:
        return PageFrame(kit.group_name, right, generated_on(t), PageLabel(t))

    sections = [
        Section(course_card(t, kit, small), frame(t.translate("MethodCards", "How a meeting goes")))
    ]
    sections += [
        Section(method_card(t, m, kit.group_size, small), frame(m.name.get(lang)))
        for m in kit.methods
    ]
    return write_sections(path, sections, meta, progress=progress, paper=paper)
