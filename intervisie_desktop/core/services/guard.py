"""Refuse values of the wrong kind before they reach a model, so no input can crash a save.

The services' own checks normalise text, dates and numbers; this guard stops what they never
expect (a list for a name, a naive datetime, a number beyond SQLite's 64 bits, an unknown enum
value, text that is not valid Unicode) with a ValidationError instead of an exception deep down.
"""

from __future__ import annotations

import types
import typing
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from intervisie_desktop.core.errors import MSG_WRONG_KIND, ValidationError

__all__ = ["MSG_WRONG_KIND", "check_value", "valid_text"]


INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1


def _kinds(annotation: Any) -> tuple[list[Any], bool]:
    """The member types of an annotation and whether None is allowed."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return members, len(members) < len(typing.get_args(annotation))
    return [annotation], False


def valid_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _fits(kind: Any, value: Any, foreign_key: bool) -> bool:
    if isinstance(kind, type) and issubclass(kind, Enum):
        return isinstance(value, kind) or any(value == m.value for m in kind)
    if kind is bool:
        return isinstance(value, bool | int)
    if kind is int:
        if isinstance(value, str) and not foreign_key:
            return valid_text(value)  # the service's integer check parses and reports it
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and INT64_MIN <= value <= INT64_MAX
        )
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is str:
        return isinstance(value, str) and valid_text(value)
    if kind is datetime:  # SQLModel stores aware datetimes only
        return isinstance(value, datetime) and value.utcoffset() is not None
    if kind is date:
        return isinstance(value, date) or (isinstance(value, str) and valid_text(value))
    if kind is time:
        return isinstance(value, time) or (isinstance(value, str) and valid_text(value))
    return True  # a type this guard does not know: the service decides


def check_value(model: type[Any], key: str, value: Any) -> None:
    """Raise ValidationError when `value` cannot be stored in `model.key` at all."""
    info = model.model_fields.get(key)
    if info is None:
        return
    kinds, optional = _kinds(info.annotation)
    if value is None:
        if optional or str in kinds:  # the text checks turn None into ""
            return
        raise ValidationError(MSG_WRONG_KIND, field=key, name=key)
    foreign_key = isinstance(getattr(info, "foreign_key", None), str)
    if not any(_fits(kind, value, foreign_key) for kind in kinds):
        raise ValidationError(MSG_WRONG_KIND, field=key, name=key)
