"""iCalendar (RFC 5545) file of a group's planned meetings.

Times carry TZID=Europe/Amsterdam with its VTIMEZONE: a meeting planned at 13:30 in the
Netherlands stays 13:30 there whichever zone the reader's calendar is in, and across the change
to and from summer time. Floating times would move with a laptop travelling abroad.
Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop import __version__
from intervisie_desktop.core.output_files import write_file_atomically
from intervisie_desktop.export.language import ExportLanguage

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.reports.calendar import CalendarEvent
    from intervisie_desktop.core.services import Services

TZID = "Europe/Amsterdam"
UID_SETTING = "export.calendar_uid"
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def calendar_token(services: Services, group: Group) -> str:
    """What makes event UIDs unique and stable per meeting, read without writing: an export
    never changes the database. Databases that kept a random id in their settings (older
    versions wrote one) keep it, so calendars that imported their events see no duplicates."""
    token = services.settings.get(UID_SETTING)
    if isinstance(token, str) and token:
        return token
    seed = f"intervisie-calendar|{group.id}|{group.created_at.isoformat()}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:32]


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces joined by CRLF and a space (RFC 5545 3.1)."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    pieces, start, limit = [], 0, 75
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and (raw[end] & 0xC0) == 0x80:  # not inside a UTF-8 sequence
            end -= 1
        pieces.append(raw[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines begin with a space
    return "\r\n ".join(pieces)


def _local(day: date, moment: time) -> str:
    return f"{day:%Y%m%d}T{moment:%H%M%S}"


def calendar_text(
    events: Sequence[CalendarEvent],
    lang: str,
    token: str,
    calendar_name: str,
    now: datetime | None = None,
) -> str:
    t = ExportLanguage(lang)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Intervisie Desktop//Intervisie {__version__}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for event in events:
        summary = t.translate("Calendar", "Peer consultation: {group}").format(
            group=event.group_name
        )
        details = []
        if event.theme:
            details.append(t.translate("Calendar", "Theme: {theme}").format(theme=event.theme))
        if event.facilitator_name:
            details.append(
                t.translate("Calendar", "Supervisor: {name}").format(name=event.facilitator_name)
            )
        place = event.place
        if event.online:
            place = (place + " " if place else "") + t.translate("Calendar", "(online)")
        lines += [
            "BEGIN:VEVENT",
            f"UID:meeting-{event.meeting_id}-{token}@intervisie-desktop",
            f"DTSTAMP:{stamp}",
            f"DTSTART;TZID={TZID}:{_local(event.date, event.start)}",
            f"DTEND;TZID={TZID}:{_local(event.date, event.end)}",
            f"SUMMARY:{escape_text(summary)}",
        ]
        if place:
            lines.append(f"LOCATION:{escape_text(place)}")
        if details:
            lines.append(f"DESCRIPTION:{escape_text(chr(10).join(details))}")
        lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_calendar(
    events: Sequence[CalendarEvent], path: Path, lang: str, token: str, calendar_name: str
) -> int:
    """Write the .ics file; returns the number of events."""
    data = calendar_text(events, lang, token, calendar_name).encode("utf-8")
    write_file_atomically(Path(path), data)
    return len(events)
