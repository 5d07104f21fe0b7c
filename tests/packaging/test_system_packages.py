"""The one list of system packages (packaging/system-packages.txt): it holds every library the
program loads from the system, each under the package that provides it, and the set-up names
from it exactly what is missing, with a command that works without sudo."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "system_packages", ROOT / "tools" / "system_packages.py"
)
assert _spec is not None and _spec.loader is not None
system_packages = importlib.util.module_from_spec(_spec)
sys.modules["system_packages"] = system_packages
_spec.loader.exec_module(system_packages)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")
SITE = Path(sysconfig.get_path("platlib"))
QT = SITE / "PySide6" / "Qt"


@linux_only
def test_every_library_qt_loads_from_the_system_is_in_the_list() -> None:
    needed = system_packages.from_the_system(system_packages.venv_start(SITE), SITE)
    packages, unknown = system_packages.packages_for(needed, system_packages.read_list())
    assert unknown == []
    # What a bare Debian lacked for the X11 and Wayland plugins: the plugins are followed.
    assert {
        "libxcb-cursor.so.0",
        "libxkbcommon-x11.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb-shape.so.0",
        "libwayland-cursor.so.0",
    } <= set(needed)
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libwayland-cursor0"} <= set(packages)


@linux_only
@pytest.mark.skipif(shutil.which("objdump") is None, reason="needs objdump")
@pytest.mark.parametrize(
    "library", ["plugins/platforms/libqxcb.so", "plugins/platforms/libqwayland.so"]
)
def test_the_elf_reader_finds_what_objdump_finds(library: str) -> None:
    path = QT / library
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    expected = [line.split()[1] for line in out.splitlines() if line.split()[:1] == ["NEEDED"]]
    assert expected
    assert system_packages.elf_needed(path) == expected


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs dpkg")
def test_each_listed_library_comes_with_its_package() -> None:
    checked = 0
    for entry in system_packages.read_list():
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", entry.package], capture_output=True, text=True
        )
        if not entry.sonames or "install ok installed" not in status.stdout:
            continue
        files = subprocess.run(
            ["dpkg-query", "-L", entry.package], capture_output=True, text=True, check=True
        ).stdout.split()
        names = {Path(name).name for name in files}
        assert set(entry.sonames) <= names, entry.package
        checked += 1
    assert checked >= 20  # the test command's machine has the run packages


def fake_machine(tmp_path: Path, *, sudo: bool) -> dict[str, str]:
    """A PATH for setup.sh on a Debian where nothing is installed, as a user who is not root:
    the few tools it runs, dpkg-query reporting every package missing, sudo only if asked."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dirname", "grep", "uname"):
        real = shutil.which(tool)
        assert real is not None
        (bin_dir / tool).symlink_to(real)
    scripts = {"dpkg-query": "exit 1", "id": "echo 1000"}
    if sudo:
        scripts["sudo"] = "exit 1"
    for name, body in scripts.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    return {"PATH": str(bin_dir), "HOME": str(tmp_path)}


def listed(*roles: str) -> list[str]:
    return [e.package for e in system_packages.read_list() if e.roles & set(roles)]


@linux_only
@pytest.mark.parametrize("command", ["run", "test"])
def test_setup_as_a_user_names_every_missing_package_with_su(tmp_path: Path, command: str) -> None:
    bash = shutil.which("bash")
    assert bash is not None
    result = subprocess.run(
        [bash, str(ROOT / "scripts" / "setup.sh"), *(["test"] if command == "test" else [])],
        capture_output=True,
        text=True,
        env=fake_machine(tmp_path, sudo=False),
        timeout=60,
    )
    assert result.returncode == 1
    *_, named, advice = result.stderr.splitlines()
    roles = ("run", "setup", "test") if command == "test" else ("run", "setup")
    wanted = sorted(listed(*roles))
    assert sorted(named.removeprefix("setup: missing system packages: ").split()) == wanted
    assert "sudo" not in advice
    command_line = advice.split("su -c ", 1)[1].strip("'")
    assert command_line == f"apt-get update && apt-get install {named.split(': ', 2)[2]}"


@linux_only
def test_setup_with_sudo_on_the_path_says_sudo(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(shutil.which("bash")), str(ROOT / "scripts" / "setup.sh")],
        capture_output=True,
        text=True,
        env=fake_machine(tmp_path, sudo=True),
        timeout=60,
    )
    assert result.returncode == 1
    advice = result.stderr.splitlines()[-1]
    assert advice.startswith("setup: install them, then run this again: sudo apt-get update && ")
    assert "sudo apt-get install libc6 " in advice
    assert " libxcb-cursor0 " in advice


@pytest.mark.skipif(os.name != "posix", reason="POSIX shell")
def test_the_list_reads_the_same_in_python_and_in_the_set_up() -> None:
    """setup.sh parses the list in bash (no Python yet on a bare machine): same packages."""
    script = (
        f'ROOT={ROOT}; source <(sed -n "/^PACKAGES=/,/^}}/p" {ROOT}/scripts/setup.sh); '
        "listed setup; echo --; listed wanted; echo --; "
        "FOR=test; listed wanted; echo --; listed libs"
    )
    out = subprocess.run(
        [str(shutil.which("bash")), "-c", script], capture_output=True, text=True, check=True
    ).stdout
    setup, run, test, libs = (part.split() for part in out.split("--"))
    assert setup == listed("setup")
    assert run == listed("run")
    assert test == listed("run", "test")
    assert libs == [s for e in system_packages.read_list() if "run" in e.roles for s in e.sonames]
