"""Headings stay with what follows them: none is left alone at the bottom of a page; a table
row stays whole on one page (Qt's layout breaks a row between its lines otherwise, so a row's
name could end one page and its figures start the next); and a marked paragraph stays on one
page with the heading before it and the table after it (a declaration with its signature
lines)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat, QTextFrame, QTextTable

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock, QTextDocument

#: Passes over the document; each moves at least one heading, and a heading moves only once.
MAX_PASSES = 50
#: Qt places a line pushed to the next page a fraction of a unit above its top (fixed point).
SLACK = 1.0
#: A paragraph of this block state (`<p style="-qt-user-state: 417">`) stays on one page with
#: the heading right before it and the table right after it. The state is Qt's own mark for a
#: block and leaves no trace in the PDF (an anchor would become a named destination there).
KEEP_TOGETHER = 417


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
        if not _break_before(block):
            break  # already at a page's top: its content is too tall to follow on this page
        moved += 1
    return moved


def _marked(doc: QTextDocument) -> list[QTextBlock]:
    """The blocks marked KEEP_TOGETHER."""
    found = []
    block = doc.begin()
    while block.isValid():
        if block.userState() == KEEP_TOGETHER:
            found.append(block)
        block = block.next()
    return found


def _break_before(block: QTextBlock) -> bool:
    """Start a new page at `block`; False if it already starts one."""
    fmt = QTextBlockFormat(block.blockFormat())
    if fmt.pageBreakPolicy() & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False
    fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)
    return True


def keep_together(doc: QTextDocument, page_height: float) -> int:
    """Start a new page before the first marked group that a page break cuts (the heading
    before the marked paragraph, or the paragraph); returns 1 if one moved, else 0. A group
    taller than a page stays cut."""
    layout = doc.documentLayout()
    for block in _marked(doc):
        before = block.previous()
        start = before if before.isValid() and before.blockFormat().headingLevel() else block
        top = layout.blockBoundingRect(start).top()
        bottom = layout.blockBoundingRect(block).bottom()
        following = block.next().position()
        for table in _tables(doc.rootFrame(), nested=False):
            if table.firstPosition() == following:  # the table right after the paragraph
                bottom = layout.frameBoundingRect(table).bottom()
        if _page(top, page_height) != _page(bottom - 2 * SLACK, page_height) and _break_before(
            start
        ):
            return 1
    return 0


def _tables(frame: QTextFrame, nested: bool = True) -> list[QTextTable]:
    """The tables in the flow in document order; with `nested`, tables in cells too (a page
    break inside a cell breaks twice, so only tables of the flow itself are cut)."""
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        if nested:
            found.extend(_tables(child))
    return found


def _row_extent(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top of the first line and bottom of the last line of the row's cells (document units)."""
    layout = doc.documentLayout()
    top, bottom = math.inf, -math.inf
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row:
            continue  # spanned from a row above
        block = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block().blockNumber()
        while block.isValid() and block.blockNumber() <= last:
            box = layout.blockBoundingRect(block)
            lines = block.layout()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                top = min(top, box.top() + line.y())
                bottom = max(bottom, box.top() + line.y() + line.height())
            block = block.next()
    return top, bottom


def _split_before(doc: QTextDocument, table: QTextTable, row: int) -> None:
    """Cut `table` before `row`: the rows from there on move into a copy of the table (header
    rows included) that starts a new page. A page break on a block inside a cell does not do
    this: Qt then drops the row to the next page and breaks once more, leaving a blank page."""
    headers, rows = table.format().headerRowCount(), table.rows()
    # Every cursor move and edit made Qt lay the document out again (some 35 ms a cut): the
    # edits go in edit blocks, and without a page size Qt does not lay out when each block
    # ends. The caller sets the page size again, which lays the whole flow out once.
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    doc.setPageSize(QSizeF())
    cursor = QTextCursor(doc)
    cursor.setPosition(table.firstPosition() - 1)
    cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    copy = cursor.selection()
    after = QTextCursor(doc)
    after.setPosition(table.lastPosition() + 1)
    after.insertFragment(copy)
    table.removeRows(row, rows - row)
    edit.endEditBlock()  # the copy is a table of the flow only once the block has ended
    rest = next(t for t in _tables(doc.rootFrame()) if t.firstPosition() > table.lastPosition())
    edit.beginEditBlock()
    rest.removeRows(headers, row - headers)
    fmt = rest.format()
    fmt.setHeaderRowCount(headers)
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    rest.setFormat(fmt)
    edit.endEditBlock()


def keep_rows_whole(doc: QTextDocument, page_height: float) -> int:
    """Move the first table row that a page break cuts to the next page, under the table's
    header row; returns 1 if one moved, 0 if none is cut (a row at the top of its table is
    moved by Qt itself, and one taller than a page stays cut). A cut leaves the document
    without a page size: the caller sets it again, which lays the flow out, and asks again."""
    layout = doc.documentLayout()
    for table in _tables(doc.rootFrame(), nested=False):
        box = layout.frameBoundingRect(table)
        if _page(box.top(), page_height) == _page(box.bottom() - 2 * SLACK, page_height):
            continue  # the whole table is on one page: no row of it is cut
        headers = table.format().headerRowCount()
        for row in range(headers + 1, table.rows()):
            top, bottom = _row_extent(doc, table, row)
            if top == math.inf:
                continue  # a row with no lines (all cells spanned from above)
            if _page(top, page_height) != _page(bottom - 2 * SLACK, page_height):
                _split_before(doc, table, row)
                return 1
    return 0
