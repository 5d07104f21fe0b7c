"""Killed at a random moment of a session (running, blanked, in overtime), the resumed session
shows the time that was on the screen at the kill, to the second: not the time of the last
heartbeat, up to 5 s earlier."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.session import timing

if TYPE_CHECKING:
    from pathlib import Path

CHILD = __file__.replace("test_session_resume_kill.py", "session_kill_child.py")
TRIALS = 20
AT_ONCE = 5  # children running side by side


def seconds(text: str) -> int:
    """ "+1:05" (overtime) is -65, "1:05" is 65."""
    minutes, secs = text.lstrip("+").split(":")
    value = int(minutes) * 60 + int(secs)
    return -value if text.startswith("+") else value


def first_meeting(folder: Path) -> int:
    services = Services(open_database(folder / DATABASE_NAME), methods_dir())
    try:
        group = services.groups.list()[0]
        meeting = services.meetings.next_planned(group.id)
        assert meeting is not None and meeting.id is not None
        return int(meeting.id)
    finally:
        services.close()


@pytest.mark.slow
def test_killed_at_random_moments_the_resumed_time_is_the_shown_time(tmp_path: Path) -> None:
    template = tmp_path / "template"
    write_demo(template, DATABASE_NAME, "small", methods_dir=methods_dir())
    meeting_id = first_meeting(template)
    rng = random.Random(20261204)
    trials = []
    for n in range(TRIALS):
        kind = ("running", "blank", "overtime", "blank overtime")[n % 4]
        folder = tmp_path / f"trial{n}"
        shutil.copytree(template, folder)
        trials.append((n, kind, folder, rng.randint(0, 4), rng.uniform(1.2, 4.8)))
    results = []
    for batch in range(0, TRIALS, AT_ONCE):
        running = []
        for n, kind, folder, steps, delay in trials[batch : batch + AT_ONCE]:
            args = [folder / DATABASE_NAME, meeting_id, folder / "machine.ini", steps]
            flags = ["1" if "blank" in kind else "0", "1" if "overtime" in kind else "0"]
            child = subprocess.Popen(
                [sys.executable, CHILD, *map(str, args), *flags],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            running.append((n, kind, folder, delay, child))
        ready = []
        for n, _kind, _folder, delay, child in running:
            assert child.stdout is not None
            line = child.stdout.readline().strip()
            assert line == "ready", (n, line)
            ready.append((time.monotonic() + delay, child))
        for kill_at, child in ready:
            wait = kill_at - time.monotonic()
            if wait > 0:
                time.sleep(wait)  # another process's clock: no event loop to wait in here
            child.send_signal(signal.SIGKILL)
        for n, kind, folder, _delay, child in running:
            out = child.communicate(timeout=30)[0].split()
            assert child.returncode == -signal.SIGKILL
            shown = out[-1]
            services = Services(open_database(folder / DATABASE_NAME), methods_dir())
            try:
                snap = services.sessions.open(meeting_id).snapshot()
                after = timing.timer_text(timing.shown_timing(snap).remaining)
            finally:
                services.close()
            results.append((n, kind, shown, after, abs(seconds(after) - seconds(shown))))
    report = "\n".join(
        f"{n:2} {k:15} shown {s:>6} resumed {a:>6} off {o}" for n, k, s, a, o in results
    )
    print(report)
    assert len(results) == TRIALS
    assert max(off for *_rest, off in results) <= 1, report
