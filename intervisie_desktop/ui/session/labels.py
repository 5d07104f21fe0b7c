"""The names of the session keys (keys.KEYS) and of what they do, in the user's language:
for the presenter's buttons and for the manual's key table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def key_labels() -> dict[str, str]:
    """The keys of each action of KEYS as the presenter's buttons (and the manual) write them."""
    return {
        "next": QCoreApplication.translate(
            "SessionModeController", "PgDn \u00b7 \u2192 \u00b7 Enter"
        ),
        "back": QCoreApplication.translate("SessionModeController", "PgUp \u00b7 \u2190"),
        "pause": QCoreApplication.translate("SessionModeController", "Space"),
        "blank": "B \u00b7 .",
        "more": "+",
        "less": "\u2212",
        "skip": "S",
        "start": "F5",
        "leave": QCoreApplication.translate("SessionModeController", "Esc"),
    }


def action_labels() -> dict[str, str]:
    """What each action of KEYS does, as its button (and the manual) names it."""
    return {
        "next": QCoreApplication.translate("SessionModeController", "Next"),
        "back": QCoreApplication.translate("SessionModeController", "Back"),
        "pause": QCoreApplication.translate("SessionModeController", "Pause / resume"),
        "blank": QCoreApplication.translate("SessionModeController", "Blank projector"),
        "more": QCoreApplication.translate("SessionModeController", "One minute more"),
        "less": QCoreApplication.translate("SessionModeController", "One minute less"),
        "skip": QCoreApplication.translate("SessionModeController", "Skip speaker"),
        "start": QCoreApplication.translate("SessionModeController", "Start"),
        "leave": QCoreApplication.translate("SessionModeController", "Leave session mode"),
    }


def helper_labels() -> dict[str, str]:
    """What each key of keys.HELPER_KEYS does, for the manual's key table."""
    return {
        "evaluate": QCoreApplication.translate(
            "SessionModeController", "Enter the evaluation (at the evaluation step)"
        ),
        "overlay": QCoreApplication.translate(
            "SessionModeController", "Show or hide the presenter overlay (one screen only)"
        ),
        "overlay_script": QCoreApplication.translate(
            "SessionModeController", "Show or hide the script in the overlay"
        ),
        "follow_up_done": QCoreApplication.translate(
            "SessionModeController", "Follow-up step: the chosen action is done"
        ),
        "follow_up_carried": QCoreApplication.translate(
            "SessionModeController", "Follow-up step: carry the chosen action over"
        ),
        "follow_up_dropped": QCoreApplication.translate(
            "SessionModeController", "Follow-up step: drop the chosen action"
        ),
    }
