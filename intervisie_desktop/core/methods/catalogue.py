"""The built-in methods: one TOML file per method in resources/methods, read once per process.

The file format is described in resources/methods/README.md. Loading checks every field; a
problem raises MethodFileError naming the file and the field, so a damaged install says where.
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import TYPE_CHECKING, Any, NoReturn

from intervisie_desktop.core.errors import MSG_NOT_FOUND, IntervisieError, NotFoundError
from intervisie_desktop.core.errors import ValidationError as _ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.methods import schema
from intervisie_desktop.core.methods.compiled import Compiled
from intervisie_desktop.core.methods.model import MethodDef, MethodKind, PhaseDef, Text

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

logger = logging.getLogger(__name__)

__all__ = [
    "Catalogue",
    "MethodFileError",
    "load_catalogue",
    "load_method_file",
]

MSG_FILE_UNREADABLE = QT_TRANSLATE_NOOP("Validation", "The method file {file} cannot be read.")
MSG_FILE_SYNTAX = QT_TRANSLATE_NOOP(
    "Validation", "The method file {file} is not valid TOML ({detail})."
)
MSG_FILE_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "The method file {file} lacks the field {field_name}."
)
MSG_FILE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Validation", "The method file {file} has an unknown field {field_name}."
)
MSG_FILE_TYPE = QT_TRANSLATE_NOOP(
    "Validation", "In the method file {file}, {field_name} must be {what}."
)
MSG_FILE_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "In the method file {file}, {field_name} is not valid: {problem}"
)
MSG_FILE_KEY = QT_TRANSLATE_NOOP(
    "Validation",
    "The method file {file} has a name that cannot be a method key "
    "(lower-case letters, digits and _; blocks start with \u201cblock.\u201d).",
)

# What a field must be (the `what` argument, translated in context "Field").
T_TEXT = QT_TRANSLATE_NOOP("Field", "text")
T_NUMBER = QT_TRANSLATE_NOOP("Field", "a number")
T_WHOLE = QT_TRANSLATE_NOOP("Field", "a whole number")
T_BOOL = QT_TRANSLATE_NOOP("Field", "true or false")
T_TABLE = QT_TRANSLATE_NOOP("Field", "a table")
T_PHASES = QT_TRANSLATE_NOOP("Field", "a list of phases")
T_KIND = QT_TRANSLATE_NOOP("Field", "\u201cmethod\u201d or \u201cblock\u201d (blocks: block.*)")


class MethodFileError(IntervisieError):
    """A built-in method file that cannot be used; `file` and `field` say where.

    `cause` holds the rule that was broken, when there is one (its own translatable text).
    """

    def __init__(
        self,
        source: str,
        file: str,
        field: str | None = None,
        cause: IntervisieError | None = None,
        **args: Any,
    ) -> None:
        self.file = file
        self.cause = cause
        super().__init__(source, field=field, file=file, field_name=field or "", **args)


TOP_FIELDS = {"kind", "order", "unsourced", "source", "name", "summary", "when_to_use", "phases"}
PHASE_FIELDS = {
    "name",
    "speaker_mode",
    "minutes",
    "minutes_per_speaker",
    "instruction",
    "script",
    "warning_minutes",
    *schema.FLAGS,
}
TEXT_FIELDS = {"name", "summary", "when_to_use", "instruction", "script"}


class _Reader:
    """Typed access to the parsed TOML of one file; every refusal names file and field."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, source: str, field: str, **args: Any) -> NoReturn:
        raise MethodFileError(source, self.file, field, **args)

    def check_keys(self, table: dict[str, Any], allowed: set[str], prefix: str) -> None:
        for key in table:
            if key not in allowed:
                self.fail(MSG_FILE_UNKNOWN, prefix + key)

    def text(self, table: dict[str, Any], key: str, prefix: str) -> Text:
        field = prefix + key
        if key not in table:
            self.fail(MSG_FILE_MISSING, field)
        value = table[key]
        if not isinstance(value, dict):
            self.fail(MSG_FILE_TYPE, field, what=T_TABLE)
        self.check_keys(value, {"nl", "en"}, field + ".")
        parts: dict[str, str] = {}
        for lang in ("nl", "en"):
            if lang not in value:
                self.fail(MSG_FILE_MISSING, f"{field}.{lang}")
            if not isinstance(value[lang], str):
                self.fail(MSG_FILE_TYPE, f"{field}.{lang}", what=T_TEXT)
            parts[lang] = value[lang]
        return Text(**parts)

    def string(self, table: dict[str, Any], key: str, prefix: str, default: str | None) -> str:
        value = table.get(key, default)
        if value is None:
            self.fail(MSG_FILE_MISSING, prefix + key)
        if not isinstance(value, str):
            self.fail(MSG_FILE_TYPE, prefix + key, what=T_TEXT)
        return value

    def boolean(self, table: dict[str, Any], key: str, prefix: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.fail(MSG_FILE_TYPE, prefix + key, what=T_BOOL)
        return value

    def number(self, table: dict[str, Any], key: str, prefix: str) -> float | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(MSG_FILE_TYPE, prefix + key, what=T_NUMBER)
        return float(value)


def _phase(reader: _Reader, raw: Any, index: int) -> PhaseDef:
    prefix = f"phases[{index}]."
    if not isinstance(raw, dict):
        reader.fail(MSG_FILE_TYPE, f"phases[{index}]", what=T_TABLE)
    reader.check_keys(raw, PHASE_FIELDS, prefix)
    name = reader.text(raw, "name", prefix)
    instruction = reader.text(raw, "instruction", prefix)
    script = reader.text(raw, "script", prefix)
    mode = reader.string(raw, "speaker_mode", prefix, None)
    minutes = reader.number(raw, "minutes", prefix)
    per_speaker = reader.number(raw, "minutes_per_speaker", prefix)
    if minutes is None and per_speaker is None:
        reader.fail(MSG_FILE_MISSING, prefix + "minutes")
    if minutes is not None and per_speaker is not None:
        reader.fail(MSG_FILE_UNKNOWN, prefix + "minutes_per_speaker")
    warning = reader.number(raw, "warning_minutes", prefix)
    flags = {name: reader.boolean(raw, name, prefix) for name in schema.FLAGS}
    try:
        mode_value = schema.speaker_mode(mode)
    except _ValidationError as err:
        raise MethodFileError(
            MSG_FILE_INVALID, reader.file, prefix + "speaker_mode", err, problem=err.english()
        ) from None
    return PhaseDef(
        name=name,
        instruction=instruction,
        script=script,
        speaker_mode=mode_value,
        minutes=minutes or 0.0,
        minutes_per_speaker=per_speaker,
        warning_minutes=warning,  # None: the program-wide default
        case_bringer_silent=flags["case_bringer_silent"],
        case_bringer_away=flags["case_bringer_away"],
        no_advice=flags["no_advice"],
        write_first=flags["write_first"],
    )


def parse_method(data: dict[str, Any], key: str, file: str) -> tuple[MethodDef, int]:
    """A MethodDef (and its sort order) from parsed TOML; raises MethodFileError."""
    reader = _Reader(file)
    if not schema.BUILTIN_KEY.fullmatch(key):
        reader.fail(MSG_FILE_KEY, "")
    reader.check_keys(data, TOP_FIELDS, "")
    kind_text = reader.string(data, "kind", "", "method")
    expected = MethodKind.BLOCK if key.startswith(schema.BLOCK_PREFIX) else MethodKind.METHOD
    if kind_text != expected.value:
        reader.fail(MSG_FILE_TYPE, "kind", what=T_KIND)
    order = data.get("order", 1000)
    if isinstance(order, bool) or not isinstance(order, int):
        reader.fail(MSG_FILE_TYPE, "order", what=T_WHOLE)
    raw_phases = data.get("phases")
    if raw_phases is None:
        reader.fail(MSG_FILE_MISSING, "phases")
    if not isinstance(raw_phases, list):
        reader.fail(MSG_FILE_TYPE, "phases", what=T_PHASES)
    method = MethodDef(
        key=key,
        kind=expected,
        name=reader.text(data, "name", ""),
        summary=reader.text(data, "summary", ""),
        when_to_use=reader.text(data, "when_to_use", ""),
        source=reader.string(data, "source", "", None),
        unsourced=reader.boolean(data, "unsourced", ""),
        phases=tuple(_phase(reader, raw, index) for index, raw in enumerate(raw_phases)),
        builtin=True,
    )
    try:
        return schema.check_method(method, both=True), order
    except _ValidationError as err:
        raise MethodFileError(
            MSG_FILE_INVALID, file, err.field, err, problem=err.english()
        ) from None


def load_method_file(path: Path) -> MethodDef:
    """Read and check one file; its stem is the method's key."""
    return _load(path)[0]


def _load(path: Path, compiled: Compiled | None = None) -> tuple[MethodDef, int]:
    try:
        raw = path.read_bytes()
    except OSError:
        raise MethodFileError(MSG_FILE_UNREADABLE, path.name) from None
    data = compiled.data_for(path.name, raw) if compiled is not None else None
    if data is not None:  # parsed ahead from these very bytes (core.methods.compiled)
        return parse_method(data, path.stem, path.name)
    import tomllib  # only here: with the compiled data a start never parses TOML

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise MethodFileError(MSG_FILE_SYNTAX, path.name, detail="not UTF-8") from None
    except tomllib.TOMLDecodeError as err:
        raise MethodFileError(MSG_FILE_SYNTAX, path.name, detail=str(err)) from None
    return parse_method(data, path.stem, path.name)


class Catalogue:
    """The built-in methods of one folder, in their display order; read-only."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        compiled = Compiled(directory)
        loaded = [_load(path, compiled) for path in sorted(directory.glob("*.toml"))]
        loaded.sort(key=lambda item: (item[1], item[0].key))
        self._methods: dict[str, MethodDef] = {method.key: method for method, _ in loaded}
        logger.info("loaded %s built-in methods from %s", len(self._methods), directory)

    def __contains__(self, key: object) -> bool:
        return key in self._methods

    def __iter__(self) -> Iterator[MethodDef]:
        return iter(self._methods.values())

    def __len__(self) -> int:
        return len(self._methods)

    def keys(self) -> list[str]:
        return list(self._methods)

    def get(self, key: str) -> MethodDef:
        try:
            return self._methods[key]
        except KeyError:
            raise NotFoundError(MSG_NOT_FOUND, what="method", id=key) from None

    def find(self, key: str) -> MethodDef | None:
        return self._methods.get(key)

    def methods(self, kind: MethodKind | None = None) -> list[MethodDef]:
        return [m for m in self._methods.values() if kind is None or m.kind is kind]


_lock = threading.Lock()


@functools.cache
def _cached(directory: Path) -> Catalogue:
    return Catalogue(directory)


def load_catalogue(directory: Path) -> Catalogue:
    """The catalogue of a folder (the bundled one: paths.methods_dir()), loaded once per process."""
    folder = directory.resolve()
    with _lock:
        return _cached(folder)
