"""The safety check on paper: seven statements on how safe the group feels to learn in, each
answered on five points, anonymous (no name on the form). The supervisor hands it out, collects
the forms folded, and types the tally of answers in on the Development tab.

The statements are our own wording of team psychological safety (Edmondson's construct): daring
to speak of mistakes, to name what is hard, to differ, to take a risk, to ask for help, trusting
that no one uses it against you, and being valued. Statement 5 is worded the other way round."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.export.document import PageLabel, generated_on
from intervisie_desktop.export.html import STYLE, esc, grid, key_values
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, write_pdf

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

BOX = "\u2610"  # an empty ballot box to tick


def safety_statements(translate: Callable[[str, str], str]) -> list[str]:
    """The seven statements, in the order of the form and of the tally."""
    return [
        translate(
            "SafetyCheck",
            "When something went wrong in my work, I can say so in this group without being "
            "judged for it.",
        ),
        translate("SafetyCheck", "In this group we can name what is difficult, also between us."),
        translate(
            "SafetyCheck", "Someone who sees things differently is heard here, not pushed aside."
        ),
        translate("SafetyCheck", "I dare to bring in a case I feel unsure or uneasy about."),
        translate("SafetyCheck", "I find it hard to ask this group for help."),
        translate("SafetyCheck", "I trust that nobody here will use what I share against me."),
        translate("SafetyCheck", "What I know and can do is valued and used in this group."),
    ]


def safety_options(translate: Callable[[str, str], str]) -> list[str]:
    """The five answers, from disagree to agree (scored 1 to 5)."""
    return [
        translate("SafetyCheck", "Strongly disagree"),
        translate("SafetyCheck", "Disagree"),
        translate("SafetyCheck", "Neither"),
        translate("SafetyCheck", "Agree"),
        translate("SafetyCheck", "Strongly agree"),
    ]


def safety_form_html(group_name: str, t: ExportLanguage) -> str:
    options = safety_options(t.translate)
    title = t.translate("SafetyCheck", "How safe is our group to learn in?")
    rows = [
        [str(i), esc(text), *[f'<span style="font-size: 15pt;">{BOX}</span>'] * len(options)]
        for i, text in enumerate(safety_statements(t.translate), start=1)
    ]
    return (
        STYLE
        + f"<h1>{esc(title)}</h1>"
        + key_values(
            [
                (t.translate("SafetyCheck", "Group"), esc(group_name)),
                (t.translate("SafetyCheck", "Date"), "_" * 20),
            ],
            20,
        )
        + "<br><p>"
        + esc(
            t.translate(
                "SafetyCheck",
                "This form is anonymous: do not write your name on it. Tick one box per "
                "statement, the one that fits best how you experience the group now. There are "
                "no right answers. Fold the form and hand it in; only the totals of the group are "
                "kept.",
            )
        )
        + "</p><br>"
        + grid(
            ["#", t.translate("SafetyCheck", "Statement"), *(esc(o) for o in options)],
            rows,
            [4, 46, 10, 10, 10, 10, 10],
            ["right", "left", "center", "center", "center", "center", "center"],
            10,
            6,
        )
        + '<p class="small muted"><br>'
        + esc(
            t.translate(
                "SafetyCheck",
                "The statements are our own wording of what is known as team psychological "
                "safety: a shared sense that the group is safe for taking interpersonal risks.",
            )
        )
        + "</p>"
    )


def render_safety_form(
    group_name: str, path: Path, lang: str, progress: Progress | None = None
) -> int:
    t = ExportLanguage(lang)
    title = t.translate("SafetyCheck", "Safety check")
    meta = PdfMeta(
        title=f"{title} \u2014 {group_name}",
        author="",
        subject=t.translate("SafetyCheck", "Anonymous questionnaire on safety in the group"),
        keywords=", ".join(["intervisie", title]),
        lang=lang,
    )
    frame = PageFrame(
        header_left=group_name,
        header_right=title,
        footer_left=generated_on(t),
        page_label=PageLabel(t),
    )
    return write_pdf(path, safety_form_html(group_name, t), meta, frame, progress=progress)
