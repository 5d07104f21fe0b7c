"""The one check for every file the program writes on request, and how it writes them."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.output_files import (
    OutputRefused,
    atomic_output,
    check_output_file,
    check_output_folder,
    make_private_folder,
    write_failure,
    write_file_atomically,
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    open_database(folder / "intervisie.sqlite3").close()
    (folder / "backups").mkdir()
    (folder / "intervisie.lock").write_text("1\n")
    return folder


@pytest.mark.parametrize(
    "name",
    [
        "intervisie.sqlite3",
        "intervisie.sqlite3-wal",
        "intervisie.sqlite3-shm",
        "intervisie.lock",
        "backups/intervisie-2026-01-01_120000-manual.sqlite3",
        "nieuw.pdf",
        ".",
    ],
)
def test_nothing_inside_the_data_folder(data: Path, name: str) -> None:
    with pytest.raises(OutputRefused, match="data folder"):
        check_output_file(data / name, [data])


def test_a_link_into_the_data_folder_is_followed_and_refused(data: Path, tmp_path: Path) -> None:
    link = tmp_path / "export.csv"
    link.symlink_to(data / "intervisie.sqlite3")
    with pytest.raises(OutputRefused, match="data folder"):
        check_output_file(link, [data])
    folder_link = tmp_path / "out"
    folder_link.symlink_to(data)
    with pytest.raises(OutputRefused, match="data folder"):
        check_output_folder(folder_link / "certificaten", [data])


def test_an_existing_database_elsewhere_is_not_replaced(data: Path, tmp_path: Path) -> None:
    other = tmp_path / "elders.csv"
    open_database(other).close()  # a database, whatever its name
    with pytest.raises(OutputRefused, match="holds a database"):
        check_output_file(other, [data])


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full", "/proc/version", "/"])
def test_devices_system_files_and_folders_are_refused(device: str, data: Path) -> None:
    with pytest.raises(OutputRefused):
        check_output_file(Path(device), [data])
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("folder", ["/", "/etc", "/etc/nieuw", "/proc/self", "/usr/bin"])
def test_system_folders_take_no_exports(folder: str, data: Path) -> None:
    with pytest.raises(OutputRefused, match="system folder"):
        check_output_folder(Path(folder), [data])
    assert not Path("/etc/nieuw").exists()


def test_a_fifo_and_a_folder_are_not_files(tmp_path: Path, data: Path) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    with pytest.raises(OutputRefused, match="not an ordinary file"):
        check_output_file(fifo, [data])
    with pytest.raises(OutputRefused, match="is a folder"):
        check_output_file(tmp_path, [data])
    with pytest.raises(OutputRefused, match="is a file"):
        check_output_folder(tmp_path / "pijp", [data])


def test_names_too_long_and_missing_folders_say_so(tmp_path: Path, data: Path) -> None:
    with pytest.raises(OutputRefused, match="too long"):
        check_output_file(tmp_path / ("a" * 300 + ".pdf"), [data])
    with pytest.raises(OutputRefused, match="too long"):
        check_output_file(tmp_path / ("map/" * 1100) / "x.pdf", [data])
    with pytest.raises(OutputRefused, match="does not exist"):
        check_output_file(tmp_path / "geen" / "x.pdf", [data])
    with pytest.raises(OutputRefused, match="Name a file"):
        check_output_file(Path(" "), [data])


def test_an_ordinary_place_passes(tmp_path: Path, data: Path) -> None:
    existing = tmp_path / "oud.csv"
    existing.write_text("oud")
    assert check_output_file(existing, [data]) == existing
    assert check_output_file(tmp_path / "nieuw.pdf", [data]) == tmp_path / "nieuw.pdf"
    (tmp_path / "a").mkdir()
    assert check_output_folder(tmp_path / "a" / "b", [data]) == tmp_path / "a" / "b"
    # One rule with files: the named folder may be new, the folder it sits in must exist.
    with pytest.raises(OutputRefused, match="does not exist"):
        check_output_folder(tmp_path / "x" / "y", [data])


def test_written_atomically_and_private(tmp_path: Path) -> None:
    target = tmp_path / "lijst.csv"
    target.write_text("oud")
    os.chmod(target, 0o644)

    def stop_halfway() -> None:
        with atomic_output(target) as partial:
            partial.write_text("half")
            raise RuntimeError("stopped halfway")

    with pytest.raises(RuntimeError, match="stopped halfway"):
        stop_halfway()
    assert target.read_text() == "oud"  # untouched
    assert [p.name for p in tmp_path.iterdir()] == ["lijst.csv"]  # no temporary left behind
    write_file_atomically(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    folder = tmp_path / "x" / "y"
    make_private_folder(folder)
    assert stat.S_IMODE((tmp_path / "x").stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("number", "said"),
    [
        (errno.ENOENT, "The folder {folder} does not exist (any more); choose another folder."),
        (
            errno.EACCES,
            "The folder {folder} cannot be written to (no permission, or it is "
            "read-only); choose another folder.",
        ),
        (
            errno.EROFS,
            "The folder {folder} cannot be written to (no permission, or it is "
            "read-only); choose another folder.",
        ),
        (errno.ENOSPC, "The disk that holds {folder} is full; make room or choose another folder."),
        (errno.EIO, "The file {file} could not be written."),
    ],
)
def test_a_failed_write_is_told_with_the_folder_not_the_os_text(
    tmp_path: Path, number: int, said: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "lijst.csv"
    error = OSError(number, os.strerror(number), str(folder / ".lijst.csv.1234.part"))
    text = str(write_failure(error, target))
    assert text == said.format(folder=folder, file=target)
    assert os.strerror(number) not in text


def test_a_missing_folder_is_named_at_its_highest_missing_level(tmp_path: Path) -> None:
    target = tmp_path / "stick" / "2026" / "lijst.csv"
    error = FileNotFoundError(errno.ENOENT, "No such file or directory")
    assert str(write_failure(error, target)) == (
        f"The folder {tmp_path / 'stick'} does not exist (any more); choose another folder."
    )
