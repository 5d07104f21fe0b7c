"""Editing an own method's texts: name, summary, when to use it (each in Dutch and English) and
its source. Every keystroke is stored through services.methods or refused with a message."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from intervisie_desktop.core.methods.model import MethodDef, Text
from intervisie_desktop.ui.methods.fields import (
    Field,
    PaneUndoKeys,
    line_edit,
    set_text,
    text_box,
    text_of,
)
from intervisie_desktop.ui.methods.labels import message_text

if TYPE_CHECKING:
    from intervisie_desktop.ui.methods.host import EditorHost

LANGS = ("nl", "en")


def language_header(lang: str) -> QLabel:
    """Column headings name each language in itself, as a translator would expect."""
    return QLabel("<b>Nederlands</b>" if lang == "nl" else "<b>English</b>")


class TextsEditor(QWidget):
    def __init__(
        self, host: EditorHost, undo_keys: PaneUndoKeys, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self._loading = False
        self.fields: dict[str, Field] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(language_header("nl"), 0, 1)
        grid.addWidget(language_header("en"), 0, 2)
        rows: list[tuple[str, str, int]] = [
            ("name", self.tr("&Name"), 0),
            ("summary", self.tr("&Summary"), 4),
            ("when_to_use", self.tr("When to &use it"), 4),
        ]
        row = 1
        for attr, label_text, lines in rows:
            label = QLabel(label_text)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            for column, lang in enumerate(LANGS, start=1):
                editor: QLineEdit | QPlainTextEdit = line_edit() if not lines else text_box(lines)
                field = self._add(f"{attr}.{lang}", editor, undo_keys)
                grid.addWidget(field, row, column)
                if column == 1:
                    label.setBuddy(editor)
            row += 1
        source_label = QLabel(self.tr("S&ource"))
        grid.addWidget(source_label, row, 0, Qt.AlignmentFlag.AlignTop)
        source = self._add("source", text_box(2), undo_keys)
        source.editor.setMaximumHeight(source.editor.minimumHeight() * 2)
        source_label.setBuddy(source.editor)
        grid.addWidget(source, row, 1, 1, 2)
        row += 1
        self.unsourced_note = QLabel(
            self.tr(
                "No published source gives this structure; it is a reasonable default. Name "
                "your own source here once you have one."
            )
        )
        self.unsourced_note.setWordWrap(True)
        grid.addWidget(self.unsourced_note, row, 1, 1, 2)
        grid.setRowStretch(row + 1, 1)

    def _add(self, name: str, editor: QLineEdit | QPlainTextEdit, undo_keys: PaneUndoKeys) -> Field:
        field = Field(editor, name)
        editor.installEventFilter(undo_keys)
        self.fields[name] = field
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text, n=name: self._edited(n))
        else:
            editor.textChanged.connect(lambda n=name: self._edited(n))
        return field

    def editor(self, name: str) -> QLineEdit | QPlainTextEdit:
        widget = self.fields[name].editor
        assert isinstance(widget, (QLineEdit, QPlainTextEdit))
        return widget

    def set_method(self, method: MethodDef) -> None:
        """Show what is stored; any message from earlier typing goes away."""
        self._loading = True
        try:
            for name, field in self.fields.items():
                attr, _, lang = name.partition(".")
                value = getattr(method, attr)
                if isinstance(value, Text):
                    value = value.nl if lang == "nl" else value.en
                set_text(self.editor(name), value)
                field.clear_error()
        finally:
            self._loading = False
        self.unsourced_note.setVisible(method.unsourced)

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        method = self.host.method
        value = text_of(self.editor(name))
        attr, _, lang = name.partition(".")
        if attr == "source":
            new = replace(method, source=value)
        else:
            old: Text = getattr(method, attr)
            changes: dict[str, Any] = {attr: replace(old, **{lang: value})}
            new = replace(method, **changes)
        error = self.host.perform(
            f"text:{name}",
            QCoreApplication.translate("MethodLibraryPane", "Edit method text"),
            lambda: self.host.services.methods.save(new),
        )
        field = self.fields[name]
        if error is None:
            field.clear_error()
            self.unsourced_note.setVisible(self.host.method.unsourced)
        else:
            field.show_error(message_text(error, self.host.ui_lang))
