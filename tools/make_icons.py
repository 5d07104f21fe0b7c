#!/usr/bin/env python3
"""Render resources/icons/intervisie.svg into the icon files the program and its packages use.

  python tools/make_icons.py          write them (commit the results)
  python tools/make_icons.py --check  exit 1 when a file is missing or unreadable

Writes intervisie-<size>.png (16 to 512, the window icon and the Linux icon theme),
intervisie.ico (Windows: PNG-compressed entries 16 to 256) and intervisie.icns (macOS: PNG
entries 16 to 1024). Qt renders the SVG; the two containers are simple enough to write here,
then Qt's own ICO and ICNS readers check them.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "intervisie.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types reuse the larger images).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode {size} px PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size, then the PNG data (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def problems() -> list[str]:
    """What is missing or unreadable among the generated files."""
    found = []
    for size in PNG_SIZES:
        image = QImage(str(ICONS / f"intervisie-{size}.png"))
        if image.isNull() or image.width() != size:
            found.append(f"intervisie-{size}.png")
    for name, largest in (("intervisie.ico", 256), ("intervisie.icns", 1024)):
        reader = QImageReader(str(ICONS / name))
        sizes = []
        while True:
            image = reader.read()
            if image.isNull():
                break
            sizes.append(image.width())
            if not reader.jumpToNextImage():
                break
        if largest not in sizes:
            found.append(f"{name} (read sizes {sorted(set(sizes))})")
    return found


def main(argv: list[str]) -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs it
    if "--check" not in argv:
        renderer = QSvgRenderer(str(SOURCE))
        if not renderer.isValid():
            print(f"cannot read {SOURCE}", file=sys.stderr)
            return 1
        pngs = {size: render(renderer, size) for size in sorted({*PNG_SIZES, 1024})}
        for size in PNG_SIZES:
            (ICONS / f"intervisie-{size}.png").write_bytes(pngs[size])
        (ICONS / "intervisie.ico").write_bytes(ico(pngs))
        (ICONS / "intervisie.icns").write_bytes(icns(pngs))
    bad = problems()
    for name in bad:
        print(f"icon missing or unreadable: {name}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
