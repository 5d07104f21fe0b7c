"""Help › Manual as a user meets it: F1 on a pane opens the manual at that pane's section, in the
program's language; links go between pages; nothing is loaded from the network; Ctrl+F finds
words; Help › Keyboard shortcuts lists the window's real keys."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog

from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.manual.contents import PAGES
from intervisie_desktop.ui.manual.pages import manual_dir
from intervisie_desktop.ui.manual.window import ManualWindow
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services


def manual_of(win: MainWindow) -> ManualWindow:
    assert win.menus.help is not None
    manual = win.menus.help.help.manual
    assert manual is not None
    return manual


def open_manuals() -> list[ManualWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ManualWindow)]


def first_visible_line(manual: ManualWindow) -> str:
    browser = manual.browser
    return browser.cursorForPosition(QPoint(4, 4)).block().text()


def window_in(qtbot: QtBot, services: Services, data_dir: Path, lang: str) -> MainWindow:
    win = MainWindow(AppContext(services=services, data_dir=data_dir, lang=lang))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    return win


def press_f1_on_members(qtbot: QtBot, win: MainWindow) -> ManualWindow:
    win.groups.setCurrentRow(0)
    win.show_tab(1)
    focus = QApplication.focusWidget()
    assert (focus is not None and win.members.isAncestorOf(focus)) or focus is win.members
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(win.menus.help and win.menus.help.help.manual), timeout=3000)
    manual = manual_of(win)
    qtbot.waitExposed(manual)
    qtbot.waitUntil(lambda: first_visible_line(manual) != "", timeout=3000)
    return manual


def test_f1_on_the_members_tab_opens_the_members_section_in_dutch(
    qtbot: QtBot, services: Services, data_dir: Path, group: Group
) -> None:
    win = window_in(qtbot, services, data_dir, "nl")
    manual = press_f1_on_members(qtbot, win)
    assert manual.isVisible()
    assert manual.windowTitle() == manual.tr("Intervisie manual")
    assert manual.browser.source().fileName() == "getting-started.md"
    assert manual.browser.source().fragment() == "members"
    assert "/nl/" in manual.browser.source().path()
    # scrolled down to the section: its heading is the first line in view
    assert manual.browser.verticalScrollBar().value() > 0
    qtbot.waitUntil(lambda: first_visible_line(manual) == "Leden", timeout=3000)
    assert "Lid toevoegen" in manual.browser.toPlainText()
    assert manual.contents.currentItem().text() == "Aan de slag"


def test_f1_follows_the_program_s_language(
    qtbot: QtBot, services: Services, data_dir: Path, group: Group
) -> None:
    win = window_in(qtbot, services, data_dir, "en")
    manual = press_f1_on_members(qtbot, win)
    assert "/en/" in manual.browser.source().path()
    qtbot.waitUntil(lambda: first_visible_line(manual) == "Members", timeout=3000)
    assert "Add member" in manual.browser.toPlainText()


def test_f1_on_another_tab_opens_that_tab_s_section(
    make_window: Callable[[], MainWindow], qtbot: QtBot, group: Group
) -> None:
    win = make_window()
    win.groups.setCurrentRow(0)
    win.show_tab(3)
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F1)
    manual = manual_of(win)
    assert manual.browser.source().fragment() == "cases"
    win.show_tab(2)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F1)
    assert manual_of(win) is manual  # one manual window, moved to the new section
    assert manual.browser.source().fragment() == "meetings"
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    bar = win.tabs.tabBar()
    bar.setFocus()  # on the tab bar itself: the tab on show decides
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert win.tabs.currentIndex() == 3
    qtbot.keyClick(bar, Qt.Key.Key_F1)
    assert manual.browser.source().fragment() == "cases"


def test_f1_in_the_method_library_window_opens_the_methods_page(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    win = make_window()
    win.show_method_library()
    library = win.method_library
    assert library is not None
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or library, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(win.menus.help and win.menus.help.help.manual), timeout=3000)
    assert manual_of(win).current_page() == "methods"


def test_f1_in_a_modal_export_dialog_opens_a_manual_that_takes_clicks(
    make_window: Callable[[], MainWindow], qtbot: QtBot, group: Group
) -> None:
    from intervisie_desktop.ui.export.dialog import ExportDialog
    from intervisie_desktop.ui.export.menu import ExportKind

    win = make_window()
    dialog = ExportDialog(win.context.services, ExportKind.SUMMARY, win)
    seen: list[tuple[str, str, bool]] = []

    def press_f1() -> None:
        try:
            qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F1)
            # a window beside a modal dialog would take no clicks; this one is the dialog's own
            for manual in open_manuals():
                if manual.parent() is dialog:
                    where = (manual.current_page(), manual.browser.source().fragment())
                    seen.append((*where, manual.isVisible()))
                    manual.close()
        finally:
            dialog.reject()

    QTimer.singleShot(200, press_f1)
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert seen == [("registers", "export", True)]


def test_a_link_goes_to_another_page(make_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    win = make_window()
    assert win.menus.help is not None
    manual = win.menus.help.help.open("getting-started")
    qtbot.waitExposed(manual)
    browser = manual.browser
    document = browser.document()
    block = document.begin()
    target = None
    while block.isValid() and target is None:
        fragment = block.begin()
        while not fragment.atEnd():
            piece = fragment.fragment()
            if piece.charFormat().anchorHref() == "session.md":
                target = piece.position() + 1
                break
            fragment += 1
        block = block.next()
    assert target is not None
    cursor = QTextCursor(document)
    cursor.setPosition(target)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    qtbot.mouseClick(
        browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect().center()
    )
    qtbot.waitUntil(lambda: manual.current_page() == "session", timeout=3000)
    assert browser.toPlainText().startswith("In de vergaderruimte")
    assert manual.contents.currentItem().text() == "In de vergaderruimte"
    qtbot.keyClick(browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back
    qtbot.waitUntil(lambda: manual.current_page() == "getting-started", timeout=3000)


def test_the_manual_loads_nothing_but_its_own_files(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    win = make_window()
    assert win.menus.help is not None
    manual = win.menus.help.help.open()
    for page in PAGES:
        manual.show_page(page)
        qtbot.waitUntil(lambda page=page: manual.current_page() == page, timeout=3000)
    loaded = manual.browser.loaded
    assert len(loaded) > len(PAGES)  # the pages and their pictures
    root = manual_dir().resolve()
    for url in loaded:
        assert url.scheme() == "file", url.toString()
        file = Path(url.toLocalFile()).resolve()
        assert file.is_relative_to(root) and file.is_file(), url.toString()
    # a link to the web is not followed: the page stays, and nothing is fetched
    before = manual.browser.source()
    manual.browser.setSource(QUrl("https://example.org/manual.md"))
    assert manual.browser.source() == before
    assert [u.toString() for u in manual.browser.refused] == ["https://example.org/manual.md"]
    assert all(u.scheme() == "file" for u in manual.browser.loaded)


def test_ctrl_f_finds_a_word_in_the_manual(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    win = make_window()
    assert win.menus.help is not None
    manual = win.menus.help.help.open("privacy")
    qtbot.waitExposed(manual)
    manual.activateWindow()
    qtbot.waitUntil(manual.isActiveWindow, timeout=2000)
    assert not manual.find_bar.isVisible()
    qtbot.keyClick(manual.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert manual.find_bar.isVisible()
    assert QApplication.focusWidget() is manual.find_field
    qtbot.keyClicks(manual.find_field, "wachtzin")
    first = manual.browser.textCursor()
    assert first.selectedText().lower() == "wachtzin"
    qtbot.keyClick(manual.find_field, Qt.Key.Key_Return)
    second = manual.browser.textCursor()
    assert second.selectedText().lower() == "wachtzin"
    assert second.position() > first.position()
    qtbot.keyClick(manual.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert manual.browser.textCursor().position() == first.position()
    manual.find_field.clear()
    qtbot.keyClicks(manual.find_field, "qzxqzx")
    assert manual.find_status.text() == manual.tr("Not found")
    qtbot.keyClick(manual.find_field, Qt.Key.Key_Escape)
    assert not manual.find_bar.isVisible()
    assert manual.isVisible()  # the first Esc closed the find bar only ...
    assert QApplication.focusWidget() is manual.browser
    qtbot.keyClick(manual.browser, Qt.Key.Key_Escape)
    assert not manual.isVisible()  # ... the next closes the manual, as a dialog


def test_keyboard_shortcuts_lists_the_window_s_real_actions(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    win = make_window()
    assert win.menus.help is not None
    extra = QAction("Brand-new command", win)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    win.menus.session_menu.addAction(extra)  # a command added later shows up by itself
    win.menus.help.shortcuts_action.trigger()
    manual = manual_of(win)
    assert manual.current_page() == "shortcuts"
    text = manual.browser.toPlainText()
    native = QKeySequence.SequenceFormat.NativeText
    for action in (
        win.menus.plan_action,
        win.menus.start_session_action,
        win.menus.methods_action,
        win.menus.help.manual_action,
        extra,
    ):
        assert action.shortcut().toString(native) in text
        assert action.text().replace("&", "") in text
    assert win.menus.help.manual_action.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )


def test_f1_in_the_notes_pane_opens_the_notes_page(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    win = make_window()
    qtbot.keyClick(
        win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(win.privacy.dock.isVisible, timeout=2000)
    search = win.privacy.pane.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    qtbot.keyClick(search, Qt.Key.Key_F1)
    manual = manual_of(win)
    assert (manual.current_page(), manual.browser.source().fragment()) == ("notes", "")
    assert manual.browser.toPlainText().startswith("Privénotities en zoeken")


def test_f1_on_a_locked_window_opens_the_lock_section_and_stays_readable(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    win = make_window()
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.context.lock is not None and win.context.lock.is_locked)
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F1)
    manual = manual_of(win)
    assert (manual.current_page(), manual.browser.source().fragment()) == ("privacy", "lock")
    assert manual.isVisible()


def test_f1_in_the_phase_out_plan_opens_its_section(
    make_window: Callable[[], MainWindow], qtbot: QtBot, group: Group
) -> None:
    from intervisie_desktop.ui.panes.phase_out import open_phase_out

    win = make_window()
    dialog = open_phase_out(win.context, win.undo, group.id or 0, win)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(open_manuals()), timeout=3000)
    manual = open_manuals()[0]
    where = (manual.current_page(), manual.browser.source().fragment())
    assert where == ("getting-started", "phase-out")
    dialog.reject()
