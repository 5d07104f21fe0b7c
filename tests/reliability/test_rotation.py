"""The pruning rule: newest per day for 7 days, per ISO week for 4 weeks, per month for 12."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from intervisie_desktop.core.backup.rotation import Policy, to_keep, to_prune


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_12_months() -> None:
    start = datetime(2025, 1, 1, 20, 0)
    stamps = [start + timedelta(days=d) for d in range(365)]
    kept = sorted(to_keep(stamps))
    newest = stamps[-1]
    assert newest in kept
    assert all(newest - timedelta(days=d) in kept for d in range(7))
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    # weekly picks are Sundays (the newest of each ISO week) among the last 4 weeks
    weeks = {k.isocalendar()[:2] for k in kept if newest - k < timedelta(days=28)}
    assert len(weeks) >= 4


def test_several_backups_a_day_keep_the_newest_of_that_day() -> None:
    day = datetime(2025, 3, 4)
    stamps = [day.replace(hour=h) for h in (9, 12, 17)]
    assert to_keep(stamps) == {day.replace(hour=17)}
    assert to_prune(stamps) == {day.replace(hour=9), day.replace(hour=12)}


def test_nothing_to_keep_from_nothing() -> None:
    assert to_keep([]) == set()


@given(st.lists(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))))
def test_keep_and_prune_split_the_set_and_the_newest_survives(stamps: list[datetime]) -> None:
    kept, pruned = to_keep(stamps), to_prune(stamps)
    assert kept | pruned == set(stamps) and not kept & pruned
    if stamps:
        assert max(stamps) in kept
    assert len(kept) <= sum(vars(Policy()).values())
