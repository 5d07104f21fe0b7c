"""Typed errors the user can cause, carrying a translatable message."""

from __future__ import annotations

from typing import Any

from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP


class IntervisieError(Exception):
    """Base for errors shown to the user: an English source text plus format arguments.

    `context` and `source` are what Qt's translator looks up; `args_map` fills `{name}` fields.
    str(error) gives the English text, for logs and the command line.
    """

    context = "Validation"
    #: Arguments named "label" or "what" hold a field label or noun, translated in context "Field".
    label_context = "Field"

    def __init__(self, source: str, field: str | None = None, **args: Any) -> None:
        self.source = source
        self.field = field
        self.args_map = args
        super().__init__(self.english())

    def english(self) -> str:
        return self.source.format(**self.args_map)


class ValidationError(IntervisieError):
    """Input that the program refuses; nothing was stored."""


class NotFoundError(IntervisieError):
    """The record asked for does not exist (any more)."""


class DatabaseError(IntervisieError):
    """The database file cannot be used as it is; it was left untouched."""

    context = "Database"


# Messages used from more than one place.
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("Validation", "{what} {id} does not exist (any more).")
MSG_EMPTY = QT_TRANSLATE_NOOP("Validation", "{label} may not be empty.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "{label} may be at most {max} characters long.")
MSG_WRONG_KIND = QT_TRANSLATE_NOOP(
    "Validation", "The value for \u201c{name}\u201d is of the wrong kind; nothing was saved."
)
