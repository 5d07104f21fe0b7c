"""Participant certificates: in one PDF or one PDF per participant, each a document of its own
(own page numbers and header), so a register can read any one certificate by itself."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from intervisie_desktop.export.attendance_text import partial_span
from intervisie_desktop.export.document import PageLabel, declaration, generated_on
from intervisie_desktop.export.html import STYLE, esc, grid, h2, key_values, multiline
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, Section, write_sections
from intervisie_desktop.export.register_lines import status_line

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from intervisie_desktop.core.reports import Certificate, CertificateMeeting


def _time_cell(m: CertificateMeeting, t: ExportLanguage) -> str:
    """The meeting's time; for a partial attendance also when the participant came and left."""
    text = f"{t.clock(m.start)}\u2013{t.clock(m.end)}"
    if m.partial:
        span = partial_span(m.arrived, m.left, m.minutes, t)
        partly = t.translate("Certificate", "partly")
        text += f"<br><i>{esc(partly)}: {esc(span)}</i>"
    return text


def _place(m: CertificateMeeting, t: ExportLanguage) -> str:
    place = esc(m.place) or "\u2013"
    if m.online:
        place += " (" + esc(t.translate("Certificate", "online")) + ")"
    return place


def _content(m: CertificateMeeting, t: ExportLanguage) -> str:
    """Methods, then the topic labels (never case content)."""
    parts = []
    if m.methods:
        parts.append(", ".join(esc(x) for x in m.methods))
    parts += [f"<span class='muted'>{esc(x)}</span>" for x in m.topics]
    return "<br>".join(parts) or "\u2013"


def certificate_html(c: Certificate, t: ExportLanguage) -> str:
    title = t.translate("Certificate", "Certificate of participation")
    sub = t.translate("Certificate", "Guided peer consultation {year}").format(year=c.year)
    register = f"{c.register_name} {c.registration_number}".strip()
    pairs = [
        (t.translate("Certificate", "Participant"), esc(c.full_name)),
        (t.translate("Certificate", "Register and number"), esc(register) or "\u2013"),
        (t.translate("Certificate", "Group"), esc(c.group_name)),
        (t.translate("Certificate", "Profession or context"), esc(c.context) or "\u2013"),
        (t.translate("Certificate", "Year"), str(c.year)),
        (t.translate("Certificate", "Meetings attended"), str(len(c.meetings))),
        (t.translate("Certificate", "Hours"), t.number(c.hours)),
        *[
            (rules, esc(status_line(r, t.translate, t.number)))
            for rules in [t.translate("Certificate", "Register rules")]
            for r in c.register_rules
        ],
        (
            t.translate("Certificate", "Points"),
            t.translate("Certificate", "{points} ({per_hour} per hour)").format(
                points=t.number(c.points),
                per_hour=t.number(c.points_per_hour, 2 if c.points_per_hour % 1 else 0),
            ),
        ),
    ]
    rows = [
        [
            str(i),
            esc(t.date_long(m.date)),
            _time_cell(m, t),
            _place(m, t),
            _content(m, t),
            t.number(m.minutes / 60),
        ]
        for i, m in enumerate(c.meetings, start=1)
    ]
    headers = [
        "#",
        t.translate("Certificate", "Date"),
        t.translate("Certificate", "Time"),
        t.translate("Certificate", "Place"),
        t.translate("Certificate", "Methods and topics"),
        t.translate("Certificate", "Hours"),
    ]
    html = (
        f"<h1>{esc(title)}</h1><p class='big'>{esc(sub)}</p><br>"
        + key_values(pairs)
        + h2(t.translate("Certificate", "Meetings attended"))
    )
    if rows:
        html += grid(
            headers,
            rows,
            [5, 19, 20, 16, 30, 10],
            ["right", "left", "left", "left", "left", "right"],
            8,
            2,
        )
    else:
        html += "<p>" + t.translate("Certificate", "No meetings attended in this year.") + "</p>"
    if c.goals:
        html += h2(t.translate("Certificate", "Learning goals"))
        for goal in c.goals:
            html += f"<p><b>{multiline(goal.goal)}</b>"
            if goal.evaluation:
                html += f"<br>{multiline(goal.evaluation)}"
            html += "</p>"
    html += h2(t.translate("Certificate", "Declaration by the supervisor"))
    return html + declaration(
        c.facilitator_name, c.facilitator_register, c.year, t, participant=c.full_name
    )


def _meta(t: ExportLanguage, certificates: Sequence[Certificate]) -> PdfMeta:
    first = certificates[0]
    who = first.full_name if len(certificates) == 1 else first.group_name
    return PdfMeta(
        title=t.translate("Certificate", "Certificate of participation {year} \u2014 {who}").format(
            year=first.year, who=who
        ),
        author=first.facilitator_name,
        subject=t.translate(
            "Certificate", "Meetings and hours of guided peer consultation in {year}"
        ).format(year=first.year),
        keywords=", ".join(
            [
                "intervisie",
                t.translate("Certificate", "Certificate of participation"),
                str(first.year),
            ]
        ),
        lang=t.lang,
    )


def render_certificates(
    certificates: Sequence[Certificate],
    path: Path,
    lang: str,
    progress: Progress | None = None,
) -> int:
    """All certificates in one PDF, each starting on a new page with its own page numbers and
    header, exactly as its separate file would show it."""
    if not certificates:
        raise ValueError("no certificates to write")
    t = ExportLanguage(lang)
    label = PageLabel(t)
    footer = generated_on(t)
    sections = [
        Section(
            STYLE + certificate_html(c, t),
            PageFrame(
                header_left=f"{c.group_name} \u2014 {c.year}",
                # The participant's name on every page: a page that runs over names them too.
                header_right=t.translate("Certificate", "Certificate of participation")
                + f" \u2014 {c.full_name}",
                footer_left=footer,
                page_label=label,
            ),
        )
        for c in certificates
    ]
    return write_sections(path, sections, _meta(t, certificates), progress=progress)


def certificate_file_name(c: Certificate) -> str:
    """A safe file name per participant: year, group and name."""
    raw = f"{c.year} {c.group_name} - {c.full_name}"
    return re.sub(r"[^\w\- .()]+", "_", raw).strip() + ".pdf"


def render_certificates_apart(
    certificates: Sequence[Certificate],
    folder: Path,
    lang: str,
    progress: Progress | None = None,
) -> list[Path]:
    """One PDF per participant in `folder`; progress counts participants."""
    written = []
    for i, certificate in enumerate(certificates):
        if progress is not None and not progress(i, len(certificates)):
            from intervisie_desktop.export.pdf import ExportCancelled

            raise ExportCancelled
        target = folder / certificate_file_name(certificate)
        render_certificates([certificate], target, lang)
        written.append(target)
    if progress is not None:
        progress(len(certificates), len(certificates))
    return written
