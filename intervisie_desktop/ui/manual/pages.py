"""The manual's pages as files: where they are, their order, and one page read as HTML.

A page is Markdown with two additions. A heading may end in ``{#name}``: the name becomes an
anchor (``page.md#name`` links to it; F1 opens it). A line ``{{name}}`` is replaced by a part
written from the program itself (`parts`), so key tables and commands never go stale.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor, QTextDocument

from intervisie_desktop.paths import resource_dir
from intervisie_desktop.ui.manual.contents import LANGUAGES

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path


HEADING_ID = re.compile(r"^(#{1,6}\s.*?)\s*\{#([a-z0-9-]+)\}\s*$")
PART = re.compile(r"^\{\{([a-z-]+)\}\}\s*$")
HEADING_SPACE = {1: 4, 2: 18, 3: 12}
PARAGRAPH_SPACE = 8
TITLE = re.compile(r"^#\s+(.*?)(\s*\{#[a-z0-9-]+\})?\s*$")


def manual_dir() -> Path:
    return resource_dir() / "manual"


def page_path(lang: str, page: str) -> Path:
    return manual_dir() / language(lang) / f"{page}.md"


def language(lang: str) -> str:
    """The manual's language for the program's: Dutch, or English for anything else."""
    return lang if lang in LANGUAGES else "en"


def page_title(lang: str, page: str) -> str:
    """The page's first-level heading."""
    for line in page_path(lang, page).read_text(encoding="utf-8").splitlines():
        found = TITLE.match(line)
        if found:
            return found.group(1)
    return page


def expand(text: str, parts: Mapping[str, Callable[[], str]]) -> tuple[str, list[str]]:
    """The Markdown with every ``{{part}}`` written out and ``{#name}`` taken off the headings;
    with the anchor names in the order of their headings ("" for a heading without one)."""
    lines: list[str] = []
    for line in text.splitlines():
        part = PART.match(line)
        if part and part.group(1) in parts:
            lines.extend(parts[part.group(1)]().splitlines())
        else:
            lines.append(line)
    anchors: list[str] = []
    out: list[str] = []
    in_code = False
    for line in lines:
        if line.startswith("```"):
            in_code = not in_code
        if not in_code and re.match(r"#{1,6}\s", line):
            found = HEADING_ID.match(line)
            anchors.append(found.group(2) if found else "")
            line = found.group(1) if found else line
        out.append(line)
    return "\n".join(out) + "\n", anchors


def anchors_of(text: str) -> set[str]:
    """The anchor names a page's Markdown declares."""
    return {name for name in expand(text, {})[1] if name}


def to_html(text: str, parts: Mapping[str, Callable[[], str]]) -> str:
    """The page as HTML for QTextBrowser: Qt's Markdown reader, then an anchor on each heading
    that names one (Qt's reader keeps no anchors of its own)."""
    markdown, anchors = expand(text, parts)
    document = QTextDocument()
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    block = document.begin()
    headings = iter(anchors)
    while block.isValid():
        _space(block)
        if block.blockFormat().headingLevel() > 0:
            name = next(headings, "")
            if name:
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                mark = QTextCharFormat()
                mark.setAnchor(True)
                mark.setAnchorNames([name])
                cursor.mergeCharFormat(mark)
        block = block.next()
    return document.toHtml()


def _space(block: QTextBlock) -> None:
    """Room around headings and between paragraphs (Qt's Markdown reader leaves none)."""
    level = block.blockFormat().headingLevel()
    spacing = block.blockFormat()
    if level > 0:
        spacing.setTopMargin(HEADING_SPACE.get(level, 10))
        spacing.setBottomMargin(4)
    elif block.textList() is None and not spacing.nonBreakableLines():
        spacing.setBottomMargin(PARAGRAPH_SPACE)
    else:
        return
    QTextCursor(block).setBlockFormat(spacing)
