"""The presenter's phone-remote box: the opt-in, the QR code and address to open, who is
paired, and one button to unpair."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from intervisie_desktop.ui.remote.qr import qr_image

QR_SIZE = 176


class RemotePanel(QGroupBox):
    toggled = Signal(bool)
    unpair_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonePanel")
        self.setTitle(self.tr("Phone remote"))
        self.use_box = QCheckBox(self.tr("Use a phone as remote"))
        self.use_box.setObjectName("phoneBox")
        self.use_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.use_box.toggled.connect(self.toggled.emit)
        self.qr = QLabel()
        self.qr.setObjectName("phoneQr")
        self.qr.setAccessibleName(self.tr("QR code of the remote's address"))
        self.address = QLabel()
        self.address.setObjectName("phoneAddress")
        self.address.setWordWrap(True)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("phoneStatus")
        self.status.setWordWrap(True)
        self.unpair_button = QPushButton(self.tr("Unpair"))
        self.unpair_button.setObjectName("phoneUnpair")
        self.unpair_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unpair_button.clicked.connect(self.unpair_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_box)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.address)
        layout.addWidget(self.status)
        layout.addWidget(self.unpair_button)
        self.show_off()

    def show_off(self, reason: str = "") -> None:
        blocked = self.use_box.blockSignals(True)
        self.use_box.setChecked(False)
        self.use_box.blockSignals(blocked)
        for widget in (self.qr, self.address, self.unpair_button):
            widget.hide()
        self.status.setText(reason)
        self.status.setVisible(bool(reason))

    def show_on(self, url: str, paired: bool, viewers: int) -> None:
        self.qr.setPixmap(QPixmap.fromImage(qr_image(url, QR_SIZE)))
        self.address.setText(self.tr("Scan the code, or open {address}").format(address=url))
        status = self.tr("A phone is paired.") if paired else self.tr("No phone paired yet.")
        if viewers:
            status += " " + self.tr("Read-only displays: {n}").format(n=viewers)
        self.status.setText(status)
        for widget in (self.qr, self.address, self.status):
            widget.show()
        self.unpair_button.setVisible(paired)
