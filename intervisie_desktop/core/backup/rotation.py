"""Which backups to keep: the newest of each of the last N days, weeks and months (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterable
    from datetime import datetime


@dataclass(frozen=True)
class Policy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    iso = moment.isocalendar()
    return (iso.year, iso.week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def _newest_per_period(
    stamps: list[datetime], period: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    """The newest stamp in each of the `count` most recent periods that have a backup."""
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in stamps:  # newest first
        key = period(moment)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(moment)
    return kept


DEFAULT = Policy()


def to_keep(stamps: Iterable[datetime], policy: Policy = DEFAULT) -> set[datetime]:
    """The stamps to keep: the union of the daily, weekly and monthly picks, newest always."""
    ordered = sorted(set(stamps), reverse=True)
    if not ordered:
        return set()
    kept = {ordered[0]}
    kept |= _newest_per_period(ordered, _day, policy.daily)
    kept |= _newest_per_period(ordered, _week, policy.weekly)
    kept |= _newest_per_period(ordered, _month, policy.monthly)
    return kept


def to_prune(stamps: Iterable[datetime], policy: Policy = DEFAULT) -> set[datetime]:
    every = set(stamps)
    return every - to_keep(every, policy)
