"""The built-in method files parsed ahead, as JSON beside them.

Reading the catalogue parses 20 TOML files, about 100 KB: some 20 ms of every start, since
tomllib is written in Python. The json module reads the same data in C in about a millisecond.
So set-up and the release build write COMPILED_NAME next to the method files, holding each
file's parsed data under the SHA-256 of its bytes. The catalogue still reads every file (that
costs little) and takes the compiled data only for a file whose bytes hash the same: an edited or
added method file is parsed afresh, and a missing or unreadable compiled file changes nothing.

    python -m intervisie_desktop.core.methods.compiled resources/methods
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

COMPILED_NAME = "compiled-methods.json"
FORMAT = 1


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def compile_folder(directory: Path) -> Path:
    """Write the compiled data of every *.toml file in `directory` that parses and is plain
    JSON data (no TOML dates); returns the written file. Files that fail are left out: the
    catalogue then reads them itself and reports the fault as it always does."""
    import tomllib

    files: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob("*.toml")):
        raw = path.read_bytes()
        try:
            data = tomllib.loads(raw.decode("utf-8"))
            if json.loads(json.dumps(data)) != data:
                continue
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, TypeError, ValueError):
            continue
        files[path.name] = {"sha256": digest(raw), "data": data}
    target = directory / COMPILED_NAME
    partial = target.with_name(target.name + ".tmp")
    partial.write_text(
        json.dumps({"format": FORMAT, "files": files}, ensure_ascii=False), encoding="utf-8"
    )
    os.replace(partial, target)
    return target


class Compiled:
    """What a compiled file holds; empty when there is none or it cannot be used."""

    def __init__(self, directory: Path) -> None:
        self._files: dict[str, Any] = {}
        path = directory / COMPILED_NAME
        try:
            loaded = json.loads(path.read_bytes())
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            logger.warning("ignored an unreadable %s", COMPILED_NAME)
            return
        if isinstance(loaded, dict) and loaded.get("format") == FORMAT:
            files = loaded.get("files")
            self._files = files if isinstance(files, dict) else {}

    def data_for(self, name: str, raw: bytes) -> dict[str, Any] | None:
        """The parsed data of file `name` if its bytes are still `raw`, else None."""
        entry = self._files.get(name)
        if not isinstance(entry, dict) or entry.get("sha256") != digest(raw):
            return None
        data = entry.get("data")
        return data if isinstance(data, dict) else None


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m intervisie_desktop.core.methods.compiled FOLDER", file=sys.stderr)
        return 2
    compile_folder(Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
