"""The start-up baseline: a bare PySide6 program that shows an empty QMainWindow.

It carries the same start-up probe as the program (INTERVISIE_STARTUP_PROBE=1 prints when the
window has painted, then quits), so both are timed the same way.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from intervisie_desktop.ui.startup import probe


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 720)
    probe.watch_visible(window)
    probe.watch_usable(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
