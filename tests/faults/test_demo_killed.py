"""`intervisie demo` killed at random moments: it leaves no database behind (an empty or half
one would pass the check and make the next demo refuse the folder); the next demo succeeds."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.demo.writer import partial_files
from intervisie_desktop.core.instance import LOCK_NAME
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.paths import DATABASE_NAME

if TYPE_CHECKING:
    from pathlib import Path

TRIALS = 4


def demo(folder: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "INTERVISIE_LOG_DIR": str(folder.parent / "logs")}
    return subprocess.Popen(
        [sys.executable, "-m", "intervisie_desktop", "demo", "--data-dir", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_a_killed_demo_leaves_no_database_and_the_next_one_succeeds(tmp_path: Path) -> None:
    moments = random.Random(11)
    killed_while_writing = 0
    for trial in range(TRIALS):
        folder = tmp_path / f"demo{trial}"
        partial = partial_files(folder, DATABASE_NAME)[0]
        child = demo(folder)
        deadline = time.monotonic() + 30
        while not partial.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(moments.uniform(0.0, 0.6))  # somewhere in the writing
        if child.poll() is None:
            killed_while_writing += 1
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        database = folder / DATABASE_NAME
        if database.exists():  # the kill came after the rename: a whole demo
            assert check_database(database, full=True).ok
            assert not partial.exists()
            continue
        leftovers = {p.name for p in folder.iterdir()} - {LOCK_NAME}
        assert leftovers <= {p.name for p in partial_files(folder, DATABASE_NAME)}
        again = demo(folder)
        out, err = again.communicate(timeout=60)
        assert again.returncode == 0, err
        assert "demo (small) written" in out
        assert check_database(database, full=True).ok
        assert sorted(p.name for p in folder.iterdir()) == [DATABASE_NAME]
    assert killed_while_writing >= TRIALS // 2  # the kills did land while it wrote
