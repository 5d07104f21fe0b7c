"""Every text the program shows has a Dutch and an English translation."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_translation_is_unfinished() -> None:
    tool = load_tool()
    files = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert {f.name.rsplit("_", 1)[1] for f in files} == {"nl.ts", "en.ts"}
    assert tool.unfinished() == {}


def test_every_source_area_has_translation_files() -> None:
    tool = load_tool()
    names = {f.name for f in (ROOT / "resources" / "translations").glob("*.ts")}
    for area in tool.sources_by_area():
        assert {f"{area}_nl.ts", f"{area}_en.ts"} <= names, area


def test_english_plurals_are_spelled_out_from_the_source() -> None:
    tool = load_tool()
    assert tool.english_forms("%n note(s) found") == ["%n note found", "%n notes found"]
    assert tool.english_forms("%n other copy(ies) kept") == [
        "%n other copy kept",
        "%n other copies kept",
    ]
    assert tool.english_forms("%n box(es)") == ["%n box", "%n boxes"]


def test_no_text_shows_a_written_out_plural() -> None:
    """ "2 note(s)": every count says "1 note" or "2 notes" (Qt's numerus forms), in both
    languages."""
    assert load_tool().marked_plurals() == {}
