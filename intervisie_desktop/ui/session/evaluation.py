"""The evaluation step in session mode: the presenter offers a dialog to type in the group's
scores (0-10, without names). The dialog belongs to the presenter window and opens on its
screen; the projector keeps showing the evaluation step's own prompt and never a score."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
)

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.ui.panes.evaluation_entry import EvaluationEntry
from intervisie_desktop.ui.session.keys import EVALUATE_KEY
from intervisie_desktop.ui.session.plan_steps import PlanStep
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.core.session.control import SessionControl
    from intervisie_desktop.ui.hub import ChangeHub
    from intervisie_desktop.ui.session.presenter import PresenterView


class SessionHost(Protocol):
    """What the evaluation offer uses of session mode's controller."""

    presenter: PresenterView
    services: Services
    hub: ChangeHub
    meeting_id: int
    control: SessionControl

    @property
    def refreshed(self) -> SignalInstance: ...


EVALUATION_BLOCK = "block.evaluation"
KEY = EVALUATE_KEY


class EvaluationDialog(QDialog):
    """The four items of the meeting's evaluation; OK stores them all (or none)."""

    def __init__(
        self, services: Services, hub: ChangeHub, meeting_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionEvaluationDialog")
        self.setWindowTitle(self.tr("Evaluation of this meeting"))
        self.services, self.hub, self.meeting_id = services, hub, meeting_id
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ask everyone for a score from 0 (not at all) to 10 (very much) per question, "
                "without names, and type them in as a list, e.g. 7 8 6 9. Only this screen "
                "shows them: the projector does not."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.entry = EvaluationEntry()
        self.entry.load(services.evaluations.scores(meeting_id))
        layout.addWidget(self.entry)
        self.error = QLabel()
        self.error.setObjectName("sessionEvaluationError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(760, parent.width() - 40) if parent.width() > 200 else 600)

    def save(self) -> None:
        scores = self.entry.all_scores()
        if scores is None:
            return  # each refusal is shown under its line
        try:
            changes = self.services.evaluations.record(self.meeting_id, scores)
        except IntervisieError as exc:
            self.error.setText(error_text(exc))
            return
        self.hub.broadcast(changes, self)
        self.accept()


class EvaluationOffer:
    """A button and the key E on the presenter; at the evaluation step the button stands out."""

    def __init__(self, controller: SessionHost) -> None:
        self.controller = controller
        presenter = controller.presenter
        self.action = QAction(
            QCoreApplication.translate("EvaluationOffer", "Enter evaluation"), presenter
        )
        self.action.setObjectName("evaluate")
        self.action.setShortcut(QKeySequence(KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.open)
        presenter.addAction(self.action)  # not the projector's window: nothing opens there
        self.button = QToolButton()
        self.button.setObjectName("button_evaluate")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setText(f"{self.action.text()}\n{KEY}")
        self.button.clicked.connect(self.action.trigger)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        presenter.add_grid_button(self.button)
        self.step = PlanStep(
            controller.services, controller.meeting_id, controller.control, EVALUATION_BLOCK
        )
        self.dialog: EvaluationDialog | None = None
        self._at: bool | None = None
        controller.refreshed.connect(self.follow)

    def at_evaluation(self) -> bool:
        return self.step.here()

    def follow(self) -> None:
        at = self.at_evaluation()
        if at == self._at:
            return
        self._at = at
        font = self.button.font()
        font.setBold(at)
        self.button.setFont(font)
        self.button.setToolTip(
            QCoreApplication.translate(
                "EvaluationOffer", "The evaluation step: type in the group's scores."
            )
            if at
            else KEY
        )

    def open(self) -> EvaluationDialog:
        presenter = self.controller.presenter
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = EvaluationDialog(
            self.controller.services, self.controller.hub, self.controller.meeting_id, presenter
        )
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.adjustSize()
        area = presenter.screen().availableGeometry()
        frame = dialog.frameGeometry()
        frame.moveCenter(presenter.frameGeometry().center())
        frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width())))
        frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height())))
        dialog.move(frame.topLeft())
        dialog.open()
        return dialog


def install_evaluation(controller: SessionHost) -> EvaluationOffer:
    return EvaluationOffer(controller)
