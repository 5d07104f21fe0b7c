"""Every sub-command honours --passphrase-stdin, and guessing it gets slower run after run."""

from __future__ import annotations

import io
import shutil
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main
from intervisie_desktop.commands import common
from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.security.attempts import FailedAttempts
from intervisie_desktop.core.security.throttle import FailureDelay
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from pathlib import Path

PASS = "een zin van de begeleider"


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    services = Services(
        open_database(folder / "intervisie.sqlite3", passphrase=PASS), methods_dir()
    )
    services.groups.create(name="Eerst")
    services.close()
    return folder


def run(monkeypatch: pytest.MonkeyPatch, stdin: str, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(argv))


def group_names(folder: Path) -> list[str]:
    services = Services(
        open_database(folder / "intervisie.sqlite3", passphrase=PASS), methods_dir()
    )
    try:
        return [g.name for g in services.groups.list()]
    finally:
        services.close()


def test_check_reads_the_passphrase(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ok = run(monkeypatch, PASS + "\n", "check", "--data-dir", str(encrypted), "--passphrase-stdin")
    out = capsys.readouterr()
    assert ok == 0, out.err
    assert "is sound" in out.out
    wrong = run(monkeypatch, "fout\n", "check", "--data-dir", str(encrypted), "--passphrase-stdin")
    assert wrong == 1
    assert (
        capsys.readouterr()
        .err.strip()
        .endswith("the passphrase is not correct; nothing was changed")
    )


def test_an_encrypted_backup_restores_from_the_command_line(
    encrypted: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services = Services(
        open_database(encrypted / "intervisie.sqlite3", passphrase=PASS), methods_dir()
    )
    backup = BackupService(services.db).write("manual").path
    services.groups.create(name="Later")
    services.close()
    kept = tmp_path / "kopie.sqlite3"
    shutil.copy(backup, kept)
    assert group_names(encrypted) == ["Eerst", "Later"]
    wrong = run(
        monkeypatch,
        "fout\n",
        "restore",
        str(kept),
        "--data-dir",
        str(encrypted),
        "--passphrase-stdin",
    )
    assert wrong == 1 and group_names(encrypted) == ["Eerst", "Later"]
    code = run(
        monkeypatch,
        PASS + "\n",
        "restore",
        str(kept),
        "--data-dir",
        str(encrypted),
        "--passphrase-stdin",
    )
    assert code == 0, capsys.readouterr().err
    assert group_names(encrypted) == ["Eerst"]


def test_self_check_and_backup_open_an_encrypted_folder(
    encrypted: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "kopie.sqlite3"
    code = run(
        monkeypatch,
        PASS + "\n",
        "backup",
        "--data-dir",
        str(encrypted),
        "--passphrase-stdin",
        "--out",
        str(out),
    )
    assert code == 0, capsys.readouterr().err
    assert b"Eerst" not in out.read_bytes()  # encrypted like its database
    code = run(
        monkeypatch, PASS + "\n", "self-check", "--data-dir", str(encrypted), "--passphrase-stdin"
    )
    assert code == 0, capsys.readouterr().err


def test_guessing_from_standard_input_waits_longer_each_run(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    waits: list[float] = []
    monkeypatch.setattr(common, "sleep", waits.append)
    for guess in range(6):
        code = run(
            monkeypatch,
            f"gok {guess}\n",
            "list-groups",
            "--data-dir",
            str(encrypted),
            "--passphrase-stdin",
        )
        assert code == 1
    assert waits == [pytest.approx(w, abs=0.5) for w in (1.0, 2.0, 4.0)]  # runs 4, 5, 6
    assert "Waiting" in capsys.readouterr().err
    assert (
        run(
            monkeypatch,
            PASS + "\n",
            "list-groups",
            "--data-dir",
            str(encrypted),
            "--passphrase-stdin",
        )
        == 0
    )
    assert not (encrypted / "intervisie.attempts").exists()  # a right one starts afresh


def test_the_count_is_forgotten_after_a_day_and_the_wait_shrinks_with_time(
    tmp_path: Path,
) -> None:
    now = [1_000_000.0]
    attempts = FailedAttempts(tmp_path, FailureDelay(), clock=lambda: now[0])
    for _ in range(4):
        attempts.failed()
    assert attempts.wait_before_attempt() == 2.0
    now[0] += 1.5
    assert attempts.wait_before_attempt() == pytest.approx(0.5)
    now[0] += 25 * 3600
    assert attempts.wait_before_attempt() == 0.0
    assert oct((tmp_path / "intervisie.attempts").stat().st_mode & 0o777) == "0o600"
