"""The manual's window: the contents on the left, the page on the right, a find bar (Ctrl+F).

Pages are read from the program's own files only: a link to anything else (the web included) is
not followed, and nothing but local files is ever loaded (`ManualBrowser.loaded` lists them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.ui.manual.contents import HOME, PAGES
from intervisie_desktop.ui.manual.pages import language, page_path, page_title, to_html
from intervisie_desktop.ui.manual.parts import all_parts
from intervisie_desktop.ui.security.overlay import KEEP_WHEN_LOCKED

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

PAGE_ROLE = Qt.ItemDataRole.UserRole
DOCUMENT_MARGIN = 14


class ManualBrowser(QTextBrowser):
    """A QTextBrowser that reads the manual's Markdown pages (with their anchors and generated
    parts) and loads nothing that is not a local file."""

    def __init__(self, parts_window: QMainWindow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualBrowser")
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.parts = all_parts(parts_window)
        self.loaded: list[QUrl] = []  # every resource asked for (a test checks: local files only)
        self.refused: list[QUrl] = []  # links not followed (not one of the manual's files)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        self.loaded.append(url)
        if not url.isLocalFile():
            return None
        if url.path().endswith(".md"):
            path = url.toLocalFile()
            try:
                with open(path, encoding="utf-8") as file:
                    text = file.read()
            except OSError:
                return None
            return to_html(text, self.parts)
        return super().loadResource(kind, url)

    def doSetSource(
        self,
        url: QUrl | str,
        kind: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        name = QUrl(url)
        target = self.source().resolved(name) if name.isRelative() else name
        if not target.isLocalFile():
            self.refused.append(QUrl(name))
            return
        if target.path().endswith(".md"):  # read as HTML: to_html adds the headings' anchors
            kind = QTextDocument.ResourceType.HtmlResource
        super().doSetSource(name, kind)


class ManualWindow(QMainWindow):
    """The manual in one language; `show_page` opens a page, at an anchor if given."""

    def __init__(
        self, lang: str, parts_window: QMainWindow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manualWindow")
        self.setProperty(KEEP_WHEN_LOCKED, True)  # nothing confidential: readable while locked
        self.lang = language(lang)
        self.setWindowTitle(self.tr("Intervisie manual"))
        self.browser = ManualBrowser(parts_window)
        self.contents = QListWidget()
        self.contents.setObjectName("manualContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        for page in PAGES:
            item = QListWidgetItem(page_title(self.lang, page))
            item.setData(PAGE_ROLE, page)
            self.contents.addItem(item)
        self.contents.itemActivated.connect(lambda item: self.show_page(item.data(PAGE_ROLE)))
        self.contents.itemClicked.connect(lambda item: self.show_page(item.data(PAGE_ROLE)))
        self.browser.sourceChanged.connect(self._follow_contents)
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 800])
        self.find_bar = self._make_find_bar()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(split, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(body)
        self._make_tool_bar()
        self.resize(1000, 700)

    # -- building --------------------------------------------------------------------------------

    def _make_tool_bar(self) -> None:
        bar = QToolBar(self.tr("Manual"))
        bar.setObjectName("manualToolBar")
        bar.setMovable(False)
        self.addToolBar(bar)
        back = bar.addAction(self.tr("Back"), self.browser.backward)
        back.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Back))
        forward = bar.addAction(self.tr("Forward"), self.browser.forward)
        forward.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Forward))
        self.browser.backwardAvailable.connect(back.setEnabled)
        self.browser.forwardAvailable.connect(forward.setEnabled)
        back.setEnabled(False)
        forward.setEnabled(False)
        bar.addAction(self.tr("Contents"), lambda: self.show_page(HOME))
        bar.addSeparator()
        find = QAction(self.tr("Find in the manual"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.open_find)
        bar.addAction(find)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)

    def _make_find_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("manualFindBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 2, 6, 4)
        label = QLabel(self.tr("&Find:"))
        self.find_field = _FindField(self)
        self.find_field.setObjectName("manualFind")
        self.find_field.setPlaceholderText(self.tr("Word or phrase; Enter finds the next"))
        label.setBuddy(self.find_field)
        self.find_status = QLabel()
        row.addWidget(label)
        row.addWidget(self.find_field, 1)
        row.addWidget(self.find_status)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textEdited.connect(lambda _text: self.find_next(from_start=True))
        bar.hide()
        return bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the manual, as it closes a dialog (the find bar takes it first when open)."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.close()
            return
        super().keyPressEvent(event)

    # -- pages -----------------------------------------------------------------------------------

    def show_page(self, page: str, anchor: str = "") -> None:
        url = QUrl.fromLocalFile(str(page_path(self.lang, page)))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if anchor:  # again once laid out: the first scroll may come before the layout
            self.browser.scrollToAnchor(anchor)

    def current_page(self) -> str:
        return _page_of(self.browser.source())

    def _follow_contents(self, url: QUrl) -> None:
        page = _page_of(url)  # source() is not yet set while sourceChanged is sent
        for row in range(self.contents.count()):
            if self.contents.item(row).data(PAGE_ROLE) == page:
                self.contents.setCurrentRow(row)

    # -- finding ---------------------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self.browser.setFocus()

    def find_next(self, from_start: bool = False, backward: bool = False) -> bool:
        """Select the next place the find field's text occurs, wrapping round at the end."""
        text = self.find_field.text()
        if not text:
            self.find_status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            cursor = self.browser.textCursor()
            cursor.setPosition(min(cursor.position(), cursor.anchor()))
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text, flags)
        if not found:  # wrap round
            cursor = self.browser.textCursor()
            cursor.movePosition(
                cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        return found


def _page_of(url: QUrl) -> str:
    name = url.fileName()
    return name[:-3] if name.endswith(".md") else ""


class _FindField(QLineEdit):
    """Enter finds the next, Shift+Enter the one before, Esc closes the bar."""

    def __init__(self, window: ManualWindow) -> None:
        super().__init__()
        self.manual = window

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.manual.close_find()
            return
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
            self.manual.find_next(backward=True)
            return
        super().keyPressEvent(event)
