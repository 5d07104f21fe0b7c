"""People's names compared as a person reads them, and display names made distinct.

Two members may share a name; on the projector and the presenter's screen they must still be
told apart. A clash of display names is resolved with the initial of the last name ("Anouk V.",
"Anouk B."), and where that is the same too, with the seat number ("Anouk V. (2)")."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence


def name_key(name: str) -> str:
    """A name as compared: case, accents and surrounding or doubled spaces do not count."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def _with_initial(display: str, full_name: str) -> str:
    words = full_name.split()
    if len(words) < 2:
        return display
    return f"{display} {words[-1][0].upper()}."


def distinct_names(people: Sequence[tuple[str, str]]) -> list[str]:
    """The display names of people in seat order, given as (display name, full name), with
    clashes resolved: the last-name initial first, the seat number (1-based) if still equal."""
    names = [display for display, _full in people]
    clashes: dict[str, list[int]] = defaultdict(list)
    for index, display in enumerate(names):
        clashes[name_key(display)].append(index)
    for indexes in clashes.values():
        if len(indexes) < 2:
            continue
        tried = {i: _with_initial(names[i], people[i][1]) for i in indexes}
        counts: dict[str, int] = defaultdict(int)
        for name in tried.values():
            counts[name_key(name)] += 1
        for i in indexes:
            name = tried[i]
            names[i] = name if counts[name_key(name)] == 1 else f"{name} ({i + 1})"
    return names
