"""Method choices for combo boxes that store a method key (a group's default, a case's method)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.methods.model import MethodKind

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services


def method_choices(services: Services, lang: str, current: str = "") -> list[tuple[str, Any]]:
    """A "(none)" choice and every method by name; a stored key the library lacks is kept,
    shown as it is, so loading and saving a record never loses it."""
    items: list[tuple[str, Any]] = [(QCoreApplication.translate("MethodChoices", "(none)"), "")]
    methods = services.methods.list(MethodKind.METHOD)
    items += [(m.name.get(lang), m.key) for m in methods]
    if current and all(m.key != current for m in methods):
        try:  # e.g. a deleted own method: still readable by its name
            found = services.methods.get(current)
            text = found.name.get(lang)
            if not found.builtin:
                text = QCoreApplication.translate("MethodChoices", "{name} (deleted)").format(
                    name=text
                )
        except (IntervisieError, LookupError):
            text = current
        items.append((text, current))
    return items
