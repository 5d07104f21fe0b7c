"""What the cue tests measure on a painted audience view: the size of every visible text, the
colour that fills a rectangle, and the form of the timing cue."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage

    from intervisie_desktop.ui.session.audience import AudienceView


def text_sizes(view: AudienceView) -> list[tuple[str, str, float, float]]:
    """(what, text, font pixel size, font height) of every text the projector shows now."""
    page = view.pages.currentWidget()
    assert page is not None
    sizes = []
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(view) and label.text():
            font = label.font()
            sizes.append(
                (label.objectName(), label.text(), font.pixelSize(), QFontMetricsF(font).height())
            )
    if page is view.main_page:
        timer = view.timer
        sizes.append(("timer", timer.text(), timer.font_pixels(), timer.digit_ink_height()))
        if view.strip.isVisibleTo(view) and view.strip.chips():
            pixels = view.strip.font_pixels()
            for text in view.strip.shown_texts():
                sizes.append(("speaker", text, pixels, pixels))
        if view.time_cue.colour_pair() is not None:
            pixels = view.time_cue.font_pixels()
            sizes.append(("timeCue", view.time_cue.text(), pixels, pixels))
    return sizes


def dominant(image: QImage, rect: QRect, ignore: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """The colour most pixels of `rect` have ("#rrggbb"), leaving out the `ignore` colours."""
    counts: Counter[str] = Counter()
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            name = image.pixelColor(x, y).name()
            if name not in ignore:
                counts[name] += 1
    return counts.most_common(1)[0][0]
