"""Main window on the large demo: group list visible after the window appears, opening a group
with 100+ meetings; baselines are bare Qt widgets with the same number of items, same run."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QListWidget, QTreeWidget, QTreeWidgetItem

from benchmarks.common import Result, format_table, median

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services

REPEAT = 7


def _until_painted(
    app: QApplication, widget: QListWidget | QTreeWidget, show: Callable[[], None]
) -> float:
    """Milliseconds from `show` until the widget's items are laid out and painted."""
    started = time.perf_counter()
    show()
    app.processEvents()
    widget.viewport().repaint()  # a synchronous paint: what the user would now see
    return (time.perf_counter() - started) * 1000


@dataclass(frozen=True)
class GroupOpening:
    opening: list[float]  # ms until the meeting list is painted
    complete: list[float]  # ms until the selected meeting's form and attendance are filled in
    bare: list[float]  # ms to fill and paint a bare QTreeWidget with as many rows (or none)
    meetings: int  # meetings of each group opened


def big_groups(services: Services, groups: list[Group], count: int = 2) -> list[Group]:
    """The first `count` of `groups` with 100+ meetings."""
    found: list[Group] = []
    for group in groups:
        if len(found) == count:
            break
        if len(services.meetings.for_group(group.id or 0)) >= 100:
            found.append(group)
    return found


def time_group_open(
    app: QApplication,
    services: Services,
    folder: Path,
    groups: list[Group],
    times: int,
    bare: bool = True,
) -> GroupOpening:
    """Open two groups with 100+ meetings in turn, `times` in all, in a main window on the
    Meetings tab; with `bare`, a bare QTreeWidget with as many rows is timed after each."""
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.window.main_window import MainWindow

    window = MainWindow(AppContext(services=services, data_dir=folder))
    window.resize(1280, 800)
    window.show()
    window.show_tab(2)
    app.processEvents()
    big = big_groups(services, groups)
    meetings_count = len(services.meetings.for_group(big[0].id or 0))
    opening, complete, bare_open = [], [], []
    for n in range(times):
        target = big[n % 2]
        started = time.perf_counter()
        window.group_list.select(target.id)
        window.meetings.tree.viewport().repaint()  # the meeting list as the user sees it
        opening.append((time.perf_counter() - started) * 1000)
        while window.meetings.details_pending():
            app.processEvents()
        window.meetings.detail.viewport().repaint()
        complete.append((time.perf_counter() - started) * 1000)
        assert len(window.meetings.meetings) == meetings_count
        app.processEvents()
        if not bare:
            continue
        tree = QTreeWidget()
        tree.resize(600, 700)
        tree.show()
        app.processEvents()

        def fill(t: QTreeWidget = tree) -> None:
            t.clear()
            t.addTopLevelItems(
                [
                    QTreeWidgetItem([f"meeting {i}", "19:00\u201321:00", "held"])
                    for i in range(meetings_count)
                ]
            )

        bare_open.append(_until_painted(app, tree, fill))
        tree.deleteLater()
    window.close()
    return GroupOpening(opening, complete, bare_open, meetings_count)


def run() -> list[Result]:
    from intervisie_desktop.core.demo import write_demo
    from intervisie_desktop.paths import DATABASE_NAME, methods_dir
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.startup.app import make_application, open_services
    from intervisie_desktop.ui.window.main_window import MainWindow

    app = make_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="intervisie-bench-") as tmp:
        folder = Path(tmp) / "data"
        write_demo(folder, DATABASE_NAME, "large", methods_dir=methods_dir())
        services = open_services(folder)
        try:
            groups = services.groups.list()  # the list opens on the active groups
            names = [g.name for g in groups]

            # 1. Window shown -> group list painted, against a bare list with the same items.
            shown, bare_shown = [], []
            for _ in range(REPEAT):
                window = MainWindow(AppContext(services=services, data_dir=folder))
                window.resize(1280, 800)
                shown.append(_until_painted(app, window.groups, window.show))
                assert window.groups.count() == len(groups)
                window.hide()
                window.deleteLater()
                bare = QListWidget()
                bare.resize(260, 700)
                bare_shown.append(
                    _until_painted(app, bare, lambda b=bare: (b.addItems(names), b.show()))
                )
                bare.deleteLater()
                app.processEvents()

            # 2. Opening a group with 100+ meetings on the Meetings tab, until the tree is painted.
            opened = time_group_open(app, services, folder, groups, REPEAT * 2)
            opening, complete, bare_open = opened.opening, opened.complete, opened.bare
            meetings_count = opened.meetings
        finally:
            services.close()
    return [
        Result(
            f"window shown -> group list painted ({len(groups)} groups, median)",
            median(shown),
            "ms",
            "<= 100 ms",
            median(shown) <= 100,
            "bare QListWidget shown with the same names",
            median(bare_shown),
        ),
        Result(
            f"open a group with {meetings_count} meetings: list painted (median)",
            median(opening),
            "ms",
            "<= 50 ms",
            median(opening) <= 50,
            f"bare QTreeWidget filled with {meetings_count} rows",
            median(bare_open),
        ),
        Result(
            "... until the selected meeting's form and attendance are filled in (median)",
            median(complete),
            "ms",
            "(no target; for the record)",
            True,
            f"bare QTreeWidget filled with {meetings_count} rows",
            median(bare_open),
        ),
    ]


if __name__ == "__main__":
    print(format_table(run()))
