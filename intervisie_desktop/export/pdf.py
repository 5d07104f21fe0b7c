"""Paginated PDF from one HTML flow: A4, header and footer, page numbers, vector pictures.

QTextDocument lays the flow out page by page (tables repeat their header rows); each page is
painted into a QPdfWriter with its header and footer. Works in any thread: the only pictures
drawn are QPictures recorded beforehand (charts are recorded on the GUI thread).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPicture,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from intervisie_desktop import __version__
from intervisie_desktop.export.pdf_metadata import set_document_info

logger = logging.getLogger(__name__)

RESOLUTION = 600  # dots per inch of the PDF's coordinate system; output stays vector
MM = RESOLUTION / 25.4
PICTURE_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
PICTURE_KEY = QTextFormat.Property.UserProperty + 1
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


@dataclass(frozen=True)
class PageFrame:
    """Texts around every page; page_label(n, total) gives e.g. "Page 2 of 5"."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, int], str]


def font_family() -> str:
    """A family with the glyphs we use (check marks, accented names), embedded in the PDF."""
    available = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in available:
            return family
    return QFont().defaultFamily()


class _PictureObject(QPyTextObject):
    """Draws a recorded QPicture (a chart) inline at text width: vectors stay vectors."""

    def __init__(self, pictures: Mapping[str, QPicture], parent: QObject) -> None:
        super().__init__(parent)
        self.pictures = pictures

    def _picture(self, fmt: QTextFormat) -> QPicture:
        return self.pictures[str(fmt.property(PICTURE_KEY))]

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        box = self._picture(fmt).boundingRect()
        width = doc.textWidth() if doc.textWidth() > 0 else doc.pageSize().width()
        width *= 0.98
        return QSizeF(width, width * (box.y() * 2 + box.height()) / (box.x() * 2 + box.width()))

    def drawObject(
        self, painter: QPainter, rect: QRectF, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        picture = self._picture(fmt)
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
    """HTML marker replaced by the picture `key` once the document is built."""
    return f"@@PICTURE:{key}@@"


def build_document(
    html: str,
    device: QPdfWriter,
    body: QSizeF,
    pictures: Mapping[str, QPicture],
    point_size: float = 9.5,
) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(_font(point_size))
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    if pictures:
        handler = _PictureObject(pictures, doc)
        doc.documentLayout().registerHandler(PICTURE_OBJECT, handler)
        for key in pictures:
            cursor = doc.find(placeholder(key))
            if cursor.isNull():
                continue
            fmt = QTextCharFormat()
            fmt.setObjectType(PICTURE_OBJECT)
            fmt.setProperty(PICTURE_KEY, key)
            cursor.insertText("\ufffc", fmt)
    doc.setPageSize(body)
    return doc


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont(font_family())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _new_writer(path: Path, meta: PdfMeta, landscape: bool) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(meta.title)
    writer.setAuthor(meta.author)
    writer.setCreator(f"Intervisie {__version__}")
    return writer


def write_pdf(
    path: Path,
    html: str,
    meta: PdfMeta,
    frame: PageFrame,
    pictures: Mapping[str, QPicture] | None = None,
    progress: Progress | None = None,
    landscape: bool = False,
) -> int:
    """Render the HTML flow to `path` (written to a temporary file, then renamed); returns pages."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.part")
    try:
        pages = _render(partial, html, meta, frame, pictures or {}, progress, landscape)
        set_document_info(
            partial,
            {
                "Title": meta.title,
                "Author": meta.author,
                "Subject": meta.subject,
                "Keywords": meta.keywords,
                "Creator": f"Intervisie {__version__}",
            },
        )
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    logger.info("wrote PDF of %s pages", pages)
    return pages


def _render(
    path: Path,
    html: str,
    meta: PdfMeta,
    frame: PageFrame,
    pictures: Mapping[str, QPicture],
    progress: Progress | None,
    landscape: bool,
) -> int:
    writer = _new_writer(path, meta, landscape)
    page = writer.pageLayout().fullRectPixels(RESOLUTION)
    margin_x, margin_top, margin_bottom = 18 * MM, 22 * MM, 20 * MM
    body = QRectF(
        margin_x,
        margin_top,
        page.width() - 2 * margin_x,
        page.height() - margin_top - margin_bottom,
    )
    doc = build_document(html, writer, body.size(), pictures)
    total = doc.pageCount()
    if progress is not None and not progress(0, total):
        raise ExportCancelled
    painter = QPainter(writer)
    try:
        for index in range(total):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
            _draw_frame(painter, frame, page.width(), page.height(), margin_x, index + 1, total)
            if progress is not None and not progress(index + 1, total):
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
    n: int,
    total: int,
) -> None:
    grey = QColor(90, 90, 90)
    painter.save()
    painter.setFont(_font(7.5))
    painter.setPen(grey)
    line_w = width - 2 * margin
    top = QRectF(margin, 9 * MM, line_w, 6 * MM)
    left_flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    right_flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
    painter.drawText(top, left_flags, frame.header_left)
    painter.drawText(top, right_flags, frame.header_right)
    painter.setPen(QPen(QColor(170, 170, 170), 0.25 * MM))
    painter.drawLine(QPointF(margin, 15.5 * MM), QPointF(width - margin, 15.5 * MM))
    bottom_line = height - 14 * MM
    painter.drawLine(QPointF(margin, bottom_line), QPointF(width - margin, bottom_line))
    painter.setPen(grey)
    bottom = QRectF(margin, bottom_line + 1 * MM, line_w, 6 * MM)
    top_flags = Qt.AlignmentFlag.AlignTop
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | top_flags, frame.footer_left)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | top_flags, frame.page_label(n, total))
    painter.restore()
