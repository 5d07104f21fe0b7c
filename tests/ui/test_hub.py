"""The change hub: what a pane is told, when, and what it is not told."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QWidget

from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services

GROUPS = OpChanges.of(Change.GROUPS)
NOTES = OpChanges.of(Change.NOTES)


class Pane(QLabel):
    """A pane that records every refresh it gets."""

    def __init__(self, context: AppContext, *kinds: Change) -> None:
        super().__init__("pane")
        self.told: list[OpChanges] = []
        context.hub.watch(self, kinds, self.told.append)


@pytest.fixture
def context(services: Services, tmp_path: Path) -> AppContext:
    return AppContext(services=services, data_dir=tmp_path)


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_several_writes_in_one_event_refresh_a_pane_once_after_the_event(
    qtbot: QtBot, context: AppContext
) -> None:
    pane = Pane(context, Change.GROUPS)
    shown(qtbot, pane)
    context.hub.broadcast(GROUPS)
    context.hub.broadcast(OpChanges.of(Change.GROUPS, ids=[(Change.GROUPS, 7)]))
    assert pane.told == []  # not while the event that wrote is still running
    qtbot.waitUntil(context.hub.settled, timeout=2000)
    assert pane.told == [OpChanges.of(Change.GROUPS, ids=[(Change.GROUPS, 7)])]


def test_a_pane_is_told_only_the_kinds_it_shows_and_not_its_own_change(
    qtbot: QtBot, context: AppContext
) -> None:
    groups, notes = Pane(context, Change.GROUPS), Pane(context, Change.NOTES)
    for pane in (groups, notes):
        shown(qtbot, pane)
    context.hub.broadcast(NOTES, initiator=notes)  # the notes pane shows its own edit already
    context.hub.broadcast(GROUPS, initiator=notes)
    qtbot.waitUntil(context.hub.settled, timeout=2000)
    assert groups.told == [GROUPS]
    assert notes.told == []


def test_a_hidden_pane_is_told_when_it_is_shown_again(qtbot: QtBot, context: AppContext) -> None:
    tabs = QTabWidget()
    front, back = Pane(context, Change.GROUPS), Pane(context, Change.GROUPS)
    tabs.addTab(front, "front")
    tabs.addTab(back, "back")
    shown(qtbot, tabs)
    context.hub.broadcast(GROUPS)
    qtbot.waitUntil(context.hub.settled, timeout=2000)
    assert front.told == [GROUPS] and back.told == []  # hidden: nothing read for it yet
    context.hub.broadcast(NOTES)  # not its kind: nothing to catch up on
    context.hub.broadcast(OpChanges.of(Change.GROUPS, Change.MEMBERS))
    qtbot.waitUntil(context.hub.settled, timeout=2000)
    tabs.setCurrentWidget(back)
    assert back.told == [GROUPS | OpChanges.of(Change.GROUPS, Change.MEMBERS)]  # one catch-up
    tabs.setCurrentWidget(front)
    assert front.told == [GROUPS, OpChanges.of(Change.GROUPS, Change.MEMBERS)]


def test_a_closed_pane_is_forgotten(qtbot: QtBot, context: AppContext) -> None:
    pane = Pane(context, Change.GROUPS)
    told = pane.told
    pane.deleteLater()
    qtbot.waitUntil(lambda: not context.hub.watching(), timeout=2000)
    context.hub.broadcast(GROUPS)
    qtbot.waitUntil(context.hub.settled, timeout=2000)
    assert told == []


def test_operations_return_the_value_and_broadcast_the_changes(
    qtbot: QtBot, context: AppContext, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = Pane(context, Change.GROUPS)
    shown(qtbot, pane)
    group = context.ops.perform(None, lambda: services.groups.create(name="Balintgroep"))
    assert group.name == "Balintgroep" and services.groups.get(group.id or 0).name == "Balintgroep"
    qtbot.waitUntil(lambda: len(pane.told) == 1, timeout=2000)
    assert pane.told[0].ids_of(Change.GROUPS) == {group.id}

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    refused = context.ops.run(pane, lambda: services.groups.create(name="balintgroep"))
    assert refused is None and warned == [
        "There is already a group called \u201cbalintgroep\u201d."
    ]
    assert [g.name for g in services.groups.list()] == ["Balintgroep"]  # nothing stored
    nothing: OpResult[None] = OpResult(None, OpChanges())
    assert context.ops.perform(pane, lambda: nothing) is None
    qtbot.waitUntil(context.hub.settled, timeout=2000)
    assert len(pane.told) == 1  # a refused or empty write tells nobody
