"""The evaluation step in session mode: the presenter offers the group's scores (key E), in a
dialog of the presenter window on its screen; stored without names; the projector and the log
never see a score."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from intervisie_desktop.core.models import EvaluationItem
from intervisie_desktop.logging_setup import setup_logging
from intervisie_desktop.ui.session.evaluation import EVALUATION_BLOCK, EvaluationDialog
from tests.ui.session.conftest import press_f5
from tests.ui.session.test_real_session import all_texts

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow

# Scores no screen would show by chance: a run of digits and its mean (31 / 8 = 3.875).
PLANTED = {
    EvaluationItem.BROUGHT: "3 1 4 1 5 9 2 6",
    EvaluationItem.SAFETY: "2 7 1 8 2 8 1 8",
    EvaluationItem.FIT: "1 4 1 4 2 1 3 5",
    EvaluationItem.OVERALL: "1 7 3 2 0 5 0 8",
}
NEEDLES = ["3 1 4 1 5", "2 7 1 8 2", "1 4 1 4 2", "1 7 3 2 0", "3.9", "3,9", "mean", "gemiddeld"]


@pytest.fixture
def log_file() -> Iterator[object]:
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging()
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_the_presenter_takes_the_groups_scores_and_the_projector_never_shows_them(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    demo_services: Services,
    log_file: object,
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_F5)  # start the session
    plan = demo_services.sessions.frozen_plan(ctrl.meeting_id)
    assert plan is not None
    step = next(i for i, s in enumerate(plan.steps) if s.method.key == EVALUATION_BLOCK)
    ctrl.control.jump_to(step)
    ctrl.refresh()
    button = ctrl.presenter.findChild(type(ctrl.evaluation.button), "button_evaluate")
    assert button is not None and button.isVisible() and button.font().bold()
    audience_before = all_texts(ctrl.audience)
    ctrl.presenter.activateWindow()
    qtbot.waitUntil(ctrl.presenter.isActiveWindow, timeout=2000)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EvaluationDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EvaluationDialog)
    assert dialog.parentWidget() is ctrl.presenter
    assert dialog.screen() is ctrl.presenter.screen()
    assert ctrl.presenter.screen().geometry().contains(dialog.frameGeometry().center())
    for item, typed in PLANTED.items():
        line = dialog.findChild(QLineEdit, f"evaluation_{item.value}")
        assert line is not None
        line.setFocus()
        line.selectAll()
        qtbot.keyClicks(line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert "3.9" in dialog.entry.means[EvaluationItem.BROUGHT].text()  # the presenter shows it
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    stored = demo_services.evaluations.scores(ctrl.meeting_id)
    assert stored[EvaluationItem.BROUGHT] == [3, 1, 4, 1, 5, 9, 2, 6]
    assert stored[EvaluationItem.OVERALL] == [1, 7, 3, 2, 0, 5, 0, 8]
    ctrl.refresh()
    shown = " | ".join(all_texts(ctrl.audience) + all_texts(ctrl.presenter.preview))
    for needle in NEEDLES:
        assert needle not in shown
    assert all_texts(ctrl.audience) == audience_before  # at most the step's own prompt
    assert log_file is not None
    logged = Path(str(log_file)).read_text(encoding="utf-8")
    assert logged  # the session wrote its lines
    for needle in NEEDLES[:4]:
        assert needle not in logged


def test_a_score_out_of_range_keeps_the_dialog_open_and_stores_nothing(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    dialog = ctrl.evaluation.open()
    qtbot.waitExposed(dialog)
    line = dialog.entry.lines[EvaluationItem.OVERALL]
    line.setFocus()
    qtbot.keyClicks(line, "7 8 12")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "12" in dialog.entry.errors[EvaluationItem.OVERALL].message
    assert dialog.isVisible()
    assert demo_services.evaluations.scores(ctrl.meeting_id)[EvaluationItem.OVERALL] == []
    dialog.reject()
