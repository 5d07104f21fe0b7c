"""The package's import graph: no circle of modules, and the layers import one way only.

Every import counts: at module level, under TYPE_CHECKING and inside functions (a lazy import
for start-up speed is fine, as long as it goes one way)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "intervisie_desktop"
ROOT = "intervisie_desktop"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    found = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: path for name, path in found.items() if ".migrations.versions" not in name}


def imported(path: Path, name: str, known: set[str]) -> set[str]:
    """The package's modules that `path` (module `name`) imports anywhere in its text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets.add(sub if sub in known else base)
    return {t for t in targets if t in known and t != name}


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: imported(path, name, known) for name, path in found.items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str]:
    """One circle of imports, as the modules along it, or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return []

    for start in sorted(edges):
        if start not in state:
            cycle = visit(start)
            if cycle:
                return cycle
    return []


def test_the_graph_is_read_from_every_kind_of_import() -> None:
    edges = graph()
    assert len(edges) > 150
    # module level, TYPE_CHECKING and inside a function are all seen
    assert "intervisie_desktop.ui.hub" in edges["intervisie_desktop.ui.context"]
    assert "intervisie_desktop.ui.window.main_window" in edges["intervisie_desktop.ui.startup.app"]


def test_a_circle_is_found_when_there_is_one() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(edges) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_back_through_others() -> None:
    cycle = find_cycle(graph())
    assert cycle == [], " -> ".join(cycle)


LAYERS = [
    # (modules under, may not import any module under these)
    (
        f"{ROOT}.core",
        [
            f"{ROOT}.ui",
            f"{ROOT}.export",
            f"{ROOT}.commands",
            f"{ROOT}.cli",
            f"{ROOT}.paths",
            f"{ROOT}.logging_setup",
            f"{ROOT}.__main__",
            f"{ROOT}.language",
        ],
    ),
    (f"{ROOT}.export", [f"{ROOT}.ui", f"{ROOT}.commands", f"{ROOT}.cli"]),
    (f"{ROOT}.commands", [f"{ROOT}.ui", f"{ROOT}.cli"]),
]


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


@pytest.mark.parametrize(("layer", "forbidden"), LAYERS, ids=[layer for layer, _f in LAYERS])
def test_layers_import_one_way(layer: str, forbidden: list[str]) -> None:
    wrong = sorted(
        f"{name} imports {target}"
        for name, targets in graph().items()
        if under(name, layer)
        for target in targets
        if any(under(target, f) for f in forbidden)
    )
    assert wrong == []


def test_core_imports_only_core_and_the_package_root() -> None:
    outside = sorted(
        f"{name} imports {target}"
        for name, targets in graph().items()
        if under(name, f"{ROOT}.core")
        for target in targets
        if not under(target, f"{ROOT}.core") and target != ROOT
    )
    assert outside == []
