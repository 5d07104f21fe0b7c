"""Every dialog works with the keyboard alone: Tab reaches each control in the order a reader
sees them and never leaves the dialog, Enter presses the default button, Esc closes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from tests.ui.catalogue import SCREENS, open_each
from tests.ui.keyboard import describe, reachable, tab_through, visual_rank

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

DIALOGS = [name for name in SCREENS if name.startswith("dialog/")]

#: Dialogs whose first field takes Enter itself, on purpose (tested where that is built).
ENTER_IN_FIELD = {
    "dialog/method-picker": "the filter takes the highlighted step (tests/ui/plan)",
    "dialog/unlock": "the passphrase field submits once (test_lock.py)",
}


def _group_mates(widget: QWidget) -> list[QWidget]:
    """Exclusive radio buttons take Tab once per group (arrows move within it)."""
    if not isinstance(widget, QRadioButton):
        return [widget]
    group = widget.group()
    if group is not None and group.exclusive():
        return list(group.buttons())
    if widget.autoExclusive() and widget.parentWidget() is not None:
        return [w for w in widget.parentWidget().findChildren(QRadioButton) if w.autoExclusive()]
    return [widget]


@pytest.mark.parametrize("name", DIALOGS)
def test_tab_reaches_every_control_in_visual_order(
    qtbot: QtBot, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for shown in open_each(qtbot, tmp_path, only=lambda n: n == name):
        dialog = shown.widget
        walk = tab_through(qtbot, dialog)
        assert walk.left_dialog is None, f"Tab left {name} for {describe(walk.left_dialog)}"
        reached = {id(m) for stop in walk.stops for m in _group_mates(stop)}
        missing = [describe(w) for w in reachable(dialog) if id(w) not in reached]
        assert missing == [], f"{name}: Tab never reaches {missing}"
        rank = visual_rank(walk.stops, dialog)
        first = min(range(len(walk.stops)), key=lambda i: rank[walk.stops[i]])
        cycle = walk.stops[first:] + walk.stops[:first]
        order = [(describe(w), rank[w]) for w in cycle]
        assert [rank[w] for w in cycle] == sorted(rank[w] for w in cycle), (
            f"{name}: Tab order is not the visual order: {order}"
        )


@pytest.mark.parametrize("name", DIALOGS)
def test_escape_closes_and_enter_presses_the_default(
    qtbot: QtBot, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for shown in open_each(qtbot, tmp_path, only=lambda n: n == name):
        dialog = shown.widget
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
        question = getattr(dialog, "quit_question", None)
        if question is not None:  # nothing set up yet: Esc asks before quitting, as Quit does
            assert isinstance(question, QMessageBox) and question.isVisible(), name
            qtbot.keyClick(question, Qt.Key.Key_Escape)  # Esc again: back to setting up
            assert dialog.isVisible() and not question.isVisible(), name
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
            question = dialog.quit_question
            assert isinstance(question, QMessageBox)
            quitting = next(
                b
                for b in question.buttons()
                if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
            )
            for _ in range(len(question.buttons())):  # Tab to Quit, then Space: keys only
                if quitting.hasFocus():
                    break
                qtbot.keyClick(question.focusWidget() or question, Qt.Key.Key_Tab)
            qtbot.keyClick(quitting, Qt.Key.Key_Space)
        assert not dialog.isVisible(), f"{name}: Esc did not close it"
    # What the default button opens next is not this test's business: a nested dialog returns.
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    for shown in open_each(qtbot, tmp_path / "enter", only=lambda n: n == name):
        dialog = shown.widget
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        if not buttons or name in ENTER_IN_FIELD:
            continue
        focus = dialog.focusWidget()
        expected = (
            focus
            if isinstance(focus, QPushButton) and focus.autoDefault()
            else next((b for b in buttons if b.isDefault()), None)
        )
        assert expected is not None, f"{name}: no default button for Enter"
        pressed: list[QAbstractButton] = []
        for button in buttons:
            button.clicked.connect(lambda _c=False, b=button, p=pressed: p.append(b))
        qtbot.keyClick(focus or dialog, Qt.Key.Key_Return)
        assert pressed[:1] == [expected], f"{name}: Enter pressed {pressed}"
