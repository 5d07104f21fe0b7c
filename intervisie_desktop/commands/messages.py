"""Export commands speak the language of --lang: their refusals are marked for translation
here and translated, with the core's refusals, when the error line is printed.

Only the error line is translated (the lines a script reads, file names and counts, stay as
they are). Without --lang the line stays English, as every other sub-command's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import CommandError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import argparse

CONTEXT = "Command"

NO_GROUP = QT_TRANSLATE_NOOP("Command", "no group {name}")
NO_MEETING = QT_TRANSLATE_NOOP("Command", "no meeting {id}")
NO_MEETING_ON = QT_TRANSLATE_NOOP("Command", "no meeting of this group on {date}")
GROUP_NEEDS_DATE = QT_TRANSLATE_NOOP("Command", "--group needs --date")
DATE_WITH_MEETING = QT_TRANSLATE_NOOP(
    "Command", "--date goes with --group; --meeting names the meeting by itself"
)
NOBODY_ATTENDED = QT_TRANSLATE_NOOP("Command", "nobody attended a meeting of this group in {year}")
NO_MEETINGS_HELD = QT_TRANSLATE_NOOP(
    "Command",
    "no meeting of this group was held in {year}: there is nothing to sum up or declare; "
    "nothing was written",
)
NO_MEETINGS_PLANNED = QT_TRANSLATE_NOOP(
    "Command", "this group has no meetings in {year}; nothing was written"
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("Command", "cannot write{where}: {reason}")
ERROR = QT_TRANSLATE_NOOP("Command", "error")


class ExportError(CommandError):
    """A refusal of an export command: English source and arguments, translated on printing."""

    def __init__(self, source: str, exit_code: int = 1, **args: Any) -> None:
        super().__init__(source.format(**args), exit_code)
        self.source = source
        self.args_map = args


def _translators(lang: str) -> list[Any]:
    from PySide6.QtCore import QTranslator

    from intervisie_desktop.paths import resource_dir

    loaded = []
    for area in ("app", "core"):
        translator = QTranslator()
        if translator.load(str(resource_dir() / "translations" / f"{area}_{lang}.qm")):
            loaded.append(translator)
    return loaded


def _translate(translators: list[Any], context: str, source: str) -> str:
    for translator in translators:
        text = translator.translate(context, source)
        if text:
            return str(text)
    return source


def error_line(exc: CommandError, args: argparse.Namespace | None) -> str:
    """ "intervisie: error: …" in the language --lang asked for (English otherwise)."""
    lang = getattr(args, "lang", None) if args is not None else None
    if lang in (None, "en"):
        return f"intervisie: error: {exc}"
    translators = _translators(str(lang))
    core = exc.core_error
    if isinstance(exc, ExportError):
        text = _translate(translators, CONTEXT, exc.source).format(**exc.args_map)
    elif core is not None:
        fields = dict(core.args_map)
        for key in ("label", "what"):
            if key in fields:
                fields[key] = _translate(translators, core.label_context, str(fields[key]))
        text = _translate(translators, core.context, core.source).format(**fields)
    else:
        text = str(exc)
    return f"intervisie: {_translate(translators, CONTEXT, ERROR)}: {text}"
