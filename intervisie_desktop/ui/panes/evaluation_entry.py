"""Entering a meeting's evaluation: per item the group's scores typed as a list ("7 8 6 9"),
with their mean and count beside them. Used on the Meetings tab and in the dialog the presenter
opens at the evaluation step. The scores are confidential: this widget never logs them."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.models import EvaluationItem
from intervisie_desktop.core.services.learning import parse_scores
from intervisie_desktop.ui.forms.error_line import ErrorLine
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence


def item_text(item: EvaluationItem) -> str:
    """The question of an item, in the user's language."""
    return {
        EvaluationItem.BROUGHT: QCoreApplication.translate(
            "Evaluation", "What this meeting brought me"
        ),
        EvaluationItem.SAFETY: QCoreApplication.translate(
            "Evaluation", "How safe it felt to bring something in"
        ),
        EvaluationItem.FIT: QCoreApplication.translate(
            "Evaluation", "How well the way of working fitted"
        ),
        EvaluationItem.OVERALL: QCoreApplication.translate("Evaluation", "The meeting as a whole"),
    }[item]


class EvaluationEntry(QWidget):
    """Four lines of scores. `edited(item)` when one was left after typing."""

    edited = Signal(object)  # EvaluationItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.lines: dict[EvaluationItem, QLineEdit] = {}
        self.means: dict[EvaluationItem, QLabel] = {}
        self.errors: dict[EvaluationItem, ErrorLine] = {}
        for row, item in enumerate(EvaluationItem):
            label = QLabel(item_text(item))
            line = QLineEdit()
            line.setObjectName(f"evaluation_{item.value}")
            line.setAccessibleName(item_text(item))
            line.setPlaceholderText(self.tr("scores 0\u201310, e.g. 7 8 6 9"))
            label.setBuddy(line)
            mean = QLabel(self.mean_text([]))
            mean.setObjectName(f"evaluationMean_{item.value}")
            error = ErrorLine()
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(line, 2 * row, 1)
            grid.addWidget(mean, 2 * row, 2)
            grid.addWidget(error, 2 * row + 1, 1, 1, 2)
            self.lines[item], self.means[item], self.errors[item] = line, mean, error
            line.editingFinished.connect(lambda item=item: self._left(item))
            line.textEdited.connect(lambda _text, item=item: self._typed(item))
        grid.setColumnStretch(1, 1)

    def mean_text(self, scores: Sequence[int]) -> str:
        """ "mean 7.5 of 4 answers" in the user's language; "no answers" when empty."""
        if not scores:
            return self.tr("no answers")
        mean = QLocale().toString(sum(scores) / len(scores), "f", 1)
        return self.tr("mean %1 of %n answer(s)", "", len(scores)).replace("%1", mean)

    def load(self, scores: Mapping[EvaluationItem, Sequence[int]]) -> None:
        for item, line in self.lines.items():
            values = list(scores.get(item, []))
            line.setText(" ".join(str(s) for s in values))
            self.means[item].setText(self.mean_text(values))
            self.errors[item].show_message("")

    def scores_of(self, item: EvaluationItem) -> list[int]:
        """What the line holds; a ValidationError (shown under the line) when it is no list."""
        try:
            scores = parse_scores(self.lines[item].text())
        except IntervisieError as exc:
            self.errors[item].show_message(error_text(exc))
            raise
        self.errors[item].show_message("")
        self.means[item].setText(self.mean_text(scores))
        return scores

    def all_scores(self) -> dict[EvaluationItem, list[int]] | None:
        """Every item's scores, or None (each refusal shown) when any line is no list."""
        out: dict[EvaluationItem, list[int]] = {}
        for item in EvaluationItem:
            try:
                out[item] = self.scores_of(item)
            except IntervisieError:
                continue
        return out if len(out) == len(EvaluationItem) else None

    def _typed(self, item: EvaluationItem) -> None:
        """The mean follows the typing; a refusal waits until the line is left."""
        try:
            self.means[item].setText(self.mean_text(parse_scores(self.lines[item].text())))
        except IntervisieError:
            return

    def _left(self, item: EvaluationItem) -> None:
        with suppress(IntervisieError):
            self.scores_of(item)  # shows the mean, or why the line is no list
        self.edited.emit(item)
