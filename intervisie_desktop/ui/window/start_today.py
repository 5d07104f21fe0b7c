"""Before session mode starts a meeting not dated today: ask to start it today (its date moves to
today, its times stay) or cancel. A session is held on the day it runs, so a meeting is never
"held" under a date in the future, nor held today under a date in the past.

Asked only for a session that has not started yet: a run left unfinished is resumed as it was.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.session.store import is_live
from intervisie_desktop.ui.forms.typed import date_text

if TYPE_CHECKING:
    from intervisie_desktop.core.models import Meeting
    from intervisie_desktop.ui.context import AppContext

logger = logging.getLogger(__name__)

BOX_NAME = "startTodayBox"
START_BUTTON = "startTodayButton"
CANCEL_BUTTON = "startTodayCancel"


def needs_asking(context: AppContext, meeting: Meeting, today: date) -> bool:
    """A planned meeting on another day whose session has not started (a live run is resumed)
    and can start (without a plan the start path refuses, and the date is better left alone)."""
    if meeting.date == today or meeting.status != MeetingStatus.PLANNED or meeting.id is None:
        return False
    services = context.services
    run = services.sessions.run_for(meeting.id)
    if run is not None and is_live(run):
        return False
    return bool(services.plans.plan(meeting.id).steps)


def start_today_box(parent: QWidget, day: date) -> QMessageBox:
    """The question, on `parent` (the main window); Cancel is the default and Esc's answer."""
    box = QMessageBox(parent)
    box.setObjectName(BOX_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("StartToday", "Start session mode"))
    shown = date_text(day, long=True)
    box.setText(
        QCoreApplication.translate("StartToday", "This meeting is dated {date}, not today.").format(
            date=shown
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "StartToday",
            "A session is held on the day it runs. Start it today, or cancel and keep the date.",
        )
    )
    start = box.addButton(
        QCoreApplication.translate(
            "StartToday", "Start it today (its date moves from {date} to today)"
        ).format(date=shown),
        QMessageBox.ButtonRole.AcceptRole,
    )
    start.setObjectName(START_BUTTON)
    cancel = box.addButton(
        QCoreApplication.translate("StartToday", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    cancel.setObjectName(CANCEL_BUTTON)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_start_date(
    parent: QWidget, context: AppContext, meeting_id: int, today: date | None = None
) -> bool:
    """True when session mode may start the meeting: dated today, or moved to today now (through
    the core service; the change reaches the panes through the hub). False: cancelled, or the
    move was refused (the refusal is shown)."""
    today = today or date.today()
    try:
        meeting = context.services.meetings.get(meeting_id)
    except IntervisieError:
        return True  # the start path itself says what is wrong
    if not needs_asking(context, meeting, today):
        return True
    box = start_today_box(parent, meeting.date)
    box.exec()
    clicked = box.clickedButton()
    moved = clicked is not None and clicked.objectName() == START_BUTTON
    box.deleteLater()
    if not moved:
        logger.info("session start of meeting %s cancelled: not dated today", meeting_id)
        return False
    done = context.ops.run(parent, lambda: context.services.meetings.update(meeting_id, date=today))
    if done is None:
        return False
    logger.info("meeting %s moved to today for its session", meeting_id)
    return True
