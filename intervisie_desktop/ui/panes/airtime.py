"""The meeting's airtime after its session: per round who spoke how long, and the spread.

For the supervisor's eyes: it is shown on the Meetings tab, never on the projector, and goes
into an export (the minutes) only when the supervisor ticks it there. Hidden until the meeting's
session has been run to the end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from intervisie_desktop.ui.items import children, top_level_items

if TYPE_CHECKING:
    from intervisie_desktop.core.session.airtime import Airtime, Spoken, Spread
    from intervisie_desktop.ui.context import AppContext


def clock_text(seconds: float) -> str:
    """ "1:05" for 65 s: minutes and seconds, as the session timer shows them."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class AirtimeBox(QGroupBox):
    """A tree: one row per round with its shortest, median and longest turn, the speakers
    under it; then the whole session per speaker."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(self.tr("Speaking time"))
        self.setObjectName("airtimeBox")
        self.context = context
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("airtimeTree")
        self.tree.setAccessibleName(self.tr("Speaking time per round"))
        self.tree.setHeaderLabels(
            [self.tr("Round"), self.tr("Shortest"), self.tr("Median"), self.tr("Longest")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setMinimumHeight(160)
        layout.addWidget(self.tree)
        note = QLabel(
            self.tr(
                "Measured by the session timer. Only you see this: it is never shown on the "
                "projector, and goes into the minutes only when you tick it there."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        self.airtime: Airtime | None = None
        self.hide()

    def show_meeting(self, meeting_id: int | None) -> None:
        found = None if meeting_id is None else self.context.services.sessions.airtime(meeting_id)
        self.airtime = found
        self.tree.clear()
        self.setVisible(found is not None)
        if found is None:
            return
        lang = self.context.lang
        for round_ in found.rounds:
            label = f"{round_.method.get(lang)} \u00b7 {round_.phase.get(lang)}"
            self._add(label, round_.spread, round_.turns)
        if found.spread is not None:
            self._add(self.tr("Whole session"), found.spread, found.speakers)

    def _add(self, label: str, spread: Spread, spoken: tuple[Spoken, ...]) -> None:
        top = QTreeWidgetItem(
            [
                label,
                clock_text(spread.shortest),
                clock_text(spread.median),
                clock_text(spread.longest),
            ]
        )
        for turn in spoken:
            top.addChild(QTreeWidgetItem([turn.name, "", clock_text(turn.seconds), ""]))
        self.tree.addTopLevelItem(top)
        self.tree.resizeColumnToContents(0)

    def rows(self) -> list[list[str]]:
        """What the tree shows, top rows and their speakers, for tests and the screen reader."""
        out: list[list[str]] = []
        for top in top_level_items(self.tree):
            out.append([top.text(c) for c in range(4)])
            out.extend([child.text(c) for c in range(4)] for child in children(top))
        return out
