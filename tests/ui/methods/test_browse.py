"""Browsing the method library as a user does: keys, search, language, group size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tests.ui.methods.conftest import choose, list_texts

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.methods import MethodLibraryPane


def test_arrow_keys_select_a_method_and_show_its_phases(
    qtbot: QtBot, pane: MethodLibraryPane
) -> None:
    texts = list_texts(pane)
    assert texts[0] == "Meeting blocks" and "Methods" in texts
    assert "Gossip method" in texts and "Opening" in texts
    choose(qtbot, pane, "Gossip method")
    assert pane.current_key() == "gossip"
    assert pane.subtitle.text() == "Method \u00b7 built-in, read-only"
    shown = pane.overview.toPlainText()
    for expected in (
        "After an exploring round of questions",  # summary
        "Needs a safe group",  # when to use it
        "bpopleidingen.nl",  # source
        "1. The question \u2014 5 min",
        "Only the case bringer speaks",
        "2. Exploring \u2014 3 min per speaker (15 min for 5 speakers)",
        "Round without the case bringer",
        "No advice",
        "The case bringer stays silent \u00b7 The case bringer turns away and listens",
        "Ask at most three open questions each, in turn. No advice.",  # instruction
        "Step in when a question is really advice",  # facilitator script
    ):
        assert expected in shown, expected
    assert shown.index("The question") < shown.index("Exploring") < shown.index("Evaluation")
    assert pane.total.text() == "Planned: 48 min for a group of 6"


def test_group_size_changes_the_planned_minutes(qtbot: QtBot, pane: MethodLibraryPane) -> None:
    choose(qtbot, pane, "Gossip method")
    pane.group_size.setFocus()
    qtbot.keyClick(pane.group_size, Qt.Key.Key_Up)
    # 5 + 3 x 6 (everyone but the case bringer) + 15 + 7 + 1 x 7 (everyone)
    assert pane.total.text() == "Planned: 52 min for a group of 7"
    assert "3 min per speaker (18 min for 6 speakers)" in pane.overview.toPlainText()


def test_search_finds_names_in_either_language_and_return_goes_to_the_list(
    qtbot: QtBot, pane: MethodLibraryPane
) -> None:
    qtbot.keyClick(pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.search.hasFocus()
    qtbot.keyClicks(pane.search, "roddel")  # the Dutch name of the gossip method
    assert list_texts(pane) == ["Methods", "Gossip method"]
    assert pane.title.text() == "Gossip method"
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    assert pane.list.hasFocus()
    pane.search.clear()
    qtbot.keyClicks(pane.search, "no such method at all")
    assert list_texts(pane) == [] and pane.list_empty.isVisible()
    assert not pane.copy_button.isVisible()


def test_kind_filter_shows_meeting_blocks_only(qtbot: QtBot, pane: MethodLibraryPane) -> None:
    pane.show_combo.setFocus()
    qtbot.keyClick(pane.show_combo, Qt.Key.Key_Down)
    qtbot.keyClick(pane.show_combo, Qt.Key.Key_Down)
    assert pane.show_combo.currentText() == "Meeting blocks"
    assert list_texts(pane) == [
        "Meeting blocks",
        "Opening",
        "Follow-up of earlier cases",
        "Inventory and choice",
        "Evaluation",
        "Closing",
    ]
    assert pane.subtitle.text().startswith("Meeting block \u00b7")


def test_unsourced_method_says_so_plainly(qtbot: QtBot, pane: MethodLibraryPane) -> None:
    choose(qtbot, pane, "Leary's Rose")
    shown = pane.overview.toPlainText()
    assert "No published source: this structure is a reasonable default" in shown
    choose(qtbot, pane, "Incident method")
    assert "No published source" not in pane.overview.toPlainText()


def test_texts_can_be_shown_in_the_other_language(qtbot: QtBot, pane: MethodLibraryPane) -> None:
    choose(qtbot, pane, "Gossip method")
    pane.lang_combo.setFocus()
    qtbot.keyClick(pane.lang_combo, Qt.Key.Key_Up)
    assert pane.lang_combo.currentText() == "Nederlands"
    assert pane.title.text() == "Roddelmethode"
    shown = pane.overview.toPlainText()
    assert "Stel om de beurt hooguit drie open vragen. Geen advies." in shown
    assert "Who speaks:" in shown  # the program's own words stay in the program's language
    assert "Roddelmethode" in list_texts(pane)


def test_built_in_methods_are_read_only(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    choose(qtbot, pane, "Incident method")
    before = services.methods.get("incident")
    assert not pane.tabs.isTabVisible(1) and not pane.tabs.isTabVisible(2)
    assert pane.copy_button.isVisible() and not pane.delete_button.isVisible()
    assert "read-only" in pane.notice.text()
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    qtbot.keyClick(pane.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert not pane.phases_editor.down_action.isEnabled()
    assert services.methods.get("incident") == before
    assert [m.key for m in services.methods.list() if not m.builtin] == []
    assert pane.undo_stack.count() == 0


def test_a_method_made_elsewhere_appears(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    pane.context.ops.perform(None, lambda: services.methods.copy("socratic"))  # another window
    qtbot.waitUntil(lambda: "Socratic dialogue (copy) \u00b7 own" in list_texts(pane), timeout=2000)


def test_tab_walks_the_pane_in_reading_order(qtbot: QtBot, pane: MethodLibraryPane) -> None:
    pane.search.setFocus()
    seen = []
    for _ in range(8):
        seen.append(pane.focusWidget())
        qtbot.keyClick(pane.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [
        pane.search,
        pane.show_combo,
        pane.show_deleted,
        pane.list,
        pane.lang_combo,
        pane.group_size,
        pane.copy_button,  # delete and restore are hidden for a built-in
        pane.tabs.tabBar(),
    ]
    assert pane.focusWidget() is pane.overview  # the description can be scrolled with keys
