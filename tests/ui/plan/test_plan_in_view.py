"""The session plan at 1280x800: its steps and buttons in view beside the meeting's form, also
after steps are added to a long plan (they used to fall below the scrolling form)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt

from tests.ui.plan.conftest import pick, stored, wait_stored

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.plan.editor import PlanEditor
    from intervisie_desktop.ui.window.main_window import MainWindow


def wholly_in_view(widget: QWidget) -> bool:
    """The widget is drawn whole: nothing of it scrolled away or past the window's edge."""
    if not widget.isVisible():
        return False
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    on_window = QRect(top_left, widget.size())
    return widget.visibleRegion().boundingRect() == widget.rect() and window.rect().contains(
        on_window
    )


def rows_in_view(editor: PlanEditor) -> int:
    viewport = editor.tree.viewport().rect()
    count = 0
    for row in range(editor.tree.topLevelItemCount()):
        rect = editor.tree.visualItemRect(editor.tree.topLevelItem(row))
        count += viewport.contains(rect)
    return count


def test_plan_steps_and_buttons_stay_in_view_as_the_plan_grows(
    qtbot: QtBot, win: MainWindow, editor: PlanEditor, services: Services, group: Group
) -> None:
    assert win.width() == 1280 and win.height() == 800
    buttons = (
        editor.add_button,
        editor.standard_button,
        editor.up_button,
        editor.down_button,
        editor.remove_button,
    )
    qtbot.mouseClick(editor.standard_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, lambda: len(stored(services, group)) >= 5)
    qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == len(stored(services, group)))
    assert all(wholly_in_view(button) for button in buttons)
    assert rows_in_view(editor) >= 5  # several steps at a glance, not three
    for name in ("openi", "closing", "openi", "closing"):
        before = len(stored(services, group))
        pick(qtbot, editor, name)
        wait_stored(qtbot, lambda before=before: len(stored(services, group)) == before + 1)
        qtbot.waitUntil(lambda: editor.tree.topLevelItemCount() == len(stored(services, group)))
        # The buttons did not move out of reach, nor did the new step.
        assert [b.objectName() for b in buttons if not wholly_in_view(b)] == []
        current = editor.tree.currentItem()
        assert current is not None
        assert editor.tree.viewport().rect().contains(editor.tree.visualItemRect(current))
    assert editor.tree.topLevelItemCount() >= 9
    assert wholly_in_view(editor.minutes) and wholly_in_view(editor.total)
