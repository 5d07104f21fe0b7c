"""What the command-line tests share: the small demo, written once per module and copied for
each test (a command may change it)."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    return folder
