"""The method files parsed ahead (core.methods.compiled): the same catalogue as from the TOML
files, no TOML parsed at start, and never stale or trusted when damaged."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.methods.catalogue import Catalogue, MethodFileError
from intervisie_desktop.core.methods.compiled import COMPILED_NAME, compile_folder

from .test_catalogue import METHODS_DIR

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The shipped method files, without any compiled data."""
    target = tmp_path / "methods"
    target.mkdir()
    for path in METHODS_DIR.glob("*.toml"):
        shutil.copy(path, target)
    return target


def tomllib_imported_by_a_start(folder: Path) -> bool:
    program = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from intervisie_desktop.core.methods.catalogue import Catalogue
        assert len(Catalogue(Path({str(folder)!r}))) >= 20
        print("tomllib" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip() == "True"


def test_compiled_data_gives_the_same_catalogue_without_parsing_toml(folder: Path) -> None:
    from_toml = list(Catalogue(folder))
    assert tomllib_imported_by_a_start(folder)
    compile_folder(folder)
    assert list(Catalogue(folder)) == from_toml
    assert not tomllib_imported_by_a_start(folder)


def test_an_edited_method_file_is_read_afresh(folder: Path) -> None:
    compile_folder(folder)
    path = folder / "incident.toml"
    name = Catalogue(folder).get("incident").name.en
    path.write_text(path.read_text(encoding="utf-8").replace(name, "Incident, our way", 1))
    assert Catalogue(folder).get("incident").name.en == "Incident, our way"


@pytest.mark.parametrize(
    "damage",
    [
        b"{not json",
        b'{"format": 99, "files": {}}',
        b'{"format": 1, "files": {"incident.toml": {"sha256": "0", "data": []}}}',
        b'{"format": 1, "files": []}',
    ],
)
def test_damaged_compiled_data_is_ignored(folder: Path, damage: bytes) -> None:
    expected = list(Catalogue(folder))
    (folder / COMPILED_NAME).write_bytes(damage)
    assert list(Catalogue(folder)) == expected


def test_compiled_data_that_matches_is_still_checked(folder: Path) -> None:
    path = folder / "incident.toml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("minutes = ", "minutes = 0 # was ", 1)
    assert broken != text
    path.write_text(broken, encoding="utf-8")
    compile_folder(folder)
    assert "incident.toml" in json.loads((folder / COMPILED_NAME).read_text())["files"]
    with pytest.raises(MethodFileError) as refused:
        Catalogue(folder)
    assert refused.value.file == "incident.toml"


def test_a_file_that_does_not_parse_is_left_to_the_catalogue_to_report(folder: Path) -> None:
    (folder / "broken.toml").write_text("[[phases]\n", encoding="utf-8")
    compile_folder(folder)
    assert "broken.toml" not in json.loads((folder / COMPILED_NAME).read_text())["files"]
    with pytest.raises(MethodFileError):
        Catalogue(folder)
