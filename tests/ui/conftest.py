"""Qt tests: an offscreen application; dialogs that would block are answered by the test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
