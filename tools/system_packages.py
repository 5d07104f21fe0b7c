"""The system packages Intervisie needs, from their one list: packaging/system-packages.txt.

    python tools/system_packages.py depends BUNDLE   the .deb's Depends: for a frozen build
    python tools/system_packages.py venv [VENV]      what the virtualenv's Qt needs from the system

`depends` reads the shared libraries every ELF file of the frozen build loads, follows them
through the libraries the build carries, and maps the ones it does not carry to the list's
packages; `venv` does the same for the Qt modules and plugins the program loads from the
virtualenv (what `scripts/setup.sh` must install). Both fail, naming them, on libraries the list
does not hold. No external tools: the ELF dynamic sections are read here (x86-64 and other
64-bit little-endian builds).
"""

from __future__ import annotations

import argparse
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

ROOT = Path(__file__).resolve().parents[1]
LIST = ROOT / "packaging" / "system-packages.txt"
ROLES = {"setup", "run", "test", "deb"}

# What the program imports from PySide6 (start-up loads these) and the plugin folders Qt may
# load at run time: the same kinds the frozen build carries (build.spec), for X11 and Wayland.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtMultimedia", "QtNetwork", "QtSvg")
QT_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqwayland.so",
    "platforms/libqoffscreen.so",
    "xcbglintegrations",
    "wayland-shell-integration",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "platforminputcontexts",
    "platformthemes/libqxdgdesktopportal.so",
    "iconengines",
    "imageformats",
    "multimedia",
)
# Qt's own libraries that build.spec leaves out (QML, Quick): a plugin that needs them is not
# loaded, which is not a system package's business.
LEFT_OUT_QT = ("libQt6Qml", "libQt6Quick")


@dataclass(frozen=True)
class Entry:
    package: str
    roles: frozenset[str]
    sonames: tuple[str, ...]


def read_list(path: Path = LIST) -> list[Entry]:
    """One entry a line: package, roles (comma-separated), then the libraries it provides."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) < 2 or not set(words[1].split(",")) <= ROLES:
            raise ValueError(f"{path.name}:{number}: want `package roles [libraries]`: {line}")
        entries.append(Entry(words[0], frozenset(words[1].split(",")), tuple(words[2:])))
    return entries


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_needed(path: Path) -> list[str]:
    """The DT_NEEDED names of a 64-bit little-endian ELF file ([] for anything else)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], None
    for i in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + i * phentsize
        )
        if p_type == 1:  # PT_LOAD
            loads.append((vaddr, offset, filesz))
        elif p_type == 2:  # PT_DYNAMIC
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    needed, strtab = [], None
    for pos in range(dynamic[0], dynamic[0] + dynamic[1], 16):
        tag, value = struct.unpack_from("<qQ", data, pos)
        if tag == 0:  # DT_NULL
            break
        if tag == 1:  # DT_NEEDED: an offset into the string table
            needed.append(value)
        elif tag == 5:  # DT_STRTAB: an address, mapped to the file through its segment
            strtab = next(
                (
                    offset + value - vaddr
                    for vaddr, offset, size in loads
                    if vaddr <= value < vaddr + size
                ),
                None,
            )
    if strtab is None:
        return []
    return [data[strtab + n : data.index(b"\0", strtab + n)].decode() for n in needed]


def elf_files(paths: Iterable[Path]) -> list[Path]:
    out = []
    for path in paths:
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        out += [p for p in candidates if p.is_file() and not p.is_symlink() and is_elf(p)]
    return out


def from_the_system(start: Iterable[Path], inside: Path) -> dict[str, str]:
    """{library: first file that needs it} for the libraries `start` loads, directly or through
    libraries found under `inside`, that nothing under `inside` provides."""
    carried: dict[str, Path] = {}
    for path in sorted(inside.rglob("*")):
        if ".so" in path.name and path.is_file():
            carried.setdefault(path.name, path)
    todo, seen, outside = list(elf_files(start)), set(), {}
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in elf_needed(path):
            if name in carried:
                todo.append(carried[name].resolve())
            elif not name.startswith(LEFT_OUT_QT):
                outside.setdefault(name, str(path.relative_to(inside)))
    return outside


def packages_for(libraries: Iterable[str], entries: list[Entry]) -> tuple[list[str], list[str]]:
    """(packages providing the libraries, in list order; libraries no entry provides)."""
    owner = {soname: entry.package for entry in entries for soname in entry.sonames}
    libraries = set(libraries)
    wanted = {owner[name] for name in libraries if name in owner}
    return [e.package for e in entries if e.package in wanted], sorted(libraries - set(owner))


def venv_start(site: Path) -> list[Path]:
    """The virtualenv's files whose libraries the program loads: the Qt modules and plugins
    above and every other compiled module installed."""
    pyside = site / "PySide6"
    start = [p for name in QT_MODULES for p in pyside.glob(f"{name}.*so")]
    start += [pyside / "Qt" / "plugins" / name for name in QT_PLUGINS]
    start += [p for p in site.rglob("*.so") if pyside not in p.parents]
    return [p for p in start if p.exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    depends = sub.add_parser("depends", help="the .deb's Depends: for a frozen build")
    depends.add_argument("bundle", type=Path, help="dist/intervisie")
    venv = sub.add_parser("venv", help="what the virtualenv's Qt needs from the system")
    venv.add_argument("venv", type=Path, nargs="?", default=ROOT / ".venv")
    args = parser.parse_args(argv)
    entries = read_list()
    if args.command == "depends":
        needed = from_the_system([args.bundle], args.bundle)
        packages, unknown = packages_for(needed, entries)
        packages += [e.package for e in entries if "deb" in e.roles and e.package not in packages]
    else:
        site = next(args.venv.glob("lib/python3*/site-packages"))
        needed = from_the_system(venv_start(site), site)
        packages, unknown = packages_for(needed, entries)
    if unknown:
        for name in unknown:
            print(
                f"{name} (needed by {needed[name]}) is in no entry of {LIST.name}", file=sys.stderr
            )
        return 1
    print(", ".join(packages) if args.command == "depends" else "\n".join(packages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
