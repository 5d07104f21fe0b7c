"""First run: no group yet. Offer to create the first group or to look around in the demo."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QProcess, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

logger = logging.getLogger(__name__)


def start_demo_process(lang: str) -> bool:
    """Open the demo in a separate program on a throw-away copy; the real data is not touched."""
    started = QProcess.startDetached(
        sys.executable, ["-m", "intervisie_desktop", "--demo", "--lang", lang]
    )
    ok = bool(started[0] if isinstance(started, tuple) else started)
    logger.info("demo process started: %s", ok)
    return ok


class WelcomePane(QWidget):
    create_group_requested = Signal()
    demo_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Welcome to Intervisie"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Plan the meetings of your peer-consultation groups, run the session on the "
                "projector, and hand every member the yearly proof for their register. "
                "Everything stays on this computer."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A word-wrapped label in a centred slot needs its height set for its width.
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        self.create_button = QPushButton(self.tr("Create your first group"))
        self.create_button.setObjectName("createFirstGroupButton")
        self.create_button.setDefault(True)
        self.create_button.setMinimumWidth(280)
        self.demo_button = QPushButton(self.tr("Look around in the demo"))
        self.demo_button.setObjectName("openDemoButton")
        self.demo_button.setMinimumWidth(280)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        demo_hint = QLabel(
            self.tr(
                "The demo opens in a second window with made-up groups; your data is not touched."
            )
        )
        demo_hint.setWordWrap(True)
        demo_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(demo_hint)
        layout.addStretch(3)
        self.create_button.clicked.connect(self.create_group_requested)
        self.demo_button.clicked.connect(self.demo_requested)
