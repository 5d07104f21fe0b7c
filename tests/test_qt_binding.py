"""Guards against a Qt binding whose calls corrupt the interpreter.

PySide6 6.12.0 on Python 3.11 drops one reference to None (and to True and False) on every Qt call
that returns one of them;
a GUI session makes thousands of such calls and then aborts ("deallocating None"). The lock pins
a release without the fault; this test fails if an upgrade brings it back.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
app = QApplication([])
font, label, combo = QFont(), QLabel(), QComboBox()
before = [sys.getrefcount(x) for x in (None, True, False)]
for _ in range(2000):
    font.setPointSizeF(12.0)  # returns None
    label.setText("x")
    combo.currentData()  # None: no item
    label.isVisible()  # False
    label.isEnabled()  # True
after = [sys.getrefcount(x) for x in (None, True, False)]
print(max(abs(a - b) for a, b in zip(after, before)))
"""


def test_qt_calls_keep_references_to_none_true_and_false() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip().splitlines()[-1])) < 50
