"""The standard plan of a meeting: opening blocks, one method run per case, evaluation, closing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.methods.model import MethodDef, MethodKind
from intervisie_desktop.core.services.plans import PlanEntry

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.models import Case

BLOCKS_BEFORE = ("block.opening", "block.follow_up", "block.inventory")
BLOCKS_AFTER = ("block.evaluation", "block.closing")


def standard_entries(
    library: Sequence[MethodDef], cases: Sequence[Case], default_method: str
) -> list[PlanEntry]:
    """Each case runs its own method when it names a usable one, else the group's default
    (else the library's first method); without cases there is one method step to fill in."""
    keys = {m.key: m for m in library}
    methods = [m.key for m in library if m.kind is MethodKind.METHOD and m.phases]

    def usable(key: str) -> bool:
        method = keys.get(key)
        return method is not None and method.kind is MethodKind.METHOD and bool(method.phases)

    fallback = default_method if usable(default_method) else (methods[0] if methods else "")
    entries = [PlanEntry(k) for k in BLOCKS_BEFORE if k in keys]
    if fallback:
        if cases:
            for case in cases:
                key = case.method_key if usable(case.method_key) else fallback
                entries.append(PlanEntry(key, case.id))
        else:
            entries.append(PlanEntry(fallback))
    entries += [PlanEntry(k) for k in BLOCKS_AFTER if k in keys]
    return entries
