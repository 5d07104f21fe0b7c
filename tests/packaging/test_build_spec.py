"""build.spec keeps out of the frozen build only what the program does not use.

Read, not run: these tests take a moment, where a build takes minutes. A Qt module named unused
in build.spec but imported by the program (QtWebSockets once, for the phone remote) made session
mode fail in the built program only.
"""

from __future__ import annotations

import ast
import re

from tests.packaging.modules import ROOT, qt_modules_used


def spec_value(name: str) -> ast.expr:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        targets = [getattr(t, "id", None) for t in getattr(node, "targets", [])]
        if isinstance(node, ast.Assign) and targets == [name]:
            return node.value
    raise AssertionError(f"build.spec assigns no {name}")


def unused_qt() -> set[str]:
    names = ast.literal_eval(spec_value("UNUSED_QT"))
    assert isinstance(names, list)
    return set(names)


def unused_files() -> re.Pattern[str]:
    call = spec_value("UNUSED_FILES")
    assert isinstance(call, ast.Call)
    pattern, flags = call.args[0], call.args[1:]
    assert flags and ast.unparse(flags[0]) == "re.IGNORECASE"
    return re.compile(ast.literal_eval(pattern), re.IGNORECASE)


def test_no_qt_module_the_program_imports_is_excluded() -> None:
    used = qt_modules_used()
    assert {"QtCore", "QtWidgets", "QtNetwork", "QtWebSockets"} <= used  # the scan finds them
    assert used & unused_qt() == set()


def test_no_library_or_plugin_of_a_used_qt_module_is_dropped() -> None:
    dropped = unused_files()
    for module in sorted(qt_modules_used()):
        lib = module.replace("Qt", "Qt6", 1)  # QtWebSockets -> Qt6WebSockets
        for name in (f"PySide6/Qt/lib/lib{lib}.so.6", f"PySide6/{module}.abi3.so", f"{lib}.dll"):
            assert not dropped.search(name), name


def test_the_exclusions_still_drop_what_they_name() -> None:
    dropped = unused_files()
    assert "QtQuick" in unused_qt() and "QtWebEngineCore" in unused_qt()
    assert dropped.search("PySide6/Qt/lib/libQt6Quick.so.6")
    assert dropped.search("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
