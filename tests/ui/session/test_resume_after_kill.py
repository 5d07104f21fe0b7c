"""The real program is killed (SIGKILL) during a session with the projector blanked; the next start
offers to resume and lands on the same phase, speaker and time, the projector still blank."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from intervisie_desktop.paths import DATABASE_NAME

DRIVER = Path(__file__).with_name("program_driver.py")
ROOT = Path(__file__).resolve().parents[3]


def start(data_dir: Path, mode: str, out: Path, tmp_path: Path) -> subprocess.Popen[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        INTERVISIE_LOG_DIR=str(tmp_path / "logs"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(data_dir), mode, str(out)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def wait_for(path: Path, process: subprocess.Popen[str], seconds: float = 60) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size:
            result: dict[str, object] = json.loads(path.read_text())
            return result
        if process.poll() is not None:
            break
        time.sleep(0.05)  # polling another process's file: no Qt event loop here
    process.kill()
    output = process.communicate()[0]
    raise AssertionError(f"the program did not get there:\n{output[-3000:]}")


def test_killed_during_a_session_the_next_start_resumes_where_it_stood(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    first = start(data_dir, "run", tmp_path / "before.json", tmp_path)
    before = wait_for(tmp_path / "before.json", first)
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    assert first.returncode == -signal.SIGKILL
    assert before["state"] == "normal" and before["speaker"] is not None
    assert before["projector"] == []  # blanked
    alive = data_dir / (DATABASE_NAME + ".alive")
    assert alive.exists()  # the kill left the last shown second behind for the resume

    second = start(data_dir, "resume", tmp_path / "after.json", tmp_path)
    after = wait_for(tmp_path / "after.json", second)
    second.wait(60)
    assert after["state"] == "paused"  # time stood still while the program was gone
    assert after["projector"] == []  # still blank: the private moment does not reappear
    for key in ("step", "phase", "speaker"):
        assert after[key] == before[key], key
    for key in ("phase_elapsed", "turn_elapsed"):
        assert abs(float(after[key]) - float(before[key])) < 2.0, key  # type: ignore[arg-type]
    assert not alive.exists()  # left normally after the resume: its time is in the database
