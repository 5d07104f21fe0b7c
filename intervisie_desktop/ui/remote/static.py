"""The phone page's files, read once from resources/remote/: all that the server ever sends
besides the settings and the session's state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from intervisie_desktop.paths import resource_dir

if TYPE_CHECKING:
    from pathlib import Path

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}
# path below /<token>/ -> file name in resources/remote/
PAGES = {
    "": "remote.html",
    "display": "display.html",
    "remote.css": "remote.css",
    "remote.js": "remote.js",
    "icon.svg": "icon.svg",
}


@dataclass(frozen=True)
class Asset:
    content_type: str
    body: bytes


def remote_folder() -> Path:
    return resource_dir() / "remote"


def load_assets() -> dict[str, Asset]:
    folder = remote_folder()
    assets = {}
    for sub, name in PAGES.items():
        path = folder / name
        assets[sub] = Asset(TYPES[path.suffix], path.read_bytes())
    return assets
