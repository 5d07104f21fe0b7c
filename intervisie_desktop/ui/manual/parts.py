"""The parts of the manual written from the program itself, as Markdown: the session keys (from
the session's key table), the main window's shortcuts (from its menus' actions) and the
sub-commands (each registered as the command line registers it). A page names one with a line
``{{name}}``."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QMenu

NATIVE = QKeySequence.SequenceFormat.NativeText
HELP_WIDTH = 90
MAX_KEYS = 2  # the platform's first keys (Redo has four on some)


def _cell(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").replace("|", "\\|")


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(f"`{s.toString(NATIVE)}`" for s in sequences if not s.isEmpty())


def session_keys() -> str:
    """A table of every session key (ui.session.keys.ALL_KEYS) and what it does."""
    from intervisie_desktop.ui.session.keys import ALL_KEYS
    from intervisie_desktop.ui.session.labels import action_labels, helper_labels
    from intervisie_desktop.ui.session.messages import message_key_labels

    labels = action_labels() | message_key_labels() | helper_labels()
    key = QCoreApplication.translate("Manual", "Key")
    does = QCoreApplication.translate("Manual", "What it does")
    rows = [f"| {key} | {does} |", "|---|---|"]
    for name, keys in ALL_KEYS.items():
        rows.append(f"| {_keys([QKeySequence(key) for key in keys])} | {_cell(labels[name])} |")
    return "\n".join(rows)


def _menu_actions(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if sub is not None:
            yield from _menu_actions(cast("QMenu", sub), f"{path} \u203a {_cell(action.text())}")
        elif action.text():
            yield path, action


def window_shortcuts(window: QMainWindow | None) -> str:
    """A table of the window's menu commands that have a key, menu by menu."""
    if window is None:
        return QCoreApplication.translate(
            "Manual", "*Open the manual from the main window to see its shortcuts here.*"
        )
    head = (
        QCoreApplication.translate("Manual", "Menu"),
        QCoreApplication.translate("Manual", "Command"),
        QCoreApplication.translate("Manual", "Key"),
    )
    rows = ["| {} | {} | {} |".format(*head), "|---|---|---|"]
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for path, action in _menu_actions(cast("QMenu", menu), _cell(top.text())):
            keys = _keys(action.shortcuts()[:MAX_KEYS])
            if keys:
                text = _cell(action.text()).rstrip("\u2026.")
                rows.append(f"| {path} | {text} | {keys} |")
    return "\n".join(rows)


class _Recorder:
    """The sub-commands' parser group, noting each command's one-line help as it is added."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.helps: dict[str, str] = {}
        self.parsers: dict[str, argparse.ArgumentParser] = {}

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        parser = cast("argparse.ArgumentParser", self.real.add_parser(name, **kwargs))
        self.helps[name] = str(kwargs.get("help", ""))
        self.parsers[name] = parser
        return parser


def command_parsers() -> _Recorder:
    """The sub-commands, each registered as cli.build_parser registers it (the manual does not
    import the entry point itself: it imports the interface)."""
    from intervisie_desktop.commands import COMMANDS

    parser = argparse.ArgumentParser(prog="intervisie")
    recorder = _Recorder(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in COMMANDS:
        module.register(cast("Any", recorder))
    return recorder


def commands() -> str:
    """Each sub-command: its one-line help and its full usage, as `intervisie CMD --help`."""
    recorder = command_parsers()
    width = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(HELP_WIDTH)  # argparse wraps at the terminal's width
    try:
        out: list[str] = []
        for name, sub in recorder.parsers.items():
            out += [f"### {name} {{#cmd-{name}}}", "", recorder.helps[name], "", "```"]
            out += [line.rstrip() for line in sub.format_help().strip().splitlines()]
            out += ["```", ""]
    finally:
        if width is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = width
    return "\n".join(out)


def all_parts(window: QMainWindow | None) -> dict[str, Callable[[], str]]:
    return {
        "session-keys": session_keys,
        "shortcuts": lambda: window_shortcuts(window),
        "commands": commands,
    }
