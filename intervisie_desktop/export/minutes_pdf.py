"""The minutes of a meeting as a PDF for the group: the same content as the e-mail text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.export.document import PageLabel, generated_on
from intervisie_desktop.export.html import STYLE, esc, h2, key_values, multiline
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.minutes_text import (
    DASH,
    action_head,
    airtime_rounds,
    airtime_title,
    attendance_lines,
    next_text,
    title,
    when,
)
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, write_pdf

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.reports.minutes import Minutes


def minutes_html(m: Minutes, t: ExportLanguage) -> str:
    no_cases = t.translate("Minutes", "no cases recorded")
    none_shared = t.translate("Minutes", "none shared")
    pairs = [
        (t.translate("Minutes", "Group"), esc(m.group_name)),
        (t.translate("Minutes", "Date"), esc(when(t, m))),
        (t.translate("Minutes", "Led by"), esc(m.led_by) or DASH),
    ]
    if m.theme:
        pairs.append((t.translate("Minutes", "Theme"), esc(m.theme)))
    pairs += [(esc(label), esc(names)) for label, names in attendance_lines(t, m)]
    topics = "".join(f"<li>{esc(topic)}</li>" for topic in m.topics)
    body = (
        STYLE
        + f"<h1>{esc(title(t))}</h1>"
        + key_values(pairs, 25)
        + h2(esc(t.translate("Minutes", "Topics")))
        + (f"<ul>{topics}</ul>" if topics else f"<p>{esc(no_cases)}</p>")
        + h2(esc(t.translate("Minutes", "Methods")))
        + f"<p>{esc(', '.join(m.methods)) or DASH}</p>"
        + h2(esc(t.translate("Minutes", "Agreed actions")))
    )
    if m.actions:
        for action in m.actions:
            body += f"<p><b>{esc(action_head(t, action))}</b><br>{multiline(action.actions)}</p>"
    else:
        body += f"<p>{esc(none_shared)}</p>"
    if m.airtime is not None:
        body += h2(esc(airtime_title(t)))
        for label, spread, turns in airtime_rounds(t, m.airtime):
            body += f"<p><b>{esc(label)}</b>: {esc(spread)}<br>{esc(', '.join(turns))}</p>"
    body += h2(esc(t.translate("Minutes", "Next meeting"))) + f"<p>{esc(next_text(t, m))}</p>"
    return body


def render_minutes(data: Minutes, path: Path, lang: str, progress: Progress | None = None) -> int:
    t = ExportLanguage(lang)
    name = title(t)
    meta = PdfMeta(
        title=f"{name} \u2014 {data.group_name} \u2014 {data.date.isoformat()}",
        author=data.facilitator_name,
        subject=t.translate("Minutes", "Minutes of the meeting of {date}").format(
            date=t.date_long(data.date)
        ),
        keywords=", ".join(["intervisie", name, data.date.isoformat()]),
        lang=lang,
    )
    frame = PageFrame(
        header_left=data.group_name,
        header_right=f"{name} {t.date_short(data.date)}",
        footer_left=generated_on(t),
        page_label=PageLabel(t),
    )
    return write_pdf(path, minutes_html(data, t), meta, frame, progress=progress)
