"""The single-instance socket: a start that is killed leaves none behind for long, one that
ends normally removes its own. Real program starts, killed with SIGKILL as a crash would."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intervisie_desktop.core.demo.writer import write_demo
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.startup import probe
from intervisie_desktop.ui.startup.instance import server_name

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/net/unix"),
]

ROOT = Path(__file__).resolve().parents[2]


def listening(name: str, tmp: Path) -> bool:
    """Someone listens on `name`: as a socket file in the temporary folder, or abstract."""
    table = Path("/proc/net/unix").read_text()
    return f"@{name}" in table or str(tmp / name) in table


def sockets_left(tmp: Path, folders: list[Path]) -> list[str]:
    """Socket files of the program in the temporary folder, and those of `folders` that are
    still bound (in the abstract namespace or as files)."""
    files = [p.name for p in tmp.iterdir() if p.name.startswith("intervisie-") and p.is_socket()]
    bound = [server_name(f) for f in folders if listening(server_name(f), tmp)]
    return sorted(set(files) | set(bound))


def start(
    folder: Path, tmp: Path, logs: Path, quit_when_usable: bool = False
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp),  # where Qt puts socket files: counted here alone
        "INTERVISIE_LOG_DIR": str(logs),
        "PYTHONPATH": str(ROOT),
    }
    env.pop(probe.PROBE_ENV, None)
    if quit_when_usable:
        env[probe.PROBE_ENV] = "1"
    return subprocess.Popen(
        [sys.executable, "-m", "intervisie_desktop", "--data-dir", str(folder), "--lang", "en"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def start_and_kill(folder: Path, tmp: Path, logs: Path) -> None:
    child = start(folder, tmp, logs)
    name = server_name(folder)
    deadline = time.monotonic() + 60
    try:
        while not listening(name, tmp):
            assert child.poll() is None, "the program ended before it listened"
            assert time.monotonic() < deadline, "the program never listened"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)


@pytest.fixture
def tmp(tmp_path: Path) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    return folder


def demo_folder(where: Path) -> Path:
    write_demo(where, DATABASE_NAME, "small", methods_dir=methods_dir())
    return where


def test_starts_killed_on_one_folder_and_on_others_leave_at_most_one_socket(
    tmp_path: Path, tmp: Path
) -> None:
    """Three kills on one folder, then three on throw-away folders (as `--demo` makes): the
    temporary folder kept a socket file for every folder ever killed."""
    logs = tmp_path / "logs"
    same = demo_folder(tmp_path / "same")
    for _ in range(3):
        start_and_kill(same, tmp, logs)
    for n in range(3):
        start_and_kill(tmp_path / f"other-{n}", tmp, logs)  # the first-start screen is up
    left = sockets_left(tmp, [same, *(tmp_path / f"other-{n}" for n in range(3))])
    assert len(left) <= 1, left
    assert left == []  # on Linux the socket ends with the process


def test_a_socket_file_left_for_this_folder_is_removed_and_ours_goes_on_exit(
    tmp_path: Path, tmp: Path
) -> None:
    folder = demo_folder(tmp_path / "data")
    stale = tmp / server_name(folder)
    old = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old.bind(str(stale))  # bound and closed: a socket file no one listens on
    old.close()
    assert stale.is_socket()
    child = start(folder, tmp, tmp_path / "logs", quit_when_usable=True)
    assert child.wait(timeout=120) == 0
    assert not stale.exists()
    assert sockets_left(tmp, [folder]) == []
