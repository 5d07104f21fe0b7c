"""The manual's pages by name, in reading order (no Qt here: F1's table is read at start-up)."""

from __future__ import annotations

LANGUAGES = ("nl", "en")
#: The pages in reading order (file names without ".md"); the contents list follows it.
PAGES = (
    "index",
    "getting-started",
    "session",
    "notes",
    "methods",
    "privacy",
    "backups",
    "registers",
    "command-line",
    "shortcuts",
)
HOME = "index"
