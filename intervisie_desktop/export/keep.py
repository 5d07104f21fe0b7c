"""Headings stay with what follows them: none is left alone at the bottom of a page."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextBlockFormat, QTextCursor

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock, QTextDocument

#: Passes over the document; each moves at least one heading, and a heading moves only once.
MAX_PASSES = 50
#: Qt places a line pushed to the next page a fraction of a unit above its top (fixed point).
SLACK = 1.0


def _page(y: float, page_height: float) -> int:
    return math.floor((y + SLACK) / page_height)


def _orphan(doc: QTextDocument, page_height: float) -> QTextBlock | None:
    """The first heading whose next block starts on a later page than the heading ends."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            here = layout.blockBoundingRect(block)
            there = layout.blockBoundingRect(following)
            first_line = following.layout().lineAt(0) if following.layout().lineCount() else None
            top = there.top() + (first_line.y() if first_line is not None else 0.0)
            heading_page = _page(here.top() + here.height() / 2, page_height)
            if _page(top, page_height) > heading_page:
                return block
        block = following
    return None


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> int:
    """Start a new page before each heading that would end a page; returns how many moved."""
    moved = 0
    for _ in range(MAX_PASSES):
        block = _orphan(doc, page_height)
        if block is None:
            break
        fmt = QTextBlockFormat(block.blockFormat())
        if fmt.pageBreakPolicy() & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            break  # already at a page's top: its content is too tall to follow on this page
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
        moved += 1
    return moved
