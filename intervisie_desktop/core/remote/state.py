"""What the phone page is told of the session: the projector's fields of a snapshot, nothing more.

The snapshot also carries presenter-only fields (the facilitator script, the next phase, planned
versus actual, everyone's presence); none of them is read here. Speakers appear by display name,
absent ones are left out, as on the projector. The case question is in the snapshot only when
the supervisor allows it on the projector; at the follow-up step, the topic labels the projector
shows (never the agreed actions). Texts of the page itself (buttons, "Pause") come from
the program's translations and are sent once, with the page's settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.core.session.snapshot import Cue, RunState, SpeakerState

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.session.snapshot import Snapshot

CUE_ORDER = (Cue.CASE_BRINGER_AWAY, Cue.CASE_BRINGER_SILENT, Cue.NO_ADVICE, Cue.WRITE_FIRST)
SHOWN_SPEAKERS = {
    SpeakerState.CURRENT: "current",
    SpeakerState.DONE: "done",
    SpeakerState.TO_COME: "to_come",
}


def screen_of(snap: Snapshot) -> str:
    """Which of the projector's screens is up: main, blank, pause or finished."""
    if snap.blank:
        return "blank"
    if snap.state == RunState.PAUSED:
        return "pause"
    if snap.state == RunState.FINISHED:
        return "finished"
    return "main"


def projector_state(
    snap: Snapshot,
    lang: str,
    *,
    timer: str,
    tone: str,
    phase_fraction: float,
    session_fraction: float,
    cue: str = "",
    message: str | None = None,
    topics: Sequence[str] = (),
) -> dict[str, Any]:
    """The page's state as plain JSON data. `timer`, `tone` and `cue` are the projector's own
    (the same face, colour and words: "3 min remaining", "+0:35 over time"); `message` is the
    room message the projector's banner shows, if any; `topics` the follow-up topics it shows."""
    return {
        "type": "state",
        "screen": screen_of(snap),
        "started": snap.state != RunState.NOT_STARTED,
        "paused": snap.state == RunState.PAUSED,
        "blank": snap.blank,
        "method": snap.method_name.get(lang),
        "phaseIndex": snap.phase_index + 1,
        "phaseCount": snap.phase_count,
        "phase": snap.phase_name.get(lang),
        "instruction": snap.instruction.get(lang),
        "cues": [cue.value for cue in CUE_ORDER if cue in snap.cues],
        "speakers": [
            {
                "name": s.display_name,
                "state": SHOWN_SPEAKERS[s.state],
                "caseBringer": s.is_case_bringer,
            }
            for s in snap.speakers
            if s.state in SHOWN_SPEAKERS
        ],
        "timer": timer,
        "tone": tone,
        "cue": cue,
        "phaseFraction": round(max(0.0, min(1.0, phase_fraction)), 4),
        "sessionFraction": round(max(0.0, min(1.0, session_fraction)), 4),
        "question": snap.case_question or "",
        "continueAt": snap.continue_at or "",
        "message": message or "",
        "followUp": [str(topic) for topic in topics] if screen_of(snap) == "main" else [],
    }
