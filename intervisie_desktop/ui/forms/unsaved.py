"""Nothing typed is lost without a word: before the window closes, or another group, meeting or
case is shown, a field holding a value that cannot be saved is named, with the way back to it.

Desktop programs ask Save / Discard / Cancel. A refused value cannot be saved, so the question
names it and why, and offers "Back to the field" (also Escape and the window's close button: the
window stays, the typed text stays) or "Discard" (what was saved before is kept)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from intervisie_desktop.ui.forms.fields import FormBinder, Unsaved

logger = logging.getLogger(__name__)

DIALOG_NAME = "unsavedEdits"


def question(items: list[Unsaved]) -> str:
    lines = "\n".join(
        QCoreApplication.translate("Unsaved", "{label}: {message}").format(
            label=item.label, message=item.message
        )
        for item in items
    )
    if len(items) == 1:
        head = QCoreApplication.translate("Unsaved", "This change cannot be saved:")
    else:
        head = QCoreApplication.translate("Unsaved", "These changes cannot be saved:")
    return f"{head}\n\n{lines}"


def ask(parent: QWidget, items: list[Unsaved]) -> bool:
    """True when the user discards the refused values (go on); False to go back to the first
    of them (shown, focused and selected: stay)."""
    box = QMessageBox(parent)
    box.setObjectName(DIALOG_NAME)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Not saved"))
    box.setText(question(items))
    box.setInformativeText(
        QCoreApplication.translate(
            "Unsaved",
            "Go back to correct it, or discard what you typed and keep what was saved before.",
        )
    )
    back = box.addButton(
        QCoreApplication.translate("Unsaved", "&Back to the field"),
        QMessageBox.ButtonRole.RejectRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("Unsaved", "&Discard")
        if len(items) == 1
        else QCoreApplication.translate("Unsaved", "&Discard these changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    if box.clickedButton() is discard:
        logger.info("refused edits discarded: %s", ", ".join(i.name for i in items))
        for binder in {id(i.binder): i.binder for i in items}.values():
            binder.discard()
        return True
    go_back(items[0])
    return False


def go_back(item: Unsaved) -> None:
    """The field is brought into view (its tab chosen, scrolled to) and focused."""
    widget = item.widget
    outer = widget.parentWidget()
    while outer is not None:
        if isinstance(outer, QTabWidget):
            pages = (outer.widget(i) for i in range(outer.count()))
            index = next((i for i, p in enumerate(pages) if p and p.isAncestorOf(widget)), -1)
            if index >= 0:
                outer.setCurrentIndex(index)
        outer = outer.parentWidget()
    outer = widget.parentWidget()
    while outer is not None:
        if isinstance(outer, QScrollArea):
            outer.ensureWidgetVisible(widget)
        outer = outer.parentWidget()

    def focus() -> None:
        widget.window().activateWindow()
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    focus()
    QTimer.singleShot(0, focus)  # again once the window is active after the question


def settle(parent: QWidget, binders: Iterable[FormBinder]) -> bool:
    """Save what can be saved; ask about the rest. True: nothing typed is left (go on)."""
    binders = list(binders)
    for binder in binders:
        binder.commit_all()
    items = [item for binder in binders for item in binder.unsaved()]
    return not items or ask(parent, items)


def may_switch(parent: QWidget, binder: FormBinder, shown: object, chosen: object) -> bool:
    """Another record chosen in a list: True to show it, False when the user went back to a
    field of the one shown (the list's selection is then put back by the caller)."""
    return shown is None or chosen == shown or settle(parent, [binder])


def put_back(view: QAbstractItemView, restore: Callable[[], None]) -> None:
    """Select the record shown again without telling anyone (nothing changed)."""
    view.blockSignals(True)
    restore()
    view.blockSignals(False)
