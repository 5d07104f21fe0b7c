"""One window per data folder: the second start asks the first to come forward, then quits.

The first start listens on a local socket named after the data folder. On Linux that socket
lives in the abstract namespace: the kernel removes it with the process, also after a kill, so
no socket file is left behind in the temporary folder. Elsewhere it is a file (macOS) or a
named pipe (Windows): a file left by a killed start of the same folder is removed by the next
start (on Linux too, for files left by older versions), and ours is removed on exit; only its
user may connect to it.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from intervisie_desktop.core.instance import InstanceLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

WAKE = b"raise\n"


# Linux's abstract namespace: a socket that is no file and ends with its process.
ABSTRACT = sys.platform.startswith("linux")
#: How often a second start tries to reach a first one that holds the lock but does not
#: listen yet (it listens once its first window has painted).
RETRY_S = 0.05


def server_name(data_dir: Path) -> str:
    """A local socket name per data folder (short: some platforms limit its length)."""
    import hashlib  # OpenSSL's: loaded when the name is first needed, after the first paint

    digest = hashlib.sha256(str(Path(data_dir).absolute()).encode()).hexdigest()[:16]
    return f"intervisie-{digest}"


class InstanceGuard(QObject):
    """Holds the lock and listens for later starts; `activate` asks the window to come forward.

    It listens from listen() on, which the start-up calls once its first window has painted:
    QtNetwork costs that window some 10 ms. A later start meanwhile finds the lock held and
    tries again until the first listens (wake_first)."""

    activate = Signal()

    def __init__(self, data_dir: Path, lock: InstanceLock) -> None:
        super().__init__()
        self.lock = lock
        self.data_dir = data_dir
        self.server: QLocalServer | None = None
        self.sockets: list[QLocalSocket] = []

    def listen(self) -> None:
        if self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(
            QLocalServer.SocketOption.AbstractNamespaceOption
            if ABSTRACT
            else QLocalServer.SocketOption.UserAccessOption
        )
        name = server_name(self.data_dir)
        # A socket file of this folder left by a killed start (or, on Linux, by an older
        # version, which used files there too); we hold the lock, so no one listens on it.
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            logger.warning("cannot listen for later starts: %s", self.server.errorString())
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self.sockets.append(socket)
            socket.readyRead.connect(self._on_read)

    def _on_read(self) -> None:
        for socket in list(self.sockets):
            if socket.bytesAvailable() and bytes(socket.readAll().data()).startswith(b"raise"):
                self.sockets.remove(socket)
                socket.abort()
                self.activate.emit()

    def release(self) -> None:
        for socket in self.sockets:
            socket.abort()
        self.sockets.clear()
        if self.server is not None:
            self.server.close()
        self.lock.release()


def wake_first(data_dir: Path, timeout_ms: int = 2000) -> bool:
    """Ask the program already open on `data_dir` to come forward; True when it answered.

    A first start that holds the lock but does not listen yet (its first window is still
    painting) is tried again until `timeout_ms` has passed."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        socket = QLocalSocket()
        if ABSTRACT:
            socket.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
        socket.connectToServer(server_name(data_dir))
        left_ms = max(1, int((deadline - time.monotonic()) * 1000))
        if socket.waitForConnected(left_ms):
            break
        if time.monotonic() + RETRY_S >= deadline:
            return False
        time.sleep(RETRY_S)
    socket.write(WAKE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return ok


def claim(data_dir: Path, listen: bool = True) -> tuple[InstanceGuard | None, bool]:
    """(guard, woke): a guard when this is the first start; else whether the first came forward.

    With `listen` False the guard listens only once its listen() is called."""
    lock = InstanceLock(data_dir)
    if lock.acquire():
        guard = InstanceGuard(data_dir, lock)
        if listen:
            guard.listen()
        return guard, False
    return None, wake_first(data_dir)


def bring_forward(window: QObject) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if isinstance(window, QWidget):
        window.setWindowState(
            (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        window.show()
        window.raise_()
        window.activateWindow()


def already_open(data_dir: Path) -> int:
    """The first program holds the folder but did not answer: say so; exit code 1."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from intervisie_desktop import APP_NAME

    QMessageBox.information(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "Safety",
            "Intervisie is already open on this data folder ({folder}), perhaps in another "
            "session of this computer. Close it there first, or switch to that window.",
        ).format(folder=str(data_dir)),
    )
    return 1
