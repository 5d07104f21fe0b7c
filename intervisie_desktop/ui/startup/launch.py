"""Start the GUI: logging and the exception hook first, then Qt; the app loads the data."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop.logging_setup import setup_logging
from intervisie_desktop.paths import DataDirError, prepare_data_dir, resolve_data_dir
from intervisie_desktop.ui.startup import imports  # before Qt: see its docstring

if TYPE_CHECKING:
    import argparse

logger = logging.getLogger(__name__)


def launch_gui(args: argparse.Namespace) -> int:
    log_file = setup_logging()
    from intervisie_desktop.ui.errors import install_excepthook

    install_excepthook(log_file)
    demo_dir: Path | None = None
    try:
        if args.demo:
            # The demo data itself is written by the app once its frame is on screen.
            demo_dir = Path(tempfile.mkdtemp(prefix="intervisie-demo-"))
            folder = prepare_data_dir(demo_dir / "data", create=True)
        else:
            try:
                folder = prepare_data_dir(resolve_data_dir(args.data_dir), create=True)
            except DataDirError as exc:
                print(f"intervisie: error: {exc}", file=sys.stderr)
                from intervisie_desktop.ui.startup.app import refuse_data_dir

                return refuse_data_dir(resolve_data_dir(args.data_dir), str(exc), args.lang)
        with imports.plain_imports():  # our modules: PySide6's hook need not read them
            from intervisie_desktop.ui.startup.app import run_app

        return run_app(folder, lang=args.lang, demo=args.demo)
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
