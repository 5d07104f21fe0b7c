"""Paginated PDF from HTML flows: A4, header and footer, page numbers, vector pictures.

QTextDocument lays each flow out page by page (tables repeat their header rows); each page is
painted into a QPdfWriter with its header and footer. A file may hold several sections (one
certificate each), every one starting on a new page with its own frame and page numbers.
Works in any thread: the only pictures drawn are QPictures recorded beforehand (charts are
recorded on the GUI thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPicture,
    QTextDocument,
    QTextOption,
)

from intervisie_desktop import __version__
from intervisie_desktop.core.output_files import atomic_output
from intervisie_desktop.export.keep import keep_headings_with_next, keep_rows_whole, keep_together
from intervisie_desktop.export.pdf_metadata import DocumentInfo, finish_pdf, now, xmp_packet

logger = logging.getLogger(__name__)

RESOLUTION = 600  # dots per inch of the PDF's coordinate system; output stays vector
MM = RESOLUTION / 25.4
PX = RESOLUTION / 96  # QTextDocument sizes images in 96-dpi pixels, scaled to the device
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial")

Progress = Callable[[int, int], bool]
"""progress(done, total) -> False to cancel."""


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    keywords: str = ""
    lang: str = "en"  # the document's language, "nl" or "en"


@dataclass(frozen=True)
class PageFrame:
    """Texts around every page; page_label(n, total) gives e.g. "Page 2 of 5"."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, int], str]


@dataclass(frozen=True)
class Section:
    """A self-contained part of a file: starts on a new page; its frame's page_label(n, total)
    counts the section's own pages, so one part printed alone still reads "Page 1 of 1"."""

    html: str
    frame: PageFrame


def font_family() -> str:
    """A family with the glyphs we use (check marks, accented names), embedded in the PDF."""
    available = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in available:
            return family
    return QFont().defaultFamily()


def _picture_size(picture: QPicture, width: float) -> QSizeF:
    box = picture.boundingRect()
    return QSizeF(width, width * (box.y() * 2 + box.height()) / (box.x() * 2 + box.width()))


def _draw_picture(painter: QPainter, picture: QPicture, rect: QRectF) -> None:
    """Replay a recorded picture scaled into `rect`; vectors stay vectors."""
    box = picture.boundingRect()
    # QPicture replays in its own DPI: undo the device's scaling before fitting the rect.
    dpi_ratio = picture.logicalDpiX() / painter.device().logicalDpiX()
    painter.save()
    painter.translate(rect.topLeft())
    scale = rect.width() / (box.x() * 2 + box.width()) * dpi_ratio
    painter.scale(scale, scale)
    picture.play(painter)
    painter.restore()


def placeholder(key: str) -> str:
    """HTML marker where the picture `key` goes."""
    return f"@@PICTURE:{key}@@"


