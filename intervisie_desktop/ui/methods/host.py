"""What the method editors need from the pane that holds them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.changes import OpResult
    from intervisie_desktop.core.errors import IntervisieError
    from intervisie_desktop.core.methods.model import MethodDef
    from intervisie_desktop.core.services import Services


class EditorHost(Protocol):
    services: Services
    ui_lang: str  # numbers and labels
    content_lang: str  # which language the method's own texts are shown in

    @property
    def method(self) -> MethodDef: ...

    def perform(
        self, merge_id: str | None, text: str, action: Callable[[], OpResult[MethodDef]]
    ) -> IntervisieError | None:
        """Run one service call that stores a new version of the method; on success it becomes
        one undo step (typing into the same field merges), on refusal the error comes back."""
        ...
