"""Editing an own method's phases: the ordered list (add, remove, move with Alt+arrows) and the
form for the selected phase. Each change is one service call, validated whole by the service."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.methods.model import MethodDef, PhaseDef, SpeakerMode, Text
from intervisie_desktop.core.methods.schema import FLAGS, check_method
from intervisie_desktop.ui.methods.fields import (
    Field,
    PaneUndoKeys,
    line_edit,
    set_text,
    text_box,
    text_of,
)
from intervisie_desktop.ui.methods.labels import (
    flag_label,
    format_minutes,
    message_text,
    parse_minutes,
    speaker_mode_label,
)
from intervisie_desktop.ui.methods.texts_editor import LANGS, language_header
from intervisie_desktop.ui.methods.warning_default import show_warning
from intervisie_desktop.ui.shortcuts import tip_with_shortcut

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.changes import OpResult
    from intervisie_desktop.ui.methods.host import EditorHost

TEXT_ATTRS = ("name", "instruction", "script")


def _with(phases: tuple[PhaseDef, ...], index: int, phase: PhaseDef) -> tuple[PhaseDef, ...]:
    return (*phases[:index], phase, *phases[index + 1 :])


def phase_label(number: int, phase: PhaseDef, lang: str, ui_lang: str) -> str:
    if phase.minutes_per_speaker is None:
        time = QCoreApplication.translate("MethodLabels", "{minutes} min").format(
            minutes=format_minutes(phase.minutes, ui_lang)
        )
    else:
        time = QCoreApplication.translate("MethodLabels", "{minutes} min per speaker").format(
            minutes=format_minutes(phase.minutes_per_speaker, ui_lang)
        )
    return f"{number}. {phase.name.get(lang)} \u2014 {time}"


class PhasesEditor(QWidget):
    def __init__(
        self, host: EditorHost, undo_keys: PaneUndoKeys, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self._loading = False
        self.fields: dict[str, Field] = {}
        outer = QHBoxLayout(self)

        # -- the list and its actions ------------------------------------------------------
        left = QVBoxLayout()
        list_label = QLabel(self.tr("&Phases"))
        left.addWidget(list_label)
        self.list = QListWidget()
        self.list.setObjectName("phaseList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        list_label.setBuddy(self.list)
        self.list_field = Field(self.list, "phaseList")
        left.addWidget(self.list_field, 1)
        self.add_action = self._action(self.tr("&Add phase"), "Alt+Ins", self.add_phase)
        self.remove_action = self._action(self.tr("Remo&ve phase"), "Alt+Del", self.remove_phase)
        self.up_action = self._action(
            self.tr("Move phase u&p"), "Alt+Up", lambda: self.move_phase(-1)
        )
        self.down_action = self._action(
            self.tr("Move phase do&wn"), "Alt+Down", lambda: self.move_phase(1)
        )
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, (name, action) in enumerate(
            (
                ("add", self.add_action),
                ("remove", self.remove_action),
                ("up", self.up_action),
                ("down", self.down_action),
            )
        ):
            button = QPushButton(action.text().replace("&", ""))
            button.setObjectName(f"phase.{name}")
            tip_with_shortcut(button, action)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button, i // 2, i % 2)
            self.buttons[name] = button
        left.addLayout(buttons)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMinimumWidth(240)
        left_box.setMaximumWidth(300)
        outer.addWidget(left_box)

        # -- the selected phase ------------------------------------------------------------
        form = QWidget()
        grid = QGridLayout(form)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(language_header("nl"), 0, 1)
        grid.addWidget(language_header("en"), 0, 2)
        row = 1
        row = self._text_row(grid, row, "name", self.tr("Phase &name"), 0, undo_keys)

        mode_label = QLabel(self.tr("W&ho speaks"))
        self.mode = QComboBox()
        for mode in SpeakerMode:
            self.mode.addItem(speaker_mode_label(mode), mode.value)
        self.mode.activated.connect(self._mode_chosen)
        mode_label.setBuddy(self.mode)
        grid.addWidget(mode_label, row, 0)
        grid.addWidget(self._field("phase.speaker_mode", self.mode), row, 1, 1, 2)
        row += 1

        minutes_label = QLabel(self.tr("&Minutes"))
        self.minutes = line_edit()
        self.minutes.setFixedWidth(80)
        self.minutes.installEventFilter(undo_keys)
        self.minutes.textEdited.connect(lambda _t: self._minutes_edited(store=False))
        self.minutes.editingFinished.connect(self._minutes_edited)
        minutes_label.setBuddy(self.minutes)
        self.per_speaker = QCheckBox(self.tr("per &speaker (rounds only)"))
        self.per_speaker.setObjectName("phase.per_speaker")
        self.per_speaker.clicked.connect(lambda _c: self._minutes_edited(self.per_speaker))
        self.per_speaker.installEventFilter(undo_keys)
        minutes_box = QWidget()
        minutes_row = QHBoxLayout(minutes_box)
        minutes_row.setContentsMargins(0, 0, 0, 0)
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(self.per_speaker)
        minutes_row.addStretch(1)
        grid.addWidget(minutes_label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._field("phase.minutes", self.minutes, minutes_box), row, 1, 1, 2)
        row += 1
        warning_label = QLabel(self.tr("Wa&rning"))
        self.warning = line_edit()
        self.warning.setFixedWidth(80)
        self.warning.installEventFilter(undo_keys)
        self.warning.textEdited.connect(lambda _t: self._warning_edited(store=False))
        self.warning.editingFinished.connect(self._warning_edited)
        warning_label.setBuddy(self.warning)
        warning_box = QWidget()
        warning_row = QHBoxLayout(warning_box)
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(self.warning)
        warning_row.addWidget(
            QLabel(self.tr("minutes before the end of the phase or turn (empty: the default)"))
        )
        warning_row.addStretch(1)
        grid.addWidget(warning_label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(
            self._field("phase.warning_minutes", self.warning, warning_box), row, 1, 1, 2
        )
        row += 1

        flags_label = QLabel(self.tr("Rules"))
        grid.addWidget(flags_label, row, 0, Qt.AlignmentFlag.AlignTop)
        flags_box = QGridLayout()
        self.flags: dict[str, QCheckBox] = {}
        for i, flag in enumerate(FLAGS):
            box = QCheckBox(flag_label(flag))
            box.clicked.connect(lambda _c, f=flag: self._flag_clicked(f))
            self.flags[flag] = box
            flags_box.addWidget(self._field(f"phase.{flag}", box), i // 2, i % 2)
        grid.addLayout(flags_box, row, 1, 1, 2)
        row += 1

        row = self._text_row(
            grid, row, "instruction", self.tr("&Instruction for the participants"), 2, undo_keys
        )
        row = self._text_row(
            grid, row, "script", self.tr("Script for the &facilitator"), 8, undo_keys
        )
        grid.setRowStretch(row - 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll, 1)

        self.list.currentRowChanged.connect(self._row_changed)
        self.setTabOrder(self.list, self.buttons["add"])

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _field(self, name: str, widget: QWidget, shown: QWidget | None = None) -> Field:
        field = Field(widget, name, shown=shown)
        self.fields[name] = field
        return field

    def _text_row(
        self,
        grid: QGridLayout,
        row: int,
        attr: str,
        text: str,
        lines: int,
        undo_keys: PaneUndoKeys,
    ) -> int:
        label = QLabel(text)
        label.setWordWrap(True)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        for column, lang in enumerate(LANGS, start=1):
            name = f"phase.{attr}.{lang}"
            editor: QLineEdit | QPlainTextEdit = line_edit() if not lines else text_box(lines)
            if 0 < lines < 4:
                editor.setMaximumHeight(editor.minimumHeight() + editor.fontMetrics().lineSpacing())
            editor.installEventFilter(undo_keys)
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _t, n=name: self._text_edited(n))
            else:
                editor.textChanged.connect(lambda n=name: self._text_edited(n))
            grid.addWidget(self._field(name, editor), row, column)
            if column == 1:
                label.setBuddy(editor)
        return row + 1

    def editor(self, name: str) -> QLineEdit | QPlainTextEdit:
        widget = self.fields[name].editor
        assert isinstance(widget, (QLineEdit, QPlainTextEdit))
        return widget

    # -- showing -----------------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self.list.currentRow()

    def set_method(self, method: MethodDef, index: int | None = None) -> None:
        """Show the stored phases and select `index` (default: keep the current one)."""
        want = self.index if index is None else index
        want = max(0, min(want, len(method.phases) - 1))
        self._loading = True
        try:
            self.list.clear()
            for number, phase in enumerate(method.phases, start=1):
                self.list.addItem(
                    phase_label(number, phase, self.host.content_lang, self.host.ui_lang)
                )
            self.list.setCurrentRow(want)
        finally:
            self._loading = False
        self.list_field.clear_error()
        self._load_phase()
        self._update_actions()

    def relabel(self) -> None:
        """After an edit that kept the phases in place: new names and minutes in the list."""
        method = self.host.method
        for number, phase in enumerate(method.phases, start=1):
            item = self.list.item(number - 1)
            if item is not None:
                item.setText(phase_label(number, phase, self.host.content_lang, self.host.ui_lang))

    def _row_changed(self, _row: int) -> None:
        if not self._loading:
            self._load_phase()
            self._update_actions()

    def _load_phase(self) -> None:
        phases = self.host.method.phases
        if not 0 <= self.index < len(phases):
            return
        phase = phases[self.index]
        self._loading = True
        try:
            for attr in TEXT_ATTRS:
                text: Text = getattr(phase, attr)
                for lang in LANGS:
                    set_text(self.editor(f"phase.{attr}.{lang}"), getattr(text, lang))
            self.mode.setCurrentIndex(self.mode.findData(phase.speaker_mode.value))
            per_speaker = phase.minutes_per_speaker is not None
            self.per_speaker.setChecked(per_speaker)
            value = phase.minutes_per_speaker if per_speaker else phase.minutes
            set_text(self.minutes, format_minutes(value or 0.0, self.host.ui_lang))
            show_warning(self.warning, phase, self.host.services, self.host.ui_lang)
            for flag, box in self.flags.items():
                box.setChecked(getattr(phase, flag))
            for name, field in self.fields.items():
                if name != "phaseList":
                    field.clear_error()
        finally:
            self._loading = False

    def _update_actions(self) -> None:
        count, index = self.list.count(), self.index
        self.remove_action.setEnabled(count > 1)
        self.up_action.setEnabled(index > 0)
        self.down_action.setEnabled(0 <= index < count - 1)
        for name, action in (
            ("remove", self.remove_action),
            ("up", self.up_action),
            ("down", self.down_action),
        ):
            self.buttons[name].setEnabled(action.isEnabled())

    # -- editing -----------------------------------------------------------------------------

    def _update(self, field: str, merge: str | None, store: bool = True, **changes: Any) -> bool:
        """Store changes to the selected phase, or show why not at `field`. With `store` off,
        only check them: numbers are checked as they are typed and stored on Enter or when the
        field is left, so that typing "120" never stores 1 and 12 on the way."""
        if self._loading or not 0 <= self.index < len(self.host.method.phases):
            return False
        method, index = self.host.method, self.index
        if not store or replace(method.phases[index], **changes) == method.phases[index]:
            try:
                phase = replace(method.phases[index], **changes)
                check_method(replace(method, phases=_with(method.phases, index, phase)), both=False)
            except IntervisieError as refused:
                self.fields[field].show_error(message_text(refused, self.host.ui_lang))
                return False
            self.fields[field].clear_error()
            return True
        error = self.host.perform(
            f"phase:{index}:{merge}" if merge else None,
            QCoreApplication.translate("MethodLibraryPane", "Edit phase"),
            lambda: self.host.services.methods.update_phase(method.key, index, **changes),
        )
        if error is None:
            self.fields[field].clear_error()
            self.relabel()
            return True
        self.fields[field].show_error(message_text(error, self.host.ui_lang))
        return False

    def _text_edited(self, name: str) -> None:
        if self._loading:
            return
        _, attr, lang = name.split(".")
        old: Text = getattr(self.host.method.phases[self.index], attr)
        new = replace(old, **{lang: text_of(self.editor(name))})
        changes: dict[str, Any] = {attr: new}
        self._update(name, name, **changes)

    def _minutes_edited(self, source: QWidget | None = None, store: bool = True) -> None:
        value = parse_minutes(self.minutes.text())
        if self.per_speaker.isChecked():
            changes: dict[str, Any] = {"minutes_per_speaker": value}
        else:
            changes = {"minutes_per_speaker": None, "minutes": value}
        stored = self._update("phase.minutes", None, store, **changes)
        if not stored and source is self.per_speaker:
            self.per_speaker.setChecked(not self.per_speaker.isChecked())  # refused: as stored

    def _warning_edited(self, store: bool = True) -> None:
        value = parse_minutes(self.warning.text()) if self.warning.text().strip() else None
        self._update("phase.warning_minutes", None, store, warning_minutes=value)

    def _mode_chosen(self, _index: int) -> None:
        mode = SpeakerMode(self.mode.currentData())
        if not self._update("phase.speaker_mode", None, speaker_mode=mode):
            stored = self.host.method.phases[self.index].speaker_mode
            self.mode.setCurrentIndex(self.mode.findData(stored.value))

    def _flag_clicked(self, flag: str) -> None:
        box = self.flags[flag]
        if not self._update(f"phase.{flag}", None, **{flag: box.isChecked()}):
            box.setChecked(not box.isChecked())

    # -- the list ----------------------------------------------------------------------------

    def _structural(self, text: str, call: Callable[[], OpResult[MethodDef]], select: int) -> None:
        error = self.host.perform(None, text, call)
        if error is not None:
            self.list_field.show_error(message_text(error, self.host.ui_lang))
            return
        self.set_method(self.host.method, select)

    def add_phase(self) -> None:
        key, at = self.host.method.key, self.index + 1
        self._structural(
            QCoreApplication.translate("MethodLibraryPane", "Add phase"),
            lambda: self.host.services.methods.add_phase(key, index=at),
            at,
        )
        if self.list.currentRow() == at:
            self.editor(f"phase.name.{self.host.ui_lang}").setFocus()
            self.editor(f"phase.name.{self.host.ui_lang}").selectAll()

    def remove_phase(self) -> None:
        key, index = self.host.method.key, self.index
        if index < 0:
            return
        self._structural(
            QCoreApplication.translate("MethodLibraryPane", "Remove phase"),
            lambda: self.host.services.methods.remove_phase(key, index),
            index,
        )

    def move_phase(self, step: int) -> None:
        key, index = self.host.method.key, self.index
        to = index + step
        if index < 0 or not 0 <= to < self.list.count():
            return
        self._structural(
            QCoreApplication.translate("MethodLibraryPane", "Move phase"),
            lambda: self.host.services.methods.move_phase(key, index, to),
            to,
        )
