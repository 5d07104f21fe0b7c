"""The heading of the method shown in the library pane: its name, what kind of method it is and
where it came from, the notice of what can be done with it, which of copy/delete/restore apply,
and the planned total for the chosen group size.

Texts keep the pane's translation context ("MethodLibraryPane")."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.methods.schema import planned_total
from intervisie_desktop.ui.methods.labels import format_minutes, kind_label

if TYPE_CHECKING:
    from intervisie_desktop.ui.methods.pane_host import LibraryPaneHost

logger = logging.getLogger(__name__)


def show_header(pane: LibraryPaneHost, deleted: bool) -> None:
    method = pane.method
    lang = pane.content_lang
    pane.title.setText(method.name.get(lang))
    parts = [kind_label(method.kind)]
    if method.builtin:
        parts.append(QCoreApplication.translate("MethodLibraryPane", "built-in, read-only"))
    else:
        parts.append(QCoreApplication.translate("MethodLibraryPane", "own method"))
        if method.based_on:
            try:
                origin = pane.services.methods.get(method.based_on)
                parts.append(
                    QCoreApplication.translate(
                        "MethodLibraryPane", "based on \u201c{name}\u201d"
                    ).format(name=origin.name.get(lang))
                )
            except IntervisieError:
                logger.warning("method %s is based on an unknown method", method.key)
        if deleted:
            parts.append(QCoreApplication.translate("MethodLibraryPane", "deleted"))
    pane.subtitle.setText(" \u00b7 ".join(parts))
    if method.builtin:
        notice = QCoreApplication.translate(
            "MethodLibraryPane",
            "Built-in methods are read-only. Use \u201cCopy to edit\u201d (Ctrl+D) to "
            "make your own version.",
        )
    elif deleted:
        notice = QCoreApplication.translate(
            "MethodLibraryPane",
            "This own method is deleted. Restore it (Ctrl+Shift+R) to use or edit it.",
        )
    else:
        notice = QCoreApplication.translate(
            "MethodLibraryPane",
            "Your own method: changes are stored as you type. Ctrl+Z undoes them.",
        )
    pane.notice.setText(notice)
    pane.copy_button.show()
    pane.copy_action.setEnabled(True)
    own = not method.builtin
    pane.delete_button.setVisible(own and not deleted)
    pane.delete_action.setEnabled(own and not deleted)
    pane.restore_button.setVisible(own and deleted)
    pane.restore_action.setEnabled(own and deleted)


def show_total(pane: LibraryPaneHost) -> None:
    size = pane.group_size.value()
    total = planned_total(pane.method, size)
    pane.total.setText(
        QCoreApplication.translate(
            "MethodLibraryPane", "Planned: {total} min for a group of {size}"
        ).format(total=format_minutes(total, pane.ui_lang), size=size)
    )
