"""Does every text a user sees fit the room it is given?

`clipped(root)` walks the visible widgets under `root` and names each one whose text is cut:
a label, button or combo box (its current text) narrower than its text, a header section
narrower than its title or reaching past the edge of its view, a widget pushed partly past the
right edge of what shows it, and a scroll area that shows a horizontal scroll bar. Word-wrapped
labels must fit their longest word across and their lines down. Texts elided on purpose are
named in ELIDED_BY_DESIGN (by object name) and skipped.

`frame_fits(window)` says whether the window's frame lies within its screen's available area.

`inked_at_right_edge(root)` renders the labels that do not wrap and names those whose text
touches the right edge of their contents: at 200 % scale Qt can draw a text (one with a
mnemonic underline, for one) a little wider than it measured it, so the measured checks above
cannot see that cut. Meant for 200 %: at 100 % a letter may touch the edge and still be whole.

Reusable by any test that renders the program under other conditions (fonts, scale, theme)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics

#: Widgets whose text is cut short on purpose (with a tooltip or elsewhere in full), by object
#: name. None so far: texts in lists and tables (a long group name, a step's case) are elided by
#: their views and not measured here; labels, buttons, combos and column titles all fit.
ELIDED_BY_DESIGN: frozenset[str] = frozenset()

TAG = re.compile(r"<[a-zA-Z/!][^>]*>")

#: How far from the background a pixel's lightness is to count as ink.
INK = 60

#: Pixels of rounding a measurement may be off by before it counts as cut.
SLACK = 1


def plain(text: str) -> str:
    """A widget's text as shown: mnemonic ampersands gone, a doubled one kept."""
    return re.sub(r"&(.)", r"\1", text)


def _advance(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _describe(widget: QWidget, text: str, need: int, have: int) -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text!r}: needs {need} px, has {have}"


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    width = rect.width() - margin
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and TAG.search(text) is not None
    )
    metrics = label.fontMetrics()
    if label.wordWrap():
        shown = re.sub(r"<[^>]+>", " ", text) if rich else text
        words = (plain(shown) if label.buddy() is not None else shown).split()
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        if longest > width + SLACK:
            return _describe(label, text, longest, width)
        need_height = label.heightForWidth(label.width())
        if need_height > label.height() + SLACK:
            return f"{_describe(label, text, need_height, label.height())} (height)"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        need = int(document.idealWidth() + 0.5)
    else:
        need = _advance(metrics, plain(text) if label.buddy() is not None else text)
    return _describe(label, text, need, width) if need > width + SLACK else None


def _button(button: QAbstractButton) -> str | None:
    text = plain(button.text())
    if not text:
        return None
    style = button.style()
    need = _advance(button.fontMetrics(), text)
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, QCheckBox):
        metric = QStyle.PixelMetric
        need += style.pixelMetric(metric.PM_IndicatorWidth, None, button)
        need += style.pixelMetric(metric.PM_CheckBoxLabelSpacing, None, button) + icon
    elif isinstance(button, QRadioButton):
        metric = QStyle.PixelMetric
        need += style.pixelMetric(metric.PM_ExclusiveIndicatorWidth, None, button)
        need += style.pixelMetric(metric.PM_RadioButtonLabelSpacing, None, button) + icon
    elif isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = ""  # the margins only (a text would bring the style's minimum width)
        padding = style.sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), button
        ).width()
        need += padding + icon
        if button.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    else:  # tool buttons and the like: their own size hint is the measure
        need = button.sizeHint().width()
    have = button.width()
    return _describe(button, text, need, have) if need > have + SLACK else None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None  # an editable combo scrolls its text like a line edit
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = False
    option.frame = combo.hasFrame()
    option.currentText = text
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = _advance(combo.fontMetrics(), text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    have = field.width()
    return _describe(combo, text, need, have) if need > have + SLACK else None


def _header(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    found: list[str] = []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    view_width = header.viewport().width()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(header.model().headerData(section, header.orientation()) or "")
        size = header.sectionSize(section)
        need = _advance(metrics, text) + margin if text else 0
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if need > size + SLACK:
            found.append(f"{_describe(header, text, need, size)} (section {section})")
        end = header.sectionViewportPosition(section) + size
        if text and end > view_width + SLACK:
            past = _describe(header, text, end, view_width)
            found.append(f"{past} (section {section} past the edge)")
    return found


def _cut_off(widget: QWidget) -> str | None:
    """A widget whose right part lies beyond what its ancestors show (outside a scroll area)."""
    if widget.width() <= 0 or isinstance(widget.parentWidget(), QTabBar):
        return None
    region = widget.visibleRegion().boundingRect()
    if region.isEmpty():
        return None  # scrolled out of view, or covered
    right = widget.mapTo(widget.window(), region.topRight()).x()
    full = widget.mapTo(widget.window(), widget.rect().topRight()).x()
    ancestor = widget.parentWidget()
    while ancestor is not None and not ancestor.isWindow():
        if isinstance(ancestor, QAbstractScrollArea):
            return None  # scrolled sideways on purpose (lists, text); forms are checked apart
        ancestor = ancestor.parentWidget()
    if full - right > SLACK + 1:
        name = widget.objectName() or type(widget).__name__
        return f"{name}: {full - right} px past the right edge"
    return None


def clipped(root: QWidget) -> list[str]:
    """Every cut text under `root` (root included), as readable lines."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root.window()) or not widget.isVisible():
            continue
        if widget.objectName() in ELIDED_BY_DESIGN:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QHeaderView):
            found.extend(_header(widget))
        elif isinstance(widget, QScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                problem = f"{widget.objectName() or 'scroll area'}: horizontal scroll bar"
        if problem is None and isinstance(widget, QLabel | QAbstractButton | QComboBox):
            problem = _cut_off(widget)
        if problem is not None:
            found.append(problem)
    return found


def checked_count(root: QWidget) -> int:
    """How many texts `clipped` measured under `root` (labels, buttons, combos, sections)."""
    count = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            count += bool(widget.text())
        elif isinstance(widget, QComboBox):
            count += bool(widget.currentText())
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            count += widget.count() - widget.hiddenSectionCount()
    return count


def frame_fits(window: QWidget) -> str | None:
    """None if the window's frame lies within its screen's available area, else what sticks out."""
    screen = window.screen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        return (
            f"window {frame.width()}x{frame.height()} larger than the screen's "
            f"{area.width()}x{area.height()}"
        )
    return None


def inked_at_right_edge(root: QWidget) -> list[str]:
    """Visible labels under `root` that do not wrap and whose rendering has ink in the last
    column of device pixels of their contents (the last letter cut off)."""
    found: list[str] = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or label.wordWrap():
            continue
        if label.objectName() in ELIDED_BY_DESIGN:
            continue
        image = label.grab().toImage()
        background = label.palette().color(label.backgroundRole()).lightness()
        # QLabel clips its text to its contents rectangle: the last device pixel inside it.
        scale = image.width() / max(label.width(), 1)
        x = round((label.contentsRect().right() + 1) * scale) - 1
        if any(
            abs(QColor(image.pixel(x, y)).lightness() - background) > INK
            for y in range(image.height())
        ):
            found.append(f"{label.objectName() or 'label'} {text!r}: cut at its right edge")
    return found
