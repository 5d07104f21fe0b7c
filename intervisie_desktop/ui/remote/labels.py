"""The phone page's texts in the program's language, sent with its settings (the page itself
holds no words of its own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def page_labels() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("PhoneRemote", "Intervisie remote"),
        "next": QCoreApplication.translate("PhoneRemote", "Next"),
        "back": QCoreApplication.translate("PhoneRemote", "Back"),
        "pause": QCoreApplication.translate("PhoneRemote", "Pause / resume"),
        "blank": QCoreApplication.translate("PhoneRemote", "Blank projector"),
        "more": QCoreApplication.translate("PhoneRemote", "+1 minute"),
        "less": QCoreApplication.translate("PhoneRemote", "\u22121 minute"),
        "skip": QCoreApplication.translate("PhoneRemote", "Skip speaker"),
        "clear": QCoreApplication.translate("PhoneRemote", "Take message down"),
        "phaseOf": QCoreApplication.translate("PhoneRemote", "Phase {i} of {n}"),
        "question": QCoreApplication.translate("PhoneRemote", "Question:"),
        "followUp": QCoreApplication.translate("PhoneRemote", "Follow-up: {topics}"),
        "pauseScreen": QCoreApplication.translate("PhoneRemote", "Pause"),
        "thanks": QCoreApplication.translate("PhoneRemote", "Thank you"),
        "ended": QCoreApplication.translate("PhoneRemote", "The session has ended"),
        "continueAt": QCoreApplication.translate("PhoneRemote", "We continue at {time}"),
        "blankNote": QCoreApplication.translate("PhoneRemote", "The projector is blank"),
        "notStarted": QCoreApplication.translate(
            "PhoneRemote", "The session has not started: Next starts it"
        ),
        "connecting": QCoreApplication.translate("PhoneRemote", "Connecting\u2026"),
        "waiting": QCoreApplication.translate(
            "PhoneRemote", "Waiting for approval on the laptop\u2026"
        ),
        "refused": QCoreApplication.translate("PhoneRemote", "The laptop refused this device."),
        "unpaired": QCoreApplication.translate(
            "PhoneRemote", "This device is no longer paired. Scan the new code to pair again."
        ),
        "lost": QCoreApplication.translate("PhoneRemote", "Connection lost. Trying again\u2026"),
        "case_bringer_away": QCoreApplication.translate(
            "PhoneRemote", "The case bringer turns away and listens"
        ),
        "case_bringer_silent": QCoreApplication.translate(
            "PhoneRemote", "The case bringer listens in silence"
        ),
        "no_advice": QCoreApplication.translate("PhoneRemote", "No advice in this phase"),
        "write_first": QCoreApplication.translate("PhoneRemote", "Write first, then speak"),
    }
