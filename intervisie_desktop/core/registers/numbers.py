"""Checks of a registration number against its register's form: warnings, never refusals
(a register may change its form; what the member's papers say is stored as typed)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from intervisie_desktop.core.registers.catalogue import Register

CONTEXT = "Registration"

NO_REGISTER = QT_TRANSLATE_NOOP(
    "Registration", "No register chosen for this number: choose the register it belongs to."
)
NO_NUMBER = QT_TRANSLATE_NOOP("Registration", "No number yet: portal lists leave this out.")
UNKNOWN_REGISTER = QT_TRANSLATE_NOOP(
    "Registration",
    "\u201c{register}\u201d is not a register this program knows: its numbers are not checked "
    "and no rules apply.",
)
TOO_FEW_DIGITS = QT_TRANSLATE_NOOP(
    "Registration",
    "{register} numbers have {digits} digits; this one has {found}. Was a leading zero lost "
    "(spreadsheets drop them)? Example: {example}.",
)
TOO_MANY_DIGITS = QT_TRANSLATE_NOOP(
    "Registration", "{register} numbers have {digits} digits; this one has {found}."
)
REPEATS_REGISTER = QT_TRANSLATE_NOOP(
    "Registration",
    "Leave out \u201c{register}\u201d: the register is chosen beside the number.",
)
NEEDS_PREFIX = QT_TRANSLATE_NOOP(
    "Registration", "{register} numbers start with \u201c{prefix}\u201d, e.g. {example}."
)
DIGITS_ONLY = QT_TRANSLATE_NOOP(
    "Registration",
    "{register} numbers hold digits only{after}; this one has \u201c{odd}\u201d. Example: "
    "{example}.",
)
AFTER_PREFIX = QT_TRANSLATE_NOOP("Registration", " after \u201c{prefix}\u201d")
SAME_NUMBER = QT_TRANSLATE_NOOP("Registration", "{name} has the same {register} number.")

_LEAD = re.compile(r"^([A-Za-z][A-Za-z&]*)[\s:.\-]*")


@dataclass(frozen=True)
class NumberWarning:
    """A message marked for translation (context "Registration") and its arguments; nested
    messages (AFTER_PREFIX) are given as (source, args) and translated first."""

    source: str
    args: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        args = {
            k: (v[0].format(**v[1]) if isinstance(v, tuple) else v) for k, v in self.args.items()
        }
        return self.source.format(**args)


def normalised(number: str) -> str:
    """The number without surrounding blanks (inner spaces are a typing habit, not part of it)."""
    return "".join(number.split())


def check_number(register: Register | None, register_key: str, number: str) -> list[NumberWarning]:
    """What is odd about `number` as a number of `register` (None: a register not on file)."""
    warnings: list[NumberWarning] = []
    if not register_key.strip():
        warnings.append(NumberWarning(NO_REGISTER))
    elif register is None:
        warnings.append(NumberWarning(UNKNOWN_REGISTER, {"register": register_key}))
    text = normalised(number)
    if not text:
        warnings.append(NumberWarning(NO_NUMBER))
        return warnings
    if register is None:
        return warnings
    form = register.number
    key = register.key
    example = form.example or "\u2013"
    rest = text
    if form.prefix:
        if not rest.upper().startswith(form.prefix.upper()):
            args = {"register": key, "prefix": form.prefix, "example": example}
            warnings.append(NumberWarning(NEEDS_PREFIX, args))
        else:
            rest = rest[len(form.prefix) :].lstrip("-.:")
    else:
        lead = _LEAD.match(rest)
        if lead and lead.group(1).upper() == key.upper():
            warnings.append(NumberWarning(REPEATS_REGISTER, {"register": key}))
            rest = rest[lead.end() :]
    if form.digits_only:
        odd = "".join(dict.fromkeys(c for c in rest if not c.isdigit()))
        if odd:
            after = (AFTER_PREFIX, {"prefix": form.prefix}) if form.prefix else ("", {})
            warnings.append(
                NumberWarning(
                    DIGITS_ONLY, {"register": key, "after": after, "odd": odd, "example": example}
                )
            )
    if form.digits is not None:
        found = sum(c.isdigit() for c in rest)
        figures: dict[str, Any] = {
            "register": key,
            "digits": form.digits,
            "found": found,
            "example": example,
        }
        if found < form.digits:
            warnings.append(NumberWarning(TOO_FEW_DIGITS, figures))
        elif found > form.digits:
            warnings.append(NumberWarning(TOO_MANY_DIGITS, figures))
    return warnings
