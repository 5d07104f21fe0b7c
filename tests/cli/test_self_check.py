"""`intervisie self-check` as an installer would run it: real processes, real folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

from intervisie_desktop.core.db.migrate import SCHEMA_VERSION
from intervisie_desktop.paths import resource_dir
from tests.packaging.modules import source_modules

if TYPE_CHECKING:
    from pathlib import Path


def self_check(
    *args: str, tmp_path: Path, meipass: Path | None = None, prelude: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run the command; with `meipass`, as a frozen build whose bundle folder is `meipass`;
    `prelude` is Python run first."""
    if meipass:
        prelude += f"sys._MEIPASS = {str(meipass)!r}; "
    code = prelude + "from intervisie_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "INTERVISIE_LOG_DIR": str(tmp_path / "logs")}
    env.pop("QT_QPA_PLATFORM", None)  # the command chooses offscreen itself
    return subprocess.run(
        [sys.executable, "-c", "import sys; " + code, "self-check", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_self_check_creates_the_database_and_passes(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    result = self_check("--data-dir", str(folder), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok  icons",
        "ok  methods",
        "ok  database",
        "ok  translations",
        "ok  modules",
        "ok  main window",
    ]
    assert lines[-1] == "self-check passed"
    assert f"ok  modules: {len(source_modules())} modules imported" in lines
    assert f"schema {SCHEMA_VERSION}, 0 groups, SQLCipher" in result.stdout
    assert (folder / "intervisie.sqlite3").exists()


def test_bundle_without_translations_fails_in_one_line(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(resource_dir(), bundle / "resources", ignore=shutil.ignore_patterns("*.qm"))
    result = self_check("--data-dir", str(tmp_path / "d"), tmp_path=tmp_path, meipass=bundle)
    line = one_line_error(result, 1)
    assert line.startswith("intervisie: error: self-check failed: translations: no nl")
    assert str(bundle / "resources" / "translations") in line


def test_a_library_left_out_fails_naming_the_module(tmp_path: Path) -> None:
    """As a bundle without Qt's WebSocket module: the phone remote's modules cannot import.
    (None in sys.modules is how Python is told a module is not there.)"""
    block = "sys.modules['PySide6.QtWebSockets'] = None; "
    result = self_check("--data-dir", str(tmp_path / "d"), tmp_path=tmp_path, prelude=block)
    line = one_line_error(result, 1)
    assert line.startswith("intervisie: error: self-check failed: modules: intervisie_desktop.")
    assert "cannot be imported: ModuleNotFoundError: import of PySide6.QtWebSockets" in line


def test_unreadable_method_file_fails(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(resource_dir(), bundle / "resources")
    (bundle / "resources" / "methods").mkdir(exist_ok=True)
    (bundle / "resources" / "methods" / "broken.toml").write_text("name = [unclosed\n")
    result = self_check("--data-dir", str(tmp_path / "d"), tmp_path=tmp_path, meipass=bundle)
    assert "self-check failed: methods: broken.toml cannot be read" in one_line_error(result, 1)


def test_refused_database_fails_and_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    junk = b"not a database at all" * 100
    (folder / "intervisie.sqlite3").write_bytes(junk)
    line = one_line_error(self_check("--data-dir", str(folder), tmp_path=tmp_path), 1)
    assert "self-check failed: database: cannot open the database" in line
    assert (folder / "intervisie.sqlite3").read_bytes() == junk


def test_file_as_folder_is_a_usage_error(tmp_path: Path) -> None:
    a_file = tmp_path / "f"
    a_file.write_text("x")
    result = self_check("--data-dir", str(a_file), tmp_path=tmp_path)
    assert "is a file" in one_line_error(result, 2)
