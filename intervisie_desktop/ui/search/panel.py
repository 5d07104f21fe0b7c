"""One search field with ranked, highlighted results; Enter opens the chosen hit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.validation import SEARCH_MAX
from intervisie_desktop.ui.search.hits import hit_html

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.core.services.search import Hit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchPanel(QWidget):
    """Field and result list; `open_requested(kind, id)` when a hit is chosen."""

    open_requested = Signal(str, int)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        kinds: list[str] | None = None,
        limit: int = 50,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.kinds = kinds
        self.limit = limit
        self.field = QLineEdit()
        self.field.setMaxLength(SEARCH_MAX)  # the services refuse longer search text
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Search notes, cases, members, groups, meetings"))
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._activate)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._open_current)
        self.field.installEventFilter(self)
        self.hits: list[Hit] = []

    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text()
        self.hits = self.services.search.query(text, self.limit, self.kinds) if text.strip() else []
        self.results.clear()
        for hit in self.hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, (hit.kind, hit.id))
            label = QLabel(hit_html(hit))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(4, 3, 4, 3)
            width = max(200, self.results.viewport().width() - 8)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 2))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if self.hits:
            self.results.setCurrentRow(0)
        self.status.setText(self.tr("%n result(s)", "", len(self.hits)) if text.strip() else "")

    def label_texts(self) -> list[str]:
        """What the user sees in the result list, as plain text."""
        out = []
        for row in range(self.results.count()):
            widget = self.results.itemWidget(self.results.item(row))
            if isinstance(widget, QLabel):
                doc = QTextDocument()
                doc.setHtml(widget.text())
                out.append(doc.toPlainText())
        return out

    def _open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        kind, id_ = item.data(HIT_ROLE)
        self.open_requested.emit(str(kind), int(id_))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return False


class SearchDialog(QDialog):
    """Search everywhere (Ctrl+K): stays around, hides itself when a hit is opened."""

    open_requested = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search"))
        self.panel = SearchPanel(services, self)
        self.panel.open_requested.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(640, 480)

    def popup(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.panel.field.setFocus()
        self.panel.field.selectAll()

    def _open(self, kind: str, id_: int) -> None:
        self.hide()
        self.open_requested.emit(kind, id_)
