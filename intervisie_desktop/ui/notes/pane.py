"""The notes pane: filters, search (Ctrl+F), the list (pinned first, quick notes under their
meeting) and the editor beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.changes import Change, OpChanges
from intervisie_desktop.core.validation import SEARCH_MAX
from intervisie_desktop.ui.forms.fields import date_text
from intervisie_desktop.ui.items import children, top_level_items
from intervisie_desktop.ui.notes.editor import NoteEditor
from intervisie_desktop.ui.notes.keys import install_keys, take_key
from intervisie_desktop.ui.search.hits import snippet_html
from intervisie_desktop.ui.widths import fit_combo_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.services.notes import NoteRow
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.notes.attach import Attachment

#: What the notes pane shows: notes, and the groups, members, meetings and cases they are about.
NOTE_PANE_CHANGES = frozenset(
    {Change.NOTES, Change.GROUPS, Change.MEMBERS, Change.MEETINGS, Change.CASES}
)

NOTE_ROLE = Qt.ItemDataRole.UserRole
#: The list shows at most this many notes; filters and search narrow it down.
MAX_LISTED = 500


class NotesPane(QWidget):
    note_opened = Signal(int)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, own_keys: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self.context = context
        self.services = context.services
        self.search = QLineEdit()
        self.search.setMaxLength(SEARCH_MAX)  # the services refuse longer search text
        self.search.setObjectName("notesSearch")
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.setObjectName("newNote")
        self.new_button.setToolTip(self.tr("New note (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_note())
        self.group_filter = QComboBox()
        self.group_filter.setObjectName("groupFilter")
        self.member_filter = QComboBox()
        self.member_filter.setObjectName("memberFilter")
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("yearFilter")
        self.list = QTreeWidget()
        self.list.setObjectName("noteList")
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.currentItemChanged.connect(self._current_changed)
        self.count = QLabel()
        self.count.setObjectName("noteCount")
        self.editor = NoteEditor(context, self)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(lambda _id: self.refresh())
        self.editor.moved.connect(lambda _id: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        # In the side dock: the group filter on a row of its own (group names are long), the
        # list above the editor; each filter at least as wide as its "All ..." entry.
        filters = QGridLayout()
        filters.addWidget(self.group_filter, 0, 0, 1, 2)
        filters.addWidget(self.member_filter, 1, 0)
        filters.addWidget(self.year_filter, 1, 1)
        filters.setColumnStretch(0, 2)
        filters.setColumnStretch(1, 1)
        fit_combo_text(self.group_filter, self.tr("All groups"))
        fit_combo_text(self.member_filter, self.tr("All members"))
        fit_combo_text(self.year_filter, self.tr("All years"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("notesSplit")
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        install_keys(self, self.search, self.list, self.pane_key if own_keys else None)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first)
        self.group_filter.activated.connect(self._group_filter_changed)
        self.member_filter.activated.connect(lambda _i: self.refresh())
        self.year_filter.activated.connect(lambda _i: self.refresh())
        self._fresh_note: int | None = None
        # What is selected in the window around the pane; a new note is about that.
        self.attachment: Callable[[], Attachment] | None = None
        context.hub.watch(self, NOTE_PANE_CHANGES, self._on_changed)
        # Loaded when first shown: the pane starts hidden in a dock, and with thousands of
        # notes the list would slow the program's start for nothing.
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._loaded = True
            self.fill_filters()
            self.refresh()
        super().showEvent(event)

    # filters -------------------------------------------------------------------------------
    def fill_filters(self) -> None:
        group, member, year = (
            self.group_filter.currentData(),
            self.member_filter.currentData(),
            self.year_filter.currentData(),
        )
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        for g in self.services.groups.list(archived=None):
            self.group_filter.addItem(g.name, g.id)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(group)))
        self._fill_members(member)
        self._fill_years(year)

    def _fill_years(self, year: int | None) -> None:
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for y in self.services.notes.years():
            self.year_filter.addItem(str(y), y)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year)))

    def _fill_members(self, keep: int | None = None) -> None:
        self.member_filter.clear()
        self.member_filter.addItem(self.tr("All members"), None)
        group_id = self.group_filter.currentData()
        if group_id is None:
            people = [(p.id, p.full_name) for p in self.services.members.list()]
        else:
            people = list(
                dict.fromkeys(
                    (p.id, p.full_name) for _m, p in self.services.memberships.members_of(group_id)
                )
            )
        for id_, name in people:
            self.member_filter.addItem(name, id_)
        self.member_filter.setCurrentIndex(max(0, self.member_filter.findData(keep)))

    def _group_filter_changed(self) -> None:
        self._fill_members()
        self.refresh()

    def set_filters(
        self, group_id: int | None = None, member_id: int | None = None, year: int | None = None
    ) -> None:
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(group_id)))
        self._fill_members(member_id)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year)))
        self.refresh()

    # the list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        filters = dict(
            group_id=self.group_filter.currentData(),
            member_id=self.member_filter.currentData(),
            year=self.year_filter.currentData(),
        )
        snippets: dict[int, str] = {}
        if text:
            hits = self.services.search.query(text, limit=MAX_LISTED, kinds=["note"])
            order = {h.id: i for i, h in enumerate(hits)}
            snippets = {h.id: h.snippet for h in hits}
            rows = self.services.notes.overview(ids=list(order), **filters)
            rows.sort(key=lambda r: order[r.note.id or 0])
        else:
            rows = self.services.notes.overview(**filters)
        total = len(rows)
        rows = rows[:MAX_LISTED]
        current = self.editor.note_id
        self.list.blockSignals(True)
        self.list.clear()
        if text:
            for row in rows:
                self._add_item(self.list.invisibleRootItem(), row, snippets.get(row.note.id or 0))
        else:
            self._add_sections(rows)
        self.list.expandAll()
        self.list.blockSignals(False)
        self._select(current)
        if text:
            self.count.setText(self.tr("%n note(s) found", "", total))
        elif total > MAX_LISTED:
            self.count.setText(
                self.tr(
                    "Showing the latest {shown} of {total} notes; filter or search for more."
                ).format(shown=MAX_LISTED, total=total)
            )
        else:
            self.count.setText(self.tr("%n note(s)", "", total))

    def _add_sections(self, rows: list[NoteRow]) -> None:
        pinned = [r for r in rows if r.note.pinned]
        loose = [r for r in rows if not r.note.pinned and r.meeting_date is None]
        meetings: dict[int, list[NoteRow]] = {}
        for r in rows:
            if not r.note.pinned and r.meeting_date is not None and r.note.meeting_id:
                meetings.setdefault(r.note.meeting_id, []).append(r)
        sections: list[tuple[str, list[NoteRow]]] = []
        if pinned:
            sections.append((self.tr("Pinned"), pinned))
        if loose:
            sections.append((self.tr("Notes"), loose))
        for group_rows in sorted(
            meetings.values(), key=lambda rs: rs[0].meeting_date or 0, reverse=True
        ):
            first = group_rows[0]
            day = date_text(first.meeting_date)  # as the date fields show it
            title = self.tr("Meeting of {date}").format(date=day)
            if first.group_name and self.group_filter.currentData() is None:
                title += f" \u2014 {first.group_name}"
            sections.append((title, group_rows))
        for title, section_rows in sections:
            header = QTreeWidgetItem([title])
            font = QFont(header.font(0))
            font.setBold(True)
            header.setFont(0, font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addTopLevelItem(header)
            for row in section_rows:
                self._add_item(header, row)

    def _add_item(self, parent: QTreeWidgetItem, row: NoteRow, snippet: str | None = None) -> None:
        item = QTreeWidgetItem(parent, [self._item_text(row)])
        item.setData(0, NOTE_ROLE, row.note.id)
        about = [x for x in (row.group_name, row.member_name, row.case_topic) if x]
        item.setToolTip(0, " \u00b7 ".join(about))
        if snippet:
            label = QLabel(f"<b>{self._item_text(row)}</b><br>{snippet_html(snippet)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            item.setSizeHint(0, label.sizeHint())
            item.setText(0, "")
            self.list.setItemWidget(item, 0, label)

    def _item_text(self, row: NoteRow) -> str:
        note = row.note
        title = note.title.strip() or note.body.strip().split("\n", 1)[0][:60].lstrip("# ")
        title = title or self.tr("(untitled)")
        star = "\u2605 " if note.pinned else ""
        who = f" \u2014 {row.member_name}" if row.member_name else ""
        return star + title + who

    def _items(self) -> list[QTreeWidgetItem]:
        out = []
        stack = top_level_items(self.list)
        while stack:
            item = stack.pop(0)
            if item.data(0, NOTE_ROLE) is not None:
                out.append(item)
            stack[0:0] = children(item)
        return out

    def visible_titles(self) -> list[str]:
        """What the list shows, top to bottom (the text or the label of each note)."""
        titles = []
        for item in self._items():
            widget = self.list.itemWidget(item, 0)
            titles.append(widget.text() if isinstance(widget, QLabel) else item.text(0))
        return titles

    def section_titles(self) -> list[str]:
        return [item.text(0) for item in top_level_items(self.list)]

    def _select(self, note_id: int | None) -> None:
        for item in self._items():
            if item.data(0, NOTE_ROLE) == note_id:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                return

    # opening -------------------------------------------------------------------------------
    def _current_changed(self, item: QTreeWidgetItem | None, _prev: object) -> None:
        if item is None or item.data(0, NOTE_ROLE) is None:
            return
        self.open_note(int(item.data(0, NOTE_ROLE)))

    def _leave_current(self) -> None:
        """Save the open note; a new note left empty is removed instead of kept."""
        fresh = self._fresh_note is not None and self.editor.note_id == self._fresh_note
        if fresh and self.editor.is_empty():
            self.editor.discard()
        self._fresh_note = None
        self.editor.save_now()

    def open_note(self, note_id: int) -> None:
        if self.editor.note_id == note_id:
            return
        self._leave_current()
        self.editor.load(note_id)
        self._select(note_id)
        self.note_opened.emit(note_id)

    def new_note(
        self,
        group_id: int | None = None,
        member_id: int | None = None,
        meeting_id: int | None = None,
        case_id: int | None = None,
    ) -> int:
        """Create an empty note and open it: about what is told, else what is selected in the
        window (see ui.notes.attach), else the group and member filtered on."""
        self._leave_current()
        told = any(x is not None for x in (group_id, member_id, meeting_id, case_id))
        chosen = self.attachment() if self.attachment is not None and not told else None
        if chosen:
            group_id, member_id = chosen.group_id, chosen.member_id
            meeting_id, case_id = chosen.meeting_id, chosen.case_id
        else:
            if group_id is None and meeting_id is None and case_id is None:
                group_id = self.group_filter.currentData()
            if member_id is None and meeting_id is None and case_id is None:
                member_id = self.member_filter.currentData()
        notes = self.services.notes
        note = self.context.ops.perform(
            self,
            lambda: notes.create(
                group_id=group_id, member_id=member_id, meeting_id=meeting_id, case_id=case_id
            ),
        )
        assert note.id is not None
        self._fresh_note = note.id
        self.search.clear()
        self.refresh()
        self.editor.load(note.id)
        self._select(note.id)
        self.editor.title.setFocus()
        return note.id

    def _open_first(self) -> None:
        self.refresh()
        items = self._items()
        if items:
            self.open_note(int(items[0].data(0, NOTE_ROLE)))
            self.editor.body.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def pane_key(self, key: QKeySequence.StandardKey) -> bool:
        """The window's Ctrl+F and Ctrl+N while the notes have the focus (ui/pane_keys.py)."""
        return take_key(key, self.focus_search, self.new_note)

    def save_now(self) -> None:
        self.editor.save_now()

    # changes -------------------------------------------------------------------------------
    def _saved(self, note_id: int) -> None:
        for item in self._items():
            if item.data(0, NOTE_ROLE) == note_id and self.list.itemWidget(item, 0) is None:
                rows = self.services.notes.overview(ids=[note_id])
                if rows:
                    item.setText(0, self._item_text(rows[0]))

    def _on_changed(self, changes: OpChanges) -> None:
        """Told by the hub (not for the editor's own saves; while hidden, once shown again)."""
        if not self._loaded:  # the first show loads everything anyway
            return
        if changes.touches({Change.GROUPS, Change.MEMBERS, Change.MEETINGS}):
            self.fill_filters()
        elif Change.NOTES in changes.kinds:
            self._fill_years(self.year_filter.currentData())
        if changes.touches(NOTE_PANE_CHANGES):
            if self.editor.note_id is not None:
                try:
                    self.services.notes.get(self.editor.note_id)
                except Exception:  # deleted elsewhere (erasure, a cascade)
                    self.editor.load(None)
            self.refresh()
