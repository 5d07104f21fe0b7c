"""`intervisie backup`, `restore` and `check` as a script would use them."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intervisie_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=120,
    )


def groups(folder: Path) -> list[str]:
    db = open_database(folder / "intervisie.sqlite3", create=False)
    try:
        return [g.name for g in Services(db, methods_dir()).groups.list()]
    finally:
        db.close()


def test_backup_restore_check_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(folder / "intervisie.sqlite3")
    Services(db, methods_dir()).groups.create(name="Eerst")
    db.close()
    out = tmp_path / "kopie.sqlite3"
    made = run("backup", "--data-dir", str(folder), "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert out.exists() and "backup written" in made.stdout
    rotated = run("backup", "--data-dir", str(folder))
    assert rotated.returncode == 0 and len(list((folder / "backups").iterdir())) == 1
    db = open_database(folder / "intervisie.sqlite3")
    Services(db, methods_dir()).groups.create(name="Later")
    db.close()
    restored = run("restore", str(out), "--data-dir", str(folder))
    assert restored.returncode == 0, restored.stderr
    assert groups(folder) == ["Eerst"]
    kept = list(folder.glob("intervisie-before-restore-*.sqlite3"))
    assert len(kept) == 1
    checked = run("check", "--data-dir", str(folder))
    assert checked.returncode == 0 and "is sound" in checked.stdout


def test_restore_refuses_a_bad_file_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(folder / "intervisie.sqlite3")
    Services(db, methods_dir()).groups.create(name="Blijft")
    db.close()
    before = (folder / "intervisie.sqlite3").read_bytes()
    bad = tmp_path / "kapot.sqlite3"
    bad.write_text("geen backup")
    result = run("restore", str(bad), "--data-dir", str(folder))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not an Intervisie database" in result.stderr
    assert (folder / "intervisie.sqlite3").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["intervisie.lock", "intervisie.sqlite3"]


def test_check_without_database_is_a_folder_error(tmp_path: Path) -> None:
    result = run("check", "--data-dir", str(tmp_path))
    assert result.returncode == 2 and "no Intervisie database" in result.stderr
