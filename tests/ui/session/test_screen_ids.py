"""Screens known by more than their name: two screens called alike are told apart in the
presenter's list, and a remembered screen is found again by hardware, then name and place,
then name."""

from __future__ import annotations

from intervisie_desktop.ui.session.screens import ScreenId, id_labels, pick

LAPTOP = ScreenId("screen", 0, 0, 1280, 800)
PROJECTOR = ScreenId("screen", 0, 0, 1920, 1080)  # a second X screen: Qt calls both "screen"


def test_two_screens_with_one_name_get_their_size_in_the_list(qapp: object) -> None:
    assert id_labels([LAPTOP, PROJECTOR]) == ["screen (1280\u00d7800)", "screen (1920\u00d71080)"]


def test_side_by_side_twins_get_their_place_and_unique_names_stay_bare(qapp: object) -> None:
    left = ScreenId("HDMI-1", 0, 0, 1920, 1080)
    right = ScreenId("HDMI-1", 1920, 0, 1920, 1080)
    assert id_labels([left, right, ScreenId("eDP-1", 0, 1080, 1280, 800)]) == [
        "HDMI-1 (1920\u00d71080, left)",
        "HDMI-1 (1920\u00d71080, right)",
        "eDP-1",
    ]
    same = ScreenId("X", 0, 0, 800, 600)
    assert id_labels([same, same]) == ["X (800\u00d7600, 1)", "X (800\u00d7600, 2)"]


def test_the_remembered_screen_is_the_second_of_two_alike_named() -> None:
    assert pick(PROJECTOR, [LAPTOP, PROJECTOR]) == 1
    assert pick(LAPTOP, [LAPTOP, PROJECTOR]) == 0


def test_found_again_after_a_change_of_resolution_or_connector() -> None:
    beamer = ScreenId("HDMI-1", 1280, 0, 1920, 1080, "Epson", "EB-X41", "X4K1234")
    after_resolution = ScreenId("HDMI-1", 1280, 0, 1024, 768, "Epson", "EB-X41", "X4K1234")
    other_port = ScreenId("DP-2", 1280, 0, 1920, 1080, "Epson", "EB-X41", "X4K1234")
    laptop = ScreenId("eDP-1", 0, 0, 1280, 800, "BOE", "0x0a1b", "")
    assert pick(beamer, [laptop, after_resolution]) == 1
    assert pick(beamer, [laptop, other_port]) == 1  # by hardware
    assert pick(ScreenId("HDMI-1", 1280, 0, 800, 600), [laptop, after_resolution]) == 1
    assert pick(ScreenId("HDMI-1", 0, 0, 1, 1), [ScreenId("HDMI-1", 5, 5, 9, 9)]) == 0
    assert pick(ScreenId("VGA-1"), [laptop]) is None
    assert ScreenId.from_text("LAPTOP") == ScreenId("LAPTOP")  # an earlier version's setting
    assert ScreenId.from_text(beamer.to_text()) == beamer
