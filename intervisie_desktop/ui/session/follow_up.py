"""The follow-up step in session mode: the presenter lists the open actions of earlier cases by
case bringer, and the supervisor marks each done (D), carried over to the next meeting (C) or
dropped (X). Only the presenter shows the panel, and only at the follow-up step; the projector
shows the step's own prompt and the topic labels of the cases still open, nothing more. A mark
goes through the case service and the program's hub, so the meetings and cases panes follow."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.models import FollowUpStatus
from intervisie_desktop.ui.forms.fields import date_text
from intervisie_desktop.ui.session.follow_up_topics import ProjectorTopics, open_topics
from intervisie_desktop.ui.session.keys import HELPER_KEYS
from intervisie_desktop.ui.session.plan_steps import PlanStep
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from intervisie_desktop.core.changes import OpChanges
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.core.services.cases import BringerActions, OpenAction
    from intervisie_desktop.core.session.control import SessionControl
    from intervisie_desktop.ui.hub import ChangeHub
    from intervisie_desktop.ui.session.audience import AudienceView
    from intervisie_desktop.ui.session.presenter import PresenterView

FOLLOW_UP_BLOCK = "block.follow_up"
CASE_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
STILL_OPEN = (FollowUpStatus.OPEN.value, FollowUpStatus.CARRIED.value)
#: The marks and their keys, in the order of the buttons.
MARK_KEYS: tuple[tuple[FollowUpStatus, int | str], ...] = (
    (FollowUpStatus.DONE, HELPER_KEYS["follow_up_done"][0]),
    (FollowUpStatus.CARRIED, HELPER_KEYS["follow_up_carried"][0]),
    (FollowUpStatus.DROPPED, HELPER_KEYS["follow_up_dropped"][0]),
)


class SessionHost(Protocol):
    """What the follow-up step uses of session mode's controller."""

    presenter: PresenterView
    audience: AudienceView
    services: Services
    hub: ChangeHub
    meeting_id: int
    control: SessionControl

    @property
    def refreshed(self) -> SignalInstance: ...

    def refresh(self) -> None: ...


def mark_text(status: FollowUpStatus) -> str:
    texts = {
        FollowUpStatus.OPEN: QCoreApplication.translate("FollowUpPanel", "open"),
        FollowUpStatus.CARRIED: QCoreApplication.translate("FollowUpPanel", "carried over"),
        FollowUpStatus.DONE: QCoreApplication.translate("FollowUpPanel", "action done"),
        FollowUpStatus.DROPPED: QCoreApplication.translate("FollowUpPanel", "dropped"),
    }
    return texts.get(status, "")


