"""The command line as a script would use it: real processes, real folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intervisie_desktop import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "intervisie_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def test_version_prints_without_starting_qt() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"intervisie {__version__}"
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom intervisie_desktop.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip().endswith("False")


def test_demo_then_list_groups(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    made = run("demo", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    assert "written" in made.stdout
    assert oct((folder).stat().st_mode & 0o777) == "0o700"
    listed = run("list-groups", "--data-dir", str(folder))
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 2
    ids_names = [line.split("\t") for line in lines]
    assert all(i.isdigit() for i, _ in ids_names)
    assert {name for _, name in ids_names} == {
        "AIOS Huisartsgeneeskunde \u2013 groep 3",
        "Balintgroep Amersfoort",
    }


def test_data_dir_from_environment_and_before_the_command(tmp_path: Path) -> None:
    folder = tmp_path / "env"
    assert run("demo", env={"INTERVISIE_DATA_DIR": str(folder)}).returncode == 0
    assert (
        len(run("list-groups", env={"INTERVISIE_DATA_DIR": str(folder)}).stdout.splitlines()) == 2
    )
    assert len(run("--data-dir", str(folder), "list-groups").stdout.splitlines()) == 2


def test_demo_refuses_a_folder_with_data(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    assert run("demo", "--data-dir", str(folder)).returncode == 0
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    again = run("demo", "--data-dir", str(folder), "--size", "small")
    assert again.returncode != 0
    assert "already holds data" in again.stderr
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_unknown_command_is_one_line_exit_2() -> None:
    assert "invalid choice" in one_line_error(run("frobnicate"))


def test_unknown_option_is_one_line_exit_2() -> None:
    assert "unrecognized" in one_line_error(run("list-groups", "--colour"))


def test_missing_folder_is_one_line_exit_2(tmp_path: Path) -> None:
    assert "does not exist" in one_line_error(
        run("list-groups", "--data-dir", str(tmp_path / "no"))
    )


def test_file_given_as_folder_is_one_line_exit_2(tmp_path: Path) -> None:
    a_file = tmp_path / "f.txt"
    a_file.write_text("x")
    assert "is a file" in one_line_error(run("demo", "--data-dir", str(a_file)))


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a folder nobody can write")
def test_unwritable_folder_is_one_line_exit_2() -> None:
    assert "not writable" in one_line_error(run("list-groups", "--data-dir", "/proc/self"))


def test_folder_without_database_is_one_line_exit_2(tmp_path: Path) -> None:
    assert "no Intervisie database" in one_line_error(
        run("list-groups", "--data-dir", str(tmp_path))
    )
