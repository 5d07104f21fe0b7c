"""Minimum widths that keep texts whole when the window gets narrow (the notes dock open, a
small laptop screen): panes give way down to these, and no further.

- `FormScroll`: a form's scroll area that asks for its form's minimum width, so a splitter never
  squeezes the form under a sideways scroll bar (it scrolls up and down only).
- `fit_columns`: a list at least as wide as its column titles and contents.
- `fit_combo_text`: a combo box wide enough for one given text (e.g. "All members"), whatever
  long names it also holds (those are elided when chosen, as Qt does).
- `spare_label_pixels`: a few pixels to spare in form labels; with a mnemonic underline Qt
  draws the text a little wider than it measured it at 200 % scale, cutting the last letter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTreeView,
    QWidget,
)

Mode = QHeaderView.ResizeMode

#: Logical pixels kept free right of a label with a mnemonic.
LABEL_SPARE = 2


class FormScroll(QScrollArea):
    """A scroll area around a form, never narrower than the form's own minimum width."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setWidget(body)
        body.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        width = max(body.minimumSizeHint().width(), body.minimumWidth())
        width += 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the form's minimum may have changed
        return super().eventFilter(watched, event)


class _Refit(QObject):
    """Measures a list's columns again when it is shown or its font or style changes (a list
    filled before it was first shown was measured with the unpolished font)."""

    def __init__(self, view: QTreeView | QTableView, wrapping: tuple[int, ...]) -> None:
        super().__init__(view)
        self.setObjectName("columnFit")
        self.wrapping = wrapping
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if event.type() in kinds and isinstance(watched, QTreeView | QTableView):
            _set_least_width(watched, self.wrapping)
        return False


def fit_columns(view: QTreeView | QTableView, wrapping: tuple[int, ...] = ()) -> None:
    """Make `view` at least as wide as its visible columns need (call after filling it; it is
    measured again when shown); the columns in `wrapping` wrap their text, so only their title
    counts."""
    if view.findChild(_Refit, "columnFit") is None:
        _Refit(view, wrapping)
    _set_least_width(view, wrapping)


def _set_least_width(view: QTreeView | QTableView, wrapping: tuple[int, ...]) -> None:
    header: QHeaderView = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    width = 0
    shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
    for section in shown:
        contents = 0 if section in wrapping else view.sizeHintForColumn(section)
        least = max(header.sectionSizeHint(section), contents)
        if header.sectionResizeMode(section) in (Mode.Interactive, Mode.Fixed):
            least = max(least, header.sectionSize(section))  # a width set by the program
        if header.stretchLastSection() and section == shown[-1]:
            least = max(least, header.defaultSectionSize())  # the header stretches no less
        width += least
    width += 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
    if isinstance(view, QTableView) and view.verticalHeader().isVisible():
        width += view.verticalHeader().width()
    view.setMinimumWidth(width)


def fit_combo_text(combo: QComboBox, text: str) -> None:
    """`combo` may shrink down to the width that shows `text` whole, not further; longer
    entries no longer widen it (its minimum follows no item's length)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(1)
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    metrics = combo.fontMetrics()
    contents = QSize(metrics.horizontalAdvance(text) + LABEL_SPARE, metrics.height())
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
    combo.setMinimumWidth(size.width())


def spare_label_pixels(root: QWidget) -> None:
    """Give every label under `root` that shows a mnemonic a few pixels to spare on the right."""
    for label in root.findChildren(QLabel):
        text = label.text()
        if label.buddy() is None or "&" not in text.replace("&&", "") or label.wordWrap():
            continue
        # Wider contents, not a margin: QLabel clips its text to its contents rectangle.
        label.setMinimumWidth(label.sizeHint().width() + LABEL_SPARE)
