"""A warning beside a member's full name when another current member of the group has the same
name (case, accents and spaces aside). Not a refusal: two people can share a name, but the
supervisor is asked to tell them apart; the projector adds the last-name initial meanwhile."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from intervisie_desktop.core.names import name_key
from intervisie_desktop.ui.tones import on_palette

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QLineEdit

    from intervisie_desktop.core.models import Member, Membership

WARNING_STYLE = "color: #8a5300;"


def namesake_label(field: QLineEdit) -> QLabel:
    """A hidden warning line under `field`, in the field's own row of the form."""
    label = QLabel()
    label.setObjectName("namesakeWarning")
    label.setStyleSheet(on_palette(WARNING_STYLE))
    label.setWordWrap(True)
    label.hide()
    box = field.parentWidget()
    layout = box.layout() if box is not None else None
    if layout is not None:
        layout.addWidget(label)
    return label


def namesake_warning(
    rows: Sequence[tuple[Membership, Member]], member: Member | None, typed: str
) -> str:
    """The warning for `member` named `typed` among the group's `rows`, or "" when no other
    current member has that name."""
    key = name_key(typed)
    if member is None or not key:
        return ""
    today = date.today()
    for ship, person in rows:
        current = ship.left_on is None or ship.left_on >= today
        if current and person.id != member.id and name_key(person.full_name) == key:
            return QCoreApplication.translate(
                "Namesakes",
                "Another member of this group is also called {name}; add something to tell "
                "them apart, e.g. an initial.",
            ).format(name=person.full_name)
    return ""


def show_namesake_warning(
    label: QLabel, rows: Sequence[tuple[Membership, Member]], member: Member | None, typed: str
) -> None:
    text = namesake_warning(rows, member, typed)
    label.setText(text)
    label.setVisible(bool(text))
