"""What the big timer shows, derived from a snapshot only, and when that next changes.

The display is never counted: each repaint reads the runner's snapshot (monotonic clock) and
the next repaint is armed for the moment the shown text or colour would change.
"""

from __future__ import annotations

import math

from intervisie_desktop.core.session.snapshot import RunState, Snapshot, Timing

RUNNING = frozenset({RunState.NORMAL, RunState.WARNING, RunState.OVERTIME})
EPSILON = 1e-6


def shown_timing(snap: Snapshot) -> Timing:
    """The big timer follows the speaker's turn in a round, otherwise the phase."""
    return snap.turn if snap.turn is not None else snap.phase


def clock_text(seconds: float) -> str:
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def shown_seconds(remaining: float) -> int:
    """Whole seconds on the face: remaining rounded up; in overtime, whole seconds over."""
    if remaining >= 0:
        return math.ceil(remaining - EPSILON)
    return math.floor(-remaining + EPSILON)


def timer_text(remaining: float) -> str:
    """ "4:59" counting down; "+0:05" counting up in overtime ("0:00" in its first second)."""
    seconds = shown_seconds(remaining)
    if remaining < 0 and seconds > 0:
        return "+" + clock_text(seconds)
    return clock_text(seconds)


def tone(snap: Snapshot) -> str:
    """Colour of the timer: "normal", "warning" or "overtime"."""
    if snap.state == RunState.OVERTIME or (
        snap.state in RUNNING and shown_timing(snap).remaining < 0
    ):
        return "overtime"
    if snap.state == RunState.WARNING:
        return "warning"
    return "normal"


def _to_next_second(remaining: float) -> float:
    if remaining > 0:
        frac = remaining - math.floor(remaining)
        return frac if frac > EPSILON else 1.0
    over = -remaining
    return math.floor(over + EPSILON) + 1.0 - over


def next_change_in(snap: Snapshot) -> float | None:
    """Seconds until the shown time (or its colour) changes; None while nothing runs."""
    if snap.state not in RUNNING:
        return None
    shown = shown_timing(snap)
    candidates = [_to_next_second(shown.remaining)]
    for timing in {shown, snap.phase}:
        for mark in (snap.warning_at, 0.0):
            ahead = timing.remaining - mark
            if ahead > EPSILON:
                candidates.append(ahead)
    return min(candidates)


def fraction(timing: Timing) -> float:
    if timing.planned <= 0:
        return 1.0 if timing.elapsed > 0 else 0.0
    return max(0.0, min(1.0, timing.elapsed / timing.planned))
