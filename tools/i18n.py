#!/usr/bin/env python3
"""Translation upkeep: one .ts file per area and language, so parallel work rarely collides.

  python tools/i18n.py update            extract texts from the sources (lupdate), fill English
  python tools/i18n.py fill FILE.json    apply Dutch translations {"source": "vertaling"}
  python tools/i18n.py fill OTHER_nl.ts  take the finished Dutch translations of another .ts file
                                         (after a merge: nothing translated on a branch is lost)
  python tools/i18n.py compile           .ts -> .qm (set-up runs this)
  python tools/i18n.py check             list unfinished entries; exit 1 when there are any

Areas: intervisie_desktop/core -> core_*.ts, ui/<sub>/ -> ui_<sub>_*.ts, files directly in ui/ ->
ui_*.ts, export/ -> export_*.ts, the rest of the package -> app_*.ts.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "intervisie_desktop"
OUT = ROOT / "resources" / "translations"
LANGS = ("nl", "en")
MARKERS = re.compile(r"\btr\(|\btranslate\(|QT_TRANSLATE_NOOP\(|QT_TR_NOOP\(")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def area_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    if parts[0] == "core":
        return "core"
    if parts[0] == "ui":
        return "ui" if len(parts) == 2 else f"ui_{parts[1]}"
    if parts[0] == "export":
        return "export"
    return "app"


def sources_by_area() -> dict[str, list[Path]]:
    areas: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        if MARKERS.search(path.read_text(encoding="utf-8")):
            areas[area_of(path)].append(path)
    return areas


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


#: A plural written into an English source text: "note(s)", "copy(ies)".
PLURAL_MARK = re.compile(r"(\w*?)(y?)\((s|es|ies)\)")


def english_forms(source: str) -> list[str]:
    """Singular and plural of a numerus source: "%n note(s)" -> "%n note", "%n notes";
    "%n copy(ies)" -> "%n copy", "%n copies"."""

    def singular(match: re.Match[str]) -> str:
        return match.group(1) + match.group(2)

    def plural(match: re.Match[str]) -> str:
        if match.group(3) == "ies":
            return match.group(1) + "ies"
        return match.group(1) + match.group(2) + match.group(3)

    return [PLURAL_MARK.sub(singular, source), PLURAL_MARK.sub(plural, source)]


def fill_english(path: Path) -> None:
    """English is the source language: every translation is its source text, and a numerus
    text gets its singular and plural (see english_forms). English forms written by hand into
    the file (other than the source text itself) are kept: "keep" -> "keeps" needs a person."""
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        unfinished = translation.attrib.pop("type", None) == "unfinished"
        if message.get("numerus") == "yes":
            written = [f.text or "" for f in translation.findall("numerusform")]
            by_hand = (
                not unfinished
                and len(written) == 2
                and all(written)
                and written != [source, source]
                and written != english_forms(source)
                and not any(PLURAL_MARK.search(form) for form in written)
            )
            forms = written if by_hand else english_forms(source)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    write_ts(tree, path)


def update() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    areas = sources_by_area()
    for area, files in areas.items():
        for lang in LANGS:
            ts = OUT / f"{area}_{lang}.ts"
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    lang,
                    *map(str, files),
                    "-ts",
                    str(ts),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            if lang == "en":
                fill_english(ts)
            else:
                write_ts(ET.parse(ts), ts)  # one layout for lupdate and fill: no churn
    for stale in OUT.glob("*.ts"):
        if stale.name.rsplit("_", 1)[0] not in areas:
            stale.unlink()
            print(f"removed {stale.name} (no sources left)")


def finished_translations(ts: Path) -> dict[str, str | list[str]]:
    found: dict[str, str | list[str]] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        value: str | list[str] = forms if forms else (translation.text or "")
        if value:
            found[message.findtext("source") or ""] = value
    return found


def fill(mapping_file: Path) -> None:
    mapping: dict[str, str | list[str]]
    if mapping_file.suffix == ".ts":
        mapping = finished_translations(mapping_file)
    else:
        mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    for ts in sorted(OUT.glob("*_nl.ts")):
        tree = ET.parse(ts)
        changed = False
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or source not in mapping:
                continue
            value = mapping[source]
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
            changed = True
        if changed:
            write_ts(tree, ts)


def marked_plurals() -> dict[str, list[str]]:
    """Texts a user would see with a written-out plural ("note(s)"): in a numerus English form,
    or in any translation (numerus or not): each should be a proper plural."""
    found: dict[str, list[str]] = {}
    for ts in sorted(OUT.glob("*.ts")):
        shown = []
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            texts = [f.text or "" for f in translation.findall("numerusform")]
            texts.append(translation.text or "")
            shown += [t for t in texts if PLURAL_MARK.search(t) or "(en)" in t]
        if shown:
            found[ts.name] = shown
    return found


def unfinished() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for ts in sorted(OUT.glob("*.ts")):
        root = ET.parse(ts).getroot()
        missing = []
        for message in root.iter("message"):
            translation = message.find("translation")
            empty = translation is None or not (
                (translation.text or "").strip() or any((f.text or "").strip() for f in translation)
            )
            if empty or (translation is not None and translation.get("type") == "unfinished"):
                missing.append(message.findtext("source") or "")
        if missing:
            found[ts.name] = missing
    return found


def compile_all() -> None:
    for ts in sorted(OUT.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"update", "fill", "compile", "check"}:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "fill":
        fill(Path(argv[1]))
    elif argv[0] == "compile":
        compile_all()
    else:
        missing = unfinished()
        for name, sources in missing.items():
            print(f"{name}: {len(sources)} unfinished")
            for source in sources:
                print(f"    {source!r}")
        plurals = marked_plurals()
        for name, texts in plurals.items():
            print(f'{name}: {len(texts)} shown with a written-out plural like "(s)"')
            for text in texts:
                print(f"    {text!r}")
        return 1 if missing or plurals else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
