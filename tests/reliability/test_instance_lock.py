"""One program per data folder: the lock refuses a second holder and dies with its process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from intervisie_desktop.core.instance import InstanceLock


def test_second_lock_on_the_same_folder_is_refused(data_dir: Path) -> None:
    first, second = InstanceLock(data_dir), InstanceLock(data_dir)
    assert first.acquire()
    assert not second.acquire()
    assert second.holder_pid() == os.getpid()
    first.release()
    assert second.acquire()
    second.release()


def test_a_killed_holder_leaves_no_stale_lock(data_dir: Path) -> None:
    code = (
        "import sys, time\nfrom intervisie_desktop.core.instance import InstanceLock\n"
        "assert InstanceLock(sys.argv[1]).acquire()\nprint('HELD', flush=True)\ntime.sleep(60)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "HELD"
    lock = InstanceLock(data_dir)
    assert not lock.acquire()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert lock.acquire()
    lock.release()
