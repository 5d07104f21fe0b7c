"""Sub-commands on a damaged database: asked for a passphrase only when start-up would ask too,
and refused in one line that points to `intervisie check` and `intervisie restore`."""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main
from intervisie_desktop.commands import common
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.integrity import needs_passphrase
from intervisie_desktop.core.security import is_encrypted
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from tests.faults.conftest import populate
from tests.faults.test_damage_matrix import (
    broken_references,
    garbage_in_a_page,
    missing_tables,
    newer_schema,
    not_sqlite,
    random_header,
    snapshot,
    truncated,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

PASS = "een zin van de begeleider"


@pytest.fixture
def folder(services: Services, data_dir: Path) -> Path:
    """A data folder with a database of several pages and one backup."""
    populate(services)
    services.backups.after_session()
    services.close()
    return data_dir


def refused(
    args: list[str], folder: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, dict[str, str]]:
    """Runs the command; returns its exit code, its stderr, and the folder as it was before."""
    before = snapshot(folder)
    code = main([*args, "--data-dir", str(folder)])
    _out, err = capsys.readouterr()
    return code, err, before


@pytest.mark.parametrize(
    "damage",
    [random_header, garbage_in_a_page, truncated, not_sqlite, missing_tables],
    ids=lambda damage: damage.__name__,
)
def test_a_damaged_file_is_refused_in_one_line_that_points_the_way(
    damage: Callable[[Path], None], folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage(folder / DATABASE_NAME)
    code, err, before = refused(["list-groups"], folder, capsys)
    assert code == 1, err
    assert err.startswith("intervisie: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "passphrase" not in err
    assert "'intervisie check'" in err and "'intervisie restore FILE'" in err
    assert str(folder / "backups") in err
    assert snapshot(folder) == before  # nothing written, no backup made


def test_a_random_start_over_a_plain_body_is_damage_not_encryption(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The header alone took this file for an encrypted one and asked its passphrase."""
    database = folder / DATABASE_NAME
    random_header(database)
    assert is_encrypted(database) and not needs_passphrase(database)
    code, err, before = refused(["backup"], folder, capsys)
    assert code == 1 and "is damaged or not an Intervisie database" in err, err
    assert snapshot(folder) == before


def corrupt_the_last_page(database: Path) -> None:
    with open(database, "r+b") as f:
        f.seek(-1024, os.SEEK_END)
        f.write(b"\x55" * 512)


def test_an_encrypted_file_damaged_inside_is_refused_after_its_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "versleuteld"
    folder.mkdir(mode=0o700)
    services = Services(open_database(folder / DATABASE_NAME, passphrase=PASS), methods_dir())
    populate(services)
    services.close()
    corrupt_the_last_page(folder / DATABASE_NAME)
    monkeypatch.setattr(common.sys, "stdin", io.StringIO(PASS + "\n"))
    code, err, before = refused(["list-groups", "--passphrase-stdin"], folder, capsys)
    assert code == 1 and err.count("\n") == 1, err
    assert "is damaged" in err and "'intervisie check'" in err and "Traceback" not in err
    assert snapshot(folder) == before


def test_a_sound_file_still_opens(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list-groups", "--data-dir", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "Balintgroep Zwolle" in out


@pytest.mark.parametrize(
    "command",
    [["list-groups"], ["backup"], ["check"], ["export-all", "--out", "uit"]],
    ids=lambda command: command[0],
)
def test_a_database_of_a_newer_version_is_refused_and_left_alone(
    command: list[str], folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    database = folder / DATABASE_NAME
    newer_schema(database)
    stamp = os.stat(database).st_mtime_ns
    args = [part if part != "uit" else str(tmp_path / "uit") for part in command]
    code, err, before = refused(args, folder, capsys)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    assert "newer version of Intervisie" in err and "Install that version" in err, err
    assert "restore" not in err  # no backup belongs over it
    assert snapshot(folder) == before and os.stat(database).st_mtime_ns == stamp
    assert not (tmp_path / "uit").exists()


def test_broken_references_are_said_but_the_data_still_comes_out(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken_references(folder / DATABASE_NAME)
    assert main(["list-groups", "--data-dir", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert "Balintgroep Zwolle" in out
    assert err.startswith("intervisie: warning: ") and err.count("\n") == 1, err
    assert "refer to records that no longer exist (membership)" in err
    assert "'intervisie check'" in err
    assert main(["check", "--data-dir", str(folder)]) == 1  # consistent with the check


@pytest.mark.parametrize("place", ["missing", "dangling link"])
def test_a_missing_database_points_to_its_backups_and_restore_puts_one_back(
    place: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = folder / DATABASE_NAME
    database.unlink()
    if place == "dangling link":
        database.symlink_to(folder / "elders" / "weg.sqlite3")
    before = sorted(os.listdir(folder))
    code = main(["list-groups", "--data-dir", str(folder)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert str(folder / "backups") in err and "'intervisie restore FILE'" in err, err
    if place == "dangling link":
        assert "is a link to" in err and "weg.sqlite3" in err
        assert os.readlink(database).endswith("weg.sqlite3")
    assert sorted(os.listdir(folder)) == before and not (folder / "elders").exists()
    (backup,) = (folder / "backups").iterdir()
    assert main(["restore", str(backup), "--data-dir", str(folder)]) == 0
    assert main(["list-groups", "--data-dir", str(folder)]) == 0
    assert "Balintgroep Zwolle" in capsys.readouterr().out
    kept = list(folder.glob("intervisie-damaged-*.sqlite3"))
    assert [p.is_symlink() for p in kept] == ([True] if place == "dangling link" else [])


def test_restore_leaves_a_database_of_a_newer_version_alone(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = folder / DATABASE_NAME
    newer_schema(database)
    stamp = os.stat(database).st_mtime_ns
    backup = next((folder / "backups").glob("*.sqlite3"))
    code, err, before = refused(["restore", str(backup)], folder, capsys)
    assert code == 1 and err.count("\n") == 1, err
    assert "newer version of Intervisie" in err
    assert snapshot(folder) == before and os.stat(database).st_mtime_ns == stamp
    assert not list(folder.glob("intervisie-damaged-*"))
