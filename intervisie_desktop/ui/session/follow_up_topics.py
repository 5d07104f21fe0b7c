"""The follow-up step on the projector: the topic labels of the earlier cases whose agreed actions
are still open ("Follow-up: Zorgplan · Tweede gesprek"), so the group sees whose turn is coming.

Only the topic, the label the program also allows in reports: never the actions themselves, a
description, an outcome, a note or a learning goal. The presenter keeps the full list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.core.models import FollowUpStatus
from intervisie_desktop.ui.session.projector_line import ProjectorLine

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.services.cases import BringerActions
    from intervisie_desktop.ui.session.audience import AudienceView

PROJECTOR_SIZE = 3.4  # hundredths of the projector's height, as the case's question
STILL_OPEN = (FollowUpStatus.OPEN, FollowUpStatus.CARRIED)
SEPARATOR = "  \u00b7  "
#: More topics than this and the line says how many more: it must leave the timer its room.
MOST_SHOWN = 8


def open_topics(groups: Sequence[BringerActions]) -> list[str]:
    """The topics of the cases with an action still open, in the presenter's order, once each."""
    topics: list[str] = []
    for group in groups:
        for action in group.actions:
            topic = action.topic.strip()
            if action.status in STILL_OPEN and topic and topic not in topics:
                topics.append(topic)
    return topics


def topics_line(topics: Sequence[str]) -> str:
    shown = list(topics[:MOST_SHOWN])
    if len(topics) > MOST_SHOWN:
        more = QCoreApplication.translate("FollowUpTopics", "{count} more")
        shown.append(more.format(count=len(topics) - MOST_SHOWN))
    return QCoreApplication.translate("FollowUpTopics", "Follow-up: {topics}").format(
        topics=SEPARATOR.join(shown)
    )


def _show_topics(line: ProjectorLine, topics: Sequence[str]) -> None:
    text = topics_line(topics) if topics else ""
    if line.label.text() != text:
        line.label.setText(text)
    line.label.setVisible(bool(text))


class ProjectorTopics:
    """The topics line on the projector and on the presenter's preview of it."""

    def __init__(self, views: Sequence[AudienceView]) -> None:
        self.views = [
            ProjectorLine(
                view, "followUpTopics", view.line_index_after(view.cues), PROJECTOR_SIZE, True
            )
            for view in views
        ]
        for line in self.views:
            line.label.hide()  # under the cues, above the speakers, at the follow-up step only
        self.topics: list[str] = []

    def show(self, topics: Sequence[str]) -> None:
        """Show these topics (none: the line goes)."""
        self.topics = list(topics)
        for line in self.views:
            _show_topics(line, self.topics)
