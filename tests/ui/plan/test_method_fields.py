"""The group's default method and a case's method: chosen by name, stored as a key, never lost;
and the plan editor in Dutch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from intervisie_desktop.core.methods.model import Text
from intervisie_desktop.ui.plan.editor import PlanEditor
from intervisie_desktop.ui.translation import install_translators
from tests.ui.main_window.conftest import settle, type_into
from tests.ui.plan.conftest import cases, choose_in_combo, stored_keys

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_default_method_is_chosen_by_name_and_stored_as_key(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(0)
    settle(qtbot, win)
    method = win.details.method
    names = combo_texts(method)
    assert names[0] == "(none)" and "Incident method" in names and "Gossip method" in names
    assert "Opening" not in names  # blocks are not methods
    assert method.currentText() == "Incident method"
    choose_in_combo(qtbot, method, "Gossip method")
    assert services.groups.get(group.id or 0).default_method == "gossip"
    choose_in_combo(qtbot, method, "(none)")
    assert services.groups.get(group.id or 0).default_method == ""


def test_an_unknown_default_method_still_shows_and_is_not_lost(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.context.ops.perform(
        None, lambda: services.groups.update(group.id or 0, default_method="method_from_elsewhere")
    )
    win.show_tab(0)
    settle(qtbot, win)
    assert win.details.method.currentText() == "method_from_elsewhere"
    type_into(qtbot, win.details.facilitator, "Marieke Bos")
    stored = services.groups.get(group.id or 0)
    assert stored.facilitator_name == "Marieke Bos"
    assert stored.default_method == "method_from_elsewhere"


def test_case_method_by_name_and_a_deleted_own_method_keeps_its_name(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    own = services.methods.copy("incident").value
    services.methods.rename(own.key, Text(nl="Mijn incident", en="My incident"))
    first = cases(services, group)[0]
    services.cases.update(first.id or 0, method_key=own.key)
    services.methods.delete(own.key)
    win.show_tab(3)
    settle(qtbot, win)
    pane = win.cases
    rows = [pane.list.item(i).text() for i in range(pane.list.count())]
    pane.list.setCurrentRow(next(i for i, t in enumerate(rows) if t.endswith("Grenzen stellen")))
    assert pane.method.currentText() == "My incident (deleted)"
    assert "My incident" not in combo_texts(pane.method)  # not offered for new choices
    type_into(qtbot, pane.outcome, "Helder")
    assert services.cases.get(first.id or 0).method_key == own.key
    choose_in_combo(qtbot, pane.method, "Dilemma method")
    assert services.cases.get(first.id or 0).method_key == "dilemma"


def test_the_plan_editor_speaks_dutch(
    qtbot: QtBot, win: MainWindow, editor: PlanEditor, services: Services, group: Group
) -> None:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl")
    try:
        win.context.lang = "nl"
        dutch = PlanEditor(win.context, win.undo)  # texts are read when a widget is built
        qtbot.addWidget(dutch)
        dutch.show_meeting(editor.meeting_id)
        assert dutch.total.text() == "Gepland: 0 van 120 min"
        assert dutch.balance.text() == "nog 120 min vrij"
        assert dutch.standard_button.text() == "Standaa&rdplan"
        qtbot.mouseClick(dutch.standard_button, Qt.MouseButton.LeftButton)
        assert stored_keys(services, group)[3:5] == ["incident", "gossip"]
        steps = dutch.shown_steps()
        assert steps[0][0] == "Opening"
        assert steps[3][:2] == ("Incidentmethode", "Grenzen stellen (Anna)")
        assert steps[4][0] == "Roddelmethode"
        assert dutch.people.text() == "Rondes zijn berekend voor de 3 aanwezige leden."
        total = sum(int(minutes.split()[0]) for _s, _c, minutes in steps)
        assert dutch.total.text() == f"Gepland: {total} van 120 min"
        assert dutch.balance.text() == (
            f"{total - 120} min te lang" if total > 120 else f"nog {120 - total} min vrij"
        )
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
