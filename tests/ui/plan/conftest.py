"""A main window (in English, method names too) on a group whose next meeting has two cases,
and helpers that drive the plan editor and its picker as a user would."""

from __future__ import annotations

from datetime import time, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.plan.picker import MethodPicker
from intervisie_desktop.ui.window.main_window import MainWindow
from tests.ui.main_window.conftest import TODAY, settle

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Case, Group, Meeting, Member, PlanItem
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.plan.editor import PlanEditor


@pytest.fixture
def group(services: Services) -> Group:
    """Three members; a held meeting four weeks ago; the next one (19:00-21:00) with two cases."""
    g = services.groups.create(name="Balintgroep Zwolle", default_minutes=120).value
    assert g.id is not None
    services.groups.update(g.id, default_method="incident")
    for seat, name in enumerate(("Anna de Vries", "Bram Jansen", "Carla Smit"), start=1):
        person = services.members.create(full_name=name).value
        assert person.id is not None
        services.memberships.add(g.id, person.id, TODAY - timedelta(days=365), seat=seat)
    services.meetings.create(
        group_id=g.id,
        date=TODAY - timedelta(days=28),
        planned_start=time(19, 0),
        planned_end=time(21, 0),
        status="held",
    )
    ahead = services.meetings.create(
        group_id=g.id,
        date=TODAY + timedelta(days=14),
        planned_start=time(19, 0),
        planned_end=time(21, 0),
    ).value
    anna, bram, _carla = people(services, g)
    services.cases.create(meeting_id=ahead.id, bringer_id=anna.id, topic="Grenzen stellen")
    services.cases.create(
        meeting_id=ahead.id,
        bringer_id=bram.id,
        topic="Twijfel over verwijzing",
        method_key="gossip",
    )
    return services.groups.get(g.id)


def people(services: Services, group: Group) -> list[Member]:
    assert group.id is not None
    return [p for _s, p in services.memberships.members_of(group.id, TODAY)]


def next_meeting(services: Services, group: Group) -> Meeting:
    return next(m for m in services.meetings.for_group(group.id or 0) if m.date > TODAY)


def cases(services: Services, group: Group) -> list[Case]:
    return services.cases.for_meeting(next_meeting(services, group).id or 0)


def stored(services: Services, group: Group) -> list[PlanItem]:
    return services.plans.items(next_meeting(services, group).id or 0)


def stored_keys(services: Services, group: Group) -> list[str]:
    return [i.method_key for i in stored(services, group)]


@pytest.fixture
def win(qtbot: QtBot, services: Services, data_dir: Path, group: Group) -> MainWindow:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    window = MainWindow(AppContext(services=services, data_dir=data_dir, lang="en"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.groups.setCurrentRow(0)
    return window


@pytest.fixture
def editor(qtbot: QtBot, win: MainWindow) -> PlanEditor:
    """The Meetings tab open on the next meeting, its plan editor in view."""
    win.show_tab(2)
    settle(qtbot, win)
    assert win.meetings.meeting is not None and win.meetings.meeting.date > TODAY
    plan = win.plan_editor
    qtbot.waitUntil(lambda: plan.meeting_id == win.meetings.meeting.id, timeout=2000)
    win.meetings.detail.ensureWidgetVisible(plan)
    return plan


def wait_stored(qtbot: QtBot, check: Callable[[], bool]) -> None:
    qtbot.waitUntil(check, timeout=3000)


def in_picker(
    qtbot: QtBot, act: Callable[[MethodPicker], None], seen: list[MethodPicker] | None = None
) -> None:
    """Run `act` on the picker dialog as soon as it is open (it blocks the click that opens it)."""
    tries = [0]

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MethodPicker):
            tries[0] += 1
            if tries[0] > 200:
                raise AssertionError("the picker did not open")
            QTimer.singleShot(10, drive)
            return
        if seen is not None:
            seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, drive)


def pick(qtbot: QtBot, editor: PlanEditor, name: str) -> None:
    """Click "Add step", type part of a name in the picker, press Enter."""

    def choose(dialog: MethodPicker) -> None:
        qtbot.keyClicks(dialog.filter, name)
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    in_picker(qtbot, choose)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    back_to_window(qtbot, editor)


def back_to_window(qtbot: QtBot, editor: PlanEditor) -> None:
    """A closed dialog hands activation back to the window (the offscreen platform does not)."""
    window = editor.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def select_step(qtbot: QtBot, editor: PlanEditor, row: int) -> None:
    """Click a step in the list (which gives it the keyboard focus)."""
    item = editor.tree.topLevelItem(row)
    rect = editor.tree.visualItemRect(item)
    qtbot.mouseClick(editor.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.tree.currentItem() is item


def choose_in_combo(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Focus a combo box and step with the arrow keys to the item with this text."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    target = combo.findText(text)
    assert target >= 0, [combo.itemText(i) for i in range(combo.count())]
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
