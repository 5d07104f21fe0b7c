"""The chosen group's tabs (Group, Members, Meetings, Cases), each pane built when first needed.

At start only the tab on screen is built: the others cost the start-up some 25 ms and 4 MB on a
large database for panes the user may not open. A pane is built when its tab is shown or when
code asks for it by name, and then takes the place of the empty page its tab had until then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from intervisie_desktop.ui.widths import spare_label_pixels

if TYPE_CHECKING:
    from collections.abc import Callable


class GroupTabs(QTabWidget):
    def __init__(self, tabs: dict[str, tuple[str, Callable[[], QWidget]]]) -> None:
        """`tabs`: pane name -> (tab title, factory), in tab order."""
        super().__init__()
        self.setObjectName("groupTabs")
        self._tabs = tabs
        self._names = list(tabs)
        self._panes: dict[str, QWidget] = {}
        for name, (title, _make) in tabs.items():
            empty = QWidget()
            empty.setObjectName(f"{name}NotBuilt")
            self.addTab(empty, title)

    def pane(self, name: str) -> QWidget:
        """The pane `name`, built now if it was not yet."""
        pane = self._panes.get(name)
        if pane is not None:
            return pane
        title, make = self._tabs[name]
        pane = make()
        spare_label_pixels(pane)
        self._panes[name] = pane
        index = self._names.index(name)
        empty = self.widget(index)
        # A click on the tab gave the empty page the focus that was in the tab left; the pane
        # takes it over (else Qt hands it to the window's first field: the group search).
        takes_focus = empty is not None and empty.hasFocus()
        current = self.currentIndex()
        blocked = self.blockSignals(True)  # the same tab stays current: nothing changed
        try:
            self.removeTab(index)
            self.insertTab(index, pane, title)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(blocked)
        if empty is not None:  # the placeholder the pane replaces
            empty.deleteLater()
        if takes_focus:
            focus_first(pane)
        return pane

    def built(self) -> dict[str, QWidget]:
        """The panes built so far, by name."""
        return dict(self._panes)

    def current_name(self) -> str:
        return self._names[self.currentIndex()]

    def name_at(self, index: int) -> str:
        return self._names[index]


def focus_first(pane: QWidget) -> None:
    """Focus the pane's first widget that Tab reaches, as Qt does for a page it switches to."""
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and widget.isVisibleTo(pane)
            and widget.focusProxy() is None
            and pane.isAncestorOf(widget)
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
    pane.setFocus(Qt.FocusReason.TabFocusReason)
