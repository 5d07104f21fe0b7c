"""The minutes of a meeting as plain text, to paste into an e-mail to the group.

The PDF (minutes_pdf) says the same with the same words; both read a `Minutes` value, which
holds nothing confidential (see core.reports.minutes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intervisie_desktop.core.reports.minutes import Minutes, NextMeeting, SharedActions
    from intervisie_desktop.core.session.airtime import Airtime, Spread
    from intervisie_desktop.export.language import ExportLanguage

DASH = "\u2013"


def title(t: ExportLanguage) -> str:
    return t.translate("Minutes", "Minutes of the meeting")


def when(t: ExportLanguage, m: Minutes | NextMeeting) -> str:
    """ "Monday 2 March 2026, 19:00–21:00, Utrecht (online)"."""
    text = f"{t.weekday_date(m.date)}, {t.clock(m.start)}{DASH}{t.clock(m.end)}"
    place = m.place + (" (" + t.translate("Minutes", "online") + ")" if m.online else "")
    return f"{text}, {place.strip()}" if place.strip() else text


def attendance_lines(t: ExportLanguage, m: Minutes) -> list[tuple[str, str]]:
    """(label, names) for present, absent, excused and not recorded; empty lists left out
    except "present"."""
    rows = [(t.translate("Minutes", "Present"), m.present)]
    rows += [
        (label, names)
        for label, names in (
            (t.translate("Minutes", "Absent"), m.absent),
            (t.translate("Minutes", "Excused"), m.excused),
            (t.translate("Minutes", "Not recorded"), m.unrecorded),
        )
        if names
    ]
    return [(label, ", ".join(names) or DASH) for label, names in rows]


def action_head(t: ExportLanguage, a: SharedActions) -> str:
    if a.bringer:
        return t.translate("Minutes", "{name}, on \u201c{topic}\u201d").format(
            name=a.bringer, topic=a.topic
        )
    return f"\u201c{a.topic}\u201d"


def next_text(t: ExportLanguage, m: Minutes) -> str:
    if m.next_meeting is None:
        return t.translate("Minutes", "not planned yet")
    return when(t, m.next_meeting)


def clock(seconds: float) -> str:
    """ "1:05" for 65 s, as the session timer shows it."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def spread_text(t: ExportLanguage, spread: Spread) -> str:
    return t.translate("Minutes", "shortest {shortest}, median {median}, longest {longest}").format(
        shortest=clock(spread.shortest), median=clock(spread.median), longest=clock(spread.longest)
    )


def airtime_title(t: ExportLanguage) -> str:
    return t.translate("Minutes", "Speaking time (measured by the session timer)")


def airtime_rounds(t: ExportLanguage, airtime: Airtime) -> list[tuple[str, str, list[str]]]:
    """(round, spread, "name 1:05" per turn) per round, then the whole session."""
    rounds = [
        (
            f"{r.method.get(t.lang)} · {r.phase.get(t.lang)}",
            spread_text(t, r.spread),
            [f"{turn.name} {clock(turn.seconds)}" for turn in r.turns],
        )
        for r in airtime.rounds
    ]
    if airtime.spread is not None:
        rounds.append(
            (
                t.translate("Minutes", "Whole session"),
                spread_text(t, airtime.spread),
                [f"{s.name} {clock(s.seconds)}" for s in airtime.speakers],
            )
        )
    return rounds


def minutes_text(m: Minutes, t: ExportLanguage) -> str:
    led_by = t.translate("Minutes", "Led by")
    theme = t.translate("Minutes", "Theme")
    no_cases = t.translate("Minutes", "no cases recorded")
    methods = t.translate("Minutes", "Methods")
    none_shared = t.translate("Minutes", "none shared")
    next_meeting = t.translate("Minutes", "Next meeting")
    supervisor = t.translate("Minutes", "Supervisor")
    lines = [f"{title(t)} {DASH} {m.group_name}", when(t, m)]
    lines.append(f"{led_by}: {m.led_by or DASH}")
    if m.theme:
        lines.append(f"{theme}: {m.theme}")
    lines.append("")
    lines += [f"{label}: {names}" for label, names in attendance_lines(t, m)]
    lines += ["", t.translate("Minutes", "Topics")]
    lines += [f"- {topic}" for topic in m.topics] or [f"- {no_cases}"]
    lines += ["", f"{methods}: {', '.join(m.methods) or DASH}", ""]
    lines.append(t.translate("Minutes", "Agreed actions"))
    if m.actions:
        for action in m.actions:
            lines.append(f"- {action_head(t, action)}:")
            lines += [f"  {line}" for line in action.actions.splitlines() if line.strip()]
    else:
        lines.append(f"- {none_shared}")
    if m.airtime is not None:
        lines += ["", airtime_title(t)]
        for label, spread, turns in airtime_rounds(t, m.airtime):
            lines += [f"- {label}: {spread}", f"  {', '.join(turns)}"]
    lines += ["", f"{next_meeting}: {next_text(t, m)}"]
    if m.facilitator_name:
        lines += ["", f"{supervisor}: {m.facilitator_name}"]
    return "\n".join(lines) + "\n"
