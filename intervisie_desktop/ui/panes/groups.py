"""The group list (filter, search) and one group's details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core import labels
from intervisie_desktop.core.validation import SEARCH_MAX
from intervisie_desktop.ui.forms.fields import FormBinder, set_choices
from intervisie_desktop.ui.plan.choices import method_choices
from intervisie_desktop.ui.search_field import EscapeClears

if TYPE_CHECKING:
    from intervisie_desktop.core.models import Group
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.undo import Undo

ACTIVE, ARCHIVED, ALL = "active", "archived", "all"


class GroupListPane(QWidget):
    """Left column: search, active/archived filter, the groups, and a "new group" button."""

    group_selected = Signal(object)  # int | None

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setMaxLength(SEARCH_MAX)  # the services refuse longer search text
        self.search.setObjectName("groupSearch")
        self.search.setAccessibleName(self.tr("Search groups"))
        self.search.setPlaceholderText(self.tr("Search groups"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.filter.setObjectName("groupFilter")
        self.filter.addItem(self.tr("Active groups"), ACTIVE)
        self.filter.addItem(self.tr("Archived groups"), ARCHIVED)
        self.filter.addItem(self.tr("All groups"), ALL)
        self.list = QListWidget()
        self.list.setObjectName("groupList")
        # A long name is cut short with an ellipsis when the list is narrow (the notes open),
        # rather than the list scrolling sideways; the Group tab shows it whole.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(self.tr("Groups"))
        self.empty = QLabel()
        self.empty.setObjectName("groupListEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        self.new_button = QPushButton(self.tr("New group"))
        self.new_button.setObjectName("newGroupButton")
        layout.addWidget(self.search)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.new_button)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.currentItemChanged.connect(self._on_current)
        self._escape = EscapeClears(self.search, self.list)
        self.groups: list[Group] = []
        self.shown_id: int | None = None  # the group last announced as selected

    def refresh(self, keep: int | None = None) -> None:
        """Reload the list, keeping the selection (or selecting `keep`) where possible."""
        wanted = keep if keep is not None else self.current_id()
        if wanted is None:  # the search hid it: back in the list when the search is cleared
            wanted = self.shown_id
        mode = self.filter.currentData()
        archived = {ACTIVE: False, ARCHIVED: True}.get(mode)
        self.groups = self.context.services.groups.list(
            archived=archived, search=self.search.text()
        )
        self.list.blockSignals(True)
        self.list.clear()
        for group in self.groups:
            text = group.name
            if group.archived and mode == ALL:
                text = self.tr("{name} (archived)").format(name=group.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            if group.context:
                item.setToolTip(group.context)
            self.list.addItem(item)
            if group.id == wanted:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        if self.groups:
            self.stack.setCurrentWidget(self.list)
        else:
            self.empty.setText(self._empty_text())
            self.stack.setCurrentWidget(self.empty)
        if self.current_id() != self.shown_id and not self._keeps_shown():
            self._on_current(self.list.currentItem(), None)

    def _keeps_shown(self) -> bool:
        """Nothing matches the search: the group on the right stays on the right (the list says
        Esc clears the search) rather than "choose a group" with nothing to choose."""
        if self.groups or self.shown_id is None or not self.search.text().strip():
            return False
        every = self.context.services.groups.list(archived=None)
        return any(group.id == self.shown_id for group in every)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _empty_text(self) -> str:
        if self.search.text().strip():
            return self.tr("No group matches \u201c{text}\u201d. Esc clears the search.").format(
                text=self.search.text().strip()
            )
        if self.filter.currentData() == ARCHIVED:
            return self.tr("No archived groups. Archive a group you no longer meet with.")
        return self.tr("No groups yet. Click \u201cNew group\u201d (Ctrl+N) to start one.")

    def select(self, group_id: int | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == group_id:
                self.list.setCurrentItem(item)
                return

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _on_current(self, current: QListWidgetItem | None, _previous: Any) -> None:
        self.shown_id = None if current is None else int(current.data(Qt.ItemDataRole.UserRole))
        self.group_selected.emit(self.shown_id)


class GroupDetailsPane(QScrollArea):
    """Name, context, facilitator, guided or self-steering, ground rules, length, start date."""

    def __init__(self, context: AppContext, undo: Undo) -> None:
        super().__init__()
        self.context = context
        self.group: Group | None = None
        self.setWidgetResizable(True)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.archived_note = QLabel()
        self.archived_note.setObjectName("archivedNote")
        self.archived_note.setWordWrap(True)
        self.archived_note.hide()
        outer.addWidget(self.archived_note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        self.setWidget(body)
        self.binder = FormBinder(undo, self._target, form, self.tr("Edit group"))
        b = self.binder
        self.name = b.line(self.tr("&Name"), "name")
        self.context_field = b.line(self.tr("Profession or &context"), "context")
        self.facilitator = b.line(self.tr("&Supervisor"), "facilitator_name")
        self.register = b.line(self.tr("Supervisor's &register and number"), "facilitator_register")
        self.guided = b.choice(
            self.tr("&Led by"),
            "guided",
            [
                (self.tr("the supervisor (guided)"), True),
                (self.tr("a member in turn (self-steering)"), False),
            ],
        )
        self.minutes = b.number(
            self.tr("Default meeting &length"), "default_minutes", 15, 720, self.tr(" min")
        )
        self.method = b.choice(self.tr("Default &method"), "default_method", [])
        self.start_date = b.date(
            self.tr("&Start date"), "start_date", required=False, empty=self.tr("not set")
        )
        self.ground_rules = b.long(self.tr("&Ground rules"), "ground_rules", 5)
        # Field names of core messages are translated in context "Field"; keep them referenced.
        self._labels = (labels.GROUP_NAME, labels.START_DATE)

    def _target(self) -> tuple[Any, int] | None:
        if self.group is None or self.group.id is None:
            return None
        return self.context.services.groups, self.group.id

    def set_group(self, group_id: int | None) -> None:
        self.show_group(group_id, force=True)

    def refresh(self) -> None:
        self.show_group(self.group.id if self.group is not None else None)

    def commit_pending(self) -> None:
        self.binder.commit_all()

    def show_group(self, group_id: int | None, force: bool = False) -> None:
        services = self.context.services
        self.group = None if group_id is None else services.groups.get(group_id)
        current = self.group.default_method if self.group is not None else ""
        set_choices(self.method, method_choices(services, self.context.lang, current))
        self.binder.load(self.group, force=force)
        if self.group is not None and self.group.archived:
            self.archived_note.setText(
                self.tr(
                    "This group is archived. Use Group \u2192 Restore from archive to meet again."
                )
            )
            self.archived_note.show()
        else:
            self.archived_note.hide()
