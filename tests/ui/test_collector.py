"""The cycle collector runs from the event loop, never inside a Qt call (ui.collector)."""

from __future__ import annotations

import gc
import inspect
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog

from intervisie_desktop.ui import collector
from intervisie_desktop.ui.startup.app import make_application

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


class Cycle:
    def __init__(self) -> None:
        self.me = self


class Sender(QObject):
    fired = Signal()


def collector_on_stack() -> bool:
    here = inspect.currentframe()
    frame = here.f_back if here is not None else None
    while frame is not None:
        if frame.f_code is collector.EventLoopCollector.collect_due.__code__:
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def test_the_program_collects_from_its_event_loop_only(qtbot: QtBot) -> None:
    app = make_application()
    found = collector.collector(app)
    assert found is not None and found.active
    assert not gc.isenabled()
    assert collector.install(app) is found  # once per application


def test_a_widget_held_only_by_a_cycle_is_destroyed_between_events(qtbot: QtBot) -> None:
    make_application()
    destroyed: list[bool] = []
    dialog = QDialog()  # owned by Python, as a dialog without a parent is
    dialog.setProperty("kept", True)
    dialog.destroyed.connect(lambda: destroyed.append(True))
    dialog.cycle = dialog  # type: ignore[attr-defined]  # only the cycle keeps it now
    del dialog
    garbage = [Cycle() for _ in range(2000)]  # past the first threshold
    del garbage
    assert destroyed == []  # nothing collects on its own
    qtbot.waitUntil(lambda: destroyed == [True], timeout=5000)


def test_no_collection_starts_inside_a_slot(qtbot: QtBot) -> None:
    make_application()
    where: list[bool] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            where.append(collector_on_stack())

    def allocate() -> None:  # a slot that makes enough cyclic garbage to pass every threshold
        for _ in range(60):
            _ = [Cycle() for _ in range(1000)]

    sender = Sender()
    sender.fired.connect(allocate)
    gc.callbacks.append(record)
    try:
        sender.fired.emit()
        assert where == []  # a collection inside the slot would have been recorded here
        qtbot.waitUntil(lambda: len(where) >= 1, timeout=5000)
    finally:
        gc.callbacks.remove(record)
    assert all(where), "a collection started outside the event-loop collector"
    assert QApplication.instance() is not None
