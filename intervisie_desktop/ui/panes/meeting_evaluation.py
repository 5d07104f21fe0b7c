"""The evaluation of the selected meeting on the Meetings tab: the group's unnamed scores per
item, saved when a line is left. For the supervisor only: never on the projector or in a log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.ui.forms.fields import hint
from intervisie_desktop.ui.panes.evaluation_entry import EvaluationEntry

if TYPE_CHECKING:
    from intervisie_desktop.core.models import EvaluationItem
    from intervisie_desktop.ui.context import AppContext


class EvaluationBox(QGroupBox):
    def __init__(self, context: AppContext) -> None:
        super().__init__(self.tr("Evaluation by the group"))
        self.setObjectName("evaluationBox")
        self.context = context
        self.meeting_id: int | None = None
        self.stored: dict[EvaluationItem, list[int]] = {}
        layout = QVBoxLayout(self)
        self.entry = EvaluationEntry()
        layout.addWidget(self.entry)
        layout.addWidget(
            hint(
                self.tr(
                    "One score per answer, without names, 0 (not at all) to 10 (very much). "
                    "Only you see these; the yearly summary shows the group's mean only."
                )
            )
        )
        self.entry.edited.connect(self._save)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.setVisible(meeting_id is not None)
        if meeting_id is None:
            self.stored = {}
            self.entry.load({})  # nothing of another meeting stays behind, hidden
            return
        self.stored = self.context.services.evaluations.scores(meeting_id)
        self.entry.load(self.stored)

    def _save(self, item: EvaluationItem) -> None:
        if self.meeting_id is None:
            return
        try:
            scores = self.entry.scores_of(item)
        except IntervisieError:
            return  # shown under the line; nothing stored
        if scores == self.stored.get(item):
            return
        meeting_id, evaluations = self.meeting_id, self.context.services.evaluations
        if self.context.ops.run_changes(
            self, lambda: evaluations.record(meeting_id, {item: scores})
        ):
            self.stored[item] = scores