def build_document(
    html: str,
    device: QPdfWriter,
    body: QSizeF,
    pictures: Mapping[str, QPicture],
    point_size: float = 9.5,
) -> tuple[QTextDocument, dict[str, QRectF]]:
    """Lay out the flow; pictures get an empty image of their size as a placeholder, and their
    rectangles (document coordinates, pages stacked) are returned for drawing on top."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(_font(point_size))
    doc.setDocumentMargin(0)
    option = doc.defaultTextOption()  # lines break between words only, never inside one
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    blank = QImage(1, 1, QImage.Format.Format_ARGB32)
    blank.fill(Qt.GlobalColor.transparent)
    for key, picture in pictures.items():
        size = _picture_size(picture, body.width() * 0.98)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"picture:{key}"), blank)
        html = html.replace(
            placeholder(key),
            f'<img src="picture:{key}" width="{size.width() / PX:.1f}"'
            f' height="{size.height() / PX:.1f}">',
        )
    doc.setHtml(html)
    doc.setPageSize(body)
    # Signature lines before rows: a cut row would split their table before it is seen whole.
    while (
        keep_headings_with_next(doc, body.height())
        or keep_together(doc, body.height())
        or keep_rows_whole(doc, body.height())
    ):
        # A page break set on a laid-out block leaves the layout after it stale (blocks of no
        # height, missing from the last page): lay the whole flow out again and look again.
        doc.setPageSize(body)
    return doc, _picture_rects(doc)


def _picture_rects(doc: QTextDocument) -> dict[str, QRectF]:
    rects: dict[str, QRectF] = {}
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith("picture:"):
                image = fmt.toImageFormat()
                box = layout.blockBoundingRect(block)  # lays the block out first
                text_layout = block.layout()
                line = text_layout.lineForTextPosition(fragment.position() - block.position())
                top = line.y() if line.isValid() else 0.0
                rects[image.name().removeprefix("picture:")] = QRectF(
                    box.x() + text_layout.position().x() - box.x(),
                    box.y() + top,
                    image.width() * PX,
                    image.height() * PX,
                )
            it += 1
        block = block.next()
    return rects


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont(font_family())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    # No ligatures: a PDF stores "fl" as one glyph (U+FB02), and a search for "Conflict" fails.
    for tag in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def document_info(meta: PdfMeta) -> DocumentInfo:
    return DocumentInfo(
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=meta.keywords,
        creator=f"Intervisie {__version__}",
        producer=f"Qt {qVersion()}",
        lang=meta.lang,
        moment=now(),
    )


#: Paper sizes an export may ask for; A4 unless said otherwise.
PAPER = {"a4": QPageSize.PageSizeId.A4, "a5": QPageSize.PageSizeId.A5}


def _new_writer(path: Path, info: DocumentInfo, landscape: bool, paper: str = "a4") -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)  # archive grade
    writer.setDocumentXmpMetadata(xmp_packet(info))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPER[paper]),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(info.title)
    writer.setAuthor(info.author)
    writer.setCreator(info.creator)
    return writer


def write_pdf(
    path: Path,
    html: str,
    meta: PdfMeta,
    frame: PageFrame,
    pictures: Mapping[str, QPicture] | None = None,
    progress: Progress | None = None,
    landscape: bool = False,
    paper: str = "a4",
) -> int:
    """Render one HTML flow to `path`, pages numbered across the file; returns pages."""
    return write_sections(path, [Section(html, frame)], meta, pictures, progress, landscape, paper)


def write_sections(
    path: Path,
    sections: Sequence[Section],
    meta: PdfMeta,
    pictures: Mapping[str, QPicture] | None = None,
    progress: Progress | None = None,
    landscape: bool = False,
    paper: str = "a4",
) -> int:
    """Render the sections one after another to `path` (written to a temporary file, then
    renamed), each numbered within itself; returns the pages of the whole file."""
    if not sections:
        raise ValueError("no sections to write")
    if paper not in PAPER:
        raise ValueError(f"unknown paper size {paper!r}")
    path = Path(path)
    info = document_info(meta)
    with atomic_output(path) as partial:
        pages = _render(partial, sections, info, pictures or {}, progress, landscape, paper)
        finish_pdf(partial, info)
    logger.info("wrote PDF of %s pages in %s sections", pages, len(sections))
    return pages


def _render(
    path: Path,
    sections: Sequence[Section],
    info: DocumentInfo,
    pictures: Mapping[str, QPicture],
    progress: Progress | None,
    landscape: bool,
    paper: str = "a4",
) -> int:
    writer = _new_writer(path, info, landscape, paper)
    page = writer.pageLayout().fullRectPixels(RESOLUTION)
    margin_x, margin_top, margin_bottom = (18 if paper == "a4" else 12) * MM, 22 * MM, 20 * MM
    body = QRectF(
        margin_x,
        margin_top,
        page.width() - 2 * margin_x,
        page.height() - margin_top - margin_bottom,
    )
    # Each section is its own document, laid out before painting so progress knows the total.
    docs = [build_document(s.html, writer, body.size(), pictures) for s in sections]
    total = sum(doc.pageCount() for doc, _ in docs)
    if progress is not None and not progress(0, total):
        raise ExportCancelled
    painter = QPainter(writer)
    done = 0
    try:
        for section, (doc, picture_rects) in zip(sections, docs, strict=True):
            count = doc.pageCount()
            for index in range(count):
                if done:
                    writer.newPage()
                painter.save()
                painter.translate(body.left(), body.top() - index * body.height())
                # A line that starts exactly at the next page's top is that page's: with the
                # full height it would be drawn here too, clipped away yet found by a search.
                visible = QRectF(0, index * body.height(), body.width(), body.height() - 1)
                doc.drawContents(painter, visible)
                for key, rect in picture_rects.items():
                    if visible.intersects(rect):
                        _draw_picture(painter, pictures[key], rect)
                painter.restore()
                label = section.frame.page_label(index + 1, count)
                _draw_frame(painter, section.frame, page.width(), page.height(), margin_x, label)
                done += 1
                if progress is not None and not progress(done, total):
                    raise ExportCancelled
    finally:
        painter.end()
    return total


def _draw_frame(
    painter: QPainter,
    frame: PageFrame,
    width: float,
    height: float,
    margin: float,
    page_label: str,
) -> None:
    grey = QColor(90, 90, 90)
    painter.save()
    painter.setFont(_font(7.5))
    painter.setPen(grey)
    line_w = width - 2 * margin
    top = QRectF(margin, 9 * MM, line_w, 6 * MM)
    left_flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    right_flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
    # The header texts never overlap: the right one takes at most half the line, the left one
    # what is left; a long group name is shortened in the middle with "…".
    metrics = QFontMetricsF(painter.font(), painter.device())
    gap = 4 * MM
    right_w = min(metrics.horizontalAdvance(frame.header_right), line_w / 2 - gap / 2)
    elide = Qt.TextElideMode.ElideMiddle
    right = metrics.elidedText(frame.header_right, elide, right_w)
    left = metrics.elidedText(frame.header_left, elide, line_w - right_w - gap)
    painter.drawText(top, left_flags, left)
    painter.drawText(top, right_flags, right)
    painter.setPen(QPen(QColor(170, 170, 170), 0.25 * MM))
    painter.drawLine(QPointF(margin, 15.5 * MM), QPointF(width - margin, 15.5 * MM))
    bottom_line = height - 14 * MM
    painter.drawLine(QPointF(margin, bottom_line), QPointF(width - margin, bottom_line))
    painter.setPen(grey)
    bottom = QRectF(margin, bottom_line + 1 * MM, line_w, 6 * MM)
    top_flags = Qt.AlignmentFlag.AlignTop
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | top_flags, frame.footer_left)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | top_flags, page_label)
    painter.restore()
