"""An export killed at any moment leaves the file it replaces whole: the old one or the new one.

Each trial starts `intervisie export-summary` over an existing file and kills it with SIGKILL
after a random delay; the target must then be the old bytes or a complete PDF, private, and
the database must be as it was.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import stat
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main

if TYPE_CHECKING:
    from pathlib import Path

TRIALS = 20


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_killed_exports_leave_old_or_whole_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    database = data / "intervisie.sqlite3"
    before = digest(database)
    target = tmp_path / "uit" / "samenvatting.pdf"
    target.parent.mkdir()
    old = b"oude samenvatting\n"
    rng = random.Random(2126)
    outcomes = {"old": 0, "new": 0}
    command = [sys.executable, "-m", "intervisie_desktop", "export-summary", "--group", "1",
               "--year", "2025", "--data-dir", str(data), "--out", str(target)]  # fmt: skip
    for _ in range(TRIALS):
        target.write_bytes(old)
        child = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        time.sleep(rng.uniform(0.2, 3.0))
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
        body = target.read_bytes()
        if body == old:
            outcomes["old"] += 1
        else:
            assert body.startswith(b"%PDF") and body.rstrip().endswith(b"%%EOF")
            assert stat.S_IMODE(target.stat().st_mode) == 0o600
            outcomes["new"] += 1
        assert digest(database) == before
    print(f"\nexport kills: {TRIALS} trials, {outcomes}")
    assert outcomes["old"] > 0 and outcomes["new"] > 0  # both sides of the rename were hit