class FollowUpPanel(QGroupBox):
    """The open actions by case bringer, and a button per mark (with its key)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up of agreed actions"), parent)
        self.setObjectName("followUpPanel")
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("followUpActions")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with session mode
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.buttons: dict[FollowUpStatus, QPushButton] = {}
        for status, key in MARK_KEYS:
            button = QPushButton(f"{self.button_text(status)} ({QKeySequence(key).toString()})")
            button.setObjectName(f"followUp_{status.value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
            self.buttons[status] = button
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("followUpStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def button_text(self, status: FollowUpStatus) -> str:
        return {
            FollowUpStatus.DONE: self.tr("Done"),
            FollowUpStatus.CARRIED: self.tr("Carry over"),
            FollowUpStatus.DROPPED: self.tr("Drop"),
        }[status]

    def show_actions(self, groups: list[BringerActions]) -> None:
        chosen = self.chosen_case()
        self.list.clear()
        if not groups:
            self.list.addItem(QListWidgetItem(self.tr("No open actions from earlier meetings.")))
        for group in groups:
            header = QListWidgetItem(group.name or self.tr("(no case bringer)"))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for action in group.actions:
                self.list.addItem(self._action_item(action))
        if not self.choose(chosen):
            self.choose_next_open(0)

    def _action_item(self, action: OpenAction) -> QListWidgetItem:
        actions = " / ".join(line.strip() for line in action.actions.splitlines() if line.strip())
        text = self.tr("{topic} ({date}): {actions}").format(
            topic=action.topic, date=date_text(action.brought_on), actions=actions
        )
        if action.status != FollowUpStatus.OPEN:  # first: a long line is cut off at the end
            text = f"[{mark_text(action.status)}] {text}"
        item = QListWidgetItem("    " + text)
        item.setData(CASE_ROLE, action.case_id)
        item.setData(STATUS_ROLE, action.status.value)
        item.setToolTip(action.actions)
        return item

    def chosen_case(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(CASE_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def choose(self, case_id: int | None) -> bool:
        for row in range(self.list.count()):
            if case_id is not None and self.list.item(row).data(CASE_ROLE) == case_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def choose_next_open(self, start: int) -> None:
        """The first action still open from `start` on (the next one to go through)."""
        for row in list(range(start, self.list.count())) + list(range(start)):
            if self.list.item(row).data(STATUS_ROLE) == FollowUpStatus.OPEN.value:
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(-1)


class FollowUpStep:
    """The panel on the presenter at the follow-up step, its buttons and the keys D, C, X."""

    def __init__(self, host: SessionHost) -> None:
        self.host = host
        self.panel = FollowUpPanel()
        self.panel.hide()
        host.presenter.add_panel(self.panel)
        self.actions: dict[FollowUpStatus, QAction] = {}
        for status, key in MARK_KEYS:
            action = QAction(self.panel.button_text(status), host.presenter)
            action.setObjectName(f"followUp_{status.value}")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            action.triggered.connect(lambda _=False, s=status: self.mark(s))
            host.presenter.addAction(action)  # never the projector's window
            self.panel.buttons[status].clicked.connect(action.trigger)
            self.actions[status] = action
        self.projector = ProjectorTopics((host.audience, host.presenter.preview))
        self.step = PlanStep(host.services, host.meeting_id, host.control, FOLLOW_UP_BLOCK)
        self._at: bool | None = None
        self._step = False  # at the follow-up step, locked or not (the projector goes on)
        host.hub.watch(self.panel, {Change.CASES, Change.MEMBERS}, self._changed)
        host.refreshed.connect(self.follow)

    def at_follow_up(self) -> bool:
        return self.step.here()

    def follow(self) -> None:
        step = self.at_follow_up()
        entered = step != self._step
        if entered:
            self._step = step
            if step:
                self.reload()
            else:
                self.projector.show(())
        at = step and not self.host.presenter.is_locked()
        if at == self._at:
            return
        self._at = at
        if at and not entered:
            self.reload()
        self.panel.setVisible(at)
        for action in self.actions.values():
            action.setEnabled(at)

    def _changed(self, _changes: OpChanges) -> None:
        if self._step:
            self.reload()
            self.host.refresh()  # the phone's display page hears of the topics too

    def reload(self) -> None:
        try:
            groups = self.host.services.cases.open_actions(self.host.meeting_id)
        except IntervisieError as exc:
            self.panel.status.setText(error_text(exc))
            return
        self.panel.show_actions(groups)
        self.projector.show(open_topics(groups) if self._step else ())

    def mark(self, status: FollowUpStatus) -> None:
        case_id = self.panel.chosen_case()
        if case_id is None or not self.panel.isVisible():
            return
        row = self.panel.list.currentRow()
        try:
            changes = self.host.services.cases.mark_follow_up(case_id, status, self.host.meeting_id)
        except IntervisieError as exc:
            self.panel.status.setText(error_text(exc))
            return
        self.panel.status.clear()
        self.host.hub.broadcast(changes, self.panel)
        self.reload()
        self.panel.choose_next_open(row)
        self.host.refresh()  # the phone's display page hears of the topics too


def install_follow_up(host: SessionHost) -> FollowUpStep:
    return FollowUpStep(host)
