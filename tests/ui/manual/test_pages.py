"""The manual's files: both languages have the same pages and anchors, every link, picture and
F1 target exists, nothing points to the web, and the generated parts follow the program."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from intervisie_desktop.ui.manual import parts
from intervisie_desktop.ui.manual.contents import LANGUAGES, PAGES
from intervisie_desktop.ui.manual.help import PAGE_OF
from intervisie_desktop.ui.manual.pages import anchors_of, expand, manual_dir, page_path

ROOT = Path(__file__).resolve().parents[3]
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")
IMAGE_BUDGET = 600_000  # bytes for every picture of both languages together


def markdown(lang: str, page: str) -> str:
    return page_path(lang, page).read_text(encoding="utf-8")


def expanded(lang: str, page: str) -> str:
    """The page with its generated parts written out (they add anchors of their own)."""
    return expand(markdown(lang, page), parts.all_parts(None))[0]


def all_anchors(lang: str, page: str) -> set[str]:
    return {a for a in expand(markdown(lang, page), parts.all_parts(None))[1] if a}


def links(lang: str, page: str) -> list[tuple[bool, str]]:
    return [(bang == "!", target) for bang, target in LINK.findall(markdown(lang, page))]


def test_both_languages_have_exactly_the_listed_pages() -> None:
    for lang in LANGUAGES:
        found = {p.stem for p in (manual_dir() / lang).glob("*.md")}
        assert found == set(PAGES), lang


@pytest.mark.parametrize("page", PAGES)
def test_dutch_and_english_pages_have_the_same_sections(page: str) -> None:
    nl, en = (anchors_of(markdown(lang, page)) for lang in LANGUAGES)
    assert nl == en
    assert "top" in nl  # each page's title is an anchor too
    assert [t for _, t in links("nl", page)] == [
        t.replace("/en-", "/nl-") for _, t in links("en", page)
    ]


def test_every_f1_target_exists_in_both_languages() -> None:
    for target in set(PAGE_OF.values()):
        page, _, anchor = target.partition("#")
        assert page in PAGES, target
        for lang in LANGUAGES:
            assert not anchor or anchor in all_anchors(lang, page), (lang, target)


def test_every_f1_widget_is_a_class_of_the_program() -> None:
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "intervisie_desktop" / "ui").rglob("*.py")
    )
    for name in PAGE_OF:
        assert re.search(rf"^class {name}\b", source, re.MULTILINE), name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_and_picture_exists_and_none_leaves_the_computer(lang: str) -> None:
    used: set[str] = set()
    for page in PAGES:
        for is_image, target in links(lang, page):
            assert "://" not in target and not target.startswith("mailto:"), (page, target)
            path, _, anchor = target.partition("#")
            file = (
                (page_path(lang, page).parent / path).resolve() if path else page_path(lang, page)
            )
            assert file.is_file(), (page, target)
            if is_image:
                assert file.parent == manual_dir() / "images" and file.name.startswith(f"{lang}-")
                used.add(file.name)
            elif anchor:
                assert anchor in all_anchors(lang, file.stem), (page, target)
    pictures = {p.name for p in (manual_dir() / "images").glob(f"{lang}-*.png")}
    assert used == pictures  # no picture is missing, none is shipped for nothing


def test_the_pictures_stay_small() -> None:
    total = sum(p.stat().st_size for p in (manual_dir() / "images").glob("*.png"))
    assert 0 < total < IMAGE_BUDGET


def test_the_key_table_is_the_session_s_own(qapp: object) -> None:
    from intervisie_desktop.ui.session.keys import ALL_KEYS
    from intervisie_desktop.ui.session.labels import action_labels, helper_labels
    from intervisie_desktop.ui.session.messages import message_key_labels

    table = parts.session_keys()
    labels = action_labels() | message_key_labels() | helper_labels()
    assert {"evaluate", "overlay", "overlay_script"} <= set(ALL_KEYS)
    for name, keys in ALL_KEYS.items():
        row = next(line for line in table.splitlines() if line.endswith(f"| {labels[name]} |"))
        for key in keys:
            assert f"`{QKeySequence(key).toString(parts.NATIVE)}`" in row, (name, key)
    assert "{{session-keys}}" in markdown("nl", "session")
    assert "{{session-keys}}" in markdown("en", "session")


def test_the_commands_part_lists_every_sub_command_of_the_real_parser() -> None:
    from intervisie_desktop.cli import build_parser

    real_help = build_parser().format_help()
    recorder = parts.command_parsers()
    written = parts.commands()
    assert len(recorder.parsers) >= 12
    for name, sub in recorder.parsers.items():
        assert re.search(rf"^\s+{re.escape(name)}\s", real_help, re.MULTILINE), name
        assert f"### {name} {{#cmd-{name}}}" in written
        assert sub.format_usage().split()[2] == name  # "usage: intervisie NAME ..."
        assert recorder.helps[name] and recorder.helps[name] in written
    listed = re.findall(r"^    ([a-z][a-z-]+)\s", real_help, re.MULTILINE)
    assert set(listed) == set(recorder.parsers)  # no command of the real parser is left out
