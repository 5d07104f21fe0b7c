"""What the program is made of, read from its source tree: the modules the self-check imports
and the Qt modules they use. The packaging tests hold the built program and build.spec to it."""

from __future__ import annotations

import ast
from pathlib import Path

from intervisie_desktop.commands.self_check import imported

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "intervisie_desktop"


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_modules() -> set[str]:
    """Every module of the program by its source file, less the ones the self-check leaves out
    (self_check.NOT_IMPORTED) and the package itself (which importing any of them imports)."""
    names = {_name(p) for p in PACKAGE.rglob("*.py")}
    return {name for name in names if imported(name)} - {"intervisie_desktop"}


def qt_modules_used() -> set[str]:
    """The Qt modules the program imports anywhere ("QtCore", "QtWebSockets", ...)."""
    used = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            used |= {n.split(".")[1] for n in names if n.startswith("PySide6.Qt")}
    return used
