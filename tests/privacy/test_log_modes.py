"""The log and every rotated log file are readable by the user only, whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Logs some 3.5 MB through the program's own set-up, so the 1 MB file rotates three times.
CHILD = """
import logging, os
os.umask(0o022)
from intervisie_desktop.logging_setup import setup_logging
assert setup_logging() is not None
log = logging.getLogger("intervisie_desktop.test")
for n in range(35_000):
    log.info("line %d %s", n, "x" * 60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize("older", [False, True], ids=["fresh", "older-files-0644"])
def test_every_log_file_is_private_also_after_rotation(tmp_path: Path, older: bool) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o700)
    # Left readable by others by an older version: tightened when logging starts.
    for name in ("intervisie.log", "intervisie.log.4") if older else ():
        (folder / name).write_text("older\n")
        os.chmod(folder / name, 0o644)
    env = {**os.environ, "INTERVISIE_LOG_DIR": str(folder), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", CHILD], env=env, check=True, timeout=120)
    files = sorted(p.name for p in folder.iterdir())
    assert files[:4] == [
        "intervisie.log",
        "intervisie.log.1",
        "intervisie.log.2",
        "intervisie.log.3",
    ]
    modes = {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in folder.iterdir()}
    assert set(modes.values()) == {"0o600"}, modes
    # Rotated as the standard handler would: no file past 1 MB, nothing lost, newest last.
    sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
    assert max(sizes.values()) <= 1_000_000, sizes
    numbers = []
    for name in [f"intervisie.log.{n}" for n in range(5, 0, -1)] + ["intervisie.log"]:
        if not (folder / name).exists():
            continue
        for line in (folder / name).read_text().splitlines():
            if " line " in line:
                numbers.append(int(line.split(" line ")[1].split()[0]))
    assert numbers == list(range(35_000))
