"""Field labels used in messages; the UI translates them in context "Field"."""

from __future__ import annotations

from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

GROUP_NAME = QT_TRANSLATE_NOOP("Field", "Group name")
CONTEXT = QT_TRANSLATE_NOOP("Field", "Profession or context")
FACILITATOR = QT_TRANSLATE_NOOP("Field", "Supervisor")
FACILITATOR_REGISTER = QT_TRANSLATE_NOOP("Field", "Supervisor's register number")
GROUND_RULES = QT_TRANSLATE_NOOP("Field", "Ground rules")
DEFAULT_MINUTES = QT_TRANSLATE_NOOP("Field", "Default meeting length (minutes)")
START_DATE = QT_TRANSLATE_NOOP("Field", "Start date")
FULL_NAME = QT_TRANSLATE_NOOP("Field", "Full name")
DISPLAY_NAME = QT_TRANSLATE_NOOP("Field", "Name on the projector")
ROLE = QT_TRANSLATE_NOOP("Field", "Role or profession")
REGISTER = QT_TRANSLATE_NOOP("Field", "Register")
REGISTRATION_NUMBER = QT_TRANSLATE_NOOP("Field", "Registration number")
JOINED = QT_TRANSLATE_NOOP("Field", "Joined on")
LEFT = QT_TRANSLATE_NOOP("Field", "Left on")
SEAT = QT_TRANSLATE_NOOP("Field", "Seat")
DATE = QT_TRANSLATE_NOOP("Field", "Date")
START = QT_TRANSLATE_NOOP("Field", "Start")
END = QT_TRANSLATE_NOOP("Field", "End")
LOCATION = QT_TRANSLATE_NOOP("Field", "Place")
THEME = QT_TRANSLATE_NOOP("Field", "Theme")
EVALUATION = QT_TRANSLATE_NOOP("Field", "Evaluation")
PARTIAL_MINUTES = QT_TRANSLATE_NOOP("Field", "Minutes present")
TOPIC = QT_TRANSLATE_NOOP("Field", "Topic")
QUESTION = QT_TRANSLATE_NOOP("Field", "Question")
DESCRIPTION = QT_TRANSLATE_NOOP("Field", "Description")
OUTCOME = QT_TRANSLATE_NOOP("Field", "Outcome and insights")
ACTIONS = QT_TRANSLATE_NOOP("Field", "Agreed actions")
FOLLOW_UP = QT_TRANSLATE_NOOP("Field", "What came of it")
NOTE_TITLE = QT_TRANSLATE_NOOP("Field", "Title")
NOTE_BODY = QT_TRANSLATE_NOOP("Field", "Note")
GOAL = QT_TRANSLATE_NOOP("Field", "Learning goal")
YEAR = QT_TRANSLATE_NOOP("Field", "Year")

# Nouns for "{what} {id} does not exist" (the service's `what`).
NOUNS = (
    QT_TRANSLATE_NOOP("Field", "group"),
    QT_TRANSLATE_NOOP("Field", "member"),
    QT_TRANSLATE_NOOP("Field", "membership"),
    QT_TRANSLATE_NOOP("Field", "learning goal"),
    QT_TRANSLATE_NOOP("Field", "meeting"),
    QT_TRANSLATE_NOOP("Field", "attendance"),
    QT_TRANSLATE_NOOP("Field", "case"),
    QT_TRANSLATE_NOOP("Field", "note"),
)
