"""argparse's usage errors in the language of --lang: its English messages are recognised by
pattern and their templates translated like the commands' own refusals (context "Command").

The parts that come from the command line itself (option names, the value typed) are kept as
they were written; only the sentence around them is translated.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Sequence

#: argparse's message (Python 3.11-3.13) -> our English template with the same fields.
PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        QT_TRANSLATE_NOOP("Command", "these options are required: {names}"),
    ),
    (
        re.compile(r"one of the arguments (?P<names>.+) is required"),
        QT_TRANSLATE_NOOP("Command", "one of the options {names} is required"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<names>.+)"),
        QT_TRANSLATE_NOOP("Command", "unknown options or arguments: {names}"),
    ),
    (
        re.compile(
            r"argument (?P<name>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"
        ),
        QT_TRANSLATE_NOOP("Command", "{name}: {value} is not a choice (choose from {choices})"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): invalid \S+ value: (?P<value>.+)"),
        QT_TRANSLATE_NOOP("Command", "{name}: {value} is not a valid value"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): expected one argument"),
        QT_TRANSLATE_NOOP("Command", "{name} needs a value"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): not allowed with argument (?P<other>\S+)"),
        QT_TRANSLATE_NOOP("Command", "{name} cannot be given together with {other}"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): not a year: (?P<value>.*)"),
        QT_TRANSLATE_NOOP("Command", "{name}: not a year: {value}"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): not a number: (?P<value>.*)"),
        QT_TRANSLATE_NOOP("Command", "{name}: not a number: {value}"),
    ),
    (
        re.compile(
            r"argument (?P<name>\S+): must be a number more than 0 and at most (?P<max>\S+): "
            r"(?P<value>.*)"
        ),
        QT_TRANSLATE_NOOP(
            "Command", "{name}: must be a number more than 0 and at most {max}: {value}"
        ),
    ),
    (
        re.compile(r"ambiguous option: (?P<name>\S+) could match (?P<names>.+)"),
        QT_TRANSLATE_NOOP("Command", "{name} is ambiguous: it could mean {names}"),
    ),
    (
        re.compile(r"argument (?P<name>\S+): (?P<rest>.+)"),
        QT_TRANSLATE_NOOP("Command", "{name}: {rest}"),
    ),
]


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of --lang anywhere on the command line (--lang nl or --lang=nl)."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    return found


def translate_usage(message: str, lang: str | None) -> tuple[str, str]:
    """(the word "error", the message) in `lang`; English unchanged for None, "en" or a
    message no pattern knows."""
    if lang in (None, "en"):
        return "error", message
    from intervisie_desktop.commands.messages import CONTEXT, ERROR, _translate, _translators

    translators = _translators(lang)
    if not translators:
        return "error", message
    word = _translate(translators, CONTEXT, ERROR)
    for pattern, template in PATTERNS:
        match = pattern.fullmatch(message)
        if match is not None:
            return word, _translate(translators, CONTEXT, template).format(**match.groupdict())
    return word, message
