"""What a write changed, returned by the operation that wrote it: core never announces anything.

Every service method that writes returns `OpChanges` (nothing else to say) or `OpResult[T]` (the
stored value and what changed). The UI hands these to its one hub, which tells the panes; the
command line and the exports ignore them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

T = TypeVar("T")


class Change(StrEnum):
    GROUPS = "groups"
    MEMBERS = "members"
    MEETINGS = "meetings"
    ATTENDANCE = "attendance"
    CASES = "cases"
    NOTES = "notes"
    GOALS = "goals"
    METHODS = "methods"
    SESSIONS = "sessions"
    SETTINGS = "settings"
    EVALUATIONS = "evaluations"  # meeting evaluations and safety checks


@dataclass(frozen=True)
class OpChanges:
    """The kinds of records one operation changed, and the ids it touched where it knows them."""

    kinds: frozenset[Change] = frozenset()
    ids: frozenset[tuple[Change, int]] = frozenset()

    @classmethod
    def of(cls, *kinds: Change, ids: Iterable[tuple[Change, int]] = ()) -> OpChanges:
        return cls(frozenset(kinds), frozenset(ids))

    @classmethod
    def everything(cls) -> OpChanges:
        """After a restore or a passphrase switch: every kind may differ."""
        return cls(frozenset(Change))

    def touches(self, kinds: Iterable[Change]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: Change) -> frozenset[int]:
        return frozenset(id_ for k, id_ in self.ids if k == kind)

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(self.kinds | other.kinds, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """What a write returns when it also has a value to give back (the stored record)."""

    value: T
    changes: OpChanges
