"""Logging to a rotating file in the user log folder (never case or note text)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from intervisie_desktop.paths import default_log_dir

LOG_DIR_ENV = "INTERVISIE_LOG_DIR"
LOG_NAME = "intervisie.log"


def log_dir() -> Path:
    return Path(os.environ.get(LOG_DIR_ENV) or default_log_dir())


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to <log folder>/intervisie.log (1 MB x 5, 0600); return the file.

    A log folder that cannot be created leaves logging off rather than stopping the program.
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    folder = log_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = folder / LOG_NAME
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
