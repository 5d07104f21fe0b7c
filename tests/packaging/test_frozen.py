"""The frozen build: PyInstaller runs build.spec once per test run, then the built programs are
started as a user's installer would, headless."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from intervisie_desktop import __version__
from tests.packaging.modules import source_modules

# Building the frozen program (conftest.bundle) takes about two minutes on a quiet machine, more
# on a busy one; the first test that needs it waits for the build.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
# QML and WebEngine; the GTK theme plugin and the GTK stack it would drag in on Linux.
UNWANTED = re.compile(
    r"Qt6?(Qml|Quick|WebEngine)|qgtk3|^lib(gtk|gdk|atk|cairo|pango|harfbuzz)", re.IGNORECASE
)


def run(program: Path, *args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "INTERVISIE_LOG_DIR": str(tmp_path / "logs"), **env}
    full_env.pop("INTERVISIE_DATA_DIR", None)
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, env=full_env, timeout=120
    )


@pytest.mark.parametrize("name", ["intervisie", "intervisie-cli"])
def test_built_programs_print_the_version(bundle: Path, name: str, tmp_path: Path) -> None:
    result = run(bundle / f"{name}{EXE_SUFFIX}", "--version", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"intervisie {__version__}"


def test_built_program_passes_its_self_check(bundle: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    result = run(
        bundle / f"intervisie-cli{EXE_SUFFIX}",
        "self-check",
        "--data-dir",
        str(folder),
        tmp_path=tmp_path,
        QT_QPA_PLATFORM="offscreen",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "self-check passed"
    assert "SQLCipher" in result.stdout  # the sqlcipher3 module came along
    # every module of the program is in the bundle and imports (the phone remote's Qt
    # WebSocket module was once left out, and session mode failed in the built program only)
    assert f"ok  modules: {len(source_modules())} modules imported" in result.stdout
    assert (folder / "intervisie.sqlite3").exists()  # created and migrated by Alembic


def test_built_gui_opens_the_demo_and_becomes_usable(bundle: Path, tmp_path: Path) -> None:
    result = run(
        bundle / f"intervisie{EXE_SUFFIX}",
        "--demo",
        "--lang",
        "en",
        tmp_path=tmp_path,
        QT_QPA_PLATFORM="offscreen",
        INTERVISIE_STARTUP_PROBE="1",
    )
    assert result.returncode == 0, result.stderr
    events = [line.split()[1] for line in result.stderr.splitlines() if "startup-probe" in line]
    assert events == ["visible", "usable", "complete"]


def test_bundle_holds_resources_and_migrations_and_no_qml_or_webengine(bundle: Path) -> None:
    internal = bundle / "_internal"
    files = {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}
    migrations = ROOT / "intervisie_desktop" / "core" / "migrations"
    scripts = [
        "env.py",
        "script.py.mako",
        *(f"versions/{p.name}" for p in migrations.glob("versions/*.py")),
    ]
    for script in scripts:
        assert f"intervisie_desktop/core/migrations/{script}" in files
    for toml in sorted((ROOT / "resources" / "methods").glob("*.toml")):
        assert f"resources/methods/{toml.name}" in files
    for qm in sorted((ROOT / "resources" / "translations").glob("*.qm")):
        assert f"resources/translations/{qm.name}" in files
    assert "resources/icons/intervisie-256.png" in files
    manual = ROOT / "resources" / "manual"
    pages = sorted(manual.rglob("*.md")) + sorted(manual.rglob("*.png"))
    assert len(pages) > 20  # both languages' pages and their pictures (the manual, F1)
    for page in pages:
        assert f"resources/manual/{page.relative_to(manual).as_posix()}" in files
    assert not [name for name in files if name.endswith(".ts")]
    unwanted = sorted(name for name in files if UNWANTED.search(name))
    assert unwanted == []
