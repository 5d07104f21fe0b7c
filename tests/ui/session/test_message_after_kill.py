"""The real program is killed (SIGKILL) while a message is on the projector; the next start
offers to resume, and the projector shows the same banner over the same phase and speaker."""

from __future__ import annotations

import signal
from typing import TYPE_CHECKING

from tests.ui.session.test_resume_after_kill import start, wait_for

if TYPE_CHECKING:
    from pathlib import Path


def test_killed_with_a_message_shown_the_banner_comes_back(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    first = start(data_dir, "message", tmp_path / "before.json", tmp_path)
    before = wait_for(tmp_path / "before.json", first)
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    assert first.returncode == -signal.SIGKILL
    assert before["state"] == "normal" and before["speaker"] is not None
    shown = before["projector"]
    assert isinstance(shown, list) and shown[0] == "Back to the question"

    second = start(data_dir, "resume", tmp_path / "after.json", tmp_path)
    after = wait_for(tmp_path / "after.json", second)
    second.wait(60)
    assert after["state"] == "paused"  # time stood still while the program was gone
    projector = after["projector"]
    assert isinstance(projector, list) and projector[0] == "Back to the question"
    for key in ("step", "phase", "speaker"):
        assert after[key] == before[key], key
