"""The minutes of a meeting as plain text, to paste into an e-mail to the group.

The PDF (minutes_pdf) says the same with the same words; both read a `Minutes` value, which
holds nothing confidential (see core.reports.minutes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intervisie_desktop.core.reports.minutes import Minutes, NextMeeting, SharedActions
    from intervisie_desktop.export.language import ExportLanguage

CONTEXT = "Minutes"
DASH = "\u2013"


def tr(t: ExportLanguage, text: str) -> str:
    return t.translate(CONTEXT, text)


def title(t: ExportLanguage) -> str:
    return tr(t, "Minutes of the meeting")


def when(t: ExportLanguage, m: Minutes | NextMeeting) -> str:
    """ "Monday 2 March 2026, 19:00–21:00, Utrecht (online)"."""
    text = f"{t.weekday_date(m.date)}, {t.clock(m.start)}{DASH}{t.clock(m.end)}"
    place = m.place + (" (" + tr(t, "online") + ")" if m.online else "")
    return f"{text}, {place.strip()}" if place.strip() else text


def attendance_lines(t: ExportLanguage, m: Minutes) -> list[tuple[str, str]]:
    """(label, names) for present, absent, excused and not recorded; empty lists left out
    except "present"."""
    rows = [(tr(t, "Present"), m.present)]
    rows += [
        (label, names)
        for label, names in (
            (tr(t, "Absent"), m.absent),
            (tr(t, "Excused"), m.excused),
            (tr(t, "Not recorded"), m.unrecorded),
        )
        if names
    ]
    return [(label, ", ".join(names) or DASH) for label, names in rows]


def action_head(t: ExportLanguage, a: SharedActions) -> str:
    if a.bringer:
        return tr(t, "{name}, on \u201c{topic}\u201d").format(name=a.bringer, topic=a.topic)
    return f"\u201c{a.topic}\u201d"


def next_text(t: ExportLanguage, m: Minutes) -> str:
    if m.next_meeting is None:
        return tr(t, "not planned yet")
    return when(t, m.next_meeting)


def minutes_text(m: Minutes, t: ExportLanguage) -> str:
    lines = [f"{title(t)} {DASH} {m.group_name}", when(t, m)]
    lines.append(f"{tr(t, 'Led by')}: {m.led_by or DASH}")
    if m.theme:
        lines.append(f"{tr(t, 'Theme')}: {m.theme}")
    lines.append("")
    lines += [f"{label}: {names}" for label, names in attendance_lines(t, m)]
    lines += ["", tr(t, "Topics")]
    lines += [f"- {topic}" for topic in m.topics] or [f"- {tr(t, 'no cases recorded')}"]
    lines += ["", f"{tr(t, 'Methods')}: {', '.join(m.methods) or DASH}", ""]
    lines.append(tr(t, "Agreed actions"))
    if m.actions:
        for action in m.actions:
            lines.append(f"- {action_head(t, action)}:")
            lines += [f"  {line}" for line in action.actions.splitlines() if line.strip()]
    else:
        lines.append(f"- {tr(t, 'none shared')}")
    lines += ["", f"{tr(t, 'Next meeting')}: {next_text(t, m)}"]
    if m.facilitator_name:
        lines += ["", f"{tr(t, 'Supervisor')}: {m.facilitator_name}"]
    return "\n".join(lines) + "\n"
