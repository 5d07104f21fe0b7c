"""What the start-up imports, in a fresh interpreter as the program starts: the data layer comes
in without PySide6's import hook and without the TLS library, and both work as usual after."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import linecache, sys
import intervisie_desktop.ui.startup.imports as imports
import PySide6.QtWidgets
import intervisie_desktop.ui.startup.app  # what the program imports before its frame is shown
imports.forget_sources()
imports.import_data_layer()
sources = [name for name in linecache.cache if name.endswith(".py")]
print("ssl" in sys.modules, "sqlalchemy" in sys.modules, len(sources))
import ssl  # works again once the data layer is in
print(ssl.OPENSSL_VERSION.startswith("OpenSSL"))
"""


def test_the_data_layer_comes_in_lean_and_leaves_imports_as_they_were() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    ).stdout.split()
    ssl_loaded, orm_loaded, cached_sources, ssl_works = out
    assert (ssl_loaded, orm_loaded) == ("False", "True")
    # PySide6's hook would have put the source of some 300 module files into linecache.
    assert int(cached_sources) < 5
    assert ssl_works == "True"
