"""File > Export > Method cards / Case preparation forms: the papers with which a group meets on
its own. Choose the group (and for the forms one method or all the group's), the paper size and
the language; the PDF is written in the thread pool, asked first before a file is replaced."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from intervisie_desktop.core.methods.model import MethodKind
from intervisie_desktop.core.output_files import (
    MSG_EMPTY,
    OutputRefused,
    check_output_file,
    write_failure,
)
from intervisie_desktop.paths import protected_folders
from intervisie_desktop.ui.export.dialog import LAST_FOLDER_KEY, default_folder
from intervisie_desktop.ui.export.replace import confirm_replace
from intervisie_desktop.ui.status import show_status
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.export.jobs import ExportJob, ExportResult
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.export.runner import ExportRunner

ALL_METHODS = ""
translate = QCoreApplication.translate


class KitDialog(QDialog):
    """Method cards (cards=True) or case-preparation forms."""

    def __init__(
        self, context: AppContext, cards: bool, group_id: int | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("methodCardsDialog" if cards else "casePrepDialog")
        self.context = context
        self.cards = cards
        self.runner: ExportRunner | None = None
        self.setWindowTitle(
            self.tr("Export method cards") if cards else self.tr("Export case preparation forms")
        )
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Cards of the methods this group uses: phases, time, who speaks, the rules of "
                "each phase and the chair's script, for a meeting without the program."
            )
            if cards
            else self.tr(
                "A form on which the case bringer prepares: the question for the group, the "
                "situation, what was tried and what they want from the group."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.group = QComboBox()
        self.group.setObjectName("kitGroup")
        for group in context.services.groups.list():
            self.group.addItem(group.name, group.id)
        if group_id is not None and self.group.findData(group_id) >= 0:
            self.group.setCurrentIndex(self.group.findData(group_id))
        form.addRow(self.tr("&Group:"), self.group)
        self.method = QComboBox()
        self.method.setObjectName("kitMethod")
        self.method.addItem(self.tr("every method the group uses"), ALL_METHODS)
        for method in context.services.methods.list(MethodKind.METHOD):
            self.method.addItem(method.name.get(context.lang), method.key)
        if not cards:
            form.addRow(self.tr("&Method:"), self.method)
        self.paper = QComboBox()
        self.paper.setObjectName("kitPaper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("A5", "a5")
        form.addRow(self.tr("&Paper:"), self.paper)
        self.lang = QComboBox()
        self.lang.setObjectName("kitLanguage")
        self.lang.addItem("Nederlands", "nl")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(self.lang.findData(context.lang))
        form.addRow(self.tr("&Language:"), self.lang)
        self.path = QLineEdit()
        self.path.setObjectName("kitPath")
        self.path.setMinimumWidth(420)  # the whole file name in view
        self.path.setAccessibleName(self.tr("Save as"))
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.path)
        form.addRow(save_as, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Export"))
        self.ok.setEnabled(self.group.count() > 0)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.group.currentIndexChanged.connect(lambda _i: self._suggest())
        self.paper.currentIndexChanged.connect(lambda _i: self._suggest())
        self.lang.currentIndexChanged.connect(lambda _i: self._suggest())
        self._suggest()

    def _suggest(self) -> None:
        typed = self.path.text().strip()
        folder = Path(typed).expanduser().parent if typed else default_folder(self.context.services)
        what = self.tr("method cards") if self.cards else self.tr("case preparation")
        name = f"{self.group.currentText()} {what} {self.paper.currentText()}".replace("/", "-")
        self.path.setText(str(folder / f"{name.strip()}.pdf"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def job(self, path: Path) -> ExportJob:
        from intervisie_desktop.export import kit_jobs

        services = self.context.services
        group_id = int(self.group.currentData())
        lang, paper = str(self.lang.currentData()), str(self.paper.currentData())
        if self.cards:
            return kit_jobs.prepare_method_cards(services, group_id, path, lang, paper)
        key = self.method.currentData() or None
        return kit_jobs.prepare_case_prep(services, path, lang, paper, group_id, key)

    def export(self) -> ExportRunner | None:
        typed = self.path.text().strip()
        path = Path(typed).expanduser()
        if typed and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            if not typed:
                raise OutputRefused(MSG_EMPTY)
            check_output_file(path, protected_folders(self.context.data_dir))
        except OutputRefused as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            self.path.setFocus()
            return None
        if self.group.currentData() is None or not confirm_replace(self, self.windowTitle(), path):
            self.path.setFocus()
            return None
        from intervisie_desktop.ui.export.runner import ExportRunner

        self.runner = ExportRunner(self, self.job(path), self.tr("Writing the PDF\u2026"))
        self.runner.finished.connect(self._written)
        self.runner.failed.connect(lambda error: self._failed(error, path))
        self.ok.setEnabled(False)
        self.runner.start()
        return self.runner

    def _written(self, result: ExportResult) -> None:
        self.ok.setEnabled(True)
        path = result.paths[0]
        self.context.services.settings.set(LAST_FOLDER_KEY, str(path.parent))
        show_status(self.parentWidget(), self.tr("Exported to {path}").format(path=path))
        self.accept()

    def _failed(self, error: OSError | None, path: Path) -> None:
        self.ok.setEnabled(True)
        if error is not None:
            text = error_text(write_failure(error, path))
        else:
            text = self.tr("The PDF could not be written.")
        QMessageBox.warning(self, self.windowTitle(), text)

    def done(self, result: int) -> None:
        if self.runner is not None:
            self.runner.wait()  # a PDF half-way is finished, never left behind
        super().done(result)


def add_kit_actions(
    window: QWidget, context: AppContext, menu: QMenu, group_id: Callable[[], int | None]
) -> list[QAction]:
    """Two entries at the end of File > Export."""
    actions = []
    for cards, text, name in (
        (True, translate("KitDialog", "&Method cards (PDF)\u2026"), "exportMethodCards"),
        (False, translate("KitDialog", "Cas&e preparation form (PDF)\u2026"), "exportCasePrep"),
    ):
        action = QAction(text, window)
        action.setObjectName(name)

        def show(_checked: bool = False, cards: bool = cards) -> None:
            KitDialog(context, cards, group_id(), window).open()

        action.triggered.connect(show)
        menu.addAction(action)
        actions.append(action)
    return actions
