"""The phone page's texts in the program's language, sent with its settings (the page itself
holds no words of its own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("PhoneRemote", text)


def page_labels() -> dict[str, str]:
    return {
        "title": _t("Intervisie remote"),
        "next": _t("Next"),
        "back": _t("Back"),
        "pause": _t("Pause / resume"),
        "blank": _t("Blank projector"),
        "more": _t("+1 minute"),
        "less": _t("\u22121 minute"),
        "skip": _t("Skip speaker"),
        "clear": _t("Take message down"),
        "phaseOf": _t("Phase {i} of {n}"),
        "question": _t("Question:"),
        "pauseScreen": _t("Pause"),
        "thanks": _t("Thank you"),
        "ended": _t("The session has ended"),
        "continueAt": _t("We continue at {time}"),
        "blankNote": _t("The projector is blank"),
        "notStarted": _t("The session has not started: Next starts it"),
        "connecting": _t("Connecting\u2026"),
        "waiting": _t("Waiting for approval on the laptop\u2026"),
        "refused": _t("The laptop refused this device."),
        "unpaired": _t("This device is no longer paired. Scan the new code to pair again."),
        "lost": _t("Connection lost. Trying again\u2026"),
        "case_bringer_away": _t("The case bringer turns away and listens"),
        "case_bringer_silent": _t("The case bringer listens in silence"),
        "no_advice": _t("No advice in this phase"),
        "write_first": _t("Write first, then speak"),
    }
