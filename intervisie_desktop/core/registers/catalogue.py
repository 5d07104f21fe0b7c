"""The register files (resources/registers/*.toml) read into plain values.

A rule's value may be changed by the supervisor only where no source gives it (`unsourced`);
such changes are kept in the database's settings and laid over the files here.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path


class RuleKind(StrEnum):
    HOURS = "hours"  # attended hours over period_years (1: the calendar year)
    MEETINGS = "meetings"  # meetings attended in the year (that count)
    MEETING_MINUTES = "meeting_minutes"  # a meeting counts only when attended this long
    GROUP_SIZE = "group_size"  # a meeting counts only with value..max present
    REGISTERED_ONLY = "registered_only"  # only meetings of a registered supervisor count
    HOURS_PER_QUARTER = "hours_per_quarter"  # this many hours in every quarter of the year


#: Kinds that decide which meetings count, rather than asking for a total.
CONDITIONS = frozenset({RuleKind.MEETING_MINUTES, RuleKind.GROUP_SIZE, RuleKind.REGISTERED_ONLY})


class RegisterFileError(ValueError):
    """A register file is malformed; the message names the file and the field."""


@dataclass(frozen=True)
class NumberForm:
    digits: int | None = None
    prefix: str = ""
    digits_only: bool = False
    example: str = ""
    source: str = ""
    unsourced: bool = True


@dataclass(frozen=True)
class Rule:
    key: str
    kind: RuleKind
    value: Fraction = Fraction(0)
    max: int | None = None
    period_years: int = 1
    source: str = ""
    unsourced: bool = False
    changed: bool = False  # the supervisor's value replaces the file's

    @property
    def editable(self) -> bool:
        return self.unsourced


@dataclass(frozen=True)
class Register:
    key: str
    order: int
    name_nl: str
    name_en: str
    number: NumberForm
    rules: tuple[Rule, ...]

    def name(self, lang: str) -> str:
        return self.name_nl if lang == "nl" else self.name_en

    def rule(self, kind: RuleKind) -> Rule | None:
        return next((r for r in self.rules if r.kind == kind), None)


def _field(data: dict[str, Any], name: str, kind: type, where: str, default: Any) -> Any:
    value = data.get(name, default)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise RegisterFileError(f"{where}.{name}: must be {kind.__name__}")
    return value


def _number(value: Any, where: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise RegisterFileError(f"{where}: value must be a number")
    try:
        number = Fraction(str(value))
    except (ValueError, ZeroDivisionError):
        raise RegisterFileError(f"{where}: value must be a number") from None
    if number < 0:
        raise RegisterFileError(f"{where}: value must not be negative")
    return number


def _rule(data: dict[str, Any], where: str) -> Rule:
    try:
        kind = RuleKind(str(data.get("kind")))
    except ValueError:
        raise RegisterFileError(f"{where}.kind: unknown kind {data.get('kind')!r}") from None
    source = _field(data, "source", str, where, "")
    if not source:
        raise RegisterFileError(f"{where}.source: every rule names its source (or says unsourced)")
    period = _field(data, "period_years", int, where, 1)
    maximum = _field(data, "max", int, where, 0) or None
    if not 1 <= period <= 10:
        raise RegisterFileError(f"{where}.period_years: 1 to 10")
    return Rule(
        key=_field(data, "key", str, where, "") or kind.value,
        kind=kind,
        value=_number(data.get("value", 0), where),
        max=maximum,
        period_years=period,
        source=source,
        unsourced=bool(_field(data, "unsourced", bool, where, False)),
    )


def read_register(path: Path) -> Register:
    where = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RegisterFileError(f"{where}: {exc}") from None
    key = _field(data, "key", str, where, "")
    names = data.get("name", {})
    if not key or not isinstance(names, dict) or not names.get("nl") or not names.get("en"):
        raise RegisterFileError(f"{where}: key, name.nl and name.en are required")
    form = data.get("number", {})
    if not isinstance(form, dict):
        raise RegisterFileError(f"{where}.number: a table")
    number = NumberForm(
        digits=_field(form, "digits", int, f"{where}.number", 0) or None,
        prefix=_field(form, "prefix", str, f"{where}.number", ""),
        digits_only=bool(_field(form, "digits_only", bool, f"{where}.number", False)),
        example=_field(form, "example", str, f"{where}.number", ""),
        source=_field(form, "source", str, f"{where}.number", ""),
        unsourced=bool(_field(form, "unsourced", bool, f"{where}.number", True)),
    )
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        raise RegisterFileError(f"{where}.rules: a list of tables")
    rules = tuple(_rule(r, f"{where}.rules[{i}]") for i, r in enumerate(raw_rules))
    if len({r.key for r in rules}) != len(rules):
        raise RegisterFileError(f"{where}.rules: two rules with one key")
    return Register(
        key=key,
        order=_field(data, "order", int, where, 1000),
        name_nl=str(names["nl"]),
        name_en=str(names["en"]),
        number=number,
        rules=rules,
    )


@lru_cache(maxsize=8)
def _read_folder(folder: Path) -> tuple[Register, ...]:
    registers = [read_register(p) for p in sorted(folder.glob("*.toml"))]
    if len({r.key for r in registers}) != len(registers):
        raise RegisterFileError(f"{folder}: two files with one key")
    return tuple(sorted(registers, key=lambda r: (r.order, r.key)))


def load_registers(folder: Path, overrides: dict[str, Any] | None = None) -> tuple[Register, ...]:
    """Every register of the folder in list order, with the supervisor's values laid over
    the unsourced rules (`overrides`: {register key: {rule key: value}}; others are ignored)."""
    registers = _read_folder(folder)
    if not overrides:
        return registers
    out = []
    for register in registers:
        changes = overrides.get(register.key)
        if not isinstance(changes, dict):
            out.append(register)
            continue
        rules = []
        for rule in register.rules:
            if rule.unsourced and rule.key in changes:
                try:
                    value = _number(changes[rule.key], rule.key)
                except RegisterFileError:
                    rules.append(rule)
                    continue
                rule = replace(rule, value=value, changed=value != rule.value)
            rules.append(rule)
        out.append(replace(register, rules=tuple(rules)))
    return tuple(out)
