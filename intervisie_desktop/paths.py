"""Where data, logs and bundled resources live; the one place that knows the folders."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from intervisie_desktop import APP_ID
from intervisie_desktop.core.backup.folder import BACKUP_DIR_NAME

DATA_DIR_ENV = "INTERVISIE_DATA_DIR"
LOG_DIR_ENV = "INTERVISIE_LOG_DIR"
DATABASE_NAME = "intervisie.sqlite3"


class DataDirError(Exception):
    """The chosen data folder cannot be used; the message says why, in one line."""


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins over INTERVISIE_DATA_DIR, which wins over the platform default."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir()


def prepare_data_dir(path: Path, create: bool = True) -> Path:
    """Check (and with create=True make) a private data folder; raise DataDirError if unusable."""
    if path.exists() and not path.is_dir():
        raise DataDirError(f"{path} is a file, not a folder")
    if not path.exists():
        if not create:
            raise DataDirError(f"data folder {path} does not exist")
        try:
            path.mkdir(mode=0o700, parents=True)
        except OSError as exc:
            raise DataDirError(f"cannot create data folder {path}: {exc.strerror}") from None
    try:  # os.access says yes to root everywhere; a real write tells the truth
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError:
        raise DataDirError(f"data folder {path} is not writable") from None
    with contextlib.suppress(OSError):  # not ours to change (a shared mount); files stay 0600
        os.chmod(path, 0o700)
    return path


def protected_folders(data_dir: Path | None = None) -> list[Path]:
    """The folders no export or copy may write into: the data folder in use, the default one,
    the one the environment names, and the log folder (another data folder may be open)."""
    folders = [default_data_dir(), default_log_dir()]
    for name in (DATA_DIR_ENV, LOG_DIR_ENV):
        if os.environ.get(name):
            folders.append(Path(os.environ[name]).expanduser().absolute())
    if data_dir is not None:
        folders.append(Path(data_dir).expanduser().absolute())
    return folders


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def resource_dir() -> Path:
    """The bundled resources/ folder, in a checkout and in a frozen build alike."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def methods_dir() -> Path:
    """The built-in method files (the catalogue is read from the folder it is given)."""
    return resource_dir() / "methods"


def registers_dir() -> Path:
    """The register files: number forms and yearly rules (resources/registers/*.toml)."""
    return resource_dir() / "registers"
