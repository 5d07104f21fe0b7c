"""The presenter window with the phone remote switched on still fits the laptop's screen: its
QR code once made the window 921 px tall on an 800 px screen, and the row of session buttons
fell off the bottom.

Qt fixes its platform per process, so test_panel_screens.py runs this file in its own pytest on
two simulated screens (LAPTOP 1280x800, PROJECTOR 1920x1080); it is not collected alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QToolButton, QWidget

from tests.ui.remote.client import Phone

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.remote.server import RemoteServer
    from intervisie_desktop.ui.session.controller import SessionModeController


def on_screen(widget: QWidget) -> QRect:
    """The part of `widget` a user can see: inside its window's visible parts and the screen."""
    shown = widget.visibleRegion().boundingRect()
    top_left = widget.mapToGlobal(shown.topLeft())
    return QRect(top_left, shown.size()).intersected(widget.screen().availableGeometry())


def test_the_platform_has_two_screens(qapp: object) -> None:
    assert [s.name() for s in QGuiApplication.screens()] == ["LAPTOP", "PROJECTOR"]


def test_the_window_stays_on_the_screen_with_every_button_and_the_code_in_view(
    qtbot: QtBot, controller: SessionModeController, server: RemoteServer
) -> None:
    presenter = controller.presenter
    panel = controller.phone.panel
    assert server.running
    phone = Phone(server)
    phone.open(qtbot)  # a phone pairs: Unpair shows, the tallest the panel gets
    qtbot.waitUntil(lambda: "paired" in phone.types() and panel.unpair_button.isVisible())
    qtbot.wait(50)  # the column scrolls once its layout has settled
    screen = presenter.screen().availableGeometry()
    assert presenter.screen().name() == "LAPTOP"
    assert screen.contains(presenter.frameGeometry()), (presenter.frameGeometry(), screen)
    buttons = presenter.findChildren(QToolButton)
    assert len(buttons) >= 10
    for button in buttons:
        assert on_screen(button).size() == button.size(), button.text()
    for widget in (panel.qr, panel.address, panel.status, panel.unpair_button):
        assert on_screen(widget).size() == widget.size(), widget.objectName()
    phone.close()


def test_the_wheel_over_a_choice_box_scrolls_the_column_and_changes_nothing(
    qtbot: QtBot, controller: SessionModeController, server: RemoteServer
) -> None:
    """With the code shown the column scrolls; a turn of the wheel over the screen or mode box
    scrolls it, and the projector stays where it is."""
    presenter = controller.presenter
    column = presenter.side_column
    bar = column.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    boxes = [presenter.screen_box, presenter.theme_box, presenter.findChild(QComboBox, "modeBox")]
    for box in boxes:
        assert isinstance(box, QComboBox)
        before = (box.currentIndex(), bar.value(), controller.audience.screen().name())
        centre = QPointF(box.rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(box.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120),  # one notch up
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(box, wheel)
        assert box.currentIndex() == before[0], box.objectName()
        assert controller.audience.screen().name() == before[2] == "PROJECTOR"
        assert bar.value() < before[1], box.objectName()  # the column scrolled up
        bar.setValue(bar.maximum())
