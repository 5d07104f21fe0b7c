"""Qt tests: an offscreen application; dialogs that would block are answered by the test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> object:
    """A test may end with a refused value in a form field, and closing a main window asks about
    it; before pytest-qt closes the test's windows, what was typed is dropped without a question.
    A start-up test may end still waiting for a dialog: that wait ends with it."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.starting import next_test

    next_test()  # dialogs a start-up test still waited for are no longer answered
    if QApplication.instance() is not None:
        from intervisie_desktop.ui.forms.fields import FormBinder

        for widget in QApplication.topLevelWidgets():
            for binder in widget.findChildren(FormBinder):
                binder.discard()
    return (yield)


@pytest.fixture
def app_exits(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Run the program's real start-up inside the test's event loop.

    QApplication.exec() spins until the program asks to exit, and exit() only records the code:
    a real exit() leaves Qt's quit flag set, which would end every later test's event loop.
    """
    from intervisie_desktop.ui.startup import app as app_module

    exits: list[int] = []

    def exec_until_exit(_self: object) -> int:
        qtbot.waitUntil(lambda: bool(exits), timeout=20000)
        return exits[0]

    monkeypatch.setattr(app_module.QApplication, "exec", exec_until_exit)
    monkeypatch.setattr(
        app_module.QApplication, "exit", staticmethod(lambda code=0: exits.append(code))
    )
    return exits


@pytest.fixture
def exits(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> list[int]:
    """run_app's event loop ends once a main window is up; the exit codes it asked for."""
    from intervisie_desktop.ui.startup import app as app_module
    from tests.ui.starting import main_windows

    exits: list[int] = []
    monkeypatch.setattr(
        app_module.QApplication,
        "exec",
        lambda self: qtbot.waitUntil(lambda: bool(main_windows(data_dir)), timeout=20000) or 0,
    )
    monkeypatch.setattr(
        app_module.QApplication, "exit", staticmethod(lambda code=0: exits.append(code))
    )
    return exits
