"""Demo datasets for the benchmarks, made once and kept outside the repository.

The career dataset (the large demo ten times over, about 170 MB) takes most of a minute to
write, so it is written once per version of the demo writer and schema into the user's cache
folder and copied from there into each benchmark's own temporary folder.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs

ROOT = Path(__file__).resolve().parent.parent
#: The files whose content decides what a demo holds.
WRITER_FILES = ("large.py", "vocabulary.py", "methods.py", "writer.py")


def _version() -> str:
    from intervisie_desktop.core.db.schema import SCHEMA_VERSION

    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    for name in WRITER_FILES:
        digest.update((ROOT / "intervisie_desktop" / "core" / "demo" / name).read_bytes())
    return digest.hexdigest()[:12]


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("intervisie-bench")) / _version()


def cached_demo(size: str) -> Path:
    """The data folder of the `size` demo in the cache, written first if it is not there.

    Written by the program's own `demo` command in a child process: writing it here would grow
    this process, and Linux hands a parent's peak memory on to the children it starts, which
    would spoil the memory figures measured after it."""
    from intervisie_desktop.paths import DATABASE_NAME

    folder = cache_dir() / size
    if not (folder / DATABASE_NAME).is_file():
        shutil.rmtree(folder, ignore_errors=True)
        folder.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "intervisie_desktop", "demo", "--size", size]
        subprocess.run([*command, "--data-dir", str(folder)], check=True, timeout=600)
    return folder


def copy_demo(size: str, target: Path) -> Path:
    """A fresh copy of the cached `size` demo's data folder at `target`."""
    shutil.copytree(cached_demo(size), target)
    return target
