"""Who chairs, in session mode: when a member chairs, the presenter and the projector name them
("Chair: Anna Bos"; a name is not confidential), and the presenter's script is headed as the
chair's script, the method's script for the current phase that the method cards print. With the
supervisor in the background, a line under it reminds the supervisor of their part. A chair
changed while session mode is open shows at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.models import ChairMode
from intervisie_desktop.ui.session.projector_line import ProjectorLine

if TYPE_CHECKING:
    from intervisie_desktop.core.changes import OpChanges
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.hub import ChangeHub
    from intervisie_desktop.ui.session.audience import AudienceView
    from intervisie_desktop.ui.session.follow_up import SessionHost
    from intervisie_desktop.ui.session.presenter import PresenterView

PROJECTOR_SIZE = 3.2  # hundredths of the projector's height, as the method's name


def chair_of(services: Services, meeting_id: int) -> tuple[ChairMode, str] | None:
    """The member chairing the meeting and how, or None when the supervisor chairs."""
    try:
        meeting = services.meetings.get(meeting_id)
        if meeting.chair_mode == ChairMode.SUPERVISOR or meeting.led_by_member_id is None:
            return None
        return ChairMode(meeting.chair_mode), services.members.get(
            meeting.led_by_member_id
        ).full_name
    except IntervisieError:
        return None


def chair_line(name: str) -> str:
    return QCoreApplication.translate("SessionChair", "Chair: {name}").format(name=name)


def _projector_chair(view: AudienceView) -> ProjectorLine:
    """The chair's name under the method's name on a projector view."""
    return ProjectorLine(view, "chairName", view.line_index_after(None), PROJECTOR_SIZE)


def presenter_line(mode: ChairMode, name: str) -> str:
    line = chair_line(name)
    if mode == ChairMode.MEMBER_SUPERVISED:
        line += " \u2014 " + QCoreApplication.translate(
            "SessionChair", "the supervisor in the background"
        )
    return line


def show_on_presenter(presenter: PresenterView, mode: ChairMode, name: str) -> QLabel:
    label = QLabel(presenter_line(mode, name))
    label.setObjectName("chairLine")
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    presenter._panels.insertWidget(2, label)  # noqa: SLF001 - under "method · phase i of n"
    return label


def head_script(title: QLabel, mode: ChairMode, name: str) -> None:
    """The presenter's script headed as the chair's, with the supervisor's part as a tip."""
    title.setText(
        QCoreApplication.translate("SessionChair", "The chair's script (for {name})").format(
            name=name
        )
    )
    title.setToolTip(
        QCoreApplication.translate(
            "SessionChair",
            "{name} leads the phases and keeps the time; you stay in the background "
            "and step in when asked or when the group's safety needs it.",
        ).format(name=name)
        if mode == ChairMode.MEMBER_SUPERVISED
        else ""
    )


class SessionChair(QObject):
    """Installed once per session mode; shows nothing while the supervisor chairs. A chair
    changed meanwhile (the meetings pane's Led by, the rota, a phase-out plan) reaches it through
    the program's hub and shows at once; so does a chair's name edited in the members pane."""

    def __init__(
        self,
        parent: QObject,
        services: Services,
        meeting_id: int,
        presenter: PresenterView,
        audience: AudienceView,
        hub: ChangeHub | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.meeting_id = services, meeting_id
        self.presenter, self.audience = presenter, audience
        self.title = presenter.findChild(QLabel, "scriptTitle")
        self.plain_title = (self.title.text(), self.title.toolTip()) if self.title else ("", "")
        self.presenter_label: QLabel | None = None
        self.projector: list[ProjectorLine] = []
        self.chair: tuple[ChairMode, str] | None = None
        self.show_chair(chair_of(services, meeting_id))
        if hub is not None:
            for window in (presenter, audience):  # whichever is up hears it
                hub.watch(window, {Change.MEETINGS, Change.MEMBERS}, self._changed)

    def _changed(self, _changes: OpChanges) -> None:
        self.show_chair(chair_of(self.services, self.meeting_id))

    def show_chair(self, chair: tuple[ChairMode, str] | None) -> None:
        if chair == self.chair:
            return
        self.chair = chair
        if chair is None:
            if self.presenter_label is not None:
                self.presenter_label.hide()
            for view in self.projector:
                view.label.hide()
            if self.title is not None:
                self.title.setText(self.plain_title[0])
                self.title.setToolTip(self.plain_title[1])
            return
        mode, name = chair
        if self.presenter_label is None:
            self.presenter_label = show_on_presenter(self.presenter, mode, name)
        self.presenter_label.setText(presenter_line(mode, name))
        self.presenter_label.show()
        if self.title is not None:
            head_script(self.title, mode, name)
        if not self.projector:
            self.projector = [_projector_chair(v) for v in (self.audience, self.presenter.preview)]
        for view in self.projector:
            view.label.setText(chair_line(name))
            view.label.show()


def install_chair(host: SessionHost) -> SessionChair:
    presenter = host.presenter
    return SessionChair(
        presenter, host.services, host.meeting_id, presenter, host.audience, host.hub
    )
