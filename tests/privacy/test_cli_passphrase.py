"""Sub-commands on an encrypted database: passphrase from standard input or the terminal."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.commands import common
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from pathlib import Path

PASS = "een zin van de begeleider"


@pytest.fixture
def encrypted_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    services = Services(
        open_database(folder / "intervisie.sqlite3", passphrase=PASS), methods_dir()
    )
    services.groups.create(name="Versleutelde groep")
    services.close()
    return folder


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intervisie_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )


def test_passphrase_from_standard_input(encrypted_folder: Path) -> None:
    ok = run(
        "list-groups", "--data-dir", str(encrypted_folder), "--passphrase-stdin", stdin=PASS + "\n"
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.split("\t")[1].strip() == "Versleutelde groep"
    top = run(
        "--passphrase-stdin", "list-groups", "--data-dir", str(encrypted_folder), stdin=PASS + "\n"
    )
    assert top.returncode == 0, top.stderr


def test_wrong_or_missing_passphrase_is_one_clear_line(encrypted_folder: Path) -> None:
    before = (encrypted_folder / "intervisie.sqlite3").read_bytes()
    wrong = run(
        "list-groups", "--data-dir", str(encrypted_folder), "--passphrase-stdin", stdin="fout\n"
    )
    assert wrong.returncode == 1
    assert wrong.stderr.strip().splitlines() == [
        "intervisie: error: the passphrase is not correct; nothing was changed"
    ]
    missing = run("list-groups", "--data-dir", str(encrypted_folder))  # stdin is not a terminal
    assert missing.returncode == 2
    assert "--passphrase-stdin" in missing.stderr and len(missing.stderr.splitlines()) == 1
    assert (encrypted_folder / "intervisie.sqlite3").read_bytes() == before


def test_terminal_prompt_retries_with_growing_delay(
    encrypted_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["fout een", "fout twee", PASS])
    waits: list[float] = []
    monkeypatch.setattr(common.getpass, "getpass", lambda _prompt: next(answers))
    monkeypatch.setattr(common.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(common, "sleep", waits.append)
    args = argparse.Namespace(data_dir=str(encrypted_folder), passphrase_stdin=False)
    db = common.open_existing(args)
    assert [g.name for g in Services(db, methods_dir()).groups.list()] == ["Versleutelde groep"]
    db.close()
    assert waits == []  # two misses are free, as on the unlock screen; the right one resets

    answers = iter(["a", "b", "c"])
    with pytest.raises(common.CommandError, match="not correct"):
        common.open_existing(args)
    answers = iter(["d", "e", "f"])
    with pytest.raises(common.CommandError, match="not correct"):
        common.open_existing(args)
    # nothing up to the 3rd miss, then 1 s, 2 s, 4 s: the count outlives the command
    assert waits == [pytest.approx(w, abs=0.5) for w in (1.0, 2.0, 4.0)]
