"""The core runs without a screen: importing every core module loads no Qt."""

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import intervisie_desktop.core as core
for info in pkgutil.walk_packages(core.__path__, "intervisie_desktop.core."):
    if ".migrations" in info.name:
        continue
    importlib.import_module(info.name)
import intervisie_desktop.cli, intervisie_desktop.commands
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(len([m for m in sys.modules if m.startswith("intervisie_desktop.core")]), qt)
"""


def test_importing_core_loads_no_qt_module() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    ).stdout.split(" ", 1)
    assert int(out[0]) > 20  # the walk really imported the core
    assert out[1].strip() == "[]"
