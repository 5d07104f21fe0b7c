"""The lock screen over the main window: all content hidden until the passphrase is given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from intervisie_desktop.ui.security.prompt import PassphrasePrompt

if TYPE_CHECKING:
    from intervisie_desktop.ui.security.lock import LockController

#: Windows with this dynamic property set to True stay visible while locked (the audience view:
#: it shows nothing confidential). Every other top-level window is hidden until unlocked.
KEEP_WHEN_LOCKED = "intervisieKeepWhenLocked"
#: Actions with this property stay usable while locked (Quit).
ALLOWED_WHEN_LOCKED = "intervisieAllowedWhenLocked"


class LockOverlay(QWidget):
    def __init__(self, window: QMainWindow, controller: LockController) -> None:
        super().__init__(window)
        self.setObjectName("lockOverlay")
        self.window_ = window
        self.controller = controller
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.title = QLabel(self.tr("Intervisie is locked"))
        self.title.setObjectName("lockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = PassphrasePrompt(controller.try_unlock, controller.delay, self)
        box = QWidget()
        box.setFixedWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addWidget(self.prompt)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._disabled: list[QWidget | QAction] = []
        self._hidden_windows: list[QWidget] = []
        self.hide()
        window.installEventFilter(self)
        controller.locked.connect(self.cover)
        controller.unlocked.connect(self.uncover)

    def cover(self) -> None:
        needs = self.controller.needs_passphrase
        self.prompt.set_needs_passphrase(needs)
        self.hint.setText(
            self.tr("Type your passphrase to continue.")
            if needs
            else self.tr(
                "Your data is not protected with a passphrase; anyone at this computer can "
                "continue. You can set a passphrase under Notes \u2192 Protection."
            )
        )
        window = self.window_
        targets: list[QWidget | QAction] = [window.menuBar(), *window.findChildren(QAction)]
        central = window.centralWidget()
        if central is not None:
            targets.append(central)
        from PySide6.QtWidgets import QDockWidget

        targets += window.findChildren(QDockWidget)
        self._disabled = [
            t for t in targets if t.isEnabled() and not t.property(ALLOWED_WHEN_LOCKED)
        ]
        for target in self._disabled:
            target.setEnabled(False)
        self._hidden_windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and not w.property(KEEP_WHEN_LOCKED)
        ]
        for other in self._hidden_windows:
            other.hide()
        self.setGeometry(window.rect())
        self.raise_()
        self.show()
        self.prompt.reset()

    def uncover(self) -> None:
        self.hide()
        for target in self._disabled:
            target.setEnabled(True)
        for other in self._hidden_windows:
            other.show()
        self._disabled = []
        self._hidden_windows = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.window_.rect())
            self.raise_()
        return False
